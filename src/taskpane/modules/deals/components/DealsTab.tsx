import { Badge, Button, Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { Deal } from '../../../../domain/model/Deal';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { LiveNotice } from '../../../ui/LiveNotice';
import { LiveStatus } from '../../../ui/LiveStatus';
import { formatShare } from '../../../ui/formatShare';
import { formatDay, localIsoDate } from '../../../ui/localDates';
import { useNavigation } from '../../../ui/Route';
import { useLive } from '../../../ui/useLive';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { useRemembered } from '../../../ui/useRemembered';
import { shrinkableFields } from '../../../ui/shrinkableFields';
import { ClientCampaignField } from '../../campaigns/components/ClientCampaignField';
import { dealsStrings } from '../dealsStrings';
import { DealForm } from './DealForm';
import { ReceivablesSummary } from './ReceivablesSummary';

const useStyles = makeStyles({
  // The client's campaign select is as wide as its longest campaign name unless allowed to shrink: 2 px past a 320 px pane.
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, ...shrinkableFields },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  deal: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    justifyContent: 'flex-start',
    textAlign: 'start',
    width: '100%',
    height: 'auto',
    padding: tokens.spacingHorizontalS,
    gap: tokens.spacingVerticalXXS,
  },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  name: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

const statusColour = { open: 'brand', won: 'success', refused: 'danger' } as const;

type DealsTabProps = { clientId: string };

/** A client's deals, open first, what is invoiced, paid, outstanding and overdue per currency, and "New deal". */
export function DealsTab({ clientId }: DealsTabProps) {
  const { t, locale } = useT(dealsStrings);
  const app = useApp();
  const { go, route } = useNavigation();
  const { labelOf } = useReferenceItems();
  const styles = useStyles();
  const [creating, setCreating] = useState(false);
  const { data, error } = useLive(() => app.deals.queries.clientDeals(clientId), [clientId]);
  const deletedDeal = route.screen === 'client' ? (route.deletedDeal ?? '') : '';
  // Said once, not again on coming back to this tab from another.
  const [deletionSaid, setDeletionSaid] = useRemembered('deletedDealSaid', false);
  const [saysDeletion] = useState(() => deletedDeal !== '' && !deletionSaid);
  const openDeals = useRef<HTMLElement>(null);
  const loaded = data !== undefined;
  useEffect(() => {
    if (!loaded || !saysDeletion) return;
    setDeletionSaid(true);
    // The deleted deal's button went with its screen: the focus goes to the list it was in.
    openDeals.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [loaded, saysDeletion, setDeletionSaid]);
  // In the tab's box from the first render, while the deals load, so screen readers announce it.
  const deletion = <LiveNotice message={loaded && saysDeletion ? t('dealDeleted', { title: deletedDeal }) : ''} />;

  if (error || !data)
    return (
      <div className={styles.tab}>
        {deletion}
        <LiveStatus error={error} loadingLabel={t('loading')} failedLabel={(message) => t('loadFailed', { message })} />
      </div>
    );

  const now = app.clock.now();
  const open = data.deals.filter((d) => d.status === 'open');
  const closed = data.deals.filter((d) => d.status !== 'open');

  /** When the deal closed, or is expected to while open. */
  const closing = (deal: Deal) =>
    deal.closedAt
      ? t('closedDay', { date: formatDay(localIsoDate(new Date(deal.closedAt)), locale, now) })
      : deal.expectedCloseDate && t('closesOn', { date: formatDay(deal.expectedCloseDate, locale, now) });

  const row = (deal: Deal) => (
    <li key={deal.id}>
      <Button appearance="subtle" className={styles.deal} aria-label={t('openDeal', { title: deal.title })} onClick={() => go({ screen: 'deal', dealId: deal.id })}>
        <span className={styles.line}>
          <Text weight="semibold" className={styles.name}>
            {deal.title}
          </Text>
          <Badge appearance="tint" color={statusColour[deal.status]} shape="rounded">
            {t(`status.${deal.status}`)}
          </Badge>
        </span>
        <span className={styles.line}>
          <Text>{formatMoney({ minor: deal.amountMinor, currency: deal.currency }, locale)}</Text>
          <Caption1 className={styles.muted}>
            {[labelOf('dealStage', deal.stage), formatShare(deal.probability / 100, locale), closing(deal)]
              .filter(Boolean)
              .join(' · ')}
          </Caption1>
        </span>
      </Button>
    </li>
  );

  return (
    <div className={styles.tab}>
      {deletion}
      <section className={styles.section} aria-labelledby="deals-receivables">
        <Subtitle2 as="h2" id="deals-receivables">
          {t('receivables')}
        </Subtitle2>
        {data.receivables.length ? (
          data.receivables.map((r) => <ReceivablesSummary key={r.currency} totals={r} locale={locale} />)
        ) : (
          <Text className={styles.muted}>{t('noReceivables')}</Text>
        )}
      </section>
      {creating ? (
        <DealForm clientId={clientId} currency={data.newDealCurrency} onCancel={() => setCreating(false)} onSaved={(deal) => go({ screen: 'deal', dealId: deal.id })} />
      ) : (
        <div>
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)}>
            {t('newDeal')}
          </Button>
        </div>
      )}
      <section ref={openDeals} className={styles.section} aria-labelledby="deals-open">
        <Subtitle2 as="h2" id="deals-open" tabIndex={-1}>
          {t('openDeals')}
        </Subtitle2>
        {open.length ? <ul className={styles.list} aria-labelledby="deals-open">{open.map(row)}</ul> : <Text className={styles.muted}>{t('noOpenDeals')}</Text>}
      </section>
      {closed.length > 0 && (
        <section className={styles.section} aria-labelledby="deals-closed">
          <Subtitle2 as="h2" id="deals-closed">
            {t('closedDeals')}
          </Subtitle2>
          <ul className={styles.list} aria-labelledby="deals-closed">
            {closed.map(row)}
          </ul>
        </section>
      )}
      <ClientCampaignField clientId={clientId} />
    </div>
  );
}
