import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { errorMessage } from '../../../../domain/errorMessage';
import { useT } from '../../../i18n/useT';
import { analyticsStrings } from '../analyticsStrings';

export type ComputingProps = { busy: boolean; error: unknown };

/** Where figures are on their way from the analytics worker: a spinner, or why they could not be computed. */
export function Computing({ busy, error }: ComputingProps) {
  const { t } = useT(analyticsStrings);
  if (error)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t('failed', { message: errorMessage(error) })}</MessageBarBody>
      </MessageBar>
    );
  return busy ? <Spinner size="tiny" label={t('computing')} /> : null;
}
