import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { AddRegular, MailInboxArrowDownRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ComposeInsert, Mailings } from '../../../../app/mailingUseCases';
import type { Template } from '../../../../domain/model/Template';
import { useT } from '../../../i18n/useT';
import { FailureMessage } from '../../../ui/FailureMessage';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useLive } from '../../../ui/useLive';
import { useMailItem } from '../../../ui/useMailItem';
import { useMailingFailureWords } from '../hooks/useMailingFailureWords';
import { mailingsStrings } from '../mailingsStrings';
import { NotAttachedDocuments } from './NotAttachedDocuments';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  subject: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export type TemplateListProps = { mailings: Mailings; onEdit: (template: Template | null) => void };

/** The team's templates; while a message is being written, each can be inserted into it. */
export function TemplateList({ mailings, onEdit }: TemplateListProps) {
  const styles = useStyles();
  const { t } = useT(mailingsStrings);
  const { item } = useMailItem();
  const templates = useLive(() => mailings.templates(), []);
  const [status, setStatus] = useState<{ intent: 'success'; text: string; notAttached: ComposeInsert['notAttached'] } | ({ intent: 'error' } & FailureWords) | null>(null);
  const failureWords = useMailingFailureWords();
  const composing = item?.mode === 'compose' || (mailings.compose?.canInsert() ?? false);

  async function insert(template: Template) {
    setStatus(null);
    try {
      const to = item?.mode === 'compose' ? (await item.getRecipients()).to[0] ?? null : null;
      const { matchedClientId, notAttached } = await mailings.insertIntoCompose(template.id, to);
      setStatus({ intent: 'success', text: matchedClientId ? t('inserted', { name: to?.name || to?.email || '' }) : t('insertedUnmatched'), notAttached });
    } catch (error) {
      setStatus({ intent: 'error', ...failureWords(t('insertFailed'), error) });
    }
  }

  return (
    <>
      {composing && <Caption1>{t('composeHint')}</Caption1>}
      {status?.intent === 'error' ? (
        <FailureMessage text={status.text} code={status.code} />
      ) : status?.notAttached.length ? (
        <NotAttachedDocuments mailings={mailings} documents={status.notAttached} inserted={status.text} />
      ) : (
        status && (
          <MessageBar intent="success">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )
      )}
      <div className={styles.actions}>
        <Button appearance={composing ? 'secondary' : 'primary'} icon={<AddRegular />} onClick={() => onEdit(null)}>
          {t('newTemplate')}
        </Button>
      </div>
      {!templates.data ? (
        <Spinner size="tiny" label={t('loading')} />
      ) : templates.data.length === 0 ? (
        <Body1>{t('noTemplates', { example: '{{client.name}}' })}</Body1>
      ) : (
        <ul className={styles.list} aria-label={t('tabTemplates')}>
          {templates.data.map((template) => (
            <li key={template.id} className={styles.row}>
              <Body1>
                <strong>{template.name}</strong>
              </Body1>
              <Caption1 className={styles.subject}>{template.subject}</Caption1>
              <div className={styles.actions}>
                {composing && (
                  <Button appearance="primary" size="small" icon={<MailInboxArrowDownRegular />}
                    aria-label={`${t('insert')}: ${template.name}`}
                    onClick={() => void insert(template)}>
                    {t('insert')}
                  </Button>
                )}
                <Button size="small" aria-label={`${t('edit')}: ${template.name}`} onClick={() => onEdit(template)}>
                  {t('edit')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
