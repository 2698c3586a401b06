import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { errorMessage } from '../../domain/errorMessage';

type LiveStatusProps = {
  /** The live query's error; absent while it is still loading. */
  error: unknown;
  loadingLabel: string;
  /** The module's "could not load" text around the error's message. */
  failedLabel: (message: string) => string;
};

/** What a screen shows before its live query has data: a spinner, or why the data could not be read. */
export function LiveStatus({ error, loadingLabel, failedLabel }: LiveStatusProps) {
  if (!error) return <Spinner size="small" label={loadingLabel} />;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{failedLabel(errorMessage(error))}</MessageBarBody>
    </MessageBar>
  );
}
