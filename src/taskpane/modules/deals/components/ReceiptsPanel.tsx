import { Badge, Button, Caption1, makeStyles, MessageBar, MessageBarBody, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { RecordPaymentResult } from '../../../../app/paymentUseCases';
import type { Deal } from '../../../../domain/model/Deal';
import type { Invoice } from '../../../../domain/model/Invoice';
import { formatMoney } from '../../../../domain/model/Money';
import type { Payment } from '../../../../domain/model/Payment';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { IconButton } from '../../../ui/IconButton';
import { LiveNotice } from '../../../ui/LiveNotice';
import { formatDay } from '../../../ui/localDates';
import { useFormStyles } from '../../../ui/useFormStyles';
import { useRecordListStyles } from '../../../ui/useRecordListStyles';
import { dealsStrings } from '../dealsStrings';
import { useDealErrors } from '../hooks/useDealErrors';
import { PaymentForm } from './PaymentForm';
import { ReceiptForm } from './ReceiptForm';
import { ReceivablesSummary, type ReceivableTotals } from './ReceivablesSummary';

/** One planned receipt's standing (the app's invoiceStandings). */
export type ReceiptStanding = { invoice: Invoice; paidMinor: number; outstandingMinor: number; overpaidMinor: number; overdue: boolean; status: 'paid' | 'partly-paid' | 'unpaid' };

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  overdue: { border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
});

type ReceiptsPanelProps = { deal: Deal; receipts: ReceiptStanding[]; payments: Payment[]; totals: ReceivableTotals | null };

/** Planned receipts with where each stands, the payments received against them, and forms to add, correct and delete both. */
export function ReceiptsPanel({ deal, receipts, payments, totals }: ReceiptsPanelProps) {
  const { t, locale } = useT(dealsStrings);
  const app = useApp();
  const styles = useStyles();
  const listStyles = useRecordListStyles();
  const formStyles = useFormStyles();
  const listErrors = useDealErrors();
  const money = (minor: number) => formatMoney({ minor, currency: deal.currency }, locale);
  const day = (iso: string) => formatDay(iso, locale, app.clock.now());

  /** `invoice:<id>` or `payment:<id>`: the one item whose delete is being confirmed, or which is being edited. */
  const [confirming, setConfirming] = useState('');
  const [editing, setEditing] = useState('');
  const [notice, setNotice] = useState<{ intent: 'success' | 'warning'; text: string } | null>(null);

  const numberOf = (invoiceId: string) => receipts.find((r) => r.invoice.id === invoiceId)?.invoice.number ?? '';

  const paymentSaved = ({ payment, warning }: RecordPaymentResult, done: string) => {
    setEditing('');
    setNotice(warning ? { intent: 'warning', text: t('paymentAboveInvoice', { excess: money(warning.excessMinor), number: numberOf(payment.invoiceId) }) } : { intent: 'success', text: done });
  };

  const startEditing = (key: string) => {
    setNotice(null);
    setConfirming('');
    setEditing(key);
  };

  const askToDelete = (key: string) => {
    setEditing('');
    setConfirming(key);
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
    <div className={formStyles.shadedBox} role="group" aria-label={question}>
      <Text>{question}</Text>
      <div className={formStyles.actions}>
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
            <li key={r.invoice.id} className={mergeClasses(listStyles.item, r.overdue && styles.overdue)}>
              <div className={listStyles.line}>
                <Text weight="semibold" className={listStyles.grow}>
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
                <IconButton icon={<EditRegular />} label={t('editReceipt', { number: r.invoice.number })} onClick={() => startEditing(`invoice:${r.invoice.id}`)} />
                <IconButton icon={<DeleteRegular />} label={t('deleteReceipt', { number: r.invoice.number })} onClick={() => askToDelete(`invoice:${r.invoice.id}`)} />
              </div>
              <Caption1 className={listStyles.muted}>
                {`${t('amount')}: ${money(r.invoice.amountMinor)} · ${t('paid')}: ${money(r.paidMinor)} · ${t('outstanding')}: ${money(r.outstandingMinor)}`}
              </Caption1>
              {r.invoice.note && <Caption1 className={listStyles.muted}>{r.invoice.note}</Caption1>}
              {editing === `invoice:${r.invoice.id}` && (
                <ReceiptForm
                  deal={deal}
                  invoice={r.invoice}
                  onCancel={() => setEditing('')}
                  onSaved={(saved) => {
                    setEditing('');
                    setNotice({ intent: 'success', text: t('receiptSaved', { number: saved.number }) });
                  }}
                />
              )}
              {confirming === `invoice:${r.invoice.id}` &&
                confirmBox(t('confirmDeleteReceipt', { number: r.invoice.number }), () => void remove(() => app.deals.deletePlannedReceipt(r.invoice.id)))}
            </li>
          ))}
        </ul>
      ) : (
        <Text className={listStyles.muted}>{t('noReceipts')}</Text>
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
      <ReceiptForm deal={deal} onSaved={(saved) => setNotice({ intent: 'success', text: t('receiptAdded', { number: saved.number }) })} />

      <Text as="h3" weight="semibold" id="deal-payments-heading">
        {t('payments')}
      </Text>
      {payments.length ? (
        <ul className={styles.list} aria-labelledby="deal-payments-heading">
          {[...payments]
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((p) => (
              <li key={p.id} className={listStyles.item}>
                <div className={listStyles.line}>
                  <Text className={listStyles.grow}>{paymentLabel(p)}</Text>
                  <IconButton icon={<EditRegular />} label={t('editPayment', { label: paymentLabel(p) })} onClick={() => startEditing(`payment:${p.id}`)} />
                  <IconButton icon={<DeleteRegular />} label={t('deletePayment', { label: paymentLabel(p) })} onClick={() => askToDelete(`payment:${p.id}`)} />
                </div>
                {p.note && <Caption1 className={listStyles.muted}>{p.note}</Caption1>}
                {editing === `payment:${p.id}` && (
                  <PaymentForm
                    deal={deal}
                    receipts={receipts}
                    payment={p}
                    title={t('editPayment', { label: paymentLabel(p) })}
                    onCancel={() => setEditing('')}
                    onSaved={(result) => paymentSaved(result, t('paymentCorrected'))}
                  />
                )}
                {confirming === `payment:${p.id}` && confirmBox(t('confirmDeletePayment', { label: paymentLabel(p) }), () => void remove(() => app.deals.deletePayment(p.id)))}
              </li>
            ))}
        </ul>
      ) : (
        <Text className={listStyles.muted}>{t('noPayments')}</Text>
      )}
      {receipts.length > 0 && <PaymentForm deal={deal} receipts={receipts} title={t('recordPayment')} onSaved={(result) => paymentSaved(result, t('paymentRecorded'))} />}
      <LiveNotice message={notice?.text ?? ''} intent={notice?.intent} />
    </section>
  );
}
