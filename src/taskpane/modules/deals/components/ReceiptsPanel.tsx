import { Badge, Caption1, makeStyles, MessageBar, MessageBarBody, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useRef, useState, type RefObject } from 'react';
import type { RecordPaymentResult } from '../../../../app/paymentUseCases';
import type { Deal } from '../../../../domain/model/Deal';
import type { Invoice } from '../../../../domain/model/Invoice';
import { formatMoney } from '../../../../domain/model/Money';
import type { Payment } from '../../../../domain/model/Payment';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DeletedRowNotice } from '../../../ui/DeletedRowNotice';
import { FailureMessage } from '../../../ui/FailureMessage';
import { IconButton } from '../../../ui/IconButton';
import { useWithdrawnOnFormError } from '../../../ui/latestOutcome';
import { useLeave, useRowsKeptWhileTyping } from '../../../ui/LeaveGuard';
import { LiveNotice } from '../../../ui/LiveNotice';
import { formatDay } from '../../../ui/localDates';
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
  // A row's Edit and Delete wrap as one, at the row's right end: with two Ukrainian badges beside
  // them Delete went to a line of its own, at the left, away from the record it deletes.
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginLeft: 'auto' },
  // Marks where an add form is without a box of its own: the form stays one of the panel's flex items.
  place: { display: 'contents' },
});

/**
 * A delete asked for: the row's key (`invoice:<id>` or `payment:<id>`), the keys of its list in
 * order (whose neighbours take the focus after it), its question and the act. Kept after the
 * dialog closes, as the focus moves on only then.
 */
type Deleting = { key: string; list: string[]; question: string; act: () => Promise<void>; closed: boolean };

/** What a failed delete says, by the kind of row (the key's prefix): nothing was being edited, so no "still in the form". */
const deleteFailed = { invoice: 'deleteReceiptFailed', payment: 'deletePaymentFailed' } as const;

type ReceiptsPanelProps = {
  deal: Deal;
  receipts: ReceiptStanding[];
  payments: Payment[];
  totals: ReceivableTotals | null;
  /** How far the planned receipts together go above the deal's amount (0 when they do not). */
  aboveDealMinor: number;
  /** Where the forms adding a planned receipt and a payment are drawn: a refusal takes them away (StagePanel asks first). */
  addReceiptRef: RefObject<HTMLDivElement | null>;
  addPaymentRef: RefObject<HTMLDivElement | null>;
};

/** Planned receipts with where each stands, the payments received against them, and forms to add, correct and delete both. */
export function ReceiptsPanel({ deal, receipts: stored, payments: received, totals, aboveDealMinor, addReceiptRef, addPaymentRef }: ReceiptsPanelProps) {
  const { t, locale } = useT(dealsStrings);
  const app = useApp();
  const styles = useStyles();
  const listStyles = useRecordListStyles();
  const listErrors = useDealErrors();
  // A row gone from the store is kept only for the typing in its edit form: its figures are not
  // current, and no money can go to a receipt a colleague deleted (the payment forms get `stored`).
  const { rows: receipts, rowRef: receiptRef, gone: receiptGone } = useRowsKeptWhileTyping(stored, (r) => r.invoice.id);
  const { rows: payments, rowRef: paymentRef, gone: paymentGone } = useRowsKeptWhileTyping(received, (p) => p.id);
  const deletedByColleague = (r: ReceiptStanding) => receiptGone(r.invoice.id);
  const money = (minor: number) => formatMoney({ minor, currency: deal.currency }, locale);
  // The client said no: nothing more is expected, so the add forms give way to why (the app refuses too).
  const takesMoney = deal.status !== 'refused';
  const day = (iso: string) => formatDay(iso, locale, app.clock.now());

  /** `invoice:<id>` or `payment:<id>`: the one item being edited. */
  const [editing, setEditing] = useState('');
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const removing = useRef(false);
  const section = useRef<HTMLElement>(null);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  const deleteButton = (key: string) => (button: HTMLButtonElement | null) => {
    if (button) deleteButtons.current.set(key, button);
    else deleteButtons.current.delete(key);
  };
  const [notice, setNotice] = useState<{ intent: 'success' | 'warning'; text: string } | null>(null);
  useWithdrawnOnFormError(() => setNotice(null));
  // A notice tells what a form here just did; once the deal is closed or reopened (here or by a
  // colleague) it is no longer the latest word: "Payment recorded." beside "A refused deal takes no
  // new … payments" read as if the deal still took them.
  const [noticeStatus, setNoticeStatus] = useState(deal.status);
  if (noticeStatus !== deal.status) {
    setNoticeStatus(deal.status);
    setNotice(null);
  }

  const numberOf = (invoiceId: string) => receipts.find((r) => r.invoice.id === invoiceId)?.invoice.number ?? '';

  const paymentSaved = ({ payment, warning }: RecordPaymentResult, done: string) => {
    setEditing('');
    setNotice(warning ? { intent: 'warning', text: t('paymentAboveInvoice', { excess: money(warning.excessMinor), number: numberOf(payment.invoiceId) }) } : { intent: 'success', text: done });
  };

  // One item's form at a time: Edit on another closes the open one, so it asks first if that one
  // holds typing; Delete closes it only when it is that item's own.
  const receiptList = useRef<HTMLUListElement>(null);
  const paymentList = useRef<HTMLUListElement>(null);
  const leave = useLeave();
  const startEditing = (key: string) =>
    leave(
      () => {
        setNotice(null);
        setDeleting(null);
        setEditing(key);
      },
      [receiptList.current, paymentList.current],
    );

  const askToDelete = (key: string, list: string[], question: string, act: () => Promise<void>) => {
    if (editing === key) setEditing('');
    setDeleting({ key, list, question, act, closed: false });
  };

  const close = () => setDeleting((d) => d && { ...d, closed: true });

  const remove = async () => {
    if (!deleting || removing.current) return;
    removing.current = true;
    listErrors.clear();
    setNotice(null);
    try {
      // The dialog stays until the row leaves the list, and closes with it: the focus then passes
      // to a neighbour, not to the row's Delete button about to go.
      await deleting.act();
      setNotice({ intent: 'success', text: t('deleted') });
    } catch (error) {
      const kind = deleting.key.startsWith('invoice:') ? 'invoice' : 'payment';
      listErrors.fail(error, (message) => t(deleteFailed[kind], { message }));
      close();
    } finally {
      removing.current = false;
    }
  };

  const shownKeys = [...receipts.map((r) => `invoice:${r.invoice.id}`), ...payments.map((p) => `payment:${p.id}`)];
  const asking = deleting !== null && !deleting.closed && shownKeys.includes(deleting.key);

  /** After a delete: the row's own Delete if it stayed (the delete failed), else the next row's, else the one before, else the form below the emptied list. */
  const afterDelete = () => {
    if (!deleting) return null;
    const own = deleteButtons.current.get(deleting.key);
    if (own) return own;
    const at = deleting.list.indexOf(deleting.key);
    for (const key of [...deleting.list.slice(at + 1), ...deleting.list.slice(0, at).reverse()]) {
      const button = deleteButtons.current.get(key);
      if (button) return button;
    }
    // The add forms stand below their lists: a receipt's own first, else the other.
    const places = deleting.key.startsWith('invoice:') ? [addReceiptRef, addPaymentRef] : [addPaymentRef, addReceiptRef];
    const form = places.map((p) => p.current?.querySelector('form')).find(Boolean);
    // A refused deal has no add forms: the panel's heading, so the focus stays in the panel.
    return form?.querySelector<HTMLElement>('input, select, textarea') ?? section.current?.querySelector<HTMLElement>('h2');
  };

  const paymentsShown = [...payments].sort((a, b) => b.date.localeCompare(a.date));
  const paymentLabel = (p: Payment) => t('paymentLabel', { amount: money(p.amountMinor), date: day(p.date), number: numberOf(p.invoiceId) });

  return (
    <section ref={section} className={styles.panel} aria-labelledby="deal-receipts-heading">
      <Text as="h2" weight="semibold" size={400} id="deal-receipts-heading" tabIndex={-1}>
        {t('receipts')}
      </Text>
      {totals && <ReceivablesSummary totals={totals} locale={locale} />}
      {receipts.length ? (
        <ul ref={receiptList} className={styles.list} aria-label={t('receipts')}>
          {receipts.map((r) => (
            <li key={r.invoice.id} ref={receiptRef(r.invoice.id)} className={mergeClasses(listStyles.item, r.overdue && !deletedByColleague(r) && styles.overdue)}>
              <div className={listStyles.line}>
                <Text weight="semibold" className={listStyles.grow}>
                  {t('receiptLabel', { number: r.invoice.number, date: day(r.invoice.dueDate) })}
                </Text>
                {!deletedByColleague(r) && (
                  <>
                    {r.overdue && (
                      <Badge color="danger" shape="rounded">
                        {t('overdueBadge')}
                      </Badge>
                    )}
                    <Badge appearance="tint" color={r.status === 'paid' ? 'success' : r.status === 'partly-paid' ? 'warning' : 'informative'} shape="rounded">
                      {t(`receiptStatus.${r.status}`)}
                    </Badge>
                    <span className={styles.actions}>
                      <IconButton icon={<EditRegular />} label={t('editReceipt', { number: r.invoice.number })} onClick={() => startEditing(`invoice:${r.invoice.id}`)} />
                      <IconButton
                        ref={deleteButton(`invoice:${r.invoice.id}`)}
                        icon={<DeleteRegular />}
                        label={t('deleteReceipt', { number: r.invoice.number })}
                        onClick={() =>
                          askToDelete(
                            `invoice:${r.invoice.id}`,
                            receipts.map((other) => `invoice:${other.invoice.id}`),
                            t('confirmDeleteReceipt', { number: r.invoice.number }),
                            () => app.deals.deletePlannedReceipt(r.invoice.id),
                          )
                        }
                      />
                    </span>
                  </>
                )}
              </div>
              {deletedByColleague(r) ? (
                <DeletedRowNotice record={{ kind: 'invoice', number: r.invoice.number }} />
              ) : (
                <>
                  <Caption1 className={listStyles.muted}>
                    {`${t('amount')}: ${money(r.invoice.amountMinor)} · ${t('paid')}: ${money(r.paidMinor)} · ${t('outstanding')}: ${money(r.outstandingMinor)}`}
                  </Caption1>
                  {r.invoice.note && <Caption1 className={listStyles.muted}>{r.invoice.note}</Caption1>}
                </>
              )}
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
            </li>
          ))}
        </ul>
      ) : (
        // A refused deal says why it takes none, below; "add one once a contract is signed" would contradict it.
        takesMoney && <Text className={listStyles.muted}>{t('noReceipts')}</Text>
      )}
      {listErrors.errorFor('invoiceId') && (
        <MessageBar intent="error">
          <MessageBarBody>{listErrors.errorFor('invoiceId')}</MessageBarBody>
        </MessageBar>
      )}
      {listErrors.actFailure && <FailureMessage {...listErrors.actFailure} />}
      {/* Kept, not refused, as a payment above its receipt is: extra work may be invoiced before the deal is edited. */}
      <div aria-live="polite">
        {aboveDealMinor > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('receiptsAboveDeal', { excess: money(aboveDealMinor), amount: money(deal.amountMinor) })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {takesMoney ? (
        <div ref={addReceiptRef} className={styles.place}>
          <ReceiptForm deal={deal} onSaved={(saved) => setNotice({ intent: 'success', text: t('receiptAdded', { number: saved.number }) })} />
        </div>
      ) : (
        <Text className={listStyles.muted}>{t('refusedTakesNoMoney')}</Text>
      )}

      <Text as="h3" weight="semibold" id="deal-payments-heading">
        {t('payments')}
      </Text>
      {payments.length ? (
        <ul ref={paymentList} className={styles.list} aria-labelledby="deal-payments-heading">
          {paymentsShown.map((p) => (
              <li key={p.id} ref={paymentRef(p.id)} className={listStyles.item}>
                <div className={listStyles.line}>
                  <Text className={listStyles.grow}>{paymentLabel(p)}</Text>
                  {!paymentGone(p.id) && (
                    <span className={styles.actions}>
                      <IconButton icon={<EditRegular />} label={t('editPayment', { label: paymentLabel(p) })} onClick={() => startEditing(`payment:${p.id}`)} />
                      <IconButton
                        ref={deleteButton(`payment:${p.id}`)}
                        icon={<DeleteRegular />}
                        label={t('deletePayment', { label: paymentLabel(p) })}
                        onClick={() =>
                          askToDelete(
                            `payment:${p.id}`,
                            paymentsShown.map((other) => `payment:${other.id}`),
                            t('confirmDeletePayment', { label: paymentLabel(p) }),
                            () => app.deals.deletePayment(p.id),
                          )
                        }
                      />
                    </span>
                  )}
                </div>
                {paymentGone(p.id) ? (
                  <DeletedRowNotice record={{ kind: 'payment', amountMinor: p.amountMinor, currency: deal.currency, date: p.date }} />
                ) : (
                  p.note && <Caption1 className={listStyles.muted}>{p.note}</Caption1>
                )}
                {editing === `payment:${p.id}` && (
                  <PaymentForm
                    deal={deal}
                    receipts={stored}
                    payment={p}
                    title={t('editPayment', { label: paymentLabel(p) })}
                    onCancel={() => setEditing('')}
                    onSaved={(result) => paymentSaved(result, t('paymentCorrected'))}
                  />
                )}
              </li>
            ))}
        </ul>
      ) : (
        <Text className={listStyles.muted}>{t('noPayments')}</Text>
      )}
      {takesMoney && stored.length > 0 && (
        <div ref={addPaymentRef} className={styles.place}>
          <PaymentForm deal={deal} receipts={stored} title={t('recordPayment')} onSaved={(result) => paymentSaved(result, t('paymentRecorded'))} />
        </div>
      )}
      <LiveNotice message={notice?.text ?? ''} intent={notice?.intent} />
      <ConfirmDialog
        open={asking}
        title={deleting?.question ?? ''}
        confirmLabel={t('delete')}
        cancelLabel={t('cancel')}
        onConfirm={() => void remove()}
        onCancel={close}
        fallbackFocus={afterDelete}
      >
        {t('cannotUndo')}
      </ConfirmDialog>
    </section>
  );
}
