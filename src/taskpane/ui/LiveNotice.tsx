import { Caption1, MessageBar, MessageBarBody, type MessageBarIntent } from '@fluentui/react-components';

type LiveNoticeProps = {
  /** What just happened; '' shows nothing. */
  message: string;
  intent?: MessageBarIntent;
  /** A failure's code for the administrator, on a line of its own. */
  code?: string | null;
};

/**
 * The notice after a save. The live region stays in the page while it is empty, so screen readers
 * announce the message when it appears.
 */
export function LiveNotice({ message, intent = 'success', code }: LiveNoticeProps) {
  return (
    <div aria-live="polite">
      {message && (
        <MessageBar intent={intent}>
          <MessageBarBody>
            {message}
            {code && <Caption1 block>{code}</Caption1>}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
