/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { ReadItem } from '../../../src/domain/ports';
import { MessagePanel } from '../../../src/taskpane/modules/message/components/MessagePanel';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { aReadItem } from '../../support/builders/aReadItem';
import { demoNow, renderDemoPane } from './renderDemoPane';

jest.setTimeout(20_000);

describe('logging rules in the message pane', () => {
  it('says a never-logged message is never logged, and why, with no button to log it', async () => {
    const item = aReadItem({ from: { name: 'Taras', email: 'taras@fabrikam.ua' } });
    await renderPane(<MessagePanel item={item} />, {
      host: new FakeMailHost({ item }),
      seed: async (app) => {
        await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
        await app.logging.saveTeamPolicy({ internalDomains: [], neverLog: ['fabrikam.ua'], storedPart: 'body' });
      },
    });
    expect(await screen.findByText('This message is never logged: taras@fabrikam.ua is on the team’s never-log list (fabrikam.ua).')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log email' })).not.toBeInTheDocument();
  });

  it('says so in Ukrainian for a personal exclusion', async () => {
    const item = aReadItem({ from: { name: 'Тарас', email: 'taras@fabrikam.ua' } });
    await renderPane(<MessagePanel item={item} />, {
      host: new FakeMailHost({ item, displayLanguage: 'uk-UA' }),
      seed: async (app) => {
        await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
        await app.logging.saveMyPrefs({ neverLog: ['taras@fabrikam.ua'], autoLog: true });
      },
    });
    expect(await screen.findByText('Цей лист ніколи не записується: taras@fabrikam.ua є у вашому списку «Не записувати» (taras@fabrikam.ua).')).toBeInTheDocument();
  });

  it('logs only what the user chose to keep, never more than the team allows', async () => {
    const item = aReadItem({ from: { name: 'Taras', email: 'taras@fabrikam.ua' }, subject: 'Confidential offer' });
    const host = new FakeMailHost({ item });
    host.setBody(item.itemId, { kind: 'text', content: 'Secret price' });
    const { user, app } = await renderPane(<MessagePanel item={item} />, {
      host,
      seed: async (a) => {
        await a.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
        await a.logging.saveTeamPolicy({ internalDomains: [], neverLog: [], storedPart: 'subject' });
      },
    });
    const keep = await screen.findByLabelText('What the history keeps');
    expect(within(keep).getAllByRole('option').map((o) => o.textContent)).toEqual(['Who, when and thread only', 'Also the subject']);
    // A narrow pane may cut the chosen option; its tooltip holds all of it.
    expect(keep).toHaveAttribute('title', 'Also the subject');
    await user.selectOptions(keep, 'Who, when and thread only');
    expect(keep).toHaveAttribute('title', 'Who, when and thread only');
    await user.click(screen.getByRole('button', { name: 'Log email' }));
    await screen.findByText('Logged to Fabrikam');
    const entry = await app.queries.historyEntry((await app.recognizeMessage(item)).entryId);
    expect(entry).toMatchObject({ storedPart: 'metadata', subject: '', text: '' });
  });
});

describe('whole conversations and auto-log on the demo mailbox', () => {
  it('shows "1 of 4 logged" and logs the rest in one click', async () => {
    const { user, mailbox } = await renderDemoPane((mb, host) => {
      mb.select('demo-thread-3');
      return <MessagePanel item={host.currentItem() as ReadItem} />;
    });
    await user.click(await screen.findByRole('button', { name: 'Log email' }));
    const thread = await screen.findByTestId('conversation-log');
    await within(thread).findByText('1 of 4 logged');
    await user.click(within(thread).getByRole('button', { name: 'Log the rest' }));
    await within(thread).findByText('4 of 4 logged');
    expect(within(thread).getByText('Logged 3; already logged 0; never logged by a rule 0; could not be read 0.')).toBeInTheDocument();
    expect(within(thread).queryByRole('button', { name: 'Log the rest' })).not.toBeInTheDocument();
    expect(['demo-thread-1', 'demo-thread-2', 'demo-thread-4'].every((id) => mailbox.isLogged(id))).toBe(true);
  });

  it('auto-logs an opened message from a known client and undoes it in one click', async () => {
    const { user, mailbox, app } = await renderDemoPane(
      (mb, host) => {
        mb.select('demo-thread-4');
        return <MessagePanel item={host.currentItem() as ReadItem} />;
      },
      { language: 'uk-UA', seed: (a) => a.logging.saveMyPrefs({ neverLog: [], autoLog: true }) },
    );
    const notice = await screen.findByTestId('auto-logged');
    // Sent Items were swept too: nothing sent to a client since auto-log was turned on.
    expect(screen.queryByTestId('sent-auto-logged')).not.toBeInTheDocument();
    expect(within(notice).getByText('Автоматично записано в історію клієнта «Contoso Ltd».')).toBeInTheDocument();
    await waitFor(() => expect(mailbox.isLogged('demo-thread-4')).toBe(true));
    expect(await app.logging.autoLoggedEntries()).toHaveLength(1);

    await user.click(within(notice).getByRole('button', { name: 'Скасувати' }));
    expect(await screen.findByText('Автоматичний запис скасовано.')).toBeInTheDocument();
    expect(mailbox.isLogged('demo-thread-4')).toBe(false);
    expect(await app.logging.autoLoggedEntries()).toEqual([]);
  });

  it('says what the Sent Items sweep logged when a message opens', async () => {
    await renderDemoPane(
      (mb, host) => {
        mb.send({
          id: 'sent-now',
          internetMessageId: '<sent-now@clientbook.example>',
          conversationId: 'conv-sent-now',
          subject: 'Updated quote',
          from: { name: mb.profile.displayName, email: mb.profile.email },
          sender: null,
          to: [{ name: 'Olivia Bennett', email: 'olivia.bennett@contoso.com' }],
          cc: [],
          date: new Date(demoNow.getTime() + 5 * 60_000).toISOString(),
          body: { kind: 'text', content: 'Here it is.' },
          attachments: [],
        });
        mb.select('demo-thread-1');
        return <MessagePanel item={host.currentItem() as ReadItem} />;
      },
      { seed: (a) => a.logging.saveMyPrefs({ neverLog: [], autoLog: true }) },
    );
    expect(await screen.findByText('Sent mail to clients logged automatically: 1.')).toBeInTheDocument();
  });
});
