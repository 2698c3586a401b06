import { answerer, figureNames, metaOf, type AnalyticsFigures, type AnalyticsMeta, type FigureAnswer, type FigureAnswers, type FigureRequest } from './analyticsFigures';

/**
 * One snapshot of the records, as the analytics screens see it: what is known at once, and each
 * figure as a promise (computed in the analytics worker, or on the main thread without one).
 */
export type AnalyticsSession = AnalyticsMeta & { [K in keyof FigureAnswers]: (...args: Parameters<FigureAnswers[K]>) => Promise<FigureAnswer<K>> };

/** A session whose figures are answered by `ask` (a worker round trip, or a local call). */
export function sessionOver(meta: AnalyticsMeta, ask: (request: FigureRequest) => Promise<unknown>): AnalyticsSession {
  const calls = Object.fromEntries(figureNames.map((name) => [name, (...args: unknown[]) => ask({ name, args } as FigureRequest)]));
  return { ...meta, ...calls } as AnalyticsSession;
}

/** The main thread's session: the same answers as the worker's, computed here. */
export function localSession(figures: AnalyticsFigures): AnalyticsSession {
  const answer = answerer(figures);
  return sessionOver(metaOf(figures), async (request) => answer(request));
}
