/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import '../../integration/eml/textCodecs';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DemoMailbox } from '../../../src/adapters/office/demo/DemoMailbox';
import { DemoMailHost } from '../../../src/adapters/office/demo/DemoMailHost';
import { demoMessages } from '../../../src/adapters/office/demo/demoMessages';
import type { ReadItem } from '../../../src/domain/ports';
import { DemoApp } from '../../../src/demo/DemoApp';

// jsdom's File has no arrayBuffer(), which every browser has.
Blob.prototype.arrayBuffer ??= function arrayBuffer(this: Blob) {
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(this);
  });
};

function renderDemo() {
  const mailbox = new DemoMailbox({ messages: demoMessages(new Date()) });
  const saved: unknown[] = [];
  const user = userEvent.setup({ applyAccept: false });
  render(<DemoApp mailbox={mailbox} onSettingsSaved={(s) => saved.push(s)} />);
  return { mailbox, host: new DemoMailHost(mailbox), saved, user };
}

const messageButton = (id: string) => document.querySelector<HTMLButtonElement>(`[data-message-id="${id}"]`)!;

describe('the demo mail client', () => {
  it('lists the inbox and frames the real task pane at 360 px', () => {
    renderDemo();
    expect(screen.getAllByTestId('demo-message').length).toBeGreaterThanOrEqual(20);
    const pane = screen.getByTitle('Clientbook task pane');
    expect(pane).toHaveAttribute('src', 'taskpane.html');
    expect(screen.getByText(/Select a message to read it/)).toBeInTheDocument();
  });

  it('selecting a message reads it and reaches the pane as ItemChanged', async () => {
    const { host, user } = renderDemo();
    const changed = jest.fn();
    host.onItemChanged(changed);
    await user.click(messageButton('demo-unknown-litware'));
    expect(changed).toHaveBeenCalledWith(expect.objectContaining({ itemId: 'demo-unknown-litware' }));
    expect(messageButton('demo-unknown-litware')).toHaveAttribute('aria-current', 'true');
    const reading = screen.getByTestId('demo-reading-pane');
    expect(within(reading).getByRole('heading', { name: 'Request for proposal: 40 workstations' })).toBeInTheDocument();
    expect(within(reading).getByText('Mark Davies <mark.davies@litware.com>')).toBeInTheDocument();
  });

  it('shows the Clientbook category and the notification as soon as the pane logs the message', async () => {
    const { host, mailbox, user } = renderDemo();
    await user.click(messageButton('demo-attachments'));
    const item = host.currentItem() as ReadItem;
    await act(async () => {
      await host.markLogged(item);
      await host.notify(item, 'Logged to ТОВ «Полісся Агро»');
    });
    expect(within(messageButton('demo-attachments')).getByTestId('demo-category')).toHaveTextContent('Clientbook');
    expect(screen.getByTestId('demo-notification')).toHaveTextContent('Logged to ТОВ «Полісся Агро»');
    expect(mailbox.isLogged('demo-attachments')).toBe(true);
  });

  it('shows a hostile message without scripts and with remote images blocked until asked', async () => {
    const { user } = renderDemo();
    await user.click(messageButton('demo-hostile'));
    const body = screen.getByTitle('Message body');
    expect(body).toHaveAttribute('sandbox', 'allow-popups allow-popups-to-escape-sandbox');
    const srcDoc = body.getAttribute('srcdoc') ?? '';
    expect(srcDoc).not.toMatch(/<script|(href|src|action)="\s*javascript:|\son(error|load|click)=|<iframe|<form|<meta http-equiv="refresh/i);
    expect(srcDoc).not.toMatch(/\ssrc="https:\/\/tracker\.invalid/);
    // CSS url()s that sanitising keeps cannot load anything remote either: the frame's policy forbids it.
    expect(srcDoc).toContain(`content="default-src 'none'; img-src data: cid:; style-src 'unsafe-inline'"`);
    await user.click(screen.getByRole('button', { name: 'Show images' }));
    expect(screen.getByTitle('Message body').getAttribute('srcdoc')).toContain(' src="https://tracker.invalid/open.gif?id=maria"');
  }, 20_000);

  it('switches the display language, reloading the pane, and the theme, which the open pane follows', async () => {
    const { mailbox, saved, user } = renderDemo();
    const before = screen.getByTitle('Clientbook task pane');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Display language' }), 'uk-UA');
    expect(mailbox.language).toBe('uk-UA');
    const after = screen.getByTitle('Панель Clientbook');
    expect(after).not.toBe(before);
    expect(screen.getByRole('button', { name: 'Вхідні' })).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Темна тема' }));
    expect(mailbox.theme).toBe('dark');
    expect(screen.getByTitle('Панель Clientbook')).toBe(after);
    expect(saved).toEqual([{ language: 'uk-UA', theme: 'light' }, { language: 'uk-UA', theme: 'dark' }]);
  });

  it('keeps the user\'s own mail in Sent', async () => {
    const { user } = renderDemo();
    await user.click(screen.getByRole('button', { name: 'Sent' }));
    const sent = screen.getAllByTestId('demo-message').map((b) => b.getAttribute('data-message-id'));
    expect(sent).toEqual(expect.arrayContaining(['demo-sent-offer', 'demo-thread-2']));
    expect(sent).not.toContain('demo-attachments');
  });

  it('opens a picked .eml file, selects it, and says which files could not be opened', async () => {
    const { mailbox, user } = renderDemo();
    const eml = new File(
      ['From: Olha <olha@lvivtrade.com.ua>\r\nTo: maria.koval@clientbook.example\r\nSubject: Test from a file\r\nMessage-ID: <file-1@lvivtrade.com.ua>\r\n\r\nHello'],
      'message.eml',
      { type: 'message/rfc822' },
    );
    const notes = new File(['just text'], 'notes.txt', { type: 'text/plain' });
    await user.upload(screen.getByTestId('demo-eml-input'), [eml, notes]);
    await waitFor(() => expect(mailbox.selected()?.subject).toBe('Test from a file'));
    expect(screen.getByRole('heading', { name: 'Test from a file' })).toBeInTheDocument();
    expect(screen.getByTestId('demo-open-notices')).toHaveTextContent('Opened 1 message.');
    expect(screen.getByTestId('demo-open-notices')).toHaveTextContent('"notes.txt" is not an .eml file.');
  });

  it('opens .eml files dropped on the page, showing where to drop them while dragging', async () => {
    const { mailbox } = renderDemo();
    const eml = new File(['From: Petro <petro@zhytomyr-agro.com.ua>\r\nSubject: Dropped in\r\n\r\nHi'], 'dropped.eml');
    const target = screen.getByTestId('demo-reading-pane');
    const dataTransfer = { types: ['Files'], files: [eml] };
    fireEvent.dragOver(target, { dataTransfer });
    expect(screen.getByText('Drop .eml files to open them')).toBeInTheDocument();
    fireEvent.drop(target, { dataTransfer });
    await waitFor(() => expect(mailbox.selected()?.subject).toBe('Dropped in'));
    expect(screen.queryByText('Drop .eml files to open them')).not.toBeInTheDocument();
    expect(within(messageButton(mailbox.selected()!.id)).getByText('Petro')).toBeInTheDocument();
  });

  it('moves through the list with the arrow keys, as a mail client does', async () => {
    const { mailbox, user } = renderDemo();
    const [first, second] = mailbox.messages('inbox');
    await user.click(messageButton(first!.id));
    await user.keyboard('{ArrowDown}');
    expect(mailbox.selectedId).toBe(second!.id);
    expect(messageButton(second!.id)).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(mailbox.selectedId).toBe(first!.id);
  });
});
