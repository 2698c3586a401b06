import { Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { RecordPaymentResult } from '../../../../app/paymentUseCases';
import type { Deal } from '../../../../domain/model/Deal';
import { formatMoney } from '../../../../domain/model/Money';
import type { Payment } from '../../../../domain/model/Payment';
import { useT } from '../../../i18n/useT';
import { AmountInput } from '../../../ui/AmountInput';
import { decimalText } from '../../../ui/decimalText';
import { useApp } from '../../../ui/AppContext';
import { DateField } from '../../../ui/DateField';
import { FramedForm } from '../../../ui/FramedForm';
import { formatDay, localIsoDate } from '../../../ui/localDates';
import { useFormStyles } from '../../../ui/useFormStyles';
import { dealsStrings } from '../dealsStrings';
import { useAmountSave } from '../hooks/useAmountSave';
import { MoneyFormFooter } from './MoneyFormFooter';
import type { ReceiptStanding } from './ReceiptsPanel';

type PaymentFormProps = {
  deal: Deal;
  receipts: ReceiptStanding[];
  /** The payment to correct (its planned receipt stays); absent to record one. */
  payment?: Payment;
  /** The form's heading, which also names it. */
  title: string;
  onSaved: (result: RecordPaymentResult) => void;
  /** Shown as a Cancel button when given (correcting). */
  onCancel?: () => void;
};

/** Money received against a planned receipt: amount, date and note; the receipt is chosen when recording. */
export function PaymentForm({ deal, receipts, payment, title, onSaved, onCancel }: PaymentFormProps) {
  const { t, locale } = useT(dealsStrings);
  const app = useApp();
  const formStyles = useFormStyles();
  const form = useAmountSave(deal.currency);
  const { errors } = form;
  const { edited } = errors;
  // The payment as opened: a correction sends only what differs from it (correctPayment), so a colleague's edit pulled meanwhile stays.
  const [read] = useState(payment);
  const [payFor, setPayFor] = useState('');
  const [amount, setAmount] = useState(payment ? decimalText.amount(payment.amountMinor, deal.currency, locale) : '');
  const [date, setDate] = useState(payment?.date ?? localIsoDate(app.clock.now()));
  const [note, setNote] = useState(payment?.note ?? '');
  // Until the manager picks one, money goes to the first receipt still waiting for some.
  const receiptFor = payFor || receipts.find((r) => r.outstandingMinor > 0)?.invoice.id || receipts[0]?.invoice.id || '';

  const save = () =>
    form.save(amount, async (amountMinor) => {
      const result = read
        ? await app.deals.correctPayment(read.id, { amountMinor, date, note }, read)
        : await app.deals.recordPayment({ invoiceId: receiptFor, amountMinor, date, note });
      if (!payment) {
        setAmount('');
        setNote('');
      }
      onSaved(result);
    });

  const labels = new Map(receipts.map((r) => [r.invoice.id, `${t('receiptLabel', { number: r.invoice.number, date: formatDay(r.invoice.dueDate, locale, app.clock.now()) })} — ${formatMoney({ minor: r.outstandingMinor, currency: deal.currency }, locale)}`]));
  return (
    <FramedForm title={title} onSubmit={() => void save()}>
      {!payment && (
        <Field label={t('paymentFor')}>
          {/* The chosen receipt whole as a tooltip: at 320 px its label ends in an ellipsis. */}
          <Select value={receiptFor} title={labels.get(receiptFor)} onChange={(_, d) => setPayFor(d.value)}>
            {receipts.map((r) => (
              <option key={r.invoice.id} value={r.invoice.id}>
                {labels.get(r.invoice.id)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={formStyles.pair}>
        <Field label={t('amount')} validationMessage={errors.errorFor('amountMinor')}>
          <AmountInput value={amount} currency={deal.currency} onChange={edited('amountMinor', setAmount)} />
        </Field>
        <DateField label={t('paymentDate')} value={date} onChange={edited('date', setDate)} validationMessage={errors.errorFor('date')} />
      </div>
      <Field label={t('paymentNote')}>
        <Input value={note} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <MoneyFormFooter form={form} submitLabel={payment ? t('save') : t('recordPayment')} onCancel={onCancel} />
    </FramedForm>
  );
}
