import type { AnalyticsIndex } from './AnalyticsIndex';
import type { Client } from '../model/Client';
import { discountMoney, multiplyMoney, QUANTITY_SCALE } from '../model/Money';
import { addToTotals, type CurrencyTotal } from './CurrencyTotal';
import { inPeriod } from './Period';
import type { Period } from './Period';
import { sharesOf, type ReasonShare } from './refusalReasons';

export type ProductKey = 'product' | 'category';
export type ProductSplit = 'none' | 'region' | 'industry';

/**
 * How a product (or a category) sells in one segment: quantity and net amount won (after
 * discounts), the discounts given (gross − net, and the weighted average discount in percent),
 * the quantity refused, and why those deals were refused. Deals closed in the period count.
 */
export type ProductSalesRow = {
  key: string;
  segment: string;
  wonQuantity: number;
  wonDealIds: string[];
  net: CurrencyTotal[];
  discount: CurrencyTotal[];
  /** Discount ÷ gross over the won lines, 0..100 (weighted by money, single-currency rows only; else null). */
  averageDiscountPercent: number | null;
  refusedQuantity: number;
  refusedDealIds: string[];
  refusalReasons: ReasonShare[];
};

export function productSales(index: AnalyticsIndex, period: Period, key: ProductKey, split: ProductSplit): ProductSalesRow[] {
  const productById = new Map(index.data.products.map((p) => [p.id, p]));
  const rows = new Map<string, ProductSalesRow & { wonMilli: number; refusedMilli: number; grossMinor: number }>();
  for (const d of index.data.deals) {
    if (d.status === 'open' || !inPeriod(period, d.closedAt)) continue;
    const client: Client | undefined = index.clientById.get(d.clientId);
    const segment = split === 'none' ? '' : (client?.[split] ?? '');
    for (const line of d.lines) {
      const product = productById.get(line.productId);
      const k = key === 'product' ? line.productId || `text:${line.description}` : (product?.category ?? '');
      const rowKey = `${k}\u0000${segment}`;
      let row = rows.get(rowKey);
      if (!row) {
        row = { key: k, segment, wonQuantity: 0, wonDealIds: [], net: [], discount: [], averageDiscountPercent: null, refusedQuantity: 0, refusedDealIds: [], refusalReasons: [], wonMilli: 0, refusedMilli: 0, grossMinor: 0 };
        rows.set(rowKey, row);
      }
      const milli = Math.round(line.quantity * QUANTITY_SCALE);
      if (d.status === 'won') {
        const gross = multiplyMoney({ minor: line.unitPriceMinor, currency: d.currency }, line.quantity);
        const net = discountMoney(gross, line.discountPercent);
        row.wonMilli += milli;
        if (row.wonDealIds[row.wonDealIds.length - 1] !== d.id) row.wonDealIds.push(d.id);
        addToTotals(row.net, d.currency, net.minor, d.id);
        addToTotals(row.discount, d.currency, gross.minor - net.minor, d.id);
        row.grossMinor += gross.minor;
      } else {
        row.refusedMilli += milli;
        if (row.refusedDealIds[row.refusedDealIds.length - 1] !== d.id) row.refusedDealIds.push(d.id);
      }
    }
  }
  return [...rows.values()]
    .map(({ wonMilli, refusedMilli, grossMinor, ...row }) => ({
      ...row,
      wonQuantity: wonMilli / QUANTITY_SCALE,
      refusedQuantity: refusedMilli / QUANTITY_SCALE,
      averageDiscountPercent: row.discount.length === 1 && grossMinor > 0 ? (row.discount[0]!.minor / grossMinor) * 100 : null,
      refusalReasons: sharesOf(row.refusedDealIds.map((id) => index.dealById.get(id)!)),
    }))
    .sort((a, b) => b.wonQuantity - a.wonQuantity || a.key.localeCompare(b.key) || a.segment.localeCompare(b.segment));
}
