import { useLayoutEffect, useState, type RefObject } from 'react';
import { ControlIdentity } from './ControlIdentity';

const tabbable = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex="0"]';

const firstTabbable = (root: Element): HTMLElement | null =>
  root.matches(tabbable) ? (root as HTMLElement) : root.querySelector<HTMLElement>(tabbable);

const focusLost = () => !document.activeElement || document.activeElement === document.body;

/**
 * The button last pressed with a pointer, for a moment. Safari (Outlook on a Mac) does not focus a
 * button it clicks, so the focus says nothing of which button opened a form there.
 */
let pressed: { button: HTMLElement; at: number } | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener(
    'pointerdown',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button, [role="button"], [role="tab"]') : null;
      pressed = button ? { button, at: performance.now() } : null;
    },
    true,
  );
}

/**
 * What opened a form drawn now: the control with the focus, else a button pressed within the last
 * second and still shown. A form renders before its button goes; a screen that fills in after a
 * press has navigated to it finds that button gone already, and is no form opened in its place.
 */
function openerNow(): HTMLElement | null {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) return active;
  return pressed && pressed.button.isConnected && performance.now() - pressed.at < 1000 ? pressed.button : null;
}

/** A dialog the form opened (a confirmation) holds the focus on the form's behalf. */
const inDialog = (node: Node | null) => node instanceof Element && node.closest('[role="dialog"], [role="alertdialog"]') !== null;

/** Longer than a dialog's closing animation; a dialog still holding the focus after it stays open. */
const dialogClosingMs = 2000;

/**
 * Runs `then` once the focus has left the dialog holding it: the dialog keeps it while it fades out,
 * and only then is the focus dropped, to the page when what the dialog would hand it back to is gone.
 */
function afterDialogLetsGo(then: () => void) {
  const stop = () => {
    observer.disconnect();
    document.removeEventListener('focusin', check);
    clearTimeout(timer);
  };
  function check() {
    if (inDialog(document.activeElement)) return;
    stop();
    // After the dialog's own hand-back (ConfirmDialog's), which may have put the focus where it meant to.
    setTimeout(then, 0);
  }
  // The focused button taken out of the page with its dialog fires no focus event: its removal is what tells.
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener('focusin', check);
  const timer = setTimeout(stop, dialogClosingMs);
}

/** Where a form stood: its ancestors, each with the index of the child that led down to the form. */
type Place = { parent: Element; index: number }[];

function placeOf(form: HTMLElement): Place {
  const place: Place = [];
  for (let child: Element = form, parent = form.parentElement; parent && parent.tagName !== 'MAIN'; child = parent, parent = parent.parentElement) {
    place.push({ parent, index: [...parent.children].indexOf(child) });
  }
  return place;
}

/** The first control at the form's old place in its nearest ancestor still shown, else the next one after, else the one before. */
function controlAt(place: Place): HTMLElement | null {
  const level = place.find((p) => p.parent.isConnected);
  if (!level) return null;
  const children = [...level.parent.children];
  for (const child of children.slice(level.index)) {
    const found = firstTabbable(child);
    if (found) return found;
  }
  for (const child of children.slice(0, level.index).reverse()) {
    const found = [...child.querySelectorAll<HTMLElement>(tabbable)].pop() ?? (child.matches(tabbable) ? (child as HTMLElement) : null);
    if (found) return found;
  }
  return null;
}

/**
 * Keeps the keyboard focus with a form (or a form-like section) that comes and goes in place of a
 * button ("Record contact", "Edit card", "New template"): a form that appears where the focus was
 * just lost (its button went with the click) takes it on its first field. A form drawn while the
 * focus was already on the page does not: that is a screen filling in after navigation (a deal's
 * always-shown planned receipt form), whose heading takes the focus at the top, where the form
 * would have scrolled the screen down to itself. A form that goes
 * with the focus inside (Save, Cancel, Escape, or "Close without saving" in the question they ask)
 * leaves it on the button that opened it, or on that button drawn again, or when that went too, on
 * the control now in the form's place. Without this the focus fell to the page
 * both times, and the next Tab started from wherever the browser chose.
 */
export function useFormFocus(form: RefObject<HTMLElement | null>) {
  // What had the focus as the form first rendered: the button that opened it, when that stays
  // (Archive opens its form below the list). Read before the form's own autoFocus moves it.
  const [opener] = useState(openerNow);
  // Which control that was, for a form drawn in its place (Edit on a contact's row): the row is drawn
  // anew on closing, with an Edit button of its own. Read while the opener is still on the screen.
  const [openerAgain] = useState(() => {
    const screen = opener?.closest('main');
    return opener && screen ? ControlIdentity.of(opener, screen) : undefined;
  });
  useLayoutEffect(() => {
    const element = form.current;
    if (!element) return;
    // Layout effects run in the commit that removed the opener, before anything else moves the focus.
    if (opener && focusLost()) firstTabbable(element)?.focus();
    // Whether the focus was last in this form, or in a dialog it opened: a Save button disabled
    // while saving drops it to the page without moving it anywhere (no related target), and the
    // form then closes; so does Delete, confirmed in a dialog.
    let hadFocus = element.contains(document.activeElement);
    const focusIn = () => {
      hadFocus = true;
    };
    const focusOut = (event: FocusEvent) => {
      const to = event.relatedTarget;
      if (to instanceof Node && !element.contains(to) && !inDialog(to)) hadFocus = false;
    };
    element.addEventListener('focusin', focusIn);
    element.addEventListener('focusout', focusOut);
    return () => {
      element.removeEventListener('focusin', focusIn);
      element.removeEventListener('focusout', focusOut);
      // Still in the document here: React removes a form after its layout effects are cleaned up.
      if (!element.contains(document.activeElement) && !(hadFocus && (focusLost() || inDialog(document.activeElement)))) return;
      const place = placeOf(element);
      // Only a button of the same screen: a screen's own form re-created after a save keeps its focus there.
      const back = opener && !element.contains(opener) && opener.closest('main') === element.closest('main') ? opener : null;
      const screen = element.closest('main');
      const restore = () => {
        if (!focusLost()) return;
        const redrawn = screen ? openerAgain?.find(screen) : undefined;
        if (back?.isConnected && !back.matches(':disabled')) back.focus();
        else if (redrawn && !redrawn.matches(':disabled')) redrawn.focus();
        else controlAt(place)?.focus();
      };
      setTimeout(() => {
        // Closed from its question ("Close without saving"): that dialog still holds the focus and
        // would hand it back to the field it was asked from, which went with the form.
        if (inDialog(document.activeElement)) afterDialogLetsGo(restore);
        else restore();
      }, 0);
    };
  }, [form, opener, openerAgain]);
}
