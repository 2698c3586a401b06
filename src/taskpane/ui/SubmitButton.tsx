import { Button, type ButtonProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

type SubmitButtonProps = { busy: boolean; appearance?: ButtonProps['appearance']; children: ReactNode };

/**
 * A form's submit button that stays focusable while the form saves: the button a keyboard user
 * pressed keeps the focus, where a disabled one drops it to the page. As a plain button then, it
 * cannot submit twice.
 */
export function SubmitButton({ busy, appearance, children }: SubmitButtonProps) {
  return (
    <Button type={busy ? 'button' : 'submit'} appearance={appearance} disabledFocusable={busy}>
      {children}
    </Button>
  );
}
