import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import { useT } from '../i18n/useT';
import { formCancelStrings } from './formCancelStrings';

/** A form that may hold typing: where it is, and whether it holds any. */
type GuardedForm = { element: () => Element | null; typed: () => boolean; held: () => boolean };

/** Where the forms a move closes are: one element, the forms inside any of several (none: nothing closes), or null for anywhere. */
type Within = Element | null | readonly (Element | null)[];

const closes = (within: Within | undefined, form: GuardedForm): boolean => {
  if (!within) return true;
  const places: readonly (Element | null)[] = within instanceof Element ? [within] : within;
  return places.some((place) => !!place?.contains(form.element()));
};

type Guard = {
  /** Registers an open form; the returned function forgets it. */
  add: (form: GuardedForm) => () => void;
  /**
   * Runs `go` at once, or once the user agrees to lose what a form inside `within` (anywhere when
   * absent; one of them when several) holds; `stay` runs when they keep editing instead.
   */
  leave: (go: () => void, within?: Within, stay?: () => void) => void;
  /** Whether a form inside `within` holds typing, counting what a save took. */
  holdsTyping: (within: Element) => boolean;
  /** Calls `listener` whenever a form opens or closes; the returned function stops it. */
  watch: (listener: () => void) => () => void;
};

const LeaveGuardContext = createContext<Guard | undefined>(undefined);

// Only once a question is asked: a dialog mounted with the pane would load with its first screen.
const ConfirmDialog = lazy(() => import('./ConfirmDialog').then((m) => ({ default: m.ConfirmDialog })));

/**
 * The pane's open forms, asked about before the pane leaves them (Back, the header's sections,
 * "Show it", a tab) and before a form's own Cancel or Escape closes it (PaneForm): in one place, so
 * no way out of a form throws typing away without asking, and every way asks the same. Once asked
 * the question stays mounted here, outside the form it closes: a dialog torn down while open would
 * leave the pane hidden from screen readers.
 */
export function LeaveGuard({ children }: { children: ReactNode }) {
  const { t } = useT(formCancelStrings);
  const forms = useRef(new Set<GuardedForm>());
  const watchers = useRef(new Set<() => void>());
  const [pending, setPending] = useState<{ go: () => void; stay?: () => void } | null>(null);
  const [asked, setAsked] = useState(false);
  // The field last focused in a form: the way out (a tab, Back) takes the focus with its click. Any
  // form's, since a form takes the focus on its first field before it registers here (useFormFocus).
  const lastField = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const focused = (event: FocusEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.closest('form')) lastField.current = target;
    };
    document.addEventListener('focusin', focused);
    return () => document.removeEventListener('focusin', focused);
  }, []);
  const guard = useMemo<Guard>(
    () => ({
      add: (form) => {
        forms.current.add(form);
        watchers.current.forEach((changed) => changed());
        return () => {
          forms.current.delete(form);
          watchers.current.forEach((changed) => changed());
        };
      },
      holdsTyping: (within) => [...forms.current].some((f) => f.held() && within.contains(f.element())),
      watch: (listener) => {
        watchers.current.add(listener);
        return () => {
          watchers.current.delete(listener);
        };
      },
      leave: (go, within, stay) => {
        const typed = [...forms.current].find((f) => f.typed() && closes(within, f));
        if (typed) {
          // The question opens from the field, not from the way out, so "Keep editing" hands the
          // keyboard back there, as the dialog returns it to what opened it.
          const field = lastField.current;
          if (field?.isConnected && typed.element()?.contains(field)) field.focus();
          setAsked(true);
          setPending({ go, stay });
        } else go();
      },
    }),
    [],
  );
  return (
    <LeaveGuardContext.Provider value={guard}>
      {children}
      {asked && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open={pending !== null}
            title={t('title')}
            confirmLabel={t('discard')}
            cancelLabel={t('keepEditing')}
            onConfirm={() => {
              setPending(null);
              pending?.go();
            }}
            onCancel={() => {
              setPending(null);
              pending?.stay?.();
            }}
          >
            {t('body')}
          </ConfirmDialog>
        </Suspense>
      )}
    </LeaveGuardContext.Provider>
  );
}

/**
 * Whether a PaneForm holds typing no save has kept: typing since its last save, and what a save
 * took until that save is known to have failed. A form that stays open after saving (adding one
 * record after another) then asks nothing on leaving.
 */
export class FormTyping {
  private sinceSave = false;
  private inSave = false;

  get typed(): boolean {
    return this.sinceSave;
  }

  input(): void {
    this.sinceSave = true;
  }

  /** Typing no save has kept, or that a save took and may yet give back: what a screen keeps its form open for. */
  get held(): boolean {
    return this.sinceSave || this.inSave;
  }

  saveStarted(): void {
    this.inSave = this.sinceSave;
    this.sinceSave = false;
  }

  saveFailed(): void {
    this.sinceSave ||= this.inSave;
  }
}

export const FormTypingContext = createContext<FormTyping | undefined>(undefined);

/**
 * Tells the enclosing PaneForm (or the one whose typing is `own`, from the form itself) that its last
 * save failed: what it took is still only typed.
 */
export function useFailedSaveKeepsTyping(failed: boolean, own?: FormTyping) {
  const enclosing = useContext(FormTypingContext);
  const typing = own ?? enclosing;
  useEffect(() => {
    if (failed) typing?.saveFailed();
  }, [failed, typing]);
}

/** Tells the pane, while the form is open, whether leaving it would lose typing. */
export function useGuardedForm(form: RefObject<Element | null>, typing: FormTyping) {
  const guard = useContext(LeaveGuardContext);
  useEffect(() => guard?.add({ element: () => form.current, typed: () => typing.typed, held: () => typing.held }), [guard, form, typing]);
}

const unwatched = () => () => {};

/**
 * Whether a form inside an element holds typing. `asked` names the elements the caller keeps
 * something for: it renders again when the answer for them changes as a form opens or closes, so
 * what it kept goes once the form is closed, not at the next change of the store.
 */
function useTypingHeld(asked: () => ReadonlyArray<Element | null | undefined>): (within: Element | null | undefined) => boolean {
  const guard = useContext(LeaveGuardContext);
  const holds = (within: Element | null | undefined) => !!within && !!guard?.holdsTyping(within);
  useSyncExternalStore(guard?.watch ?? unwatched, () => asked().map(holds).join());
  return holds;
}

/**
 * The record a screen shows, or, once it is gone (a colleague's deletion pulled in), the last one it
 * showed while a form in `screen` holds typing: the form stays, and its save says the record was
 * deleted (DeletedWhileEditingError) instead of the typing vanishing with the screen.
 */
export function useKeptWhileTyping<T>(record: T | null | undefined, screen: RefObject<Element | null>): T | null | undefined {
  const [last, setLast] = useState(record);
  if (record != null && record !== last) setLast(record);
  const held = useTypingHeld(() => (record == null ? [screen.current] : []));
  return record ?? (held(screen.current) ? last : undefined);
}

/**
 * `gone(id)`: the row is shown only for the typing in its form, as a colleague deleted it: its last
 * contents are no longer current, and the row says so in their place (DeletedRowNotice).
 */
type KeptRows<R> = { rows: R; rowRef: (id: string) => (element: Element | null) => void; gone: (id: string) => boolean };

/**
 * A list's rows, with those gone from `rows` (a colleague's deletion pulled in) kept where they
 * were, as last shown, while a form in their row holds typing: as useKeptWhileTyping does for a
 * screen. `rowRef(id)` goes on the element of the row whose id `idOf` gives.
 */
export function useRowsKeptWhileTyping<T>(rows: readonly T[], idOf: (row: T) => string): KeptRows<T[]>;
export function useRowsKeptWhileTyping<T>(rows: readonly T[] | undefined, idOf: (row: T) => string): KeptRows<T[] | undefined>;
export function useRowsKeptWhileTyping<T>(rows: readonly T[] | undefined, idOf: (row: T) => string): KeptRows<T[] | undefined> {
  // Both are read while rendering, so not refs: where each row is drawn (set as rows mount), to ask
  // whether a gone row's form holds typing, and the rows last shown, to know which went.
  const [elements] = useState(() => new Map<string, Element>());
  const [shown, setShown] = useState<readonly T[]>([]);
  const ids = new Set(rows?.map(idOf));
  const gone = rows ? shown.filter((row) => !ids.has(idOf(row))) : [];
  const elementOf = (row: T) => elements.get(idOf(row));
  const held = useTypingHeld(() => gone.map(elementOf));
  const kept = rows && [...rows];
  shown.forEach((row, at) => {
    if (kept && gone.includes(row) && held(elementOf(row))) kept.splice(Math.min(at, kept.length), 0, row);
  });
  if (kept && (kept.length !== shown.length || kept.some((row, at) => row !== shown[at]))) setShown(kept);
  const rowRef = (id: string) => (element: Element | null) => {
    if (element) elements.set(id, element);
    else elements.delete(id);
  };
  return { rows: kept, rowRef, gone: (id: string) => rows !== undefined && !ids.has(id) };
}

/** `leave(go, within?, stay?)`: goes, after asking if a form the move closes holds typing; `stay` when the user keeps editing. */
export function useLeave(): (go: () => void, within?: Within, stay?: () => void) => void {
  const guard = useContext(LeaveGuardContext);
  return useCallback((go: () => void, within?: Within, stay?: () => void) => (guard ? guard.leave(go, within, stay) : go()), [guard]);
}
