import { Button, Checkbox, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { NotAllowedError } from '../../../../app/requireRole';
import type { Product, ProductProperty } from '../../../../domain/model/Product';
import { useT } from '../../../i18n/useT';
import { decimalText } from '../../../ui/decimalText';
import { useApp } from '../../../ui/AppContext';
import { CurrencyField } from '../../../ui/CurrencyField';
import { FormFooter } from '../../../ui/FormFooter';
import { FramedForm } from '../../../ui/FramedForm';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { useFormStyles } from '../../../ui/useFormStyles';
import { useSaving } from '../../../ui/useSaving';
import { dealsStrings } from '../../deals/dealsStrings';
import { readAmount } from '../../deals/utils/amountInput';
import { catalogueStrings } from '../catalogueStrings';
import { WordedFailure } from '../../../ui/WordedFailure';

const useStyles = makeStyles({
  property: { display: 'grid', gridTemplateColumns: '1fr 1fr auto', gap: tokens.spacingHorizontalXS, alignItems: 'end' },
});

type ProductFormProps = { product?: Product; onSaved: (product: Product) => void; onCancel: () => void };

/** A catalogue product: name, code, category, unit price and currency, and properties that matter to buyers. */
export function ProductForm({ product, onSaved, onCancel }: ProductFormProps) {
  const { t } = useT(catalogueStrings);
  const amounts = useT(dealsStrings);
  const app = useApp();
  const styles = useStyles();
  const formStyles = useFormStyles();
  const { errorFor, hasErrors, failureMessage, fail, clear, edited } = useFieldErrors();
  // The product as opened: a save sends only what differs from it (saveProduct), so a colleague's edit pulled meanwhile stays.
  const [opened] = useState(product);
  const [name, setName] = useState(product?.name ?? '');
  const [code, setCode] = useState(product?.code ?? '');
  const [category, setCategory] = useState(product?.category ?? '');
  const [currency, setCurrency] = useState(product?.currency ?? 'UAH');
  const [price, setPrice] = useState(product ? decimalText.amount(product.unitPriceMinor, product.currency, amounts.locale) : '');
  const [priceProblem, setPriceProblem] = useState('');
  const [properties, setProperties] = useState<ProductProperty[]>(product?.properties ?? []);
  const [archived, setArchived] = useState(product?.archived ?? false);
  const { saving, saveWith } = useSaving({ fail: (error) => fail(error instanceof NotAllowedError ? new WordedFailure(t('notAllowed')) : error), clear });
  const save = () => {
    const read = readAmount(price, currency);
    setPriceProblem(read.problem ? amounts.t(read.problem) : '');
    // An unreadable price still goes to the app, as NaN, which it refuses: one Save marks every field
    // at once (the name, a code another product has), and the price box says what it could not read.
    return saveWith(async () => {
      onSaved(await app.deals.saveProduct({ id: opened?.id, name, code, category, unitPriceMinor: read.minor ?? Number.NaN, currency, properties, archived }, opened));
    });
  };
  const priceError = errorFor('unitPriceMinor') && (priceProblem || errorFor('unitPriceMinor'));
  const setProperty = (i: number, patch: Partial<ProductProperty>) => setProperties(properties.map((p, at) => (at === i ? { ...p, ...patch } : p)));

  return (
    <FramedForm title={product ? t('editProduct', { name: product.name }) : t('newProduct')} onSubmit={() => void save()}>
      <Field label={t('name')} required validationMessage={errorFor('name')}>
        <Input value={name} onChange={(_, d) => edited('name', setName)(d.value)} />
      </Field>
      <div className={formStyles.pair}>
        <Field label={t('code')} validationMessage={errorFor('code')}>
          <Input value={code} onChange={(_, d) => edited('code', setCode)(d.value)} />
        </Field>
        <ReferenceSelect list="productCategory" label={t('category')} value={category} onChange={edited('category', setCategory)} validationMessage={errorFor('category')} />
        <Field label={t('unitPrice')} validationMessage={priceError}>
          <Input inputMode="decimal" value={price} onChange={(_, d) => edited('unitPriceMinor', setPrice)(d.value)} />
        </Field>
        <CurrencyField label={t('currency')} value={currency} onChange={edited('currency', setCurrency)} validationMessage={errorFor('currency')} />
      </div>
      <Text weight="semibold">{t('properties')}</Text>
      {properties.map((p, i) => (
        <div key={i} className={styles.property}>
          <Field label={t('propertyName', { n: i + 1 })}>
            <Input value={p.name} onChange={(_, d) => setProperty(i, { name: d.value })} />
          </Field>
          <Field label={t('propertyValue', { n: i + 1 })}>
            <Input value={p.value} onChange={(_, d) => setProperty(i, { value: d.value })} />
          </Field>
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('removeProperty', { n: i + 1 })}
            title={t('removeProperty', { n: i + 1 })}
            onClick={() => setProperties(properties.filter((_, at) => at !== i))}
          />
        </div>
      ))}
      <div>
        <Button appearance="subtle" icon={<AddRegular />} onClick={() => setProperties([...properties, { name: '', value: '' }])}>
          {t('addProperty')}
        </Button>
      </div>
      {product && <Checkbox label={t('archived')} checked={archived} onChange={(_, d) => setArchived(d.checked === true)} />}
      <FormFooter labels={t} fieldErrorsShown={hasErrors} failureMessage={failureMessage((message) => t('saveFailed', { message }))} saving={saving} onCancel={onCancel} />
    </FramedForm>
  );
}
