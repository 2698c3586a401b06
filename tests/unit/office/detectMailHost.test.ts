/**
 * @jest-environment jsdom
 */
import { detectMailHost } from '../../../src/adapters/office/detectMailHost';
import { anOutlook } from './anOutlook';

type OfficeGlobal = { Office?: unknown };

function installOffice(host: string | null) {
  const outlook = anOutlook();
  const office = Object.assign(outlook.office, { onReady: () => Promise.resolve({ host, platform: host ? 'OfficeOnline' : null }) });
  (globalThis as OfficeGlobal).Office = office;
  return outlook;
}

afterEach(() => {
  delete (globalThis as OfficeGlobal).Office;
});

describe('detectMailHost', () => {
  it('connects to Outlook when office.js says it runs in Outlook, following the selection', async () => {
    const outlook = installOffice('Outlook');

    const host = await detectMailHost();

    expect(host.kind).toBe('outlook');
    expect(outlook.state.itemChanged).toEqual(expect.any(Function));
  });

  it('opens the demo mailbox when office.js runs outside Office', async () => {
    installOffice(null);

    expect((await detectMailHost()).kind).toBe('demo');
  });

  it('opens the demo mailbox in a plain browser without office.js', async () => {
    expect((await detectMailHost()).kind).toBe('demo');
  });
});
