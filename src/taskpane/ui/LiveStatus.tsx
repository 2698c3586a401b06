import { Caption1, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useFailedLabel } from './useFailedLabel';

type LiveStatusProps = {
  /** The live query's error; absent while it is still loading. */
  error: unknown;
  loadingLabel: string;
  /** The module's "could not load" text around why. */
  failedLabel: (message: string) => string;
};

/** What a screen shows before its live query has data: a spinner, or why the data could not be read. */
export function LiveStatus({ error, loadingLabel, failedLabel }: LiveStatusProps) {
  const labelled = useFailedLabel();
  if (!error) return <Spinner size="small" label={loadingLabel} />;
  const { text, code } = labelled(failedLabel, error);
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {text}
        {code && <Caption1 block>{code}</Caption1>}
      </MessageBarBody>
    </MessageBar>
  );
}
