import { Badge, Body1, Button, Caption1, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Mailings } from '../../../../app/mailingUseCases';
import type { RunnerState } from '../../../../app/MailingRunner';
import type { Mailing } from '../../../../domain/model/Mailing';
import { skipReasons, type MailingRecipient } from '../../../../domain/model/MailingRecipient';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { formatWhen } from '../../../ui/localDates';
import { failureStrings } from '../../../ui/failureStrings';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useLive } from '../../../ui/useLive';
import { mailingFailureStrings } from '../mailingFailureStrings';
import { mailingsStrings } from '../mailingsStrings';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  line: { display: 'block' },
  failures: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export type MailingCardProps = { mailings: Mailings; mailing: Mailing; runner: RunnerState };

/** One mailing: when it started, progress, what it waits for, pause / resume / cancel, and failures to retry. */
export function MailingCard({ mailings, mailing, runner }: MailingCardProps) {
  const styles = useStyles();
  const { t, locale } = useT(mailingsStrings);
  const { clock } = useApp();
  const { data: progress } = useLive(() => mailings.progress(mailing.id), [mailing.id]);
  const library = useT(mailingFailureStrings);
  const failureWords = useT(failureStrings);
  /** A failed message's reason in words and its code for the administrator; the sender's words for one failed before reasons were kept. */
  const failureOf = ({ failure, error }: MailingRecipient): FailureWords => {
    if (!failure) return { text: error, code: null };
    if (failure.reason === 'document') return { text: `${t('failure.document', { name: failure.document })} ${library.t(`library.${failure.failure}`)}`, code: null };
    return { text: t(`failure.${failure.reason}`), code: failure.code && failureWords.t('code', { code: failure.code }) };
  };
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const card = useRef<HTMLElement>(null);
  if (!progress) return null;
  const { status, problem, stopped } = progress.mailing;
  // A mailing stopped before the reason was kept has only the sender's English: said as unknown, without it.
  const stop = stopped ?? (problem ? { reason: 'failed' as const, code: null } : null);
  const waiting = runner.phase === 'waiting' && runner.mailingId === mailing.id && status === 'running' ? runner : null;
  const time = waiting ? new Intl.DateTimeFormat(locale, { dateStyle: waiting.reason === 'daily-limit' ? 'short' : undefined, timeStyle: 'short' }).format(new Date(waiting.until)) : '';
  // A cancelled mailing's bar stops where the sending stopped: a full bar read as if everyone got it.
  // Skipped messages were reached (and passed over), so they count as done.
  const skipped = skipReasons.filter((reason) => progress.skipped[reason] > 0);
  const done = progress.sent + progress.failed + skipReasons.reduce((sum, reason) => sum + progress.skipped[reason], 0);
  return (
    // Focusable for the focus to land on after Cancel mailing, whose button leaves with the act.
    <article ref={card} tabIndex={-1} className={styles.card} aria-label={progress.mailing.name} data-testid="mailing-card" data-mailing-id={mailing.id}>
      <div className={styles.head}>
        <Body1>
          <strong>{progress.mailing.name}</strong>
        </Body1>
        <Badge appearance="tint" color={status === 'running' ? 'brand' : status === 'done' ? 'success' : 'informative'}>
          {t(`status.${status}`)}
        </Badge>
      </div>
      {/* Two mailings of one template carry one name: the time they started tells them apart. */}
      <Caption1>
        <time dateTime={mailing.createdAt}>{t('startedAt', { when: formatWhen(mailing.createdAt, locale, clock.now()) })}</time>
      </Caption1>
      {progress.mailing.audienceQuery && <Caption1>{t('audienceOfMailing', { name: progress.mailing.audienceQuery.name })}</Caption1>}
      <ProgressBar value={progress.total ? done / progress.total : 0} aria-label={t('progress', { sent: progress.sent, total: progress.total })} />
      <Caption1 role="status">
        {t('progress', { sent: progress.sent, total: progress.total })}
        {progress.failed > 0 && ` · ${t('failedCount', { count: progress.failed })}`}
        {progress.cancelled > 0 && ` · ${t('notSentCancelled', { count: progress.cancelled })}`}
        {/* Not sent, but not for the Cancel: a line each, so the reasons do not read as one count. */}
        {skipped.map((reason) => (
          <span key={reason} className={styles.line}>
            {t(`skipped.${reason}`, { count: progress.skipped[reason] })}
          </span>
        ))}
      </Caption1>
      {waiting && (
        <Caption1>{t(waiting.reason === 'pace' ? 'waitingPace' : waiting.reason === 'daily-limit' ? 'waitingDaily' : 'waitingThrottled', { time })}</Caption1>
      )}
      {stop && (
        <Caption1>
          {t(`stopped.${stop.reason}`)}
          {stop.code && <span className={styles.line}>{failureWords.t('code', { code: stop.code })}</span>}
        </Caption1>
      )}
      <div className={styles.actions}>
        {status === 'running' && (
          <Button size="small" onClick={() => void mailings.pause(mailing.id)}>
            {t('pause')}
          </Button>
        )}
        {status === 'paused' && (
          <Button size="small" appearance="primary" onClick={() => void mailings.resume(mailing.id)}>
            {t('resume')}
          </Button>
        )}
        {(status === 'running' || status === 'paused') && (
          <Button size="small" onClick={() => setConfirmingCancel(true)}>
            {t('cancelMailing')}
          </Button>
        )}
        {progress.failed > 0 && status !== 'cancelled' && (
          <Button size="small" onClick={() => void mailings.retryFailed(mailing.id)}>
            {t('retry')}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirmingCancel}
        title={t('confirmCancel', { name: progress.mailing.name })}
        confirmLabel={t('cancelMailing')}
        cancelLabel={t('keepMailing')}
        onConfirm={() => {
          setConfirmingCancel(false);
          void mailings.cancel(mailing.id);
        }}
        onCancel={() => setConfirmingCancel(false)}
        fallbackFocus={() => card.current}
      >
        {t('confirmCancelBody', { count: progress.queued })}
      </ConfirmDialog>
      {progress.failures.length > 0 && (
        <details>
          <summary>{t('failures')}</summary>
          <ul className={styles.failures}>
            {progress.failures.map((f) => {
              const { text, code } = failureOf(f);
              return (
                <li key={f.id}>
                  {f.name} &lt;{f.email}&gt;: {text}
                  {code && <span className={styles.line}>{code}</span>}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </article>
  );
}
