import { Badge, Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular, OpenRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { formatMoney } from '../../../../domain/model/Money';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useKeptWhileTyping } from '../../../ui/LeaveGuard';
import { LiveNotice } from '../../../ui/LiveNotice';
import { LiveStatus } from '../../../ui/LiveStatus';
import { RecordNotFound } from '../../../ui/RecordNotFound';
import { formatShare } from '../../../ui/formatShare';
import { formatDay, localIsoDate } from '../../../ui/localDates';
import { useNavigation } from '../../../ui/Route';
import { useLive } from '../../../ui/useLive';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { DepartmentEntryForm } from '../../service-cases/components/DepartmentEntryForm';
import { dealsStrings } from '../dealsStrings';
import { useDealErrors } from '../hooks/useDealErrors';
import { DealForm } from './DealForm';
import { DealTimeline } from './DealTimeline';
import { ReceiptsPanel } from './ReceiptsPanel';
import { StagePanel } from './StagePanel';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { overflowWrap: 'anywhere', margin: 0 },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

const statusColour = { open: 'brand', won: 'success', refused: 'danger' } as const;

type DealScreenProps = { dealId: string };

/** A deal's card: its facts and lines, stage and outcome, planned receipts and payments, timeline and time per stage. */
export function DealScreen({ dealId }: DealScreenProps) {
  const { t, locale } = useT(dealsStrings);
  const app = useApp();
  const { go, back } = useNavigation();
  const { labelOf } = useReferenceItems();
  const { nameOf } = usePeopleNames();
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [recording, setRecording] = useState(false);
  const [askingToDelete, setAskingToDelete] = useState(false);
  const deleteErrors = useDealErrors();
  const { data, error } = useLive(() => app.deals.queries.dealCard(dealId), [dealId]);
  // Deals are their manager's: a colleague's is not offered for deleting (the head of sales may).
  const mayDelete = useLive(() => app.deals.mayDelete(dealId), [dealId]).data ?? false;
  const screen = useRef<HTMLDivElement>(null);
  const addReceipt = useRef<HTMLDivElement>(null);
  const addPayment = useRef<HTMLDivElement>(null);
  const deal = useKeptWhileTyping(data?.deal, screen) ?? null;
  const client = useLive(async () => (deal ? (await app.queries.clientCard(deal.clientId)).client : null), [deal?.clientId ?? '']).data ?? null;
  const campaign = useLive(async () => (deal?.campaignId ? ((await app.deals.queries.campaign(deal.campaignId)) ?? null) : null), [deal?.campaignId ?? '']).data;

  if (error || !data) return <LiveStatus error={error} loadingLabel={t('loading')} failedLabel={(message) => t('loadFailed', { message })} />;
  if (!deal) return <RecordNotFound message={t('notFound')} backLabel={t('back')} onBack={back} className={styles.screen} />;
  const money = (minor: number) => formatMoney({ minor, currency: deal.currency }, locale);
  const formatQuantity = (quantity: number) => quantity.toLocaleString(locale);
  const now = app.clock.now();
  // Money received is a fact: the deal goes only once its payments were deleted (ReceiptsPanel).
  const keptByPayments = data.payments.length > 0;
  const historyCount = data.timeline.filter((item) => item.kind === 'history').length;
  const kept = deleteErrors.errorFor('dealId');
  const deleteFailure = kept ? { text: kept, code: null } : deleteErrors.actFailure;

  const deleteDeal = async () => {
    // Closed before the deal goes: a Fluent dialog unmounted while open (its screen gone with the
    // deal) leaves the rest of the pane aria-hidden, out of screen readers' reach.
    setAskingToDelete(false);
    try {
      await app.deals.delete(deal.id);
      go({ screen: 'client', clientId: deal.clientId, tab: 'deals', deletedDeal: deal.title });
    } catch (e) {
      deleteErrors.fail(e, (message) => t('deleteFailed', { message }));
    }
  };

  return (
    <div ref={screen} className={styles.screen}>
      <div className={styles.heading}>
        <Text as="h1" size={500} weight="semibold" className={styles.name}>
          {deal.title}
        </Text>
        <Badge appearance="tint" color={statusColour[deal.status]} shape="rounded">
          {t(`status.${deal.status}`)}
        </Badge>
      </div>
      {client && (
        <div>
          <Button appearance="subtle" icon={<OpenRegular />} onClick={() => go({ screen: 'client', clientId: client.id, tab: 'deals' })}>
            {t('dealOf', { client: client.name })}
          </Button>
        </div>
      )}
      {editing ? (
        <DealForm
          clientId={deal.clientId}
          deal={deal}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <>
          <dl className={styles.facts} aria-label={t('deals')}>
            <dt className={styles.term}>{t('amount')}</dt>
            <dd className={styles.value}>
              {money(deal.amountMinor)} {deal.lines.length > 0 && <Text size={200}>({t('amountFromLines')})</Text>}
            </dd>
            <dt className={styles.term}>{t('stage')}</dt>
            <dd className={styles.value}>{labelOf('dealStage', deal.stage)}</dd>
            <dt className={styles.term}>{t('probabilityFact')}</dt>
            <dd className={styles.value}>{formatShare(deal.probability / 100, locale)}</dd>
            {/* A closed deal shows when it closed; its expected close stays as planned, which queries on deals report. */}
            {deal.closedAt ? (
              <>
                <dt className={styles.term}>{t('closedOn')}</dt>
                <dd className={styles.value}>{formatDay(localIsoDate(new Date(deal.closedAt)), locale, now)}</dd>
              </>
            ) : (
              <>
                <dt className={styles.term}>{t('expectedClose')}</dt>
                <dd className={styles.value}>{deal.expectedCloseDate ? formatDay(deal.expectedCloseDate, locale, now) : t('notSet')}</dd>
              </>
            )}
            <dt className={styles.term}>{t('owner')}</dt>
            <dd className={styles.value}>{deal.owner.trim() ? nameOf(deal.owner) : t('notSet')}</dd>
            <dt className={styles.term}>{t('salesChannel')}</dt>
            <dd className={styles.value}>{deal.salesChannel ? labelOf('salesChannel', deal.salesChannel) : t('notSet')}</dd>
            <dt className={styles.term}>{t('campaign')}</dt>
            <dd className={styles.value}>{campaign?.name ?? t('notSet')}</dd>
            {deal.notes && (
              <>
                <dt className={styles.term}>{t('notes')}</dt>
                <dd className={styles.value}>{deal.notes}</dd>
              </>
            )}
          </dl>
          {deal.lines.length > 0 && (
            <ul aria-label={t('lines')}>
              {deal.lines.map((l, i) => (
                <li key={l.id}>
                  {`${l.description} — ${formatQuantity(l.quantity)} × ${money(l.unitPriceMinor)}${l.discountPercent ? ` − ${formatShare(l.discountPercent / 100, locale, 2)}` : ''} = ${money(data.lineMinors[i] ?? 0)}`}
                </li>
              ))}
            </ul>
          )}
          <LiveNotice message={saved ? t('saved') : ''} />
          <div className={styles.actions}>
            <Button
              icon={<EditRegular />}
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('edit')}
            </Button>
            <Button
              onClick={() => {
                setSaved(false);
                setRecording(true);
              }}
            >
              {t('recordContact')}
            </Button>
            {mayDelete && (
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                disabledFocusable={keptByPayments}
                aria-describedby={keptByPayments ? 'deal-delete-kept' : undefined}
                onClick={() => {
                  setSaved(false);
                  deleteErrors.clear();
                  setAskingToDelete(true);
                }}
              >
                {t('deleteDeal')}
              </Button>
            )}
          </div>
          {mayDelete && keptByPayments && (
            <Caption1 id="deal-delete-kept" className={styles.muted}>
              {t('deleteDealHasPayments')}
            </Caption1>
          )}
          {deleteFailure && <FailureMessage {...deleteFailure} />}
          <ConfirmDialog
            open={askingToDelete}
            destructive
            title={t('confirmDeleteDeal', { title: deal.title })}
            confirmLabel={t('deleteDeal')}
            cancelLabel={t('cancel')}
            onConfirm={() => void deleteDeal()}
            onCancel={() => setAskingToDelete(false)}
          >
            {[
              data.invoices.length > 0 && t('deleteDealReceipts', { count: data.invoices.length }),
              historyCount > 0 && t('deleteDealHistory', { count: historyCount }),
              t('cannotUndo'),
            ]
              .filter(Boolean)
              .join(' ')}
          </ConfirmDialog>
          {recording && (
            <DepartmentEntryForm
              clientId={deal.clientId}
              dealId={deal.id}
              title={t('recordContactTitle', { title: deal.title })}
              onCancel={() => setRecording(false)}
              onRecorded={() => setRecording(false)}
            />
          )}
        </>
      )}
      <StagePanel deal={deal} money={data.receivables} closedByRefusal={[addReceipt, addPayment]} />
      <ReceiptsPanel
        deal={deal}
        receipts={data.invoices}
        payments={data.payments}
        totals={data.receivables}
        aboveDealMinor={data.receiptsAboveDealMinor}
        addReceiptRef={addReceipt}
        addPaymentRef={addPayment}
      />
      <DealTimeline deal={deal} timeline={data.timeline} stageDurations={data.stageDurations} />
    </div>
  );
}
