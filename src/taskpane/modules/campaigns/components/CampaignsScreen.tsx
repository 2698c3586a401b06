import { Badge, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { AddRegular, EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Campaign } from '../../../../domain/model/Campaign';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { formatDay } from '../../../ui/localDates';
import { useLive } from '../../../ui/useLive';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { campaignsStrings } from '../campaignsStrings';
import { CampaignForm } from './CampaignForm';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Marketing campaigns: name, channel, dates, cost and target segment; marketing and the head of sales edit them. */
export function CampaignsScreen() {
  const { t, locale } = useT(campaignsStrings);
  const app = useApp();
  const styles = useStyles();
  const { labelOf } = useReferenceItems();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const { data, error } = useLive(() => app.deals.queries.campaigns(), []);

  if (error) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t('loadFailed', { message: error instanceof Error ? error.message : String(error) })}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!data) return <Spinner size="small" label={t('loading')} />;
  const now = app.clock.now();
  const saved = (c: Campaign) => {
    setEditing(null);
    setNotice(t('saved', { name: c.name }));
  };
  const segment = (c: Campaign) =>
    [...c.targetRegions.map((r) => labelOf('region', r)), ...c.targetIndustries.map((i) => labelOf('industry', i))].join(', ') || t('anySegment');

  return (
    <div className={styles.screen}>
      <Subtitle1 as="h1" id="campaigns-heading">
        {t('heading')}
      </Subtitle1>
      <Caption1 className={styles.muted}>{t('hint')}</Caption1>
      {editing === 'new' ? (
        <CampaignForm onCancel={() => setEditing(null)} onSaved={saved} />
      ) : (
        <div>
          <Button
            appearance="primary"
            icon={<AddRegular />}
            onClick={() => {
              setNotice('');
              setEditing('new');
            }}
          >
            {t('addCampaign')}
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {data.length ? (
        <ul className={styles.list} aria-labelledby="campaigns-heading">
          {data.map((c) =>
            editing === c.id ? (
              <li key={c.id}>
                <CampaignForm campaign={c} onCancel={() => setEditing(null)} onSaved={saved} />
              </li>
            ) : (
              <li key={c.id} className={styles.item} aria-label={c.name}>
                <div className={styles.line}>
                  <Text weight="semibold" className={styles.grow}>
                    {c.name}
                  </Text>
                  {c.archived && (
                    <Badge appearance="outline" color="subtle" shape="rounded">
                      {t('archivedBadge')}
                    </Badge>
                  )}
                  <Button
                    appearance="subtle"
                    size="small"
                    icon={<EditRegular />}
                    aria-label={t('edit', { name: c.name })}
                    title={t('edit', { name: c.name })}
                    onClick={() => {
                      setNotice('');
                      setEditing(c.id);
                    }}
                  />
                </div>
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
              </li>
            ),
          )}
        </ul>
      ) : (
        <Text className={styles.muted}>{t('empty')}</Text>
      )}
    </div>
  );
}
