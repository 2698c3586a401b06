import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { FormCancel, FormCancelContext } from './formCancel';
import type { FormDraft } from './FormDraft';
import { FormTyping, FormTypingContext, useFailedSaveKeepsTyping, useGuardedForm, useLeave } from './LeaveGuard';
import { UnreadableEntries, UnreadableEntriesContext } from './unreadableEntries';
import { useFormFocus } from './useFormFocus';
import { useKeptFocus } from './useKeptFocus';

type PaneFormProps = {
  className: string;
  /** The form's name for assistive technology, where no heading names it. */
  label?: string;
  /** The id of the heading that names the form. */
  labelledBy?: string;
  /** Enter in a field or the submit button. */
  onSubmit: () => void;
  /**
   * True while the form shows why its last save failed, for a form that draws its own footer
   * (FormFooter tells the form itself): leaving then still asks, since the save kept nothing.
   */
  saveFailed?: boolean;
  /** Where the form's owner keeps its typing to draw it again as it was left; the form notes there whether it holds typing and where the focus is. */
  kept?: FormDraft<unknown>;
  children: ReactNode;
};

/**
 * A pane form. The app, not the browser, checks the fields on saving, so every message is in the app's words and language.
 * A date or time box holding text it could not read stops the save and takes the focus, with its message beside it.
 * A form opened or closed in place of a button keeps the keyboard focus (useFormFocus).
 * Escape does what its Cancel does (useFormCancel); once something was typed in it, both first ask,
 * as leaving it any other way (Back, a header section, a tab) does, with the LeaveGuard's one question:
 * a Cancel pressed after a long note, or an Escape meant for a list or a popup that had just closed,
 * would otherwise lose the typing.
 */
export function PaneForm({ className, label, labelledBy, onSubmit, saveFailed = false, kept, children }: PaneFormProps) {
  const [unreadable] = useState(() => new UnreadableEntries());
  const form = useRef<HTMLFormElement>(null);
  useFormFocus(form);
  useKeptFocus(form, kept);
  const [cancel] = useState(() => new FormCancel());
  const [typing] = useState(() => kept?.typing ?? new FormTyping());
  useGuardedForm(form, typing);
  useFailedSaveKeepsTyping(saveFailed, typing);
  const leave = useLeave();
  useLayoutEffect(() => {
    cancel.askWith((go) => leave(go, form.current));
  }, [cancel, leave]);
  return (
    <form
      ref={form}
      className={className}
      aria-label={label}
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (unreadable.focusFirst()) return;
        // The save takes what was typed; a failed one gives it back (useFailedSaveKeepsTyping).
        typing.saveStarted();
        onSubmit();
      }}
      onMouseDown={(e) => {
        if (!(e.target instanceof Element) || !e.target.closest('button[type="submit"]')) return;
        // Pressing Save takes the focus from a box, which only then finds its text unreadable and
        // shows why beneath it. That pushes Save from under the pointer, so no click, and no submit,
        // may follow: the box takes the focus here as well, once the press has moved it.
        setTimeout(() => unreadable.focusFirst(), 0);
      }}
      onInput={() => {
        typing.input();
      }}
      onKeyDown={(e) => {
        // Popups in the form (lists, the calendar) close on their own Escape and mark it handled;
        // menus and dialogs it opened are portals outside its element.
        if (e.key !== 'Escape' || e.defaultPrevented || !cancel.available || !(e.target instanceof Node) || !e.currentTarget.contains(e.target)) return;
        e.preventDefault();
        cancel.request();
      }}
    >
      <FormCancelContext.Provider value={cancel}>
        <FormTypingContext.Provider value={typing}>
          <UnreadableEntriesContext.Provider value={unreadable}>{children}</UnreadableEntriesContext.Provider>
        </FormTypingContext.Provider>
      </FormCancelContext.Provider>
    </form>
  );
}
