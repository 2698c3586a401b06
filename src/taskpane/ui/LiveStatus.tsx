import { Caption1, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { errorMessage } from '../../domain/errorMessage';
import { useStoreFailureWords } from './useStoreFailureWords';

type LiveStatusProps = {
  /** The live query's error; absent while it is still loading. */
  error: unknown;
  loadingLabel: string;
  /** The module's "could not load" text around why. */
  failedLabel: (message: string) => string;
};

/** What a screen shows before its live query has data: a spinner, or why the data could not be read. */
export function LiveStatus({ error, loadingLabel, failedLabel }: LiveStatusProps) {
  const storeWords = useStoreFailureWords();
  if (!error) return <Spinner size="small" label={loadingLabel} />;
  const store = storeWords(error);
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {failedLabel(store ? store.text : errorMessage(error))}
        {store?.code && <Caption1 block>{store.code}</Caption1>}
      </MessageBarBody>
    </MessageBar>
  );
}
