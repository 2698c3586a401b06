import { shareAlarmKinds, type Alarm, type Wire } from '../../../../app/analyticsTypes';
import { useT } from '../../../i18n/useT';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { analyticsStrings } from '../analyticsStrings';
import { formatShare } from '../../../ui/formatShare';

/** What an alarm says, in the user's language: whose, what was found against which limit. */
export function useAlarmText(nameOf: (email: string) => string): (alarm: Wire<Alarm>) => string {
  const { t, locale } = useT(analyticsStrings);
  const { labelOf } = useReferenceItems();
  const detailOf = (a: Wire<Alarm>) => {
    if (a.kind === 'missing-data') return t(`missing.${a.detail as 'region'}`);
    // A refusal or stage synced in without its code still gets a word in the sentence.
    if (a.kind === 'refusals-high') return a.detail ? labelOf('refusalReason', a.detail) : t('none');
    if (a.kind === 'stage-completion-low') return a.detail ? labelOf('dealStage', a.detail) : t('none');
    return '';
  };
  return (a) => {
    const share = shareAlarmKinds.has(a.kind);
    return t(`alarm.${a.kind}`, {
      who: a.owner ? nameOf(a.owner) : t('team'),
      value: share ? formatShare(a.value, locale) : a.value,
      threshold: share ? formatShare(a.threshold, locale) : a.threshold,
      detail: detailOf(a),
      // A count's noun agrees with it («3 угоди», «5 угод»); a share's sentence has none to agree.
      ...(share ? {} : { count: a.value }),
    });
  };
}
