import { minorToDecimalText } from '../../domain/model/Money';

const separators = new Map<string, string>();

/** The decimal separator the locale writes: "," in uk-UA, "." in en-GB. */
function decimalSeparator(locale: string): string {
  let found = separators.get(locale);
  if (found === undefined) separators.set(locale, (found = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'));
  return found;
}

/**
 * Numbers put in a box for editing, written as the pane's language writes them ("1500,00" in
 * Ukrainian), with no grouping, so the amount reads back as typed (parseAmount and readDecimal take
 * either separator).
 */
export const decimalText = {
  amount: (minor: number, currency: string, locale: string) => minorToDecimalText(minor, currency, decimalSeparator(locale)),
  number: (value: number, locale: string) => String(value).replace('.', decimalSeparator(locale)),
};
