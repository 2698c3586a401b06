import type { AnalyticsAnswers, KeptAnswerRow } from '../adapters/storage/dexieAnalyticsAnswers';
import type { AnalyticsMeta, FigureRequest } from './analyticsFigures';
import { sessionOver, type AnalyticsSession } from './analyticsSession';

/**
 * A session over answers computed earlier, and when the oldest of them was computed; `asOf` is
 * null when nothing was written to the store since they were: they are the store as it is now.
 * `kept`: the questions those answers are to.
 */
export type RecalledSession = AnalyticsSession & { asOf: string | null; kept: FigureRequest[] };

// The answers a pane start shows at once: the dashboard and the home alarms (about 35 KB a year's
// team dashboard). Drill-downs are not kept: they list records, names included.
const kept = new Set<FigureRequest['name']>(['dashboard', 'alarms']);
const META = 'meta';
// Raised when an answer's shape or what a figure counts changes: answers kept by an earlier version
// lack what the screens read now, or would show the old counts as current (3: stage completion
// counts deals that skipped a stage; 4: a row and alarms for everyone who owns records, not only
// managers, and one for records no one owns, 2026-11-28; 5: stages and their completion in the
// team's stage list's order, not the one deal histories showed).
const FORMAT = 5;
const keyOf = (request: FigureRequest) => JSON.stringify([request.name, request.args]);

/** Asks `session` the question `request` names. */
export const askOf = (session: AnalyticsSession, request: FigureRequest): Promise<unknown> => (session[request.name] as (...args: unknown[]) => Promise<unknown>)(...request.args);

/**
 * A session that remembers its dashboards and alarms for `user` (with the session's start as the
 * time they are as of, and the store's change stamp its snapshot was read at), so the next pane
 * start can show them before the store is read again, or instead of it when the stamp is the same.
 * Remembering is best effort: a full or blocked database only costs the next start its head start.
 */
export function remembering(session: AnalyticsSession, answers: AnalyticsAnswers, user: string, computedAt: string, changes: string | null): AnalyticsSession {
  const row = (key: string, value: unknown): KeptAnswerRow => ({ user, key, today: session.today, computedAt, changes, format: FORMAT, value });
  // Campaigns and products are left out: their notes may name people, and the dashboard needs neither.
  const { today, owners, members, settings } = session;
  void answers
    .dropOtherDays(user, today)
    .then(() => answers.put(row(META, { today, owners, members, settings, campaigns: [], products: [] } satisfies AnalyticsMeta)))
    .catch(() => undefined);
  const ask = async (request: FigureRequest) => {
    const value = await askOf(session, request);
    if (kept.has(request.name)) void answers.put(row(keyOf(request), value)).catch(() => undefined);
    return value;
  };
  return sessionOver(session, ask);
}

/**
 * The answers this user was last given in this store for `today`, as a session: a figure kept is
 * answered at once, any other from `fresh()` (the session over the store as it is now), and so is
 * a drill-down — its references name figures, which the fresh session finds in its own answers.
 * When `changes` (the store's change stamp now) is the one the last session was read at, nothing
 * was written since: only the answers of that stamp are used, and they are current (`asOf` null).
 * With `earlierDays`, the answers of the latest earlier day stand in when none are kept for today
 * (the day's first opening), never as current: what is overdue or stalled moved with the day.
 * Null when nothing is kept.
 */
export async function recall(answers: AnalyticsAnswers, user: string, today: string, changes: string | null, fresh: () => Promise<AnalyticsSession>, earlierDays = false): Promise<RecalledSession | null> {
  const mine = (await answers.of(user)).filter((r) => (r.format ?? 1) === FORMAT);
  const days = mine.filter((r) => r.key === META && (r.today === today || (earlierDays && r.today < today))).map((r) => r.today);
  const day = days.includes(today) ? today : days.sort().pop();
  const todays = mine.filter((r) => r.today === day);
  const meta = todays.find((r) => r.key === META);
  if (!meta) return null;
  const current = day === today && changes !== null && meta.changes === changes;
  const rows = current ? todays.filter((r) => r.changes === changes) : todays;
  const values = new Map(rows.map((r) => [r.key, r.value]));
  const ask = async (request: FigureRequest) => {
    const key = keyOf(request);
    if (kept.has(request.name) && values.has(key)) return values.get(key);
    return askOf(await fresh(), request);
  };
  const asOf = current ? null : rows.reduce((oldest, r) => (r.computedAt < oldest ? r.computedAt : oldest), meta.computedAt);
  const keptRequests = rows.filter((r) => r.key !== META).map((r): FigureRequest => {
    const [name, args] = JSON.parse(r.key) as [FigureRequest['name'], FigureRequest['args']];
    return { name, args } as FigureRequest;
  });
  return { ...sessionOver(meta.value as AnalyticsMeta, ask), asOf, kept: keptRequests };
}
