import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useEscapeCancels } from './formCancel';

type CancelButtonProps = { onCancel: () => void; autoFocus?: boolean; children: ReactNode };

/** A pane form's Cancel: Escape anywhere in the form does the same (PaneForm). */
export function CancelButton({ onCancel, autoFocus, children }: CancelButtonProps) {
  useEscapeCancels(onCancel);
  return (
    <Button autoFocus={autoFocus} onClick={onCancel}>
      {children}
    </Button>
  );
}
