import { MessageBar, MessageBarBody, type MessageBarIntent } from '@fluentui/react-components';

type LiveNoticeProps = {
  /** What just happened; '' shows nothing. */
  message: string;
  intent?: MessageBarIntent;
};

/**
 * The notice after a save. The live region stays in the page while it is empty, so screen readers
 * announce the message when it appears.
 */
export function LiveNotice({ message, intent = 'success' }: LiveNoticeProps) {
  return (
    <div aria-live="polite">
      {message && (
        <MessageBar intent={intent}>
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
