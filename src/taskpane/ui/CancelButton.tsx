import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useFormCancel } from './formCancel';

type CancelButtonProps = { onCancel: () => void; autoFocus?: boolean; children: ReactNode };

/** A pane form's Cancel: once something was typed it asks first, as Escape anywhere in the form does (PaneForm). */
export function CancelButton({ onCancel, autoFocus, children }: CancelButtonProps) {
  const cancel = useFormCancel(onCancel);
  return (
    <Button autoFocus={autoFocus} onClick={cancel}>
      {children}
    </Button>
  );
}
