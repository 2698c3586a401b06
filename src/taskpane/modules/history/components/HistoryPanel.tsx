import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Contact } from '../../../../domain/model/Contact';
import { departments, type Department } from '../../../../domain/model/Department';
import type { HistoryEntry } from '../../../../domain/model/HistoryEntry';
import type { PlannedContact } from '../../../../domain/model/PlannedContact';
import { useT } from '../../../i18n/useT';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { historyStrings } from '../historyStrings';
import { HistoryEntryItem } from './HistoryEntryItem';
import { RecordAndPlan } from './RecordAndPlan';

const useStyles = makeStyles({
  plain: { margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // Side by side when the pane has room, stacked when it does not; never wider than the pane.
  // 160 px holds "All departments" and its chevron: at 320 px the two stack rather than clip.
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 160px), 1fr))', gap: tokens.spacingHorizontalM },
  filter: { minWidth: 0 },
  select: { minWidth: 0, width: '100%' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

/** Entries rendered at first; a client with years of logged email opens as fast as a new one. */
const PAGE = 50;

type HistoryPanelProps = {
  clientId: string;
  history: HistoryEntry[];
  contacts: Contact[];
  plans: PlannedContact[];
};

/** A client's whole history, newest first, with filters, "Record contact" and then "Plan next contact". */
export function HistoryPanel({ clientId, history, contacts, plans }: HistoryPanelProps) {
  const { t } = useT(historyStrings);
  const { choices, labelOf } = useReferenceItems();
  const { nameOf } = usePeopleNames();
  const styles = useStyles();
  const [type, setType] = useState('');
  const [department, setDepartment] = useState<Department | ''>('');
  const [limit, setLimit] = useState(PAGE);

  // A contact just recorded is looked for at once: a filter that would hide it is cleared rather
  // than leaving the user to wonder whether the save worked.
  const reveal = (entry: HistoryEntry) => {
    const hiding = [type && entry.type !== type, department && entry.department !== department];
    if (hiding[0]) setType('');
    if (hiding[1]) setDepartment('');
    return hiding.filter(Boolean).length;
  };

  const contactsById = new Map(contacts.map((c) => [c.id, c]));
  const sorted = [...history].sort((a, b) => b.at.localeCompare(a.at));
  const shown = sorted.filter((e) => (!type || e.type === type) && (!department || e.department === department));
  // Filter by the types this history has, archived ones included: old entries keep their type.
  const usedTypes = new Set(history.map((e) => e.type));
  const order = choices('historyType').map((c) => c.code);
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  const typeChoices = [...usedTypes].sort((a, b) => rank(a) - rank(b)).map((code) => ({ code, label: labelOf('historyType', code) }));

  return (
    <div className={styles.panel}>
      <RecordAndPlan clientId={clientId} contacts={contacts} plans={plans} reveal={reveal} />
      <section aria-labelledby="history-title" className={styles.panel}>
        <Text as="h2" size={400} weight="semibold" id="history-title">
          {t('title')}
        </Text>
        {history.length > 0 && (
          <div className={styles.filters}>
            <Field label={t('filterType')} className={styles.filter}>
              <Select className={styles.select} value={type} onChange={(_, d) => setType(d.value)}>
                <option value="">{t('allTypes')}</option>
                {typeChoices.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('filterDepartment')} className={styles.filter}>
              <Select className={styles.select} value={department} onChange={(_, d) => setDepartment(d.value as Department | '')}>
                <option value="">{t('allDepartments')}</option>
                {departments.map((d) => (
                  <option key={d} value={d}>
                    {t(d)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        )}
        {!history.length && <Text as="p" className={styles.plain}>{t('empty')}</Text>}
        {history.length > 0 && !shown.length && <Text as="p" className={styles.plain}>{t('noMatches')}</Text>}
        <ul className={styles.list} aria-label={t('title')}>
          {shown.slice(0, limit).map((e) => (
            <HistoryEntryItem key={e.id} entry={e} author={nameOf(e.author, e.authorName)} contacts={contactsById} />
          ))}
        </ul>
        {shown.length > limit && (
          <div>
            <Button onClick={() => setLimit(limit + PAGE)}>{t('showOlder', { count: shown.length - limit })}</Button>
          </div>
        )}
      </section>
    </div>
  );
}
