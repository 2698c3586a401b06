import { Spinner } from '@fluentui/react-components';
import { useT } from '../../../i18n/useT';
import { FailureMessage } from '../../../ui/FailureMessage';
import { analyticsFailureStrings } from '../analyticsFailureStrings';
import { analyticsStrings } from '../analyticsStrings';
import { useAnalyticsFailure } from '../hooks/useAnalyticsFailure';

/** `of`: what is on its way, the figures or the records behind one (a drill-down). */
export type ComputingProps = { busy: boolean; error: unknown; of?: 'figures' | 'records' };

/** Where figures are on their way from the analytics worker: a spinner, or why they could not be computed and what to do. */
export function Computing({ busy, error, of = 'figures' }: ComputingProps) {
  const { t } = useT(analyticsStrings);
  const { t: failureT } = useT(analyticsFailureStrings);
  const failure = useAnalyticsFailure();
  if (error) return <FailureMessage {...failure(failureT(of === 'records' ? 'recordsFailed' : 'figuresFailed'), error, failureT('refreshTries'))} />;
  return busy ? <Spinner size="tiny" label={t('computing')} /> : null;
}
