import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ComposeInsert, Mailings } from '../../../../app/mailingUseCases';
import { useT } from '../../../i18n/useT';
import type { FailureWords } from '../../../ui/useFailureWords';
import { composeInsertStrings } from '../composeInsertStrings';
import { useMailingFailureWords } from '../hooks/useMailingFailureWords';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1, display: 'block' },
});

type NotAttached = ComposeInsert['notAttached'][number];

/** Hands the document to the browser as a download; the pane has no file system of its own. */
function saveAs(name: string, contentType: string, base64: string) {
  const link = document.createElement('a');
  link.href = `data:${contentType || 'application/octet-stream'};base64,${base64}`;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

function NotAttachedRow({ mailings, document: doc }: { mailings: Mailings; document: NotAttached }) {
  const styles = useStyles();
  const { t } = useT(composeInsertStrings);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FailureWords | null>(null);
  const failureWords = useMailingFailureWords();

  async function download() {
    setBusy(true);
    setFailure(null);
    try {
      saveAs(doc.name, doc.contentType, await mailings.documentContent(doc.documentId));
    } catch (error) {
      setFailure(failureWords(t('downloadFailed', { name: doc.name }), error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li>
      <strong>{doc.name}</strong> — {t(`reason.${doc.reason}`)}
      {/* An unreadable document cannot be downloaded either; the others can, to attach by hand. */}
      {doc.reason !== 'unreadable' && (
        <Button size="small" appearance="transparent" icon={<ArrowDownloadRegular />} disabled={busy} onClick={() => void download()}>
          {t('download', { name: doc.name })}
        </Button>
      )}
      {failure && (
        <span role="alert">
          <Caption1 className={styles.error}>{failure.text}</Caption1>
          {failure.code && <Caption1 className={styles.error}>{failure.code}</Caption1>}
        </span>
      )}
    </li>
  );
}

export type NotAttachedDocumentsProps = {
  mailings: Mailings;
  documents: ComposeInsert['notAttached'];
  /** What went right before the warning: a template inserted into the message, or a new email opened. */
  after?: 'insert' | 'newEmail';
  /** The sentence saying what was inserted, before the call to attach by hand. */
  inserted?: string;
};

/**
 * After a template went into the message, or a new email opened from one: the documents that are not
 * on it and why, each offered for download. A warning, not an error: the text and subject are there.
 */
export function NotAttachedDocuments({ mailings, documents, after = 'insert', inserted }: NotAttachedDocumentsProps) {
  const styles = useStyles();
  const { t } = useT(composeInsertStrings);
  const title = t(after === 'newEmail' ? 'notAttachedTitleNewEmail' : 'notAttachedTitle');
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {inserted && `${inserted} `}
        {t('notAttachedIntro')}
        <ul className={styles.list} aria-label={title}>
          {documents.map((doc) => (
            <NotAttachedRow key={doc.documentId} mailings={mailings} document={doc} />
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
