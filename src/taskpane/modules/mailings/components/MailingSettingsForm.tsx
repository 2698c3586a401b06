import { Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Mailings } from '../../../../app/mailingUseCases';
import type { MailingSettings } from '../../../../domain/mailingPorts';
import { useT } from '../../../i18n/useT';
import { FailureMessage } from '../../../ui/FailureMessage';
import { FormFooter, type FormFooterText } from '../../../ui/FormFooter';
import { PaneForm } from '../../../ui/PaneForm';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { shrinkableFields } from '../../../ui/shrinkableFields';
import { mailingsStrings } from '../mailingsStrings';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, ...shrinkableFields } });

type Loaded = { settings: MailingSettings } | { error: unknown };

/** Never-mail domains and the manager's signature and phone for merge fields. */
export function MailingSettingsForm({ mailings }: { mailings: Mailings }) {
  const { t } = useT(mailingsStrings);
  const labelled = useFailedLabel();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    mailings.settings().then(
      (settings) => current && setLoaded({ settings }),
      (error: unknown) => current && setLoaded({ error }),
    );
    return () => {
      current = false;
    };
  }, [mailings]);
  if (!loaded) return <Spinner size="tiny" />;
  if ('error' in loaded)
    return <FailureMessage {...labelled((message) => t('settingsUnreadable', { message }), loaded.error)} />;
  // Filled only once the kept settings are read, so nothing typed meanwhile is overwritten by them.
  return <SettingsFields mailings={mailings} kept={loaded.settings} />;
}

function SettingsFields({ mailings, kept }: { mailings: Mailings; kept: MailingSettings }) {
  const styles = useStyles();
  const { t } = useT(mailingsStrings);
  const errors = useFieldErrors();
  const [domains, setDomains] = useState(kept.neverMailDomains.join('\n'));
  const [signature, setSignature] = useState(kept.signature);
  const [phone, setPhone] = useState(kept.phone);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  // "Saved" goes too: the form no longer holds what was saved.
  const edited = (field: string, set: (value: string) => void) =>
    errors.edited(field, (value: string) => {
      set(value);
      setSaved(false);
    });

  async function save() {
    errors.clear();
    setSaved(false);
    setSaving(true);
    try {
      await mailings.saveSettings({ neverMailDomains: domains.split(/[\s,;]+/), signature, phone });
      setSaved(true);
    } catch (error) {
      errors.fail(error);
    } finally {
      setSaving(false);
    }
  }

  // The form stays on the screen after saving: no Cancel, and no "Cancel" text to give.
  const footerText = (key: FormFooterText) => (key === 'cancel' ? '' : t(key));
  return (
    <PaneForm className={styles.form} label={t('tabSettings')} onSubmit={() => void save()}>
      <Field label={t('neverMailDomains')} hint={t('neverMailHint')} validationMessage={errors.errorFor('neverMailDomains')}>
        <Textarea value={domains} onChange={(_, d) => edited('neverMailDomains', setDomains)(d.value)} resize="vertical" />
      </Field>
      <Field label={t('signature', { field: '{{manager.signature}}' })}>
        <Textarea value={signature} onChange={(_, d) => edited('signature', setSignature)(d.value)} resize="vertical" />
      </Field>
      <Field label={t('phone', { field: '{{manager.phone}}' })} validationMessage={errors.errorFor('phone')}>
        <Input type="tel" value={phone} onChange={(_, d) => edited('phone', setPhone)(d.value)} />
      </Field>
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('settingsSaved')}</MessageBarBody>
        </MessageBar>
      )}
      <FormFooter labels={footerText} fieldErrorsShown={errors.hasErrors} failureMessage={errors.failureMessage((message) => t('settingsSaveFailed', { message }))} saving={saving} />
    </PaneForm>
  );
}
