import { Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useLayoutEffect, useRef, useState } from 'react';
import { NoMailSenderError, type Mailings } from '../../../../app/mailingUseCases';
import { RecordNotFoundError } from '../../../../app/RecordNotFoundError';
import { ValidationError } from '../../../../app/validation';
import { clientStatuses, type ClientStatus } from '../../../../domain/model/Client';
import { useT } from '../../../i18n/useT';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FailureMessage } from '../../../ui/FailureMessage';
import { clientStatusStrings } from '../../../ui/clientStatusStrings';
import { useLive } from '../../../ui/useLive';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useMailingFailureWords } from '../hooks/useMailingFailureWords';
import { useRunnerState } from '../hooks/useRunnerState';
import { mailingsStrings } from '../mailingsStrings';
import { MailingCard } from './MailingCard';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  excluded: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere', maxHeight: '240px', overflowY: 'auto' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * Bulk mailing: a template to a segment (all clients or a saved query's, narrowed by region,
 * industry and status), who is left out and why, then paced sending with progress.
 */
export function BulkMailing({ mailings }: { mailings: Mailings }) {
  const styles = useStyles();
  const { t } = useT(mailingsStrings);
  const status = useT(clientStatusStrings);
  const { choices } = useReferenceItems();
  const { runner } = useRunnerState(mailings);
  const [templateId, setTemplateId] = useState('');
  const [name, setName] = useState('');
  const [region, setRegion] = useState('');
  const [industry, setIndustry] = useState('');
  const [clientStatus, setClientStatus] = useState<ClientStatus | ''>('');
  const [savedQueryId, setSavedQueryId] = useState('');
  const [failure, setFailure] = useState<FailureWords | null>(null);
  const failureWords = useMailingFailureWords();
  const [confirming, setConfirming] = useState(false);
  const [starting, setStarting] = useState(false);
  /**
   * What the last Send started, said under the button until the user picks a template again or the
   * mailing is cancelled or done: only the latest outcome shows, and its card then says how it ended.
   */
  const [started, setStarted] = useState<{ mailingId: string; text: string; withdrawn: boolean } | null>(null);
  const mailingList = useRef<HTMLDivElement>(null);
  const sendButton = useRef<HTMLButtonElement>(null);
  const startedNotice = useRef<HTMLDivElement>(null);
  const filter = { regions: region ? [region] : [], industries: industry ? [industry] : [], statuses: clientStatus ? [clientStatus] : [] };
  const templates = useLive(() => mailings.templates(), []);
  const queries = useLive(() => mailings.savedQueries(), []);
  const audience = useLive(() => mailings.audience(filter, savedQueryId), [region, industry, clientStatus, savedQueryId]);
  const fromQuery = audience.data?.fromQuery;
  const audienceProblem: FailureWords | null =
    audience.error instanceof RecordNotFoundError ? { text: t('queryGone'), code: null } : audience.error ? failureWords(t('audienceFailed'), audience.error) : null;
  const list = useLive(() => mailings.mailings(), []);
  const canSend = mailings.canSend();
  const recipients = audience.data?.recipients.length ?? 0;
  const mailingName = name.trim() || templates.data?.find((tpl) => tpl.id === templateId)?.name || '';

  const startedStatus = started ? list.data?.find((m) => m.id === started.mailingId)?.status : undefined;
  // Withdrawn for good: a retry of its failures later is not the start this notice spoke of.
  if (started && !started.withdrawn && (startedStatus === 'cancelled' || startedStatus === 'done')) setStarted({ ...started, withdrawn: true });

  // The Send button goes disabled with the form it emptied: the focus moves to what the send started,
  // the notice, or once that is withdrawn, the mailing's card (unless the user has moved on since).
  useLayoutEffect(() => {
    if (!started) return;
    if (!started.withdrawn) {
      startedNotice.current?.focus();
      return;
    }
    const active = document.activeElement;
    if (!active || active === document.body || active === sendButton.current) {
      mailingList.current?.querySelector<HTMLElement>(`[data-mailing-id="${started.mailingId}"]`)?.focus();
    }
  }, [started]);

  async function start() {
    setConfirming(false);
    setFailure(null);
    setStarting(true);
    try {
      const mailing = await mailings.start({ templateId, name, audience: filter, savedQueryId });
      // As Outlook closes a sent message, the form empties: a second click cannot send the same
      // mailing to the same clients again, and the next mailing starts from a clean choice.
      setTemplateId('');
      setName('');
      setRegion('');
      setIndustry('');
      setClientStatus('');
      setSavedQueryId('');
      setStarted({ mailingId: mailing.id, text: t('started', { name: mailing.name, count: recipients }), withdrawn: false });
    } catch (error) {
      const said = (text: string) => setFailure({ text, code: null });
      if (error instanceof NoMailSenderError) said(t('cannotSend'));
      else if (error instanceof RecordNotFoundError && error.kind === 'savedQuery') said(t('queryGone'));
      else if (error instanceof ValidationError) said(error.errors.some((e) => e.field === 'audience') ? t('emptyAudience') : t('chooseTemplate'));
      else setFailure(failureWords(t('startFailed'), error));
    } finally {
      setStarting(false);
    }
  }

  return (
    <div className={styles.screen}>
      {!canSend && (
        <MessageBar intent="info">
          <MessageBarBody>{t('cannotSend')}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('template')} required>
        <Select
          value={templateId}
          onChange={(_, d) => {
            setTemplateId(d.value);
            setStarted(null);
          }}
        >
          <option value="">{t('chooseTemplate')}</option>
          {(templates.data ?? []).map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('mailingName')}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      {(savedQueryId || (queries.data?.length ?? 0) > 0) && (
        <Field label={t('audienceSource')}>
          <Select value={savedQueryId} onChange={(_, d) => setSavedQueryId(d.value)}>
            <option value="">{t('allClients')}</option>
            {(queries.data ?? []).map((q) => (
              <option key={q.id} value={q.id}>
                {t('savedQueryOption', { name: q.name })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {fromQuery && (
        <Caption1 data-testid="audience-query">
          {t(`fromQuery.${fromQuery.savedQuery.query.records}`, { name: fromQuery.savedQuery.name, count: fromQuery.clients })}
        </Caption1>
      )}
      <Field label={t('regions')}>
        <Select value={region} onChange={(_, d) => setRegion(d.value)}>
          <option value="">{t('anyRegion')}</option>
          {choices('region', region).map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('industries')}>
        <Select value={industry} onChange={(_, d) => setIndustry(d.value)}>
          <option value="">{t('anyIndustry')}</option>
          {choices('industry', industry).map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('statuses')}>
        <Select value={clientStatus} onChange={(_, d) => setClientStatus(d.value as ClientStatus | '')}>
          <option value="">{t('anyStatus')}</option>
          {clientStatuses.map((s) => (
            <option key={s} value={s}>
              {status.t(s)}
            </option>
          ))}
        </Select>
      </Field>
      {audience.data && (
        <>
          <Body1 role="status" data-testid="audience-count">
            {t('audience', { count: recipients })}
          </Body1>
          {recipients === 0 && !audienceProblem && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('emptyAudience')}</MessageBarBody>
            </MessageBar>
          )}
          {audience.data.excluded.length > 0 && (
            <details>
              <summary>{t('excluded', { count: audience.data.excluded.length })}</summary>
              <ul className={styles.excluded} aria-label={t('excluded', { count: audience.data.excluded.length })}>
                {audience.data.excluded.map((e) => (
                  <li key={`${e.clientId}:${e.contactId}`}>
                    {e.clientName}
                    {e.name && ` — ${e.name}`}
                    {e.email && ` <${e.email}>`}: {t(`reason.${e.reason}`)}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {audienceProblem && <FailureMessage {...audienceProblem} />}
      {failure && <FailureMessage {...failure} />}
      <Button
        ref={sendButton}
        appearance="primary"
        icon={<SendRegular />}
        disabled={!canSend || !templateId || !recipients}
        // Still focusable while the mailing is being queued: the closing dialog gives the focus back to it.
        disabledFocusable={starting}
        onClick={() => setConfirming(true)}
      >
        {t('start')}
      </Button>
      <div aria-live="polite">
        {started && !started.withdrawn && (
          <MessageBar ref={startedNotice} tabIndex={-1} intent="success">
            <MessageBarBody>{started.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('confirmSend', { name: mailingName, count: recipients })}
        confirmLabel={t('send')}
        cancelLabel={t('cancel')}
        onConfirm={() => void start()}
        onCancel={() => setConfirming(false)}
        fallbackFocus={() => startedNotice.current ?? sendButton.current}
      >
        {t('confirmSendBody')}
      </ConfirmDialog>
      <Subtitle2 as="h3">{t('mailingsHeading')}</Subtitle2>
      {list.data && list.data.length === 0 && <Body1>{t('noMailings')}</Body1>}
      <div ref={mailingList} className={styles.list}>
        {(list.data ?? []).map((m) => (
          <MailingCard key={m.id} mailings={mailings} mailing={m} runner={runner} />
        ))}
      </div>
    </div>
  );
}
