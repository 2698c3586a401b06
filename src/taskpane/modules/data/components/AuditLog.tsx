import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { formatWhen } from '../../../ui/localDates';
import { useLive } from '../../../ui/useLive';
import { dataStrings } from '../dataStrings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Who erased personal data and when; the erased people themselves are not named. */
export function AuditLog() {
  const { t, locale } = useT(dataStrings);
  const app = useApp();
  const styles = useStyles();
  const headingId = useId();
  const { data: entries } = useLive(() => app.data.auditEntries(), []);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t('audit')}
      </Subtitle2>
      {entries && !entries.length && <Caption1>{t('auditEmpty')}</Caption1>}
      {entries && entries.length > 0 && (
        <ul className={styles.list} data-testid="audit-log">
          {entries.map((e) => (
            <li key={e.id}>
              {t('auditLine', {
                when: formatWhen(e.at, locale, app.clock.now()),
                by: e.by,
                reference: e.reference || '—',
                // Each count a phrase of its own, so English says "1 contact" and "2 history entries".
                contacts: t('contactCount', { count: e.contactsErased }),
                history: t('historyEntryCount', { count: e.historyRedacted }),
                mentions: t('mentionCount', { count: e.mentionsErased ? e.mentionsErased.names + e.mentionsErased.emails + e.mentionsErased.phones : 0 }),
                // Every record whose text named them, history entries among them.
                records: t('recordCount', { count: e.recordsRewritten ?? 0 }),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
