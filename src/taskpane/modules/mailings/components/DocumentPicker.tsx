import { Button, Caption1, Checkbox, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, AttachRegular, DeleteRegular, DismissRegular, EyeRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { Mailings } from '../../../../app/mailingUseCases';
import { documentFailureOf } from '../../../../app/documentFailureOf';
import type { MailingDocument } from '../../../../domain/model/MailingDocument';
import type { TemplateAttachment } from '../../../../domain/model/Template';
import { useT } from '../../../i18n/useT';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useFormStyles } from '../../../ui/useFormStyles';
import { documentsStrings } from '../documentsStrings';
import { useDocumentLibrary } from '../hooks/useDocumentLibrary';
import { useMailingFailureWords } from '../hooks/useMailingFailureWords';

const useStyles = makeStyles({
  docs: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  size: { color: tokens.colorNeutralForeground3 },
  image: { maxWidth: '100%', height: 'auto' },
  text: { whiteSpace: 'pre-wrap', maxHeight: '240px', overflowY: 'auto', margin: 0, fontFamily: tokens.fontFamilyMonospace },
  hidden: { display: 'none' },
  failure: { alignSelf: 'stretch', minWidth: 0 },
});

export type DocumentPickerProps = {
  mailings: Mailings;
  selected: TemplateAttachment[];
  onToggle: (attachment: TemplateAttachment, on: boolean) => void;
};

const attachmentOf = (d: MailingDocument): TemplateAttachment => ({ documentId: d.id, name: d.name, contentType: d.contentType, size: d.size });

/**
 * The document library in the template editor: where the files are (this browser, the team
 * library, or this computer's copies while offline), attach or detach each, preview, add. The bin
 * of an attached file only detaches it from this template: the library is the team's, and other
 * templates attach the same file. Deleting a file from the library is a separate act in its
 * preview, which says so and asks first.
 */
export function DocumentPicker({ mailings, selected, onToggle }: DocumentPickerProps) {
  const styles = useStyles();
  const frame = useFormStyles();
  const { t, locale } = useT(documentsStrings);
  const library = useDocumentLibrary(mailings);
  const failureWords = useMailingFailureWords();
  const fileInput = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const rows = useRef<HTMLUListElement>(null);
  /**
   * The file whose deletion from the library was last asked about, how many templates attach it, and
   * the file after it (where the keyboard goes once it is gone); kept after the question closes, which
   * still shows while it fades out.
   */
  const [deleting, setDeleting] = useState<{ document: MailingDocument; templates: number; next: string | null } | null>(null);
  const [asking, setAsking] = useState(false);
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))
      : new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));

  async function addFiles(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      const doc = await library.add(file);
      if (doc) onToggle(attachmentOf(doc), true);
    }
    if (fileInput.current) fileInput.current.value = '';
  }

  const { listing, error, preview } = library;

  const checkboxOf = (id: string | null) =>
    Array.from(rows.current?.children ?? [])
      .find((row) => row instanceof HTMLElement && row.dataset.documentId === id)
      ?.querySelector('input') ?? null;

  function detach(d: MailingDocument) {
    // The bin leaves with the attachment: the keyboard stays on the file, which can be attached again.
    checkboxOf(d.id)?.focus();
    onToggle(attachmentOf(d), false);
  }

  async function askToDelete(d: MailingDocument) {
    const documents = listing?.documents ?? [];
    const next = documents[documents.findIndex((o) => o.id === d.id) + 1]?.id ?? null;
    setDeleting({ document: d, templates: await mailings.templatesUsingDocument(d.id), next });
    setAsking(true);
  }

  function deleteFromLibrary() {
    if (!deleting) return;
    setAsking(false);
    library.close();
    onToggle(attachmentOf(deleting.document), false);
    void library.remove(deleting.document);
  }

  // Attached documents the listing does not show (kept on another computer before Connect, or
  // removed from the library by a colleague) stay visible, so they can be detached.
  const unlisted = listing ? selected.filter((a) => !listing.documents.some((d) => d.id === a.documentId)) : [];
  const offline = documentFailureOf(error?.error) === 'offline';
  const said = { open: 'openFailed', add: 'addFailed', remove: 'removeFailed', list: 'listFailed' } as const;
  const failure = !error
    ? null
    : offline
      ? { text: t(error.during === 'open' ? 'offline' : 'offlineChange'), code: null }
      : failureWords(t(said[error.during], { name: error.name }), error.error);
  return (
    <>
      {!listing && <Spinner size="tiny" label={t('loading')} />}
      {listing?.from === 'cache' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('fromCache')}</MessageBarBody>
        </MessageBar>
      ) : (
        listing && <Caption1>{t(listing.from === 'library' ? 'fromLibrary' : 'fromLocal')}</Caption1>
      )}
      {listing && listing.documents.length === 0 && <Caption1>{t('noDocuments')}</Caption1>}
      <ul ref={rows} className={styles.docs}>
        {(listing?.documents ?? []).map((d) => {
          const attached = selected.some((a) => a.documentId === d.id);
          return (
            <li key={d.id} data-document-id={d.id} className={styles.row}>
              <Checkbox label={d.name} checked={attached} onChange={(_, data) => onToggle(attachmentOf(d), data.checked === true)} />
              <Caption1 className={styles.size}>{size(d.size)}</Caption1>
              <Button size="small" appearance="subtle" icon={<EyeRegular />} aria-label={t('preview', { name: d.name })} title={t('preview', { name: d.name })} onClick={() => void library.open(d)} />
              {attached && (
                <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={t('detach', { name: d.name })} title={t('detach', { name: d.name })} onClick={() => detach(d)} />
              )}
            </li>
          );
        })}
        {unlisted.map((a) => (
          <li key={a.documentId} className={styles.row}>
            <Checkbox label={a.name} checked onChange={(_, data) => onToggle(a, data.checked === true)} />
            <Caption1 className={styles.size}>{t('notListed')}</Caption1>
          </li>
        ))}
      </ul>
      {preview && (
        <section className={frame.plainForm} aria-label={t('preview', { name: preview.document.name })}>
          <div className={styles.row}>
            <Caption1>{preview.document.name}</Caption1>
            <Button size="small" appearance="subtle" icon={<DismissRegular />} aria-label={t('closePreview')} onClick={library.close} />
          </div>
          {preview.document.contentType.startsWith('image/') && <img className={styles.image} src={preview.dataUrl} alt={preview.document.name} />}
          {preview.text !== null && <pre className={styles.text}>{preview.text}</pre>}
          {!preview.document.contentType.startsWith('image/') && preview.text === null && <Caption1>{t('noPreview')}</Caption1>}
          <a href={preview.dataUrl} download={preview.document.name}>
            <ArrowDownloadRegular aria-hidden /> {t('download', { name: preview.document.name })}
          </a>
          <div>
            <Button size="small" icon={<DeleteRegular />} onClick={() => void askToDelete(preview.document)}>
              {t(preview.document.source === 'local' ? 'deleteFromLocal' : 'deleteFromTeam')}
            </Button>
          </div>
        </section>
      )}
      <ConfirmDialog
        open={asking}
        title={t(deleting?.document.source === 'local' ? 'confirmDeleteFromLocal' : 'confirmDeleteFromTeam', { name: deleting?.document.name ?? '' })}
        confirmLabel={t('delete')}
        cancelLabel={t('cancel')}
        destructive
        onConfirm={deleteFromLibrary}
        onCancel={() => setAsking(false)}
        fallbackFocus={() => checkboxOf(deleting?.next ?? null) ?? addButton.current}
      >
        {deleting && (deleting.templates === 0 ? t('usedByNone') : t('usedBy', { count: deleting.templates }))}{' '}
        {t(deleting?.document.source === 'local' ? 'deletedHere' : 'deletedForTeam')}
      </ConfirmDialog>
      {library.busy && <Spinner size="tiny" label={t('working', { name: library.busy })} />}
      {failure && (
        // The fieldset lines its rows up at the start, each as wide as its content: this one takes the width.
        <div className={styles.failure}>
          <FailureMessage {...failure} />
        </div>
      )}
      <input ref={fileInput} type="file" multiple className={styles.hidden} aria-label={t('addDocument')} onChange={(e) => void addFiles(e.target.files)} />
      <Button ref={addButton} icon={<AttachRegular />} onClick={() => fileInput.current?.click()}>
        {t('addDocument')}
      </Button>
    </>
  );
}
