import { Button, Caption1, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { conditionProblem, emptyQuery, measureKinds, operators, queryFields, queryRecordKinds, timeBuckets, type Condition, type Measure, type Query, type QueryField, type QueryRecordKind, type QueryResult, type SavedQuery, type TimeBucket, type Wire } from '../../../../app/analyticsTypes';
import type { AnalyticsSession, DrillKind, DrillRecords } from '../../../../app/analyticsUseCases';
import { QueryNameTakenError } from '../../../../app/QueryNameTakenError';
import { currencySymbol, formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';
import { analyticsStrings } from '../analyticsStrings';
import { useQueryValues } from '../hooks/useQueryValues';
import { currencyDigits, formatCompact, formatMonth, formatNumber, titleInCurrency } from '../formatting';
import { formatShare } from '../../../ui/formatShare';
import { queryChart, type ChartedMeasure } from '../queryChart';
import { queryBuilderStrings } from '../queryBuilderStrings';
import { queryChartStrings } from '../queryChartStrings';
import { queryForRecords } from '../queryForRecords';
import { inGroupOrder, listOrder, type KeyOrder } from '../resultOrder';
import { ChartCurrencyField } from './ChartCurrencyField';
import { DataTable } from './DataTable';
import { DrillLink } from './DrillLink';
import { DateField } from '../../../ui/DateField';
import { UnreadableEntries, UnreadableEntriesContext } from '../../../ui/unreadableEntries';
import { LazyBarChart } from './LazyBarChart';
import { Section } from './Section';
import { useRemembered, useSessionRemembered } from '../../../ui/useRemembered';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useFormErrorShown, useWithdrawnOnFormError } from '../../../ui/latestOutcome';
import { analyticsFailureStrings } from '../analyticsFailureStrings';
import { useAnalyticsFailure } from '../hooks/useAnalyticsFailure';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  // A row is two columns and its remove button: at 360 px a condition was four rows (Field,
  // Operator, Value, then the button alone), a measure three. Now Field and the button share the
  // first line, Operator and Value the second; a measure and its field one line.
  // A cell may be narrower than its longest option ("Комерційна пропозиція"): the select shortens, not the row widens.
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) auto', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'start', '& > *, & .fui-Select, & .fui-Input, & select, & input': { minWidth: 0 } },
  // A grouping has no remove button: its two fields take the whole width.
  pair: { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  wide: { gridColumn: '1 / 3' },
  full: { gridColumn: '1 / -1' },
  // A measure's field takes the room of the remove button where there is none.
  toEnd: { gridColumn: '2 / -1' },
  remove: { alignSelf: 'end' },
  // Operator and Value: the operator as wide as its longest choice («не дорівнює», "is not empty"),
  // the value the rest, or a line of its own where the rest is too narrow for it (at 320 px the
  // operator had 76 px, and its choices were cut off).
  compare: { gridColumn: '1 / -1', display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'start' },
  operator: { flex: '0 0 auto' },
  value: { flex: '1 1 9rem' },
  condition: { paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  saved: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, justifyContent: 'space-between' },
});

type Shown = { query: Query; result: Wire<QueryResult>; clientNames: Record<string, string> };

/**
 * What the tab's latest act came to, and only that: a save's failure left standing beside a later
 * delete's "Deleted …" read as if the delete had failed too. A failure shows by the act's buttons:
 * `query` under Show the result and Export CSV, `name` under Save, `list` under the saved queries.
 */
type Outcome =
  // A failed Undo keeps the query it was for, and its button: trying again is the way on.
  | { kind: 'failed'; at: 'query' | 'name' | 'list'; words: FailureWords; deleted?: SavedQuery }
  | { kind: 'saved'; name: string }
  | { kind: 'deleted'; query: SavedQuery }
  | { kind: 'restoreTaken'; name: string }
  // Another saved query has the name; one's own may be replaced.
  | { kind: 'nameTaken'; id: string; name: string; own: boolean };
// A kind's query, the saved query it was opened from and the name it had; its result is kept apart
// (`query.results`), with the screen: the records may change while the user is elsewhere.
type Draft = { query: Query; savedId: string | undefined; name: string };

// Queries are plain data built the same way each time, so their JSON compares them.
const sameQuery = (a: Query, b: Query) => JSON.stringify(a) === JSON.stringify(b);

const drillKindOf: Record<QueryRecordKind, DrillKind> = { clients: 'client', deals: 'deal', history: 'history', payments: 'payment', cases: 'case' };

export type QueryTabProps = { session: AnalyticsSession; nameOf: (email: string) => string; onOpen: (title: string, kind: DrillKind, records: DrillRecords) => void };

/** The query builder: records, conditions (AND or OR), up to two groupings, measures; a table, a chart, save and CSV. */
export function QueryTab({ session, nameOf, onOpen }: QueryTabProps) {
  const styles = useStyles();
  const app = useApp();
  const { t, locale } = useT(analyticsStrings);
  const { t: chartT } = useT(queryChartStrings);
  const { t: builderT } = useT(queryBuilderStrings);
  // The query being built, its saved query and name are kept for the pane's session: a query built
  // and not saved was gone when the user went to Settings and came back to Analytics. The result
  // stays with the screen (Back finds it), and is shown afresh when the screen is.
  const [query, setQuery] = useSessionRemembered<Query>('analytics.query.query', () => emptyQuery('deals'));
  const [savedId, setSavedId] = useSessionRemembered<string | undefined>('analytics.query.savedId', undefined);
  const [name, setName] = useSessionRemembered('analytics.query.name', '');
  const [result, setResult] = useRemembered<Shown | null>('query.result', null);
  // Each kind of records keeps its own query, its saved query, its name and result: a change of
  // Records (an arrow key in the select is one) took the query built so far with it, and choosing the
  // kind again did not bring it back.
  const [drafts, setDrafts] = useSessionRemembered<Partial<Record<QueryRecordKind, Draft>>>('analytics.query.drafts', {});
  const [results, setResults] = useRemembered<Partial<Record<QueryRecordKind, Shown | null>>>('query.results', {});
  const [keptFrom, setKeptFrom] = useSessionRemembered<QueryRecordKind | null>('analytics.query.keptFrom', null);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const failure = outcome?.kind === 'failed' ? outcome : null;
  // A success that follows withdraws the failure; the notices of other successes stay true.
  const withdrawFailure = () => setOutcome((o) => (o?.kind === 'failed' ? null : o));
  useFormErrorShown(failure !== null);
  useWithdrawnOnFormError(() => setOutcome((o) => (o?.kind === 'saved' || o?.kind === 'deleted' ? null : o)));
  const labelled = useFailedLabel();
  const analyticsFailure = useAnalyticsFailure();
  const { t: failureT } = useT(analyticsFailureStrings);
  const [chartPick, setChartPick] = useRemembered<string | null>('query.chartCurrency', null);
  const saved = useLive(() => app.analytics!.savedQueries(), []);
  const fields = queryFields[query.records];
  const fieldOf = (key: string) => fields.find((f) => f.key === key);
  const fieldLabel = (key: string) => t(`field.${key}` as 'field.name');
  const fieldOption = (f: QueryField) => (
    <option key={f.key} value={f.key}>
      {fieldLabel(f.key)}
    </option>
  );
  const conditions = query.filter.items.filter((i): i is Condition => !('items' in i));
  const update = (changes: Partial<Query>) => setQuery((q) => ({ ...q, ...changes }));
  const setConditions = (items: Condition[]) => update({ filter: { ...query.filter, items } });

  // Codes are shown as the user knows them everywhere else: statuses and picklist values by their
  // labels in the pane's language, team members and campaigns by name.
  const { valueLabel, valueChoices } = useQueryValues(session, nameOf);
  const keyLabel = (records: QueryRecordKind, field: QueryField | undefined, key: string, clientNames: Record<string, string> = {}): string => {
    if (!key) return t('notSet');
    if (field?.source === 'client') return clientNames[key] ?? key;
    return valueLabel(records, field?.source ?? null, key);
  };
  // A date bucket as the pane's language writes it ("Q1 2026", «I кв. 2026», "Mar 2026"); the key
  // itself stays "2026-Q1", which sorts in time order.
  const bucketLabel = (i: number, key: string): string | null => {
    const bucket = result?.query.groupBy[i]?.bucket;
    if (!key || !bucket || resultFieldOf(i)?.type !== 'date') return null;
    if (bucket === 'month') return formatMonth(key, locale);
    if (bucket === 'quarter') {
      const q = Number(key.slice(-1));
      return t('quarterOf', { q, roman: ['I', 'II', 'III', 'IV'][q - 1] ?? String(q), year: key.slice(0, 4) });
    }
    return key;
  };
  const resultFieldOf = (i: number) => (result ? queryFields[result.query.records].find((f) => f.key === result.query.groupBy[i]?.field) : undefined);
  const resultKeyLabel = (i: number, key: string) => bucketLabel(i, key) ?? (result ? keyLabel(result.query.records, resultFieldOf(i), key, result.clientNames) : key);
  // The CSV keeps a bucket's code ("2026-Q1", "2026-03"): a spreadsheet sorts and filters it in
  // time order in any language, where "Q1 2026" or «I кв. 2026» sorts by quarter before year.
  const csvKeyLabel = (i: number, key: string) => (bucketLabel(i, key) === null ? resultKeyLabel(i, key) : key);
  const keyOrder = (i: number): KeyOrder => {
    const source = resultFieldOf(i)?.source ?? null;
    if (source === 'member' || source === 'campaign' || source === 'client') return (a, b) => resultKeyLabel(i, a).localeCompare(resultKeyLabel(i, b), locale);
    const choices = result && source ? valueChoices(result.query.records, source) : null;
    return choices && listOrder(choices.map((c) => c.code));
  };
  // The same rows in the same order stay the same array: the table measures its width again for a
  // new one and is briefly shorter meanwhile, which pulled a pane scrolled below it up by a screen
  // at every keystroke in the query's name, and away from Undo after a delete.
  const resultRows = result?.result.rows;
  const order = result ? inGroupOrder(result.result.rows.map((r, at) => ({ ...r, at })), result.query.groupBy.map((_, i) => keyOrder(i))).map((r) => r.at).join(',') : '';
  const rows = useMemo(() => (resultRows && order ? order.split(',').map((at) => resultRows[Number(at)]!) : []), [resultRows, order]);
  const show = async (q: Query) => {
    setRunning(true);
    try {
      const answer = await session.runQuery(q);
      setResult({ query: q, ...answer });
      withdrawFailure();
    } catch (e) {
      setOutcome({ kind: 'failed', at: 'query', words: analyticsFailure(failureT('queryFailed'), e, failureT('showTries'), failureT('refreshThenTry')) });
    } finally {
      setRunning(false);
    }
  };
  // Marked once the user asked for the result: a condition just added is not wrong yet.
  const [checked, setChecked] = useState(false);
  const picksFromList = (c: Condition) => (c.op === 'eq' || c.op === 'neq') && valueChoices(query.records, fieldOf(c.field)?.source ?? null) !== null;
  const problems = conditions.map((c) => conditionProblem(c, fieldOf(c.field)?.type ?? 'text', picksFromList(c)));
  const [unreadable] = useState(() => new UnreadableEntries());
  // A condition that does not read takes the focus, as a form's field does on saving: its message
  // may be out of sight above the button, and nothing seemed to happen. A day typed that does not
  // read leaves the condition its last good day, and running that would drop what was typed.
  const run = () => {
    setChecked(true);
    if (unreadable.focusFirst()) return;
    const wrong = problems.findIndex((p) => p !== null);
    if (wrong < 0) void show(query);
    else setFocusAfter({ to: 'value', at: wrong });
  };
  // Keeps the query on screen with its kind of records when one of another kind takes its place;
  // says so only where the query left has something the one shown lacks.
  const keep = (next: Query) => {
    setDrafts((d) => ({ ...d, [query.records]: { query, savedId, name } }));
    setResults((r) => ({ ...r, [query.records]: result }));
    setKeptFrom(sameQuery(queryForRecords(next, query.records), query) ? null : query.records);
  };
  const switchRecords = (records: QueryRecordKind) => {
    const draft = drafts[records];
    const next = draft?.query ?? queryForRecords(query, records);
    keep(next);
    setQuery(next);
    setSavedId(draft?.savedId);
    // A query opened from the saved ones comes back with its name, so Save still offers to save
    // changes to it: the name of a query opened for another kind stood in its place. A kind chosen
    // for the first time keeps the name typed.
    if (draft) setName(draft.name);
    setResult(results[records] ?? null);
  };
  const open = (q: Query, id: string, n: string) => {
    // What was said of the name typed before does not hold for this one.
    setOutcome((o) => (o?.kind === 'saved' || o?.kind === 'nameTaken' ? null : o));
    if (q.records !== query.records) keep(q);
    setQuery(q);
    setSavedId(id);
    setName(n);
    void show(q);
  };
  const measureHeader = (m: Measure) => (m.field ? t('measureOf', { measure: t(`measure.${m.kind}`), field: fieldLabel(m.field) }) : t(`measure.${m.kind}`));
  const shown = result?.query;
  const money = (i: number) => (shown?.measures[i]?.field ? queryFields[shown.records].find((f) => f.key === shown.measures[i]!.field)?.type === 'money' : false);
  const cellText = (value: number | null, i: number, currency: string | null) => {
    if (value === null) return '—';
    if (shown?.measures[i]?.kind === 'share') return formatShare(value, locale);
    if (money(i) && currency) return formatMoney({ minor: value, currency }, locale);
    return formatNumber(value, locale, 2);
  };
  const chartedMeasure: ChartedMeasure = shown?.measures[0]?.kind === 'share' ? 'share' : money(0) ? 'money' : shown?.measures[0]?.kind === 'avg' || shown?.measures[0]?.kind === 'median' ? 'average' : 'number';
  const chart = shown && shown.groupBy.length > 0 ? queryChart(rows, chartedMeasure, chartPick) : null;
  const header = shown ? [...shown.groupBy.map((g) => fieldLabel(g.field)), ...(result!.result.rows.some((r) => r.currency) ? [t('currency')] : []), ...shown.measures.map(measureHeader)] : [];
  // A result shown for the query as it was before an edit is marked, and not exported until shown
  // again: the file had the earlier result's columns under the current query's name.
  const outOfDate = result !== null && !sameQuery(result.query, query);
  const outOfDateId = useId();
  const exportCsv = async () => {
    if (!result || outOfDate) return;
    let csv: string;
    try {
      csv = await app.analytics!.exportCsv(result.query, { rows }, header, csvKeyLabel);
    } catch (e) {
      // Its code loads on first use: offline, or after an update, that load fails.
      setOutcome({ kind: 'failed', at: 'query', words: analyticsFailure(failureT('exportFailed'), e, failureT('exportTries')) });
      return;
    }
    withdrawFailure();
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${(name.trim() || t('queryFile')).replace(/[\\/:*?"<>|]/g, '_')}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const deleted = outcome?.kind === 'deleted' ? outcome.query : (failure?.deleted ?? null);
  // The delete button goes with its query, and the focus fell to the page, which scrolled away from
  // the Undo bar below the list: the focus moves to Undo (which brings it into view), and after an
  // undo to the query it brought back. A condition or measure added left the focus on its add
  // button, one removed dropped it to the page: it goes to the row's first field, or to the add
  // button when no row is left there.
  const undoRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const conditionsRef = useRef<HTMLUListElement>(null);
  const measuresRef = useRef<HTMLUListElement>(null);
  const addConditionRef = useRef<HTMLButtonElement>(null);
  const addMeasureRef = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<{ to: 'undo' } | { to: 'query'; id: string } | { to: 'condition' | 'measure' | 'value'; at: number } | null>(null);
  useEffect(() => {
    if (!focusAfter) return;
    const target =
      focusAfter.to === 'undo'
        ? undoRef.current
        : focusAfter.to === 'query'
          ? [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-query-id]') ?? [])].find((b) => b.dataset.queryId === focusAfter.id)
          : focusAfter.to === 'value'
            ? conditionsRef.current?.children[focusAfter.at]?.querySelector<HTMLElement>('[data-condition-value] :is(input, select)')
            : ((focusAfter.to === 'condition' ? conditionsRef : measuresRef).current?.children[focusAfter.at]?.querySelector('select') ?? (focusAfter.to === 'condition' ? addConditionRef : addMeasureRef).current);
    if (!target) return;
    target.focus();
    target.scrollIntoView?.({ block: 'nearest' });
    setFocusAfter(null);
  }, [focusAfter, deleted, saved.data]);
  const remove = async (q: SavedQuery) => {
    try {
      await app.analytics!.deleteQuery(q.id);
      setOutcome({ kind: 'deleted', query: q });
      setFocusAfter({ to: 'undo' });
    } catch (e) {
      setOutcome({ kind: 'failed', at: 'list', words: labelled((message) => t('deleteFailed', { message }), e) });
    }
  };
  const undo = async (q: SavedQuery) => {
    try {
      await app.analytics!.restoreQuery(q);
      setOutcome(null);
      setFocusAfter({ to: 'query', id: q.id });
    } catch (e) {
      if (e instanceof QueryNameTakenError) setOutcome({ kind: 'restoreTaken', name: q.name });
      else setOutcome({ kind: 'failed', at: 'list', words: labelled((message) => t('restoreFailed', { message }), e), deleted: q });
    }
  };
  const undoRefused = outcome?.kind === 'restoreTaken' ? outcome.name : null;
  // Saved queries are the team's: Save replaces the open one only while it keeps its name. A new
  // name means a second query (before, it quietly overwrote the one opened, for everyone); the
  // button and a line under it say which will happen.
  const opened = savedId ? saved.data?.find((q) => q.id === savedId) : undefined;
  const updatesOpened = opened !== undefined && name.trim() === opened.name;
  const justSaved = outcome?.kind === 'saved' ? outcome.name : null;
  // Two of a name could not be told apart where they are offered by name. What was typed stays.
  const nameTaken = outcome?.kind === 'nameTaken' ? outcome : null;
  const save = async (id = updatesOpened ? opened.id : undefined) => {
    try {
      const s = await app.analytics!.saveQuery(name, query, id);
      setSavedId(s.id);
      setName(s.name);
      setOutcome({ kind: 'saved', name: s.name });
    } catch (e) {
      if (e instanceof QueryNameTakenError) setOutcome({ kind: 'nameTaken', id: e.taken.id, name: e.taken.name, own: e.own });
      else setOutcome({ kind: 'failed', at: 'name', words: labelled((message) => t('saveFailed', { message }), e) });
    }
  };

  return (
    <div className={styles.root}>
      <Field label={t('records')} hint={keptFrom && keptFrom !== query.records ? builderT('draftKept', { kind: t(`kind.${keptFrom}`) }) : undefined}>
        <Select value={query.records} onChange={(_, d) => switchRecords(d.value as QueryRecordKind)}>
          {queryRecordKinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </Select>
      </Field>

      <Section title={t('filters')}>
        <Select aria-label={t('filters')} value={query.filter.join} onChange={(_, d) => update({ filter: { ...query.filter, join: d.value as 'and' | 'or' } })}>
          <option value="and">{t('matchAll')}</option>
          <option value="or">{t('matchAny')}</option>
        </Select>
        <UnreadableEntriesContext.Provider value={unreadable}>
          <ul ref={conditionsRef} className={styles.list}>
            {conditions.map((c, i) => (
              <li key={i} className={mergeClasses(styles.row, styles.condition)}>
                {/* Each row's controls are named by its place, the label on screen kept short: with two
                    conditions a screen reader heard two identical "Remove the condition" buttons. */}
                <Field label={t('field')} className={styles.wide}>
                  <Select aria-label={t('conditionField', { n: i + 1 })} value={c.field} onChange={(_, d) => setConditions(conditions.map((x, j) => (j === i ? { ...x, field: d.value } : x)))}>
                    {fields.map(fieldOption)}
                  </Select>
                </Field>
                <Button
                  className={styles.remove}
                  icon={<DeleteRegular />}
                  aria-label={t('removeFilter', { n: i + 1 })}
                  title={t('removeFilter', { n: i + 1 })}
                  onClick={() => {
                    setConditions(conditions.filter((_, j) => j !== i));
                    setFocusAfter({ to: 'condition', at: i });
                  }}
                />
                <div className={styles.compare}>
                  <Field label={t('operator')} className={styles.operator}>
                    <Select aria-label={t('conditionOperator', { n: i + 1 })} value={c.op} onChange={(_, d) => setConditions(conditions.map((x, j) => (j === i ? { ...x, op: d.value as Condition['op'] } : x)))}>
                      {operators.map((o) => (
                        <option key={o} value={o}>
                          {t(`op.${o}`)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  {(() => {
                    const setValue = (value: string) => setConditions(conditions.map((x, j) => (j === i ? { ...x, value } : x)));
                    const problem = checked && problems[i] ? t(`condition.${problems[i]}`) : undefined;
                    const blank = c.op === 'empty' || c.op === 'notEmpty';
                    // Equality on a status or picklist field picks among its labels; the filter keeps the code.
                    const choices = c.op === 'eq' || c.op === 'neq' ? valueChoices(query.records, fieldOf(c.field)?.source ?? null) : null;
                    return (
                      <div className={styles.value} data-condition-value>
                        {/* A day as the pane's language writes it, where the browser's date box wrote it as the browser's locale does. */}
                        {fieldOf(c.field)?.type === 'date' && !blank ? (
                          <DateField label={t('value')} name={t('conditionValue', { n: i + 1 })} value={c.value} onChange={setValue} validationMessage={problem} />
                        ) : (
                          <Field label={t('value')} validationMessage={problem}>
                            {choices ? (
                              <Select aria-label={t('conditionValue', { n: i + 1 })} value={c.value} onChange={(_, d) => setValue(d.value)}>
                                <option value="">{t('notSet')}</option>
                                {choices.map((choice) => (
                                  <option key={choice.code} value={choice.code}>
                                    {choice.label}
                                  </option>
                                ))}
                              </Select>
                            ) : (
                              <Input aria-label={t('conditionValue', { n: i + 1 })} value={c.value} disabled={blank} onChange={(_, d) => setValue(d.value)} />
                            )}
                          </Field>
                        )}
                      </div>
                    );
                  })()}
                </div>
              </li>
            ))}
          </ul>
        </UnreadableEntriesContext.Provider>
        <Button
          ref={addConditionRef}
          icon={<AddRegular />}
          onClick={() => {
            setConditions([...conditions, { field: fields[0]!.key, op: 'eq', value: '' }]);
            setFocusAfter({ to: 'condition', at: conditions.length });
          }}
        >
          {t('addFilter')}
        </Button>
      </Section>

      <Section title={t('grouping')}>
        {[0, 1].map((i) => {
          const g = query.groupBy[i];
          if (i === 1 && !query.groupBy[0]) return null;
          const isDate = g && fieldOf(g.field)?.type === 'date';
          return (
            <div key={i} className={mergeClasses(styles.row, styles.pair)}>
              <Field label={i === 0 ? t('groupBy') : t('thenBy')} className={isDate ? undefined : styles.full}>
                <Select
                  value={g?.field ?? ''}
                  onChange={(_, d) => {
                    const next = query.groupBy.slice(0, i);
                    if (d.value) next.push({ field: d.value, ...(fieldOf(d.value)?.type === 'date' ? { bucket: 'month' as const } : {}) });
                    if (d.value && i === 0 && query.groupBy[1]) next.push(query.groupBy[1]);
                    update({ groupBy: next });
                  }}
                >
                  <option value="">{t('noGrouping')}</option>
                  {fields.map(fieldOption)}
                </Select>
              </Field>
              {isDate && (
                <Field label={t('bucket')}>
                  <Select value={g.bucket ?? 'month'} onChange={(_, d) => update({ groupBy: query.groupBy.map((x, j) => (j === i ? { ...x, bucket: d.value as TimeBucket } : x)) })}>
                    {timeBuckets.map((b) => (
                      <option key={b} value={b}>
                        {t(`bucket.${b}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
            </div>
          );
        })}
      </Section>

      <Section title={t('measures')}>
        <ul ref={measuresRef} className={styles.list}>
          {query.measures.map((m, i) => {
            const numeric = fields.filter((f) => f.type === 'number' || f.type === 'money');
            const needsField = m.kind === 'sum' || m.kind === 'avg' || m.kind === 'median';
            return (
              <li key={i} className={styles.row}>
                <Field label={t('measureN', { n: i + 1 })} className={needsField ? undefined : query.measures.length > 1 ? styles.wide : styles.full}>
                  <Select
                    value={m.kind}
                    onChange={(_, d) => {
                      const kind = d.value as Measure['kind'];
                      const field = kind === 'count' || kind === 'share' ? undefined : (m.field ?? numeric[0]?.key);
                      update({ measures: query.measures.map((x, j) => (j === i ? (field ? { kind, field } : { kind }) : x)) });
                    }}
                  >
                    {measureKinds.filter((k) => numeric.length > 0 || (k !== 'sum' && k !== 'avg' && k !== 'median')).map((k) => (
                      <option key={k} value={k}>
                        {t(`measure.${k}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
                {needsField && (
                  <Field label={t('field')} className={query.measures.length > 1 ? undefined : styles.toEnd}>
                    <Select value={m.field ?? ''} onChange={(_, d) => update({ measures: query.measures.map((x, j) => (j === i ? { ...x, field: d.value } : x)) })}>
                      {numeric.map(fieldOption)}
                    </Select>
                  </Field>
                )}
                {/* A query measures something: the last measure has no remove button. */}
                {query.measures.length > 1 && (
                  <Button
                    className={styles.remove}
                    icon={<DeleteRegular />}
                    aria-label={t('removeMeasure', { n: i + 1 })}
                    title={t('removeMeasure', { n: i + 1 })}
                    onClick={() => {
                      update({ measures: query.measures.filter((_, j) => j !== i) });
                      setFocusAfter({ to: 'measure', at: Math.min(i, query.measures.length - 2) });
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
        <Button
          ref={addMeasureRef}
          icon={<AddRegular />}
          onClick={() => {
            update({ measures: [...query.measures, { kind: 'count' }] });
            setFocusAfter({ to: 'measure', at: query.measures.length });
          }}
        >
          {t('addMeasure')}
        </Button>
      </Section>

      <div className={styles.actions}>
        {/* Focusable while it runs: a disabled button let the focus fall to the page. */}
        <Button appearance="primary" onClick={run} disabledFocusable={running}>
          {t('run')}
        </Button>
        {/* Focusable when out of date, so the keyboard reaches it and hears why it does nothing. */}
        <Button onClick={() => void exportCsv()} disabled={!result} disabledFocusable={outOfDate} aria-describedby={outOfDate ? outOfDateId : undefined}>
          {t('exportCsv')}
        </Button>
      </div>
      {outOfDate && (
        <MessageBar intent="warning" id={outOfDateId}>
          <MessageBarBody>{builderT('outOfDate')}</MessageBarBody>
        </MessageBar>
      )}
      {failure?.at === 'query' && <FailureMessage {...failure.words} />}

      {result && shown && (
        <Section title={t('total', { count: result.result.total })}>
          {chart && (
            <>
              <ChartCurrencyField currencies={chart.currencies} value={chart.currency ?? ''} onChange={setChartPick} />
              {chart.bars.length < chart.groups && <Caption1>{chartT('largest', { shown: chart.bars.length, count: chart.groups })}</Caption1>}
              <LazyBarChart
                categories
                // Amounts are charted in one currency, named in the title as on the dashboard; the table lists them all.
                title={titleInCurrency(header[header.length - shown.measures.length] ?? '', chart.currency, locale)}
                // A share is charted as a percentage (0–100); an amount or count in full when pointed at, short on the axis.
                format={(v) => (chartedMeasure === 'share' ? formatShare(v / 100, locale) : chart.currency ? formatMoney({ minor: Math.round(v * 10 ** currencyDigits(chart.currency)), currency: chart.currency }, locale) : formatNumber(v, locale, 2))}
                axisFormat={(v) => (chartedMeasure === 'share' ? formatShare(v / 100, locale) : formatCompact(v, locale))}
                points={chart.bars.map(({ rows: group, value }) => {
                  const r = group[0]!;
                  // An average has a bar per currency: the currency tells them apart only where the same group has bars in two; else it only takes room.
                  const inCurrency = chartedMeasure === 'average' && r.currency && new Set(chart.bars.map((b) => b.rows[0]!.currency)).size > 1;
                  return {
                    label: r.keys.map((k, i) => resultKeyLabel(i, k)).join(' · ') + (inCurrency ? ` (${currencySymbol(r.currency!, locale)})` : ''),
                    value,
                    onClick: () => onOpen(t(`kind.${shown.records}`), drillKindOf[shown.records], group.map((g) => g.ids)),
                  };
                })}
              />
            </>
          )}
          <DataTable
            caption={t('total', { count: result.result.total })}
            rowKey={(r) => `${r.keys.join('\u0000')}-${r.currency ?? ''}`}
            rows={rows}
            columns={[
              ...shown.groupBy.map((g, i) => ({ header: fieldLabel(g.field), cell: (r: (typeof result.result.rows)[number]) => resultKeyLabel(i, r.keys[i] ?? '') })),
              ...(result.result.rows.some((r) => r.currency) ? [{ header: t('currency'), cell: (r: (typeof result.result.rows)[number]) => (r.currency ? currencySymbol(r.currency, locale) : '') }] : []),
              ...shown.measures.map((m, i) => ({
                header: measureHeader(m),
                numeric: true,
                cell: (r: (typeof result.result.rows)[number]) => (
                  <DrillLink count={r.ids.count} onOpen={() => onOpen(t(`kind.${shown.records}`), drillKindOf[shown.records], [r.ids])}>
                    {cellText(r.values[i] ?? null, i, r.currency)}
                  </DrillLink>
                ),
              })),
            ]}
          />
        </Section>
      )}

      <Section title={t('saved')}>
        {/* A form, so Enter in the name saves, as it does in the pane's other forms. */}
        <form
          className={styles.actions}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) void save();
          }}
        >
          <Field label={t('queryName')} validationMessage={nameTaken ? builderT(nameTaken.own ? 'nameTakenOwn' : 'nameTaken', { name: nameTaken.name }) : undefined}>
            <Input
              value={name}
              onChange={(_, d) => {
                setName(d.value);
                setOutcome((o) => (o?.kind === 'nameTaken' ? null : o));
              }}
            />
          </Field>
          <Button type="submit" disabled={!name.trim()}>
            {updatesOpened ? t('saveChanges', { name: opened.name }) : t('save')}
          </Button>
          {nameTaken?.own && <Button onClick={() => void save(nameTaken.id)}>{builderT('replace', { name: nameTaken.name })}</Button>}
        </form>
        {opened && name.trim() && <Caption1>{updatesOpened ? t('saveKeepsOpen', { name: opened.name }) : t('saveAsNewHint', { name: opened.name })}</Caption1>}
        <div aria-live="polite">{justSaved && <Caption1>{t('querySaved', { name: justSaved })}</Caption1>}</div>
        {failure?.at === 'name' && <FailureMessage {...failure.words} />}
        {saved.data && saved.data.length === 0 && <Caption1>{t('noSaved')}</Caption1>}
        <ul ref={listRef} className={styles.list} data-testid="saved-queries">
          {(saved.data ?? []).map((q) => (
            <li key={q.id} className={styles.saved}>
              <Button appearance="transparent" data-query-id={q.id} onClick={() => open(q.query, q.id, q.name)}>
                {q.name}
              </Button>
              <Button icon={<DeleteRegular />} aria-label={`${t('delete')} ${q.name}`} title={t('delete')} onClick={() => void remove(q)} />
            </li>
          ))}
        </ul>
        {failure?.at === 'list' && <FailureMessage {...failure.words} />}
        {/* Saved queries are the team's: a delete reaches everyone, so it can be taken back. */}
        {undoRefused && (
          <MessageBar intent="warning">
            <MessageBarBody>{builderT('restoreTaken', { name: undoRefused })}</MessageBarBody>
          </MessageBar>
        )}
        {deleted && (
          <MessageBar intent="info">
            <MessageBarBody>{t('queryDeleted', { name: deleted.name })}</MessageBarBody>
            <MessageBarActions>
              <Button ref={undoRef} onClick={() => void undo(deleted)}>
                {t('undo')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </Section>
    </div>
  );
}
