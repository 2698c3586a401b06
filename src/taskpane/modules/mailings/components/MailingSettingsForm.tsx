import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Mailings } from '../../../../app/mailingUseCases';
import { useT } from '../../../i18n/useT';
import { mailingsStrings } from '../mailingsStrings';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** Never-mail domains and the manager's signature and phone for merge fields. */
export function MailingSettingsForm({ mailings }: { mailings: Mailings }) {
  const styles = useStyles();
  const { t } = useT(mailingsStrings);
  const [domains, setDomains] = useState('');
  const [signature, setSignature] = useState('');
  const [phone, setPhone] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void mailings.settings().then((s) => {
      setDomains(s.neverMailDomains.join('\n'));
      setSignature(s.signature);
      setPhone(s.phone);
    });
  }, [mailings]);

  async function save() {
    await mailings.saveSettings({ neverMailDomains: domains.split(/[\s,;]+/), signature, phone });
    setSaved(true);
  }

  return (
    <div className={styles.form}>
      <Field label={t('neverMailDomains')} hint={t('neverMailHint')}>
        <Textarea value={domains} onChange={(_, d) => setDomains(d.value)} resize="vertical" />
      </Field>
      <Field label={t('signature', { field: '{{manager.signature}}' })}>
        <Textarea value={signature} onChange={(_, d) => setSignature(d.value)} resize="vertical" />
      </Field>
      <Field label={t('phone', { field: '{{manager.phone}}' })}>
        <Input value={phone} onChange={(_, d) => setPhone(d.value)} />
      </Field>
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('settingsSaved')}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" onClick={() => void save()}>
        {t('save')}
      </Button>
    </div>
  );
}
