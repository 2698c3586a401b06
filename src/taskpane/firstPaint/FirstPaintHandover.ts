/** How a button is found again in the app: its accessible name as the first paint and the app both give it. */
const nameOf = (button: Element) => button.getAttribute('aria-label') ?? button.textContent ?? '';

const buttonNamed = (within: Element, name: string) => [...within.querySelectorAll('button')].find((b) => nameOf(b) === name) ?? null;

/**
 * The first paint (drawFirstPaint) in the pane's #root, and the hand-over to the app behind it.
 * The app renders into a hidden, inert frame over the same area and takes the first paint's place once it shows
 * the same card (or after `limitMs`), in one step, so the card never blinks. A button pressed on
 * the first paint meanwhile is pressed again on the app's button of the same name, and the
 * keyboard focus moves to it: nothing done on the first paint is lost.
 */
export class FirstPaintHandover {
  private pressed: string | null = null;
  private stale = false;
  private stopWaiting: () => void = () => undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly first: HTMLElement,
  ) {
    container.append(first);
    // The first paint's buttons do nothing themselves: the app's button of the same name is pressed once it shows.
    this.first.addEventListener(
      'click',
      (event) => {
        const button = event.target instanceof Element ? event.target.closest('button') : null;
        if (!button) return;
        event.preventDefault();
        event.stopPropagation();
        this.pressed = nameOf(button);
      },
      true,
    );
  }

  /** A frame for the app, hidden behind the first paint until handOver shows it. */
  appFrame(): HTMLElement {
    const frame = document.createElement('div');
    frame.style.cssText = 'position:absolute;inset:0;visibility:hidden';
    frame.inert = true;
    frame.setAttribute('aria-hidden', 'true');
    this.container.append(frame);
    return frame;
  }

  /** Ends handOver's wait now: the first paint's card is out of date (another message was opened). */
  outdated(): void {
    this.stale = true;
    this.stopWaiting();
  }

  /** Waits until `frame` shows the first paint's card (at most `limitMs`, or until outdated), then puts it in the first paint's place. */
  async handOver(frame: HTMLElement, limitMs = 3000): Promise<void> {
    const card = this.first.querySelector('[role="group"]')?.textContent ?? '';
    await new Promise<void>((resolve) => {
      const shows = () => this.stale || (card !== '' && (frame.textContent ?? '').includes(card));
      if (shows()) return resolve();
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      };
      const observer = new MutationObserver(() => shows() && done());
      observer.observe(frame, { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(done, limitMs);
      this.stopWaiting = done;
    });
    const focused = this.first.contains(document.activeElement) && document.activeElement ? nameOf(document.activeElement) : null;
    frame.style.cssText = 'height:100%';
    frame.inert = false;
    frame.removeAttribute('aria-hidden');
    this.dispose();
    const focus = focused === null ? null : buttonNamed(frame, focused);
    focus?.focus();
    const press = this.pressed === null ? null : buttonNamed(frame, this.pressed);
    press?.click();
  }

  /** Removes the first paint (the app has taken over, or the pane failed to start). */
  dispose(): void {
    this.first.remove();
  }
}
