import { Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkCircleRegular, DismissCircleRegular } from '@fluentui/react-icons';
import { useId, useRef, useState, type RefObject } from 'react';
import type { Deal } from '../../../../domain/model/Deal';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { formatMoney } from '../../../../domain/model/Money';
import { formatShare } from '../../../ui/formatShare';
import { formatDate, formatDay, localIsoDate } from '../../../ui/localDates';
import { CancelButton } from '../../../ui/CancelButton';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useLeave } from '../../../ui/LeaveGuard';
import { PaneForm } from '../../../ui/PaneForm';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { useFocusInvalidField } from '../../../ui/useFocusInvalidField';
import { useFormStyles } from '../../../ui/useFormStyles';
import { useLive } from '../../../ui/useLive';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { dealsStrings } from '../dealsStrings';
import { useDealErrors } from '../hooks/useDealErrors';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // The button sits in the field beside the select, so the stage's hint runs under both of them.
  move: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  stageSelect: { flexGrow: 1, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

type Mode = 'idle' | 'won' | 'refused' | 'reopen';
type Closing = Exclude<Mode, 'idle'>;

type StagePanelProps = {
  deal: Deal;
  /** The deal's money so far, in its currency: a refusal warns that it stays recorded. */
  money: { paidMinor: number; outstandingMinor: number } | null;
  /** Where the forms a refusal takes away are (adding a planned receipt, a payment): Record refusal asks before it loses their typing. */
  closedByRefusal: readonly RefObject<Element | null>[];
};

/** Where the deal stands: move it between stages, close it as Success or Refusal (with a reason), or reopen it. */
export function StagePanel({ deal, money, closedByRefusal }: StagePanelProps) {
  const { t, locale } = useT(dealsStrings);
  const app = useApp();
  const styles = useStyles();
  const formStyles = useFormStyles();
  const { labelOf } = useReferenceItems();
  const { errorFor, failure, actFailure, fail, clear, mended } = useDealErrors();
  const stages = useLive(() => app.deals.queries.dealStages(), []).data ?? [];
  // What is open in place of the buttons, at the status it was opened at.
  const [opened, setOpened] = useState<{ mode: Mode; status: Deal['status'] }>({ mode: 'idle', status: deal.status });
  // A form opened at another status is done with: the deal was closed or reopened, here or elsewhere.
  const mode = opened.status === deal.status ? opened.mode : 'idle';
  // The form just cancelled, whose button takes the focus back as it returns (not later, when the
  // deal has changed and the buttons are drawn again for another reason).
  const [cancelled, setCancelled] = useState<{ mode: Closing; at: Deal } | null>(null);
  const back = cancelled?.at === deal ? cancelled.mode : undefined;
  const [reason, setReason] = useState('');
  const chooseReason = (code: string) => {
    setReason(code);
    mended('reason');
  };
  const [note, setNote] = useState('');
  const [done, setDone] = useState('');
  // The deal as it was when an action was pressed. Busy until the card shows the deal the action
  // saved: the pressed button keeps the focus until what replaces it (the closed deal's Reopen, the
  // open deal's stage) is drawn, and the form it stood in goes in the same update.
  const [pressedAt, setPressedAt] = useState<Deal | null>(null);
  const busy = pressedAt === deal;
  const [chosen, setTarget] = useState<{ from: string; to: string } | null>(null);
  // A choice made at another stage (the deal moved meanwhile) no longer applies.
  const target = chosen && chosen.from === deal.stage ? chosen.to : deal.stage;
  const stageSelect = useRef<HTMLSelectElement>(null);
  const moveButton = useRef<HTMLButtonElement>(null);
  const refusalActions = useRef<HTMLDivElement>(null);
  // Record refusal with no reason: the reason takes the focus, with its message beside it.
  useFocusInvalidField(refusalActions, Boolean(errorFor('reason')));
  const amount = (minor: number) => formatMoney({ minor, currency: deal.currency }, locale);
  const leave = useLeave();
  // Keep editing, asked on Record refusal: nothing was recorded, so the refusal's own choices are still only typed.
  const [stayed, setStayed] = useState(false);
  const refuse = () => {
    const record = () => void run(() => app.deals.closeAsRefused(deal.id, reason, note), 'refusalFailed');
    setStayed(false);
    // Without a reason the refusal is refused and nothing closes: no question before its message.
    if (busy || !reason) return record();
    leave(record, closedByRefusal.map((r) => r.current), () => setStayed(true));
  };

  // Closing shows no notice: the closed deal's own sentence, drawn in the form's place, says when
  // and why, and describes Reopen deal, which takes the focus (a notice below repeated it word for word).
  // `failed`: the act's own sentence for a failure the deal's rules did not word (the local store's).
  const run = async (action: () => Promise<Deal>, failed: 'moveFailed' | 'closeWonFailed' | 'refusalFailed' | 'reopenFailed', message?: (d: Deal) => string): Promise<boolean> => {
    if (busy) return false;
    clear();
    setDone('');
    setPressedAt(deal);
    try {
      const saved = await action();
      setDone(message ? message(saved) : '');
      return true;
    } catch (error) {
      fail(error, (reason) => t(failed, { message: reason }));
      setPressedAt(null);
      return false;
    }
  };
  const move = async () => {
    const moved = await run(() => app.deals.moveToStage(deal.id, target), 'moveFailed', (m) => t('stageMoved', { stage: labelOf('dealStage', m.stage), percent: formatShare(m.probability / 100, locale) }));
    // Move has nothing left to do (the deal is at the chosen stage): the stage list, to choose the next one.
    if (moved && document.activeElement === moveButton.current) stageSelect.current?.focus();
  };
  const start = (next: Closing) => {
    clear();
    setDone('');
    setReason('');
    setNote('');
    setOpened({ mode: next, status: deal.status });
  };
  const cancel = () => {
    clear();
    if (mode !== 'idle') setCancelled({ mode, at: deal });
    setOpened({ mode: 'idle', status: deal.status });
  };
  /** "Won today", "Refused on 2 Mar 2026: …": a relative day is not put after "on". */
  const closedSentence = (d: Deal) => {
    const isoDate = localIsoDate(new Date(d.closedAt));
    const date = formatDay(isoDate, locale, app.clock.now());
    const relative = date !== formatDate(isoDate, locale);
    if (d.status === 'won') return t(relative ? 'wonRelative' : 'wonOn', { date });
    return t(relative ? 'refusedRelative' : 'refusedOn', { date, reason: labelOf('refusalReason', d.refusal?.reason ?? '') });
  };
  const closedId = useId();
  const closedStageId = useId();
  const blocked = busy || target === deal.stage;

  return (
    <section className={styles.panel} aria-labelledby="deal-stage-heading">
      <Text as="h2" weight="semibold" size={400} id="deal-stage-heading">
        {t('stage')}
      </Text>
      {/* One box per status, in the same place: a form that goes as the deal closes or reopens
          leaves the focus on the first control of the one drawn in its place (useFormFocus). */}
      {deal.status === 'open' ? (
        <div key="open" className={styles.panel}>
          {/* Chosen, then applied: arrow keys on a closed select must not move the deal through every stage. */}
          <form
            aria-label={t('moveStage')}
            onSubmit={(e) => {
              e.preventDefault();
              if (!blocked) void move();
            }}
          >
            <Field label={t('moveStage')} hint={t('probabilityDefault', { percent: formatShare((stages.find((s) => s.code === target)?.probability ?? 0) / 100, locale) })}>
              <div className={styles.move}>
                {/* Kept focusable while a move is saved, as a disabled select would drop the focus to the page. */}
                <Select
                  ref={stageSelect}
                  className={styles.stageSelect}
                  value={target}
                  aria-disabled={busy || undefined}
                  onChange={(_, d) => {
                    if (!busy) setTarget({ from: deal.stage, to: d.value });
                  }}
                >
                  {!stages.some((s) => s.code === deal.stage) && <option value={deal.stage}>{labelOf('dealStage', deal.stage)}</option>}
                  {stages.map((s) => (
                    <option key={s.code} value={s.code}>
                      {`${labelOf('dealStage', s.code)} (${formatShare((s.probability ?? 0) / 100, locale)})`}
                    </option>
                  ))}
                </Select>
                {/* Focusable while saving and after the move (nothing left to move to): Move pressed
                    with Enter keeps the focus; a plain button then, so it cannot submit. */}
                <Button ref={moveButton} type={blocked ? 'button' : 'submit'} disabledFocusable={blocked}>
                  {t('move')}
                </Button>
              </div>
            </Field>
          </form>
          {mode === 'idle' && (
            <div className={formStyles.actions}>
              <Button icon={<CheckmarkCircleRegular />} autoFocus={back === 'won'} onClick={() => start('won')}>
                {t('closeWon')}
              </Button>
              <Button icon={<DismissCircleRegular />} autoFocus={back === 'refused'} onClick={() => start('refused')}>
                {t('closeRefused')}
              </Button>
            </div>
          )}
          {mode === 'won' && (
            // Named by its question, which a screen reader reads on entering it.
            <PaneForm className={formStyles.shadedForm} label={t('confirmWon')} onSubmit={() => void run(() => app.deals.closeAsWon(deal.id), 'closeWonFailed')}>
              <Text>{t('confirmWon')}</Text>
              <div className={formStyles.actions}>
                <Button type={busy ? 'button' : 'submit'} appearance="primary" disabledFocusable={busy}>
                  {t('closeWon')}
                </Button>
                {/* The focus opens here, as in the pane's confirmations: Enter pressed twice closes nothing. */}
                <CancelButton autoFocus onCancel={cancel}>
                  {t('cancel')}
                </CancelButton>
              </div>
            </PaneForm>
          )}
          {mode === 'refused' && (
            <PaneForm
              className={formStyles.shadedForm}
              label={t('refusalTitle')}
              onSubmit={refuse}
              saveFailed={failure !== '' || errorFor('reason') !== undefined || stayed}
            >
              {money && money.paidMinor > 0 && (
                <MessageBar intent="warning">
                  <MessageBarBody>{t('refusalKeepsPayments', { amount: amount(money.paidMinor) })}</MessageBarBody>
                </MessageBar>
              )}
              {money && money.outstandingMinor > 0 && (
                <MessageBar intent="warning">
                  <MessageBarBody>{t('refusalKeepsReceipts', { amount: amount(money.outstandingMinor) })}</MessageBarBody>
                </MessageBar>
              )}
              <ReferenceSelect list="refusalReason" label={t('refusalReason')} value={reason} onChange={chooseReason} validationMessage={errorFor('reason')} />
              <Field label={t('refusalNote')}>
                <Input value={note} onChange={(_, d) => setNote(d.value)} />
              </Field>
              <div ref={refusalActions} className={formStyles.actions}>
                <Button type={busy ? 'button' : 'submit'} appearance="primary" disabledFocusable={busy}>
                  {t('confirmRefusal')}
                </Button>
                <CancelButton onCancel={cancel}>{t('cancel')}</CancelButton>
              </div>
            </PaneForm>
          )}
        </div>
      ) : (
        <div key="closed" className={styles.panel}>
          <Text id={closedId}>{closedSentence(deal)}</Text>
          {deal.refusal && <Text id={closedStageId}>{t('refusedAt', { stage: labelOf('dealStage', deal.refusal.stage) })}</Text>}
          <Caption1 className={styles.muted}>{t('closedHint')}</Caption1>
          {mode === 'reopen' ? (
            <PaneForm
              className={formStyles.shadedForm}
              label={t('reopen')}
              onSubmit={() => void run(() => app.deals.reopen(deal.id, note), 'reopenFailed', (d) => t('stageMoved', { stage: labelOf('dealStage', d.stage), percent: formatShare(d.probability / 100, locale) }))}
              saveFailed={failure !== ''}
            >
              <Field label={t('reopenNote')}>
                <Input value={note} onChange={(_, d) => setNote(d.value)} />
              </Field>
              <div className={formStyles.actions}>
                <Button type={busy ? 'button' : 'submit'} appearance="primary" disabledFocusable={busy}>
                  {t('confirmReopen')}
                </Button>
                <CancelButton onCancel={cancel}>{t('cancel')}</CancelButton>
              </div>
            </PaneForm>
          ) : (
            <div>
              <Button
                icon={<ArrowUndoRegular />}
                autoFocus={back === 'reopen'}
                aria-describedby={deal.refusal ? `${closedId} ${closedStageId}` : closedId}
                onClick={() => start('reopen')}
              >
                {t('reopen')}
              </Button>
            </div>
          )}
        </div>
      )}
      <div aria-live="polite">
        {done && (
          <MessageBar intent="success">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        )}
        {actFailure && <FailureMessage {...actFailure} />}
      </div>
    </section>
  );
}
