import { isCurrency, parseAmount, type ParsedAmount } from '../../../../domain/model/Money';

export type AmountProblem = Extract<ParsedAmount, { ok: false }>['reason'];

/** The message key (in dealsStrings) for an amount that could not be read. */
export const amountProblemKey = {
  empty: 'amountEmpty',
  'not-a-number': 'amountNotNumber',
  negative: 'amountNegative',
  'too-precise': 'amountTooPrecise',
  'too-large': 'amountTooLarge',
} as const satisfies { [P in AmountProblem]: string };

/** An amount typed by the manager, in minor units, or the key of the message to show beside it. */
export function readAmount(text: string, currency: string): { minor: number; problem: null } | { minor: null; problem: (typeof amountProblemKey)[AmountProblem] } {
  // Until a valid currency is chosen, read the amount with two decimals; the currency field says what is wrong.
  const parsed = parseAmount(text, isCurrency(currency) ? currency : 'EUR');
  return parsed.ok ? { minor: parsed.minor, problem: null } : { minor: null, problem: amountProblemKey[parsed.reason] };
}
