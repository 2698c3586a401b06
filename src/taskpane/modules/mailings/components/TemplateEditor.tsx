import { Body1, Button, Caption1, Field, Input, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Mailings } from '../../../../app/mailingUseCases';
import { ValidationError } from '../../../../app/validation';
import type { Template, TemplateAttachment } from '../../../../domain/model/Template';
import { useT } from '../../../i18n/useT';
import { CancelButton } from '../../../ui/CancelButton';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FailureMessage } from '../../../ui/FailureMessage';
import { PaneForm } from '../../../ui/PaneForm';
import { SubmitButton } from '../../../ui/SubmitButton';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useMailingFailureWords } from '../hooks/useMailingFailureWords';
import { mailingsStrings } from '../mailingsStrings';
import { DocumentPicker } from './DocumentPicker';
import { TemplatePreview } from './TemplatePreview';

// Tiptap and ProseMirror are ~100 KB: only an opened editor loads them.
const RichTextEditor = lazy(() => import('./RichTextEditor').then((m) => ({ default: m.RichTextEditor })));

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  attachments: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // A fieldset is as wide as its widest line by default: a message in it ran off the narrow pane.
    minWidth: 0,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export type TemplateEditorProps = { mailings: Mailings; template: Template | null; onDone: () => void };

/** Edits a template: name, subject, rich body with merge fields, attached documents, and a live preview. Escape does what Cancel does, asking first once something was typed (PaneForm). */
export function TemplateEditor({ mailings, template, onDone }: TemplateEditorProps) {
  const styles = useStyles();
  const { t, lang } = useT(mailingsStrings);
  const [name, setName] = useState(template?.name ?? '');
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [bodyHtml, setBodyHtml] = useState(template?.bodyHtml ?? '');
  const [attachments, setAttachments] = useState<TemplateAttachment[]>(template?.attachments ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<FailureWords | null>(null);
  const failureWords = useMailingFailureWords();
  const [saving, setSaving] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  // A "Required" left on a field the user has since filled reads as if the value were still wrong.
  const clearError = (field: 'name' | 'subject') => setErrors(({ [field]: _, ...rest }) => rest);

  const toggle = (doc: TemplateAttachment, on: boolean) =>
    setAttachments((list) => (on ? [...list.filter((a) => a.documentId !== doc.documentId), doc] : list.filter((a) => a.documentId !== doc.documentId)));

  async function save() {
    setSaving(true);
    setFailure(null);
    // Gone while saving, so a save stopped again on the same field shows its failure anew (PaneForm's saveFailed).
    setErrors({});
    try {
      await mailings.saveTemplate({ id: template?.id, name, subject, bodyHtml, attachments });
      onDone();
    } catch (error) {
      if (error instanceof ValidationError) setErrors(Object.fromEntries(error.errors.map((e) => [e.field, t('required')])));
      else setFailure(failureWords(t('saveFailed'), error));
    } finally {
      setSaving(false);
    }
  }

  async function remove() {
    if (!template) return;
    try {
      await mailings.deleteTemplate(template.id);
      onDone();
    } catch (error) {
      setConfirmingDelete(false);
      setFailure(failureWords(t('deleteFailed'), error));
    }
  }

  return (
    <PaneForm
      className={styles.form}
      labelledBy="template-editor-heading"
      onSubmit={() => void save()}
      saveFailed={failure !== null || Object.keys(errors).length > 0}
    >
      <Subtitle2 as="h3" id="template-editor-heading">
        {template ? template.name : t('newTemplate')}
      </Subtitle2>
      <Field label={t('name')} required validationMessage={errors.name}>
        <Input
          value={name}
          onChange={(_, d) => {
            setName(d.value);
            clearError('name');
          }}
        />
      </Field>
      <Field label={t('subject')} required validationMessage={errors.subject}>
        <Input
          value={subject}
          onChange={(_, d) => {
            setSubject(d.value);
            clearError('subject');
          }}
        />
      </Field>
      <div>
        <Body1 id="template-body-label" as="p" block>
          {t('body')}
        </Body1>
        <Suspense fallback={<Spinner size="tiny" label={t('bodyLoading')} />}>
          <RichTextEditor html={bodyHtml} onChange={setBodyHtml} labelledBy="template-body-label" fields={mailings.fields} />
        </Suspense>
        <Caption1>{t('fieldHint', { example: lang === 'uk' ? '{{contact.firstName|колего}}' : '{{contact.firstName|colleague}}' })}</Caption1>
      </div>
      <fieldset className={styles.attachments}>
        <legend>{t('attachments')}</legend>
        <DocumentPicker mailings={mailings} selected={attachments} onToggle={toggle} />
      </fieldset>
      {failure && <FailureMessage {...failure} />}
      <div className={styles.actions}>
        <SubmitButton appearance="primary" busy={saving}>
          {t('save')}
        </SubmitButton>
        <CancelButton onCancel={onDone}>{t('cancel')}</CancelButton>
        {template && <Button onClick={() => setConfirmingDelete(true)}>{t('delete')}</Button>}
      </div>
      <ConfirmDialog
        open={confirmingDelete}
        title={t('deleteTemplateTitle', { name: template?.name ?? '' })}
        confirmLabel={t('delete')}
        cancelLabel={t('cancel')}
        onConfirm={() => void remove()}
        onCancel={() => setConfirmingDelete(false)}
      >
        {t('deleteTemplateBody')}
      </ConfirmDialog>
      <TemplatePreview mailings={mailings} subject={subject} bodyHtml={bodyHtml} />
    </PaneForm>
  );
}
