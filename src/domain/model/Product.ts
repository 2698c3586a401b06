import type { Record } from './Record';

/** A property that matters to buyers, e.g. { name: 'Warranty', value: '24 months' }. */
export type ProductProperty = { name: string; value: string };

/** A catalogue item. Deals copy its price into their lines, so later price changes keep old deals intact. */
export type Product = Record & {
  name: string;
  /** The seller's article code or SKU; unique in the catalogue when set. */
  code: string;
  /** Reference data code of the 'productCategory' list. */
  category: string;
  /** Minor units of `currency`. */
  unitPriceMinor: number;
  currency: string;
  properties: ProductProperty[];
  /** Hidden from new deal lines; deals that list it keep it. */
  archived: boolean;
};
