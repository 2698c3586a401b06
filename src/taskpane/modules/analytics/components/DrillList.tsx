import { Body1, Button, Caption1, Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import type { DrillRow } from '../../../../app/analyticsUseCases';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/localDates';
import { useNavigation } from '../../../ui/Route';
import { analyticsStrings } from '../analyticsStrings';
import { Computing } from './Computing';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // At the start of the line, as Back sits in the header; stretched, its words stood in the middle.
  back: { alignSelf: 'flex-start' },
  row: { display: 'flex', flexDirection: 'column', padding: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** `list` (how many records, the first of them) is null while on its way; `error` says why it could not come. */
export type DrillListProps = { title: string; list: { total: number; rows: DrillRow[] } | null; error: unknown; nameOf: (email: string) => string; onMore: () => void; onBack: () => void };

/** The records behind a figure; each opens its client's card. */
export function DrillList({ title, list, error, nameOf, onMore, onBack }: DrillListProps) {
  const styles = useStyles();
  const { t, locale } = useT(analyticsStrings);
  const { go } = useNavigation();
  // Focused when a list opens: the figure that opened it is hidden, and a keyboard user reads on from the title.
  useEffect(() => document.getElementById('drill-heading')?.focus(), [title]);
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
        <Computing busy error={error} />
      ) : (
        <>
          <Caption1>{t('records', { count: list.total })}</Caption1>
          {list.rows.length === 0 ? (
            <Body1>{t('noRecords')}</Body1>
          ) : (
            <ul className={styles.list}>
              {list.rows.map((r) => (
                <li key={r.id} className={styles.row}>
                  {r.clientId ? (
                    <Link as="button" onClick={() => go({ screen: 'client', clientId: r.clientId })} title={t('openClient')}>
                      {r.clientName || r.title}
                    </Link>
                  ) : (
                    <Body1>{r.title}</Body1>
                  )}
                  <Caption1 className={styles.meta}>
                    {[r.clientName && r.title !== r.clientName ? r.title : '', date(r.date), r.amount ? formatMoney(r.amount, locale) : '', r.owner ? nameOf(r.owner) : ''].filter(Boolean).join(' · ')}
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
