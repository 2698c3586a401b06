import { Badge, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, mergeClasses, Select, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Deal } from '../../../../domain/model/Deal';
import type { Invoice } from '../../../../domain/model/Invoice';
import { formatMoney } from '../../../../domain/model/Money';
import type { Payment } from '../../../../domain/model/Payment';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { formatDay, localIsoDate } from '../../../ui/localDates';
import { dealsStrings } from '../dealsStrings';
import { useDealErrors } from '../hooks/useDealErrors';
import { readAmount } from '../utils/amountInput';
import { ReceivablesSummary, type ReceivableTotals } from './ReceivablesSummary';

/** One planned receipt's standing (the app's invoiceStandings). */
export type ReceiptStanding = { invoice: Invoice; paidMinor: number; outstandingMinor: number; overpaidMinor: number; overdue: boolean; status: 'paid' | 'partly-paid' | 'unpaid' };

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  overdue: { border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    // Fields and the controls in them may shrink below their intrinsic width: the pane is narrow.
    '& > *': { minWidth: 0 },
    '& > * > *': { minWidth: 0 },
    '& input': { minWidth: 0 },
    '& select': { minWidth: 0 },
  },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))',
    gap: tokens.spacingHorizontalS,
    // Fields and the controls in them may shrink below their intrinsic width: the pane is narrow.
    '& > *': { minWidth: 0 },
    '& > * > *': { minWidth: 0 },
    '& input': { minWidth: 0 },
    '& select': { minWidth: 0 },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type ReceiptsPanelProps = { deal: Deal; receipts: ReceiptStanding[]; payments: Payment[]; totals: ReceivableTotals | null };

/** Planned receipts with where each stands, the payments received against them, and forms to add both. */
export function ReceiptsPanel({ deal, receipts, payments, totals }: ReceiptsPanelProps) {
  const { t, locale } = useT(dealsStrings);
  const app = useApp();
  const styles = useStyles();
  const receiptErrors = useDealErrors();
  const paymentErrors = useDealErrors();
  const listErrors = useDealErrors();
  const today = localIsoDate(app.clock.now());
  const money = (minor: number) => formatMoney({ minor, currency: deal.currency }, locale);
  const day = (iso: string) => formatDay(iso, locale, app.clock.now());

  const [number, setNumber] = useState('');
  const [amount, setAmount] = useState('');
  const [issueDate, setIssueDate] = useState(today);
  const [dueDate, setDueDate] = useState('');
  const [payFor, setPayFor] = useState('');
  const [payAmount, setPayAmount] = useState('');
  const [payDate, setPayDate] = useState(today);
  const [payNote, setPayNote] = useState('');
  const [confirming, setConfirming] = useState('');
  const [notice, setNotice] = useState<{ intent: 'success' | 'warning'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const receiptFor = payFor || receipts.find((r) => r.outstandingMinor > 0)?.invoice.id || receipts[0]?.invoice.id || '';
  const numberOf = (invoiceId: string) => receipts.find((r) => r.invoice.id === invoiceId)?.invoice.number ?? '';

  const addReceipt = async () => {
    receiptErrors.clear();
    setNotice(null);
    const read = readAmount(amount, deal.currency);
    if (read.problem) return receiptErrors.failLocally({ amountMinor: t(read.problem) });
    setBusy(true);
    try {
      const saved = await app.deals.savePlannedReceipt({ dealId: deal.id, number, amountMinor: read.minor, issueDate, dueDate });
      setNumber('');
      setAmount('');
      setDueDate('');
      setNotice({ intent: 'success', text: t('receiptAdded', { number: saved.number }) });
    } catch (error) {
      receiptErrors.fail(error);
    } finally {
      setBusy(false);
    }
  };

  const addPayment = async () => {
    paymentErrors.clear();
    setNotice(null);
    const read = readAmount(payAmount, deal.currency);
    if (read.problem) return paymentErrors.failLocally({ amountMinor: t(read.problem) });
    setBusy(true);
    try {
      const { warning } = await app.deals.recordPayment({ invoiceId: receiptFor, amountMinor: read.minor, date: payDate, note: payNote });
      setPayAmount('');
      setPayNote('');
      setNotice(
        warning
          ? { intent: 'warning', text: t('paymentAboveInvoice', { excess: money(warning.excessMinor), number: numberOf(receiptFor) }) }
          : { intent: 'success', text: t('paymentRecorded') },
      );
    } catch (error) {
      paymentErrors.fail(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (action: () => Promise<void>) => {
    listErrors.clear();
    setNotice(null);
    try {
      await action();
      setConfirming('');
      setNotice({ intent: 'success', text: t('deleted') });
    } catch (error) {
      listErrors.fail(error);
      setConfirming('');
    }
  };

  const confirmBox = (question: string, onYes: () => void) => (
    <div className={styles.form} role="group" aria-label={question}>
      <Text>{question}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onYes}>
          {t('delete')}
        </Button>
        <Button onClick={() => setConfirming('')}>{t('cancel')}</Button>
      </div>
    </div>
  );

  const paymentLabel = (p: Payment) => t('paymentLabel', { amount: money(p.amountMinor), date: day(p.date), number: numberOf(p.invoiceId) });

  return (
    <section className={styles.panel} aria-labelledby="deal-receipts-heading">
      <Text as="h2" weight="semibold" size={400} id="deal-receipts-heading">
        {t('receipts')}
      </Text>
      {totals && <ReceivablesSummary totals={totals} locale={locale} />}
      {receipts.length ? (
        <ul className={styles.list} aria-label={t('receipts')}>
          {receipts.map((r) => (
            <li key={r.invoice.id} className={mergeClasses(styles.item, r.overdue && styles.overdue)}>
              <div className={styles.line}>
                <Text weight="semibold" className={styles.grow}>
                  {t('receiptLabel', { number: r.invoice.number, date: day(r.invoice.dueDate) })}
                </Text>
                {r.overdue && (
                  <Badge color="danger" shape="rounded">
                    {t('overdueBadge')}
                  </Badge>
                )}
                <Badge appearance="tint" color={r.status === 'paid' ? 'success' : r.status === 'partly-paid' ? 'warning' : 'informative'} shape="rounded">
                  {t(`receiptStatus.${r.status}`)}
                </Badge>
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<DeleteRegular />}
                  aria-label={t('deleteReceipt', { number: r.invoice.number })}
                  title={t('deleteReceipt', { number: r.invoice.number })}
                  onClick={() => setConfirming(`invoice:${r.invoice.id}`)}
                />
              </div>
              <Caption1 className={styles.muted}>
                {`${t('amount')}: ${money(r.invoice.amountMinor)} · ${t('paid')}: ${money(r.paidMinor)} · ${t('outstanding')}: ${money(r.outstandingMinor)}`}
              </Caption1>
              {confirming === `invoice:${r.invoice.id}` &&
                confirmBox(t('confirmDeleteReceipt', { number: r.invoice.number }), () => void remove(() => app.deals.deletePlannedReceipt(r.invoice.id)))}
            </li>
          ))}
        </ul>
      ) : (
        <Text className={styles.muted}>{t('noReceipts')}</Text>
      )}
      {listErrors.errorFor('invoiceId') && (
        <MessageBar intent="error">
          <MessageBarBody>{listErrors.errorFor('invoiceId')}</MessageBarBody>
        </MessageBar>
      )}
      {listErrors.failure && (
        <MessageBar intent="error">
          <MessageBarBody>{t('saveFailed', { message: listErrors.failure })}</MessageBarBody>
        </MessageBar>
      )}
      <form
        className={styles.form}
        aria-label={t('addReceipt')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void addReceipt();
        }}
      >
        <Text weight="semibold">{t('addReceipt')}</Text>
        <div className={styles.pair}>
          <Field label={t('receiptNumber')} validationMessage={receiptErrors.errorFor('number')}>
            <Input value={number} onChange={(_, d) => setNumber(d.value)} />
          </Field>
          <Field label={t('amount')} validationMessage={receiptErrors.errorFor('amountMinor')}>
            <Input inputMode="decimal" value={amount} onChange={(_, d) => setAmount(d.value)} contentAfter={deal.currency} />
          </Field>
          <Field label={t('issueDate')} validationMessage={receiptErrors.errorFor('issueDate')}>
            <Input type="date" value={issueDate} onChange={(_, d) => setIssueDate(d.value)} />
          </Field>
          <Field label={t('dueDate')} validationMessage={receiptErrors.errorFor('dueDate')}>
            <Input type="date" value={dueDate} onChange={(_, d) => setDueDate(d.value)} />
          </Field>
        </div>
        {receiptErrors.failure && (
          <MessageBar intent="error">
            <MessageBarBody>{t('saveFailed', { message: receiptErrors.failure })}</MessageBarBody>
          </MessageBar>
        )}
        <div>
          <Button type="submit" disabled={busy}>
            {t('addReceipt')}
          </Button>
        </div>
      </form>

      <Text as="h3" weight="semibold" id="deal-payments-heading">
        {t('payments')}
      </Text>
      {payments.length ? (
        <ul className={styles.list} aria-labelledby="deal-payments-heading">
          {[...payments]
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((p) => (
              <li key={p.id} className={styles.item}>
                <div className={styles.line}>
                  <Text className={styles.grow}>{paymentLabel(p)}</Text>
                  <Button
                    appearance="subtle"
                    size="small"
                    icon={<DeleteRegular />}
                    aria-label={t('deletePayment', { label: paymentLabel(p) })}
                    title={t('deletePayment', { label: paymentLabel(p) })}
                    onClick={() => setConfirming(`payment:${p.id}`)}
                  />
                </div>
                {p.note && <Caption1 className={styles.muted}>{p.note}</Caption1>}
                {confirming === `payment:${p.id}` && confirmBox(t('confirmDeletePayment', { label: paymentLabel(p) }), () => void remove(() => app.deals.deletePayment(p.id)))}
              </li>
            ))}
        </ul>
      ) : (
        <Text className={styles.muted}>{t('noPayments')}</Text>
      )}
      {receipts.length > 0 && (
        <form
          className={styles.form}
          aria-label={t('recordPayment')}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void addPayment();
          }}
        >
          <Text weight="semibold">{t('recordPayment')}</Text>
          <Field label={t('paymentFor')}>
            <Select value={receiptFor} onChange={(_, d) => setPayFor(d.value)}>
              {receipts.map((r) => (
                <option key={r.invoice.id} value={r.invoice.id}>
                  {`${t('receiptLabel', { number: r.invoice.number, date: day(r.invoice.dueDate) })} — ${money(r.outstandingMinor)}`}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.pair}>
            <Field label={t('amount')} validationMessage={paymentErrors.errorFor('amountMinor')}>
              <Input inputMode="decimal" value={payAmount} onChange={(_, d) => setPayAmount(d.value)} contentAfter={deal.currency} />
            </Field>
            <Field label={t('paymentDate')} validationMessage={paymentErrors.errorFor('date')}>
              <Input type="date" value={payDate} onChange={(_, d) => setPayDate(d.value)} />
            </Field>
          </div>
          <Field label={t('paymentNote')}>
            <Input value={payNote} onChange={(_, d) => setPayNote(d.value)} />
          </Field>
          {paymentErrors.failure && (
            <MessageBar intent="error">
              <MessageBarBody>{t('saveFailed', { message: paymentErrors.failure })}</MessageBarBody>
            </MessageBar>
          )}
          <div>
            <Button type="submit" disabled={busy}>
              {t('recordPayment')}
            </Button>
          </div>
        </form>
      )}
      <div aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
