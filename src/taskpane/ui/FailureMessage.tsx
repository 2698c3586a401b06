import { Caption1, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { FailureWords } from './useFailureWords';

/**
 * `intent` 'warning': a failure the pane gets over by itself (a background read tried again later),
 * told without interrupting a screen reader. `action`: the way to try again, beside the words.
 */
type FailureMessageProps = FailureWords & { intent?: 'error' | 'warning'; action?: ReactNode };

/** A failure's message, and on a line of its own what only an administrator needs. */
export function FailureMessage({ text, code, intent = 'error', action }: FailureMessageProps) {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>
        <div role={intent === 'error' ? 'alert' : 'status'}>
          {text}
          {code && <Caption1 block>{code}</Caption1>}
        </div>
      </MessageBarBody>
      {action && <MessageBarActions>{action}</MessageBarActions>}
    </MessageBar>
  );
}
