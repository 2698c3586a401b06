import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  children: ReactNode;
  /** The act's own word: "Delete", "Erase". */
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Cancel, Escape, or a click outside. */
  onCancel: () => void;
  /**
   * Where the focus goes on closing after the act, whose record's button (the opener) is leaving,
   * or when the opener is gone; absent, it returns to the opener.
   */
  fallbackFocus?: () => HTMLElement | null | undefined;
};

/**
 * A question before a destructive act. It opens with the focus on Cancel, so Enter pressed out of
 * habit changes nothing, and on closing returns the focus to what opened it: Fluent restores focus
 * only to a DialogTrigger, and these dialogs open from a record's own button or after a look-up.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, onConfirm, onCancel, fallbackFocus }: ConfirmDialogProps) {
  const opener = useRef<HTMLElement | null>(null);
  const fallback = useRef(fallbackFocus);
  useLayoutEffect(() => {
    fallback.current = fallbackFocus;
  });
  const cancel = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const confirmed = useRef(false);
  // After the Dialog's own effect (a child's effects run first), which focuses the first button: the act.
  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open]);
  useLayoutEffect(() => {
    if (open && !wasOpen.current) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      confirmed.current = false;
    }
    if (!open && wasOpen.current) {
      const useOpener = opener.current?.isConnected && !(confirmed.current && fallback.current);
      const target = useOpener ? opener.current : fallback.current?.();
      opener.current = null;
      // After Fluent's own focus handling on close, which would leave the focus on the page.
      setTimeout(() => target?.focus(), 0);
    }
    wasOpen.current = open;
  }, [open]);
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                confirmed.current = true;
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
            <Button ref={cancel} onClick={onCancel}>
              {cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
