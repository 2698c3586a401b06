import { Body1, Button, Caption1, Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import type { DrillKind, DrillRow } from '../../../../app/analyticsUseCases';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/localDates';
import { quotedName } from '../../../ui/quotedName';
import { useNavigation, type Route } from '../../../ui/Route';
import { analyticsStrings } from '../analyticsStrings';
import { Computing } from './Computing';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // At the start of the line, as Back sits in the header; stretched, its words stood in the middle.
  back: { alignSelf: 'flex-start' },
  row: { display: 'flex', flexDirection: 'column', padding: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  meta: { color: tokens.colorNeutralForeground2 },
  // Tab shows where it is as on the pane's buttons: the link's own focus, a second underline, was easy to miss.
  open: {
    alignSelf: 'flex-start',
    borderRadius: tokens.borderRadiusSmall,
    // Under the Link's own ':focus-visible' (outline none), which an attribute selector's rule does not outrank.
    ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2, outlineOffset: tokens.strokeWidthThick },
  },
});

// Where on the client's card a record of each kind is, for those that have no deal to open. A
// receivable or a payment whose deal is gone opens the client's deals, not the card's first tab.
const tabOfKind: Record<DrillKind, 'deals' | 'plans' | 'history' | 'service-cases' | undefined> = { client: undefined, deal: 'deals', invoice: 'deals', payment: 'deals', plannedContact: 'plans', history: 'history', campaign: undefined, case: 'service-cases' };
const hintOfTab = { card: 'openClient', deals: 'openClientDeals', plans: 'openClientPlans', history: 'openClientHistory', 'service-cases': 'openClientCases' } as const;

/** The record itself: a deal, or a receipt or payment of one, opens the deal; anything else, its client's card where it is. */
function routeOf(r: DrillRow): Route {
  return r.dealId ? { screen: 'deal', dealId: r.dealId } : { screen: 'client', clientId: r.clientId, tab: tabOfKind[r.kind] };
}

/** `list` (how many records, the first of them) is null while on its way; `error` says why it could not come. */
export type DrillListProps = { title: string; list: { total: number; rows: DrillRow[] } | null; error: unknown; nameOf: (email: string) => string; onMore: () => void; onBack: () => void };

/** The records behind a figure; each opens itself (see routeOf), and is named after what it opens. AnalyticsScreen moves the focus to its title (#drill-heading) as it opens. */
export function DrillList({ title, list, error, nameOf, onMore, onBack }: DrillListProps) {
  const styles = useStyles();
  const { t, locale, lang } = useT(analyticsStrings);
  const { go } = useNavigation();
  const date = (iso: string) => (iso ? formatDate(iso, locale) : '');
  return (
    <section className={styles.section} aria-labelledby="drill-heading" data-testid="drill-list">
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
        {t('backToFigures')}
      </Button>
      <Subtitle2 as="h3" id="drill-heading" tabIndex={-1}>
        {title}
      </Subtitle2>
      {list === null ? (
        <Computing busy error={error} of="records" />
      ) : (
        <>
          <Caption1>{t('records', { count: list.total })}</Caption1>
          {list.rows.length === 0 ? (
            <Body1>{t('noRecords')}</Body1>
          ) : (
            <ul className={styles.list}>
              {list.rows.map((r) => (
                <li key={r.id} className={styles.row}>
                  {/* A record that opens a deal is named after the deal, its client beside it: named after the client, it read as the client card. */}
                  {r.dealId ? (
                    <Link as="button" className={styles.open} onClick={() => go(routeOf(r))} aria-label={t(r.clientName ? 'openDealOf' : 'openDealNamed', { title: quotedName(r.dealTitle || r.title, lang), client: r.clientName })}>
                      {r.dealTitle || r.title}
                    </Link>
                  ) : r.clientId ? (
                    <Link as="button" className={styles.open} onClick={() => go(routeOf(r))} title={t(hintOfTab[tabOfKind[r.kind] ?? 'card'])}>
                      {r.clientName || r.title}
                    </Link>
                  ) : (
                    <Body1>{r.title}</Body1>
                  )}
                  <Caption1 className={styles.meta}>
                    {[...(r.dealId ? [r.clientName, r.title !== (r.dealTitle || r.title) ? r.title : ''] : [r.clientName && r.title !== r.clientName ? r.title : '']), date(r.date), r.amount ? formatMoney(r.amount, locale) : '', r.owner ? nameOf(r.owner) : ''].filter(Boolean).join(' · ')}
                  </Caption1>
                </li>
              ))}
            </ul>
          )}
          {list.total > list.rows.length && <Button onClick={onMore}>{t('showMore')}</Button>}
        </>
      )}
    </section>
  );
}
