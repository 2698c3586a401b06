// Made once per locale and digits: an analytics table formats hundreds of shares.
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A share (0.429) as the locale writes a percentage: "42.9%"; `digits` after the point at most.
 * A percentage kept as 0..100 (a deal's probability, a discount) is passed divided by 100.
 */
export function formatShare(share: number, locale: string, digits = 1): string {
  const key = `${locale}|${digits}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })));
  return format.format(share);
}
