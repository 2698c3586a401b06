import { Button, makeStyles, Select, tokens } from '@fluentui/react-components';
import { MailEditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { NewEmail } from '../../../../app/mailingUseCases';
import type { Contact } from '../../../../domain/model/Contact';
import { useT } from '../../../i18n/useT';
import { FailureMessage } from '../../../ui/FailureMessage';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useLive } from '../../../ui/useLive';
import { useMailingFailureWords } from '../hooks/useMailingFailureWords';
import { useMailingsApp } from '../hooks/useMailingsApp';
import { mailingsStrings } from '../mailingsStrings';
import { NotAttachedDocuments } from './NotAttachedDocuments';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' }, select: { minWidth: 0, flexGrow: 1 } });

export type NewEmailFromTemplateProps = { clientId: string; contact: Contact | null };

/** "New email from template": opens the mail host's new-message form filled for a contact of the client. */
export function NewEmailFromTemplate({ clientId, contact }: NewEmailFromTemplateProps) {
  const styles = useStyles();
  const { t } = useT(mailingsStrings);
  const { mailings } = useMailingsApp();
  const [templateId, setTemplateId] = useState('');
  const [failure, setFailure] = useState<FailureWords | null>(null);
  const [notAttached, setNotAttached] = useState<NewEmail['notAttached']>([]);
  const failureWords = useMailingFailureWords();
  const templates = useLive(() => (mailings ? mailings.templates() : Promise.resolve([])), []);
  if (!mailings?.compose?.canOpenNewMessage() || !templates.data?.length) return null;
  const email = contact?.emails[0] ?? '';

  async function open() {
    setFailure(null);
    setNotAttached([]);
    try {
      const opened = await mailings!.newEmailFromTemplate(templateId, clientId, contact?.id ?? null, email ? [{ name: contact?.name ?? '', email }] : []);
      setNotAttached(opened.notAttached);
    } catch (error) {
      setFailure(failureWords(t('newEmailFailed'), error));
    }
  }

  return (
    <div>
      <div className={styles.row}>
        <Select className={styles.select} aria-label={t('newFromTemplate')} value={templateId} onChange={(_, d) => setTemplateId(d.value)}>
          <option value="">{t('newFromTemplate')}</option>
          {templates.data.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name}
            </option>
          ))}
        </Select>
        <Button icon={<MailEditRegular />} disabled={!templateId} onClick={() => void open()}>
          {t('open')}
        </Button>
      </div>
      {failure && <FailureMessage {...failure} />}
      {notAttached.length > 0 && <NotAttachedDocuments mailings={mailings} documents={notAttached} after="newEmail" />}
    </div>
  );
}
