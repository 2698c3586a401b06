import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';

type ConfirmDialogProps = {
  open: boolean;
  /** A string, or text with break opportunities (an email address that may wrap). */
  title: ReactNode;
  children: ReactNode;
  /** The act's own word: "Delete", "Erase". */
  confirmLabel: string;
  cancelLabel: string;
  /** The act cannot be undone (erasing a person everywhere): its button is the danger colour, not the brand's. */
  destructive?: boolean;
  onConfirm: () => void;
  /** Cancel, Escape, or a click outside. */
  onCancel: () => void;
  /**
   * Where the focus goes on closing after the act, whose record's button (the opener) is leaving,
   * or when the opener is gone; absent, it returns to the opener.
   */
  fallbackFocus?: () => HTMLElement | null | undefined;
};

// Fluent v9 has no danger button: the status danger colours, with the on-brand text they are made for.
const useStyles = makeStyles({
  // A title may name an email address, a long word at 360 px: broken where it must, not run off the edge.
  title: { overflowWrap: 'anywhere' },
  destructive: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorStatusDangerBackground3Hover, color: tokens.colorNeutralForegroundOnBrand },
    ':hover:active': { backgroundColor: tokens.colorStatusDangerBackground3Pressed, color: tokens.colorNeutralForegroundOnBrand },
  },
});

/**
 * A question before a destructive act. It opens with the focus on Cancel, so Enter pressed out of
 * habit changes nothing, and on closing returns the focus to what opened it: Fluent restores focus
 * only to a DialogTrigger, and these dialogs open from a record's own button or after a look-up.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, destructive = false, onConfirm, onCancel, fallbackFocus }: ConfirmDialogProps) {
  const styles = useStyles();
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
      // After Fluent's own focus handling on close, which would leave the focus on the page or in the
      // dialog on its way out; unless what the act did put it elsewhere (Back after "Close without
      // saving": on the screen it went to).
      setTimeout(() => {
        const active = document.activeElement;
        if (!active || active === document.body || active.closest('[role="dialog"], [role="alertdialog"]')) target?.focus();
      }, 0);
    }
    wasOpen.current = open;
  }, [open]);
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle className={styles.title}>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              className={destructive ? styles.destructive : undefined}
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
