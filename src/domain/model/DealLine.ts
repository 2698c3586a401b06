/** One line of a deal: a catalogue product or a free-text item, with quantity, price and discount. */
export type DealLine = {
  id: string;
  /** The catalogue product, or '' for an item without one (a service, a one-off). */
  productId: string;
  /** What the line sells: the product's name when it was added, or the free text. */
  description: string;
  /** Up to three decimals (1.5 hours). */
  quantity: number;
  /** Minor units of the deal's currency. */
  unitPriceMinor: number;
  /** 0..100 with up to two decimals. */
  discountPercent: number;
};
