import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import type { Deal, StageChange } from '../../../../domain/model/Deal';
import type { HistoryEntry } from '../../../../domain/model/HistoryEntry';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { formatWhen } from '../../../ui/localDates';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { dealsStrings } from '../dealsStrings';

/** One item of the deal's own timeline (the app's dealTimeline). */
export type TimelineItem = { kind: 'stage'; at: string; change: StageChange } | { kind: 'history'; at: string; entry: HistoryEntry };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column', paddingLeft: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}` },
  history: { borderLeftColor: tokens.colorBrandStroke1 },
  text: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
});

type DealTimelineProps = { deal: Deal; timeline: TimelineItem[]; stageDurations: { stage: string; ms: number }[] };

/** The deal's stage changes and linked history, newest first, and how long it spent in each stage. */
export function DealTimeline({ timeline, stageDurations }: DealTimelineProps) {
  const { t, locale } = useT(dealsStrings);
  const app = useApp();
  const styles = useStyles();
  const { labelOf } = useReferenceItems();
  const { nameOf } = usePeopleNames();
  const now = app.clock.now();
  const stage = (code: string) => labelOf('dealStage', code);
  const duration = (ms: number) =>
    ms >= DAY ? t('durationDays', { count: Math.floor(ms / DAY) }) : ms >= HOUR ? t('durationHours', { count: Math.floor(ms / HOUR) }) : t('lessThanHour');

  return (
    <>
      <section className={styles.section} aria-labelledby="deal-timeline-heading">
        <Text as="h2" weight="semibold" size={400} id="deal-timeline-heading">
          {t('timeline')}
        </Text>
        {timeline.length ? (
          <ul className={styles.list} aria-labelledby="deal-timeline-heading">
            {timeline.map((item) =>
              item.kind === 'stage' ? (
                <li key={`${item.change.kind}:${item.at}`} className={styles.item}>
                  <Text className={styles.text}>
                    {t(`change.${item.change.kind}`, { from: stage(item.change.from), to: stage(item.change.to), reason: labelOf('refusalReason', item.change.reason) })}
                  </Text>
                  {item.change.note && <Text className={styles.text}>{t('changeNote', { note: item.change.note })}</Text>}
                  <Caption1 className={styles.muted}>{t('changeBy', { when: formatWhen(item.at, locale, now), by: nameOf(item.change.by) })}</Caption1>
                </li>
              ) : (
                <li key={item.entry.id} className={mergeClasses(styles.item, styles.history)}>
                  <Text weight="semibold" className={styles.text}>
                    {[labelOf('historyType', item.entry.type), item.entry.subject].filter(Boolean).join(': ')}
                  </Text>
                  {item.entry.text && <Text className={styles.text}>{item.entry.text.length > 280 ? `${item.entry.text.slice(0, 280)}…` : item.entry.text}</Text>}
                  <Caption1 className={styles.muted}>{t('changeBy', { when: formatWhen(item.at, locale, now), by: nameOf(item.entry.author, item.entry.authorName) })}</Caption1>
                </li>
              ),
            )}
          </ul>
        ) : (
          <Text className={styles.muted}>{t('noTimeline')}</Text>
        )}
      </section>
      {stageDurations.length > 0 && (
        <section className={styles.section} aria-labelledby="deal-durations-heading">
          <Text as="h2" weight="semibold" size={400} id="deal-durations-heading">
            {t('timePerStage')}
          </Text>
          <dl className={styles.facts}>
            {stageDurations.map((d) => (
              <Fragment key={d.stage}>
                <dt className={styles.term}>{stage(d.stage)}</dt>
                <dd className={styles.value}>{duration(d.ms)}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      )}
    </>
  );
}
