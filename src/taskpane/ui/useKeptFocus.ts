import { useLayoutEffect, useState, type RefObject } from 'react';
import type { FormDraft } from './FormDraft';

const fieldsOf = (form: Element) => [...form.querySelectorAll<HTMLElement>('input, select, textarea, [contenteditable="true"]')];

/**
 * Notes in the draft which field of the form has the focus, and puts it back there when the form is
 * drawn again from that draft. The pane does not take the keyboard from Outlook for it (the manager
 * may be going through the message list): while the pane has no focus, the field takes it once the
 * pane gets it back with nothing in particular focused (a click on its background, F6).
 */
export function useKeptFocus(form: RefObject<HTMLElement | null>, draft: FormDraft<unknown> | undefined) {
  // Read as the form is first drawn, before this form's own focus notes another.
  const [left] = useState(() => draft?.field);
  useLayoutEffect(() => {
    const element = form.current;
    if (!element || !draft) return;
    const noted = (event: FocusEvent) => {
      const at = fieldsOf(element).indexOf(event.target as HTMLElement);
      if (at >= 0) draft.field = at;
    };
    element.addEventListener('focusin', noted);
    const field = left === undefined ? undefined : fieldsOf(element)[left];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const back = () => {
      timer = setTimeout(() => {
        if (field?.isConnected && (!document.activeElement || document.activeElement === document.body)) field.focus();
      }, 0);
    };
    if (field && document.hasFocus()) field.focus();
    else if (field) window.addEventListener('focus', back, { once: true });
    return () => {
      element.removeEventListener('focusin', noted);
      window.removeEventListener('focus', back);
      clearTimeout(timer);
    };
  }, [form, draft, left]);
}
