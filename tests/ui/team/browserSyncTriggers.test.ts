/** @jest-environment jsdom */
import { browserSyncTriggers } from '../../../src/app/team/createTeam';

describe('browserSyncTriggers', () => {
  it("follows the document's visibility and the window's online event, and lets go of both", () => {
    const triggers = browserSyncTriggers();
    const shown = jest.fn();
    const online = jest.fn();
    const offShown = triggers.onVisibilityChange(shown);
    const offOnline = triggers.onOnline(online);

    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    expect(triggers.isVisible()).toBe(false);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('online'));
    expect(triggers.isVisible()).toBe(true);
    expect(shown).toHaveBeenCalledTimes(1);
    expect(online).toHaveBeenCalledTimes(1);

    offShown();
    offOnline();
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('online'));
    expect(shown).toHaveBeenCalledTimes(1);
    expect(online).toHaveBeenCalledTimes(1);
  });
});
