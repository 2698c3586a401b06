import { Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { NoMailSenderError, type Mailings } from '../../../../app/mailingUseCases';
import { RecordNotFoundError } from '../../../../app/RecordNotFoundError';
import { ValidationError } from '../../../../app/validation';
import { errorMessage } from '../../../../domain/errorMessage';
import { clientStatuses, type ClientStatus } from '../../../../domain/model/Client';
import { useT } from '../../../i18n/useT';
import { clientStatusStrings } from '../../../ui/clientStatusStrings';
import { useLive } from '../../../ui/useLive';
import { useReferenceItems } from '../../../ui/useReferenceItems';
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
  const [failure, setFailure] = useState('');
  const filter = { regions: region ? [region] : [], industries: industry ? [industry] : [], statuses: clientStatus ? [clientStatus] : [] };
  const templates = useLive(() => mailings.templates(), []);
  const queries = useLive(() => mailings.savedQueries(), []);
  const audience = useLive(() => mailings.audience(filter, savedQueryId), [region, industry, clientStatus, savedQueryId]);
  const fromQuery = audience.data?.fromQuery;
  const audienceProblem = audience.error instanceof RecordNotFoundError ? t('queryGone') : audience.error ? t('audienceFailed', { message: errorMessage(audience.error) }) : '';
  const list = useLive(() => mailings.mailings(), []);
  const canSend = mailings.canSend();

  async function start() {
    setFailure('');
    try {
      await mailings.start({ templateId, name, audience: filter, savedQueryId });
      setName('');
    } catch (error) {
      if (error instanceof NoMailSenderError) setFailure(t('cannotSend'));
      else if (error instanceof RecordNotFoundError && error.kind === 'savedQuery') setFailure(t('queryGone'));
      else if (error instanceof ValidationError) setFailure(error.errors.some((e) => e.field === 'audience') ? t('emptyAudience') : t('chooseTemplate'));
      else setFailure(t('failed', { message: errorMessage(error) }));
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
        <Select value={templateId} onChange={(_, d) => setTemplateId(d.value)}>
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
          <option value="">{t('any')}</option>
          {choices('region', region).map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('industries')}>
        <Select value={industry} onChange={(_, d) => setIndustry(d.value)}>
          <option value="">{t('any')}</option>
          {choices('industry', industry).map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('statuses')}>
        <Select value={clientStatus} onChange={(_, d) => setClientStatus(d.value as ClientStatus | '')}>
          <option value="">{t('any')}</option>
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
            {t('audience', { count: audience.data.recipients.length })}
          </Body1>
          {audience.data.recipients.length === 0 && !audienceProblem && (
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
      {audienceProblem && (
        <MessageBar intent="error">
          <MessageBarBody>{audienceProblem}</MessageBarBody>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" icon={<SendRegular />} disabled={!canSend || !templateId || !audience.data?.recipients.length} onClick={() => void start()}>
        {t('start')}
      </Button>
      <Subtitle2 as="h3">{t('mailingsHeading')}</Subtitle2>
      {list.data && list.data.length === 0 && <Body1>{t('noMailings')}</Body1>}
      <div className={styles.list}>
        {(list.data ?? []).map((m) => (
          <MailingCard key={m.id} mailings={mailings} mailing={m} runner={runner} />
        ))}
      </div>
    </div>
  );
}
