import type { AnalyticsAnswers, KeptAnswerRow } from '../adapters/storage/dexieAnalyticsAnswers';
import type { AnalyticsMeta, FigureRequest } from './analyticsFigures';
import { sessionOver, type AnalyticsSession } from './analyticsSession';

/** A session over answers computed earlier, and when the oldest of them was computed. */
export type RecalledSession = AnalyticsSession & { asOf: string };

// The answers a pane start shows at once: the dashboard and the home alarms (about 35 KB a year's
// team dashboard). Drill-downs are not kept: they list records, names included.
const kept = new Set<FigureRequest['name']>(['dashboard', 'alarms']);
const META = 'meta';
const keyOf = (request: FigureRequest) => JSON.stringify([request.name, request.args]);

/**
 * A session that remembers its dashboards and alarms for `user` (with the session's start as the
 * time they are as of), so the next pane start can show them before the store is read again.
 * Remembering is best effort: a full or blocked database only costs the next start its head start.
 */
export function remembering(session: AnalyticsSession, answers: AnalyticsAnswers, user: string, computedAt: string): AnalyticsSession {
  const row = (key: string, value: unknown): KeptAnswerRow => ({ user, key, today: session.today, computedAt, value });
  // Campaigns and products are left out: their notes may name people, and the dashboard needs neither.
  const { today, owners, members, settings } = session;
  void answers
    .dropOtherDays(user, today)
    .then(() => answers.put(row(META, { today, owners, members, settings, campaigns: [], products: [] } satisfies AnalyticsMeta)))
    .catch(() => undefined);
  const ask = async (request: FigureRequest) => {
    const value = await (session[request.name] as (...args: unknown[]) => Promise<unknown>)(...request.args);
    if (kept.has(request.name)) void answers.put(row(keyOf(request), value)).catch(() => undefined);
    return value;
  };
  return sessionOver(session, ask);
}

/**
 * The answers this user was last given in this store for `today`, as a session: a figure kept is
 * answered at once, any other waits for `fresh` (the session over the store as it is now), and so
 * does a drill-down — its references name figures, which `fresh` finds in its own answers. Null
 * when nothing is kept for today.
 */
export async function recall(answers: AnalyticsAnswers, user: string, today: string, fresh: Promise<AnalyticsSession>): Promise<RecalledSession | null> {
  const rows = (await answers.of(user)).filter((r) => r.today === today);
  const meta = rows.find((r) => r.key === META);
  if (!meta) return null;
  const values = new Map(rows.map((r) => [r.key, r.value]));
  const ask = async (request: FigureRequest) => {
    const key = keyOf(request);
    if (kept.has(request.name) && values.has(key)) return values.get(key);
    const session = await fresh;
    return (session[request.name] as (...args: unknown[]) => Promise<unknown>)(...request.args);
  };
  const asOf = rows.reduce((oldest, r) => (r.computedAt < oldest ? r.computedAt : oldest), meta.computedAt);
  return { ...sessionOver(meta.value as AnalyticsMeta, ask), asOf };
}
