/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

const notice = 'Some fields need attention; nothing you typed was lost.';

function ClientScreenFor({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} tab="history" />;
}

describe('mending the fields a save refused in Record contact', () => {
  it('an outcome typed takes “What happened”’s message away, the score keeps its own, and the notice goes with the last', async () => {
    let id = '';
    const { user } = await renderPane(<ClientScreenFor get={() => id} />, {
      seed: async (seeded) => {
        id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Record contact' }));
    const form = within(screen.getByRole('form', { name: 'Record contact' }));
    await user.selectOptions(await form.findByRole('combobox', { name: /^Type/ }), 'Survey');
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(await form.findAllByText('Required.')).toHaveLength(2);

    await user.type(form.getByRole('textbox', { name: 'Outcome' }), 'Will recommend us');
    expect(form.getByLabelText(/What happened/)).not.toHaveAttribute('aria-invalid');
    expect(form.getByRole('spinbutton', { name: /Satisfaction score/ })).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByText(notice)).toBeInTheDocument();

    await user.type(form.getByRole('spinbutton', { name: /Satisfaction score/ }), '9');
    expect(form.queryByText('Required.')).not.toBeInTheDocument();
    expect(form.queryByText(notice)).not.toBeInTheDocument();
  });
});
