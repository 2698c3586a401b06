import { registerRibbonAction } from '../../../src/adapters/office/registerRibbonAction';
import type { MailHost } from '../../../src/domain/ports';
import { anOutlook } from './anOutlook';

/** An Outlook that records what the function file associates, and lets the test press the button. */
function aCommandRuntime() {
  const outlook = anOutlook();
  const actions = new Map<string, (event: { completed: () => void }) => void>();
  const office = Object.assign(outlook.office, {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    actions: { associate: (name: string, fn: (event: { completed: () => void }) => void) => actions.set(name, fn) },
  });
  const press = (name: string) =>
    new Promise<void>((resolve) => {
      actions.get(name)?.({ completed: resolve });
    });
  return { outlook, office, actions, press };
}

describe('registerRibbonAction', () => {
  it('runs the handler on the open message in Outlook and then tells Outlook the command completed', async () => {
    const runtime = aCommandRuntime();
    runtime.outlook.open({ subject: 'Quote for 20 licences' });
    const seen: string[] = [];

    registerRibbonAction('logEmail', async (host: MailHost) => {
      const item = host.currentItem();
      seen.push(`${host.kind}: ${item?.mode === 'read' ? item.subject : 'none'}`);
    }, runtime.office);
    await runtime.press('logEmail');

    expect(seen).toEqual(['outlook: Quote for 20 licences']);
  });

  it('completes the command even when the handler fails, so Outlook does not wait forever', async () => {
    const runtime = aCommandRuntime();
    const failure = new Error('store unavailable');
    const reportError = jest.fn();
    Object.assign(globalThis, { reportError });

    registerRibbonAction('logEmail', () => Promise.reject(failure), runtime.office);

    await expect(runtime.press('logEmail')).resolves.toBeUndefined();
    // Not swallowed: with no screen left, it is reported as an uncaught error in the runtime's console.
    expect(reportError).toHaveBeenCalledWith(failure);
  });
});
