/**
 * The analytics worker could not start or stopped (its script failed to load, or it crashed). Its
 * own file: the analytics screens tell it apart without loading the worker's connection.
 */
export class AnalyticsWorkerFailedError extends Error {
  override readonly name = 'AnalyticsWorkerFailedError';
  constructor(options?: { cause?: unknown }) {
    super('The analytics worker stopped', options);
  }
}
