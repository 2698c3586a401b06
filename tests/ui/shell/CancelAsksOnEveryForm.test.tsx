/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { App } from '../../../src/app/createApp';
import { CampaignsScreen } from '../../../src/taskpane/modules/campaigns/components/CampaignsScreen';
import { CatalogueScreen } from '../../../src/taskpane/modules/catalogue/components/CatalogueScreen';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { cancelAsks } from '../../support/cancelAsks';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

/** Contoso with its open deal "Valves", invoiced and part paid, and its service case "Valve leaks". */
const ids = { clientId: '', dealId: '' };
async function seedContoso(app: App) {
  ids.clientId = (await app.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
  ids.dealId = (await app.deals.create({ clientId: ids.clientId, title: 'Valves', currency: 'UAH', amountMinor: 500_000 })).id;
  const receipt = await app.deals.savePlannedReceipt({ dealId: ids.dealId, number: 'INV-7', amountMinor: 500_000, issueDate: '2026-03-01', dueDate: '2026-03-31' });
  await app.deals.recordPayment({ invoiceId: receipt.id, amountMinor: 100_000, date: '2026-03-02' });
  await app.deals.openServiceCase({ clientId: ids.clientId, title: 'Valve leaks', description: 'Plant 2', severity: 'normal', openedOn: '2026-03-02' });
}

function Client({ tab }: { tab: 'card' | 'contacts' | 'deals' | 'service-cases' }) {
  return <ClientScreen clientId={ids.clientId} tab={tab} />;
}
function Deal() {
  return <DealScreen dealId={ids.dealId} />;
}

/** `opener`: the button that opens the form, or the buttons pressed in turn to reach it. */
type FormCase = { screen: ReactNode; opener: string | RegExp | (string | RegExp)[]; form: string | RegExp; field: string | RegExp };

const forms: [string, FormCase][] = [
  ['Edit card', { screen: <Client tab="card" />, opener: 'Edit card', form: 'Edit card', field: 'Notes' }],
  ['a new contact person', { screen: <Client tab="contacts" />, opener: 'Add contact', form: 'New contact', field: /Name/ }],
  ['New deal', { screen: <Client tab="deals" />, opener: 'New deal', form: 'New deal', field: 'Notes' }],
  ['Edit deal', { screen: <Deal />, opener: 'Edit deal', form: 'Edit deal', field: 'Notes' }],
  ['Close as Refusal', { screen: <Deal />, opener: 'Close as Refusal', form: 'Close as Refusal', field: 'Note (optional)' }],
  ['New service case', { screen: <Client tab="service-cases" />, opener: 'Open service case', form: 'New service case', field: /Title/ }],
  ['a service case’s contact', { screen: <Client tab="service-cases" />, opener: ['Details of Valve leaks', 'Record contact for this case'], form: 'Contact for Valve leaks', field: /What happened/ }],
  ['Correct payment', { screen: <Deal />, opener: /^Correct payment/, form: /^Correct payment/, field: 'Note' }],
  ['New product', { screen: <CatalogueScreen />, opener: 'Add product', form: 'New product', field: /Name/ }],
  ['New template', { screen: <MailingsScreen />, opener: 'New template', form: 'New template', field: /Name/ }],
  ['New campaign', { screen: <CampaignsScreen />, opener: 'Add campaign', form: 'New campaign', field: /Name/ }],
];

describe('Cancel on a form holding typing asks first', () => {
  it.each(forms)('%s', async (_, { screen: ui, opener, form, field }) => {
    const { user } = await renderPane(ui, { seed: seedContoso });
    for (const name of [opener].flat()) await user.click(await screen.findByRole('button', { name }));
    const open = () => screen.queryByRole('form', { name: form });
    await cancelAsks(user, open, () => within(open() as HTMLElement).getByRole('textbox', { name: field }), 'Asked for the March price list');
  });
});
