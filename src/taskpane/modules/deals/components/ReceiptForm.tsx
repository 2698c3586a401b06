import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { Deal } from '../../../../domain/model/Deal';
import type { Invoice } from '../../../../domain/model/Invoice';
import { useT } from '../../../i18n/useT';
import { AmountInput } from '../../../ui/AmountInput';
import { decimalText } from '../../../ui/decimalText';
import { useApp } from '../../../ui/AppContext';
import { DateField } from '../../../ui/DateField';
import { FramedForm } from '../../../ui/FramedForm';
import { localIsoDate } from '../../../ui/localDates';
import { useFormStyles } from '../../../ui/useFormStyles';
import { dealsStrings } from '../dealsStrings';
import { useAmountSave } from '../hooks/useAmountSave';
import { MoneyFormFooter } from './MoneyFormFooter';

type ReceiptFormProps = {
  deal: Deal;
  /** The planned receipt to edit; absent to add one (the form then empties itself after each). */
  invoice?: Invoice;
  onSaved: (invoice: Invoice) => void;
  /** Shown as a Cancel button when given (editing). */
  onCancel?: () => void;
};

/** A planned receipt's number, amount in the deal's currency, issue and due dates, and note. */
export function ReceiptForm({ deal, invoice, onSaved, onCancel }: ReceiptFormProps) {
  const { t, locale } = useT(dealsStrings);
  const app = useApp();
  const formStyles = useFormStyles();
  const form = useAmountSave(deal.currency);
  const { errors } = form;
  const { edited } = errors;
  // The receipt as opened: a save sends only what differs from it (savePlannedReceipt), so a colleague's edit pulled meanwhile stays.
  const [read] = useState(invoice);
  const [number, setNumber] = useState(invoice?.number ?? '');
  const [amount, setAmount] = useState(invoice ? decimalText.amount(invoice.amountMinor, deal.currency, locale) : '');
  const [issueDate, setIssueDate] = useState(invoice?.issueDate ?? localIsoDate(app.clock.now()));
  const [dueDate, setDueDate] = useState(invoice?.dueDate ?? '');
  const [note, setNote] = useState(invoice?.note ?? '');
  const title = invoice ? t('editReceipt', { number: invoice.number }) : t('addReceipt');

  const save = () =>
    form.save(amount, async (amountMinor) => {
      const saved = await app.deals.savePlannedReceipt({ id: read?.id, dealId: deal.id, number, amountMinor, issueDate, dueDate, note }, read);
      if (!invoice) {
        setNumber('');
        setAmount('');
        setDueDate('');
        setNote('');
      }
      onSaved(saved);
    });

  return (
    <FramedForm title={title} onSubmit={() => void save()}>
      <div className={formStyles.pair}>
        <Field label={t('receiptNumber')} validationMessage={errors.errorFor('number')}>
          <Input value={number} onChange={(_, d) => edited('number', setNumber)(d.value)} />
        </Field>
        <Field label={t('amount')} validationMessage={errors.errorFor('amountMinor')}>
          <AmountInput value={amount} currency={deal.currency} onChange={edited('amountMinor', setAmount)} />
        </Field>
        <DateField label={t('issueDate')} value={issueDate} onChange={edited('issueDate', setIssueDate)} validationMessage={errors.errorFor('issueDate')} />
        <DateField label={t('dueDate')} value={dueDate} onChange={edited('dueDate', setDueDate)} validationMessage={errors.errorFor('dueDate')} />
      </div>
      <Field label={t('receiptNote')}>
        <Input value={note} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <MoneyFormFooter form={form} submitLabel={invoice ? t('save') : t('addReceipt')} onCancel={onCancel} />
    </FramedForm>
  );
}
