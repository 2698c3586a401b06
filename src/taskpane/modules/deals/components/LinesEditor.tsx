import { Button, Caption1, Field, Input, makeStyles, mergeClasses, Select, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { Product } from '../../../../domain/model/Product';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { AmountInput } from '../../../ui/AmountInput';
import { decimalText } from '../../../ui/decimalText';
import { shrinkableFields } from '../../../ui/shrinkableFields';
import { useFormStyles } from '../../../ui/useFormStyles';
import { dealsStrings } from '../dealsStrings';

/** A deal line as typed: numbers stay text until saving, so nothing the manager typed is lost. */
export type LineDraft = { key: string; id?: string; productId: string; description: string; quantity: string; price: string; discount: string };

const useStyles = makeStyles({
  lines: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ...shrinkableFields,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  // Quantity and discount: the form's pair (its shared label, box, message and hint rows keep the
  // boxes level), in narrower columns, as short numbers need less room than dates. The unit price
  // has the row above to itself: as a third of a 320 px line it hid "123 456,70 грн" behind its currency.
  numbers: { gridTemplateColumns: 'repeat(auto-fit, minmax(88px, 1fr))' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The app's field key for a draft's text (ValidationError names a line's fields `lines.<i>.<field>`). */
const fieldOf: Partial<Record<keyof LineDraft, string>> = { price: 'unitPriceMinor', discount: 'discountPercent' };

type LinesEditorProps = {
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  products: Product[];
  currency: string;
  /** Each line's amount in minor units, or null while it cannot be worked out. */
  lineMinors: (number | null)[];
  errorFor: (field: string) => string | undefined;
  /** A line's field was edited: its message (`lines.<i>.<field>`) goes. */
  mended: (field: string) => void;
  /** Line `index` was removed: its messages go, and the later lines' move up with them. */
  lineRemoved: (index: number) => void;
  locale: string;
  newKey: () => string;
};

/** The products a deal sells: catalogue item or free text, quantity, price and discount, each with its amount. */
export function LinesEditor({ lines, onChange, products, currency, lineMinors, errorFor, mended, lineRemoved, locale, newKey }: LinesEditorProps) {
  const { t } = useT(dealsStrings);
  const styles = useStyles();
  const formStyles = useFormStyles();
  const set = (i: number, patch: Partial<LineDraft>) => {
    onChange(lines.map((l, at) => (at === i ? { ...l, ...patch } : l)));
    for (const key of Object.keys(patch)) mended(`lines.${i}.${fieldOf[key as keyof LineDraft] ?? key}`);
  };
  const choose = (i: number, productId: string) => {
    const product = products.find((p) => p.id === productId);
    if (!product) return set(i, { productId: '' });
    // The catalogue price is copied only when it is in the deal's currency; otherwise the manager enters one.
    set(i, {
      productId,
      description: product.name,
      // Written as the pane's language writes a price typed in ("1850,00" in Ukrainian).
      price: product.currency === currency ? decimalText.amount(product.unitPriceMinor, currency, locale) : '',
    });
  };
  const offered = (current: string) => products.filter((p) => !p.archived || p.id === current);
  // The line Add line just made: its first field takes the focus once drawn, so the manager types on.
  const added = useRef('');
  const focusIfAdded = (key: string) => (select: HTMLSelectElement | null) => {
    if (!select || added.current !== key) return;
    added.current = '';
    select.focus();
  };
  // The place of the line just removed: the next line's Remove takes the focus there (else the one
  // before, else Add line), as a pressed Remove goes with its line and the focus fell to the page.
  const removedAt = useRef<number | null>(null);
  const focusAfterRemove = (at: number) => (button: HTMLButtonElement | null) => {
    if (!button || removedAt.current === null || at !== Math.min(removedAt.current, lines.length - 1)) return;
    removedAt.current = null;
    button.focus();
  };
  const removeLine = (i: number) => {
    removedAt.current = i;
    onChange(lines.filter((_, at) => at !== i));
    lineRemoved(i);
  };
  const addLine = () => {
    const key = newKey();
    added.current = key;
    onChange([...lines, { key, productId: '', description: '', quantity: '1', price: '', discount: '0' }]);
  };
  return (
    <div>
      <ul className={styles.lines} aria-label={t('lines')}>
        {lines.map((line, i) => {
          const n = i + 1;
          const product = products.find((p) => p.id === line.productId);
          const minor = lineMinors[i] ?? null;
          return (
            <li key={line.key} className={styles.line} aria-label={t('line', { n })}>
              <div className={styles.head}>
                <Text weight="semibold">{t('line', { n })}</Text>
                <Button
                  ref={focusAfterRemove(i)}
                  appearance="subtle"
                  size="small"
                  icon={<DeleteRegular />}
                  aria-label={t('removeLine', { n })}
                  title={t('removeLine', { n })}
                  onClick={() => removeLine(i)}
                />
              </div>
              <Field label={t('product')} validationMessage={errorFor(`lines.${i}.productId`)}>
                <Select ref={focusIfAdded(line.key)} value={line.productId} onChange={(_, d) => choose(i, d.value)}>
                  <option value="">{t('noProduct')}</option>
                  {offered(line.productId).map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.code ? `${p.name} (${p.code})` : p.name}
                    </option>
                  ))}
                </Select>
              </Field>
              {product && product.currency !== currency && (
                <Caption1 className={styles.muted}>{t('otherCurrency', { name: product.name, currency: product.currency })}</Caption1>
              )}
              <Field label={t('description')} validationMessage={errorFor(`lines.${i}.description`)}>
                <Input value={line.description} onChange={(_, d) => set(i, { description: d.value })} />
              </Field>
              <Field label={t('unitPrice')} validationMessage={errorFor(`lines.${i}.unitPriceMinor`)}>
                <AmountInput value={line.price} currency={currency} onChange={(price) => set(i, { price })} />
              </Field>
              <div className={mergeClasses(formStyles.pair, styles.numbers)}>
                <Field label={t('quantity')} validationMessage={errorFor(`lines.${i}.quantity`)}>
                  <Input inputMode="decimal" value={line.quantity} onChange={(_, d) => set(i, { quantity: d.value })} />
                </Field>
                <Field label={t('discount')} validationMessage={errorFor(`lines.${i}.discountPercent`)}>
                  <Input inputMode="decimal" value={line.discount} onChange={(_, d) => set(i, { discount: d.value })} />
                </Field>
              </div>
              <Caption1 className={styles.muted} aria-live="polite">
                {t('lineAmount', { amount: minor === null ? '—' : formatMoney({ minor, currency }, locale) })}
              </Caption1>
            </li>
          );
        })}
      </ul>
      <Button ref={focusAfterRemove(-1)} appearance="subtle" icon={<AddRegular />} onClick={addLine}>
        {t('addLine')}
      </Button>
    </div>
  );
}
