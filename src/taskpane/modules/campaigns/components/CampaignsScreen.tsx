import { Caption1 } from '@fluentui/react-components';
import type { Campaign } from '../../../../domain/model/Campaign';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { EditableListScreen } from '../../../ui/EditableListScreen';
import { formatDay } from '../../../ui/localDates';
import { useLive } from '../../../ui/useLive';
import { useRecordListStyles } from '../../../ui/useRecordListStyles';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { campaignsStrings } from '../campaignsStrings';
import { CampaignForm } from './CampaignForm';

/** Marketing campaigns: name, channel, dates, cost and target segment; marketing and the head of sales edit them. */
export function CampaignsScreen() {
  const { t, locale } = useT(campaignsStrings);
  const app = useApp();
  const styles = useRecordListStyles();
  const { labelOf } = useReferenceItems();
  const { data, error } = useLive(() => app.deals.queries.campaigns(), []);
  const now = app.clock.now();
  const segment = (c: Campaign) =>
    [...c.targetRegions.map((r) => labelOf('region', r)), ...c.targetIndustries.map((i) => labelOf('industry', i))].join(', ') || t('anySegment');

  return (
    <EditableListScreen
      kind="campaign"
      items={data}
      error={error}
      labels={t}
      hint={t('hint')}
      addLabel={t('addCampaign')}
      canEdit
      renderForm={(c, { onSaved, onCancel }) => <CampaignForm campaign={c} onCancel={onCancel} onSaved={onSaved} />}
      renderDetails={(c) => (
        <>
          <Caption1 className={styles.muted}>
            {[
              c.channel && labelOf('campaignChannel', c.channel),
              t('dates', { from: formatDay(c.startDate, locale, now), to: c.endDate ? formatDay(c.endDate, locale, now) : t('running') }),
              formatMoney({ minor: c.costMinor, currency: c.currency }, locale),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Caption1>
          <Caption1 className={styles.muted}>{segment(c)}</Caption1>
        </>
      )}
    />
  );
}
