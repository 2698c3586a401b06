import Dexie, { type Table } from 'dexie';

/**
 * One answer the analytics screens showed, kept so that a pane started later shows it at once:
 * whose it was (the signed-in user), what it answers (a figure request, or the session's 'meta'),
 * the viewer's day it was computed for and when, the store's change stamp it was computed at
 * (absent in rows kept before there was one), and the shape of its value (absent: the first).
 */
export type KeptAnswerRow = { user: string; key: string; today: string; computedAt: string; changes?: string | null; format?: number; value: unknown };

class AnswersDb extends Dexie {
  answers!: Table<KeptAnswerRow, [string, string]>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ answers: '[user+key], user' });
  }
}

/**
 * The last computed analytics answers of one store, in a small database of their own beside it
 * (`<store>-analytics-answers`): another store's answers are never read, and the store's schema
 * is not touched. Rows are a user's, and a user reads only their own.
 */
export function dexieAnalyticsAnswers(dbName: string) {
  const db = new AnswersDb(`${dbName}-analytics-answers`);
  return {
    of: (user: string): Promise<KeptAnswerRow[]> => db.answers.where('user').equals(user).toArray(),
    /** Whether any answers are kept for the user. */
    has: async (user: string): Promise<boolean> => (await db.answers.where('user').equals(user).count()) > 0,
    async put(row: KeptAnswerRow): Promise<void> {
      await db.answers.put(row);
    },
    /** The user's answers for other days than `today`: a pane start shows only today's. */
    async dropOtherDays(user: string, today: string): Promise<void> {
      await db.answers.where('user').equals(user).filter((r) => r.today !== today).delete();
    },
    /** Every user's answers: a figure may count what an erased person's records held. */
    async clear(): Promise<void> {
      await db.answers.clear();
    },
  };
}

export type AnalyticsAnswers = ReturnType<typeof dexieAnalyticsAnswers>;
