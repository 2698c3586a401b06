/**
 * Which control of a screen had the focus, told in terms that outlast the screen's elements: a
 * screen gone back to, or a part shown again, is drawn anew, so the element itself is gone. A
 * control is its kind, role and name ("Open card: Contoso"), and which of those it was in the
 * screen's order when several share them (one "Open card" per row).
 */
export class ControlIdentity {
  private constructor(
    private readonly key: string,
    private readonly nth: number,
  ) {}

  /** The identity of `control` within `root`, or undefined when it is no control there. */
  static of(control: HTMLElement, root: Element): ControlIdentity | undefined {
    if (control === root || !root.contains(control)) return undefined;
    const key = keyOf(control);
    const nth = candidates(root, key).indexOf(control);
    return nth < 0 ? undefined : new ControlIdentity(key, nth);
  }

  /** The focused control's identity within `root`, or undefined when the focus is not on one there. */
  static ofFocused(root: Element): ControlIdentity | undefined {
    const focused = root.ownerDocument.activeElement;
    return focused instanceof HTMLElement ? ControlIdentity.of(focused, root) : undefined;
  }

  /** The control in `root` now, if it is still there. */
  find(root: Element): HTMLElement | undefined {
    return candidates(root, this.key)[this.nth];
  }
}

const controls = 'button, a[href], input, select, textarea, [tabindex], [role="button"], [role="link"], [role="tab"]';

const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function nameOf(element: HTMLElement): string {
  const label = element.getAttribute('aria-label');
  if (label) return squeeze(label);
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return squeeze(labelledBy.split(/\s+/).map((id) => element.ownerDocument.getElementById(id)?.textContent).join(' '));
  const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
  if (labels && labels.length > 0) return squeeze([...labels].map((l) => l.textContent).join(' '));
  return squeeze(element.textContent);
}

const keyOf = (element: HTMLElement) => `${element.tagName} ${element.getAttribute('role') ?? ''} ${nameOf(element)}`;

/** The controls in `root` with this key, in the screen's order; a hidden one counts, as it did when noted. */
function candidates(root: Element, key: string): HTMLElement[] {
  return [...root.querySelectorAll(controls)].filter((element): element is HTMLElement => element instanceof HTMLElement && keyOf(element) === key);
}
