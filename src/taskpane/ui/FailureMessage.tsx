import { Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { FailureWords } from './useFailureWords';

/** A failure's message, and on a line of its own what only an administrator needs. */
export function FailureMessage({ text, code }: FailureWords) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <div role="alert">
          {text}
          {code && <Caption1 block>{code}</Caption1>}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
