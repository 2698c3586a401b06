import type { DealLine } from '../model/DealLine';
import { discountMoney, multiplyMoney, type Money } from '../model/Money';

/** A line's amount: unit price × quantity, then the discount; each step rounded half-up to the minor unit. */
export function lineAmount(line: DealLine, currency: string): Money {
  return discountMoney(multiplyMoney({ minor: line.unitPriceMinor, currency }, line.quantity), line.discountPercent);
}

/**
 * The deal's amount from its lines, summed in integer minor units. Rounding happens per line (as an
 * invoice prints it), so the total always equals the sum of the amounts the client sees.
 */
export function dealAmount(lines: readonly DealLine[], currency: string): Money {
  return { minor: lines.reduce((sum, line) => sum + lineAmount(line, currency).minor, 0), currency };
}
