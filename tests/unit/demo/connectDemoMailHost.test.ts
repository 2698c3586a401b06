/**
 * @jest-environment jsdom
 */
import { DemoMailbox } from '../../../src/adapters/office/demo/DemoMailbox';
import { connectDemoMailHost, demoMailboxOfParent, exposeDemoMailbox } from '../../../src/adapters/office/demo/connectDemoMailHost';

describe('connectDemoMailHost', () => {
  it('opened on its own, has a mailbox of its own with the demo messages and nothing selected', () => {
    const host = connectDemoMailHost();
    expect(host.kind).toBe('demo');
    expect(host.currentItem()).toBeNull();
    expect(host.userProfile().email).toBe('maria.koval@clientbook.example');
  });

  it('framed by the demo page, uses the page\'s mailbox', () => {
    const pageMailbox = new DemoMailbox();
    const page = {} as Window;
    exposeDemoMailbox(pageMailbox, page);
    const pane = { parent: page } as Window;
    expect(demoMailboxOfParent(pane)).toBe(pageMailbox);
  });

  it('framed by a page of another origin (Outlook on the web), is not in the demo', () => {
    const crossOrigin = new Proxy({} as Window, {
      get() {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    });
    expect(demoMailboxOfParent({ parent: crossOrigin } as Window)).toBeNull();
  });

  it('not framed at all, is not in the demo', () => {
    expect(demoMailboxOfParent(window)).toBeNull();
  });
});
