import { Button, Link, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { AttachRegular, OpenRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { documentFailureOf } from '../../../../app/documentFailureOf';
import { DocumentUnavailableError } from '../../../../domain/documentPorts';
import type { LoggedEmail, SavedAttachment } from '../../../../domain/model/HistoryEntry';
import { useT } from '../../../i18n/useT';
import { FailureMessage } from '../../../ui/FailureMessage';
import { failureStrings } from '../../../ui/failureStrings';
import { useFailureWords, type FailureWords } from '../../../ui/useFailureWords';
import { useStoreFailureWords } from '../../../ui/useStoreFailureWords';
import { emailAttachmentsStrings } from '../emailAttachmentsStrings';
import { useStoredDocument } from '../hooks/useStoredDocument';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  // A long name wraps under its start, left-aligned as the list reads, never centred in its button.
  name: { justifyContent: 'flex-start', alignItems: 'flex-start', textAlign: 'start', minWidth: 0, maxWidth: '100%', overflowWrap: 'anywhere' },
  label: { fontWeight: tokens.fontWeightSemibold },
  skipped: { color: tokens.colorNeutralForeground2 },
  // The message takes a line of its own under the file's name and links.
  failure: { flexBasis: '100%', minWidth: 0 },
});

/**
 * Why a saved file did not open: the team library's reasons say what to do; the local store's says
 * why; anything else gives only a code for the administrator on a line of its own, never the
 * library's English, which a Ukrainian pane would show as it is.
 */
function useOpenFailureWords() {
  const { t } = useT(emailAttachmentsStrings);
  const { t: failure } = useT(failureStrings);
  const storeWords = useStoreFailureWords();
  const otherWords = useFailureWords();
  return useCallback(
    (error: unknown): FailureWords => {
      const library = documentFailureOf(error);
      if (library && library !== 'failed') return { text: t(`unavailable.${library}`), code: null };
      if (error instanceof DocumentUnavailableError) return { text: t('unavailable.failed'), code: error.code && failure('code', { code: error.code }) };
      const store = storeWords(error);
      if (store) return { text: `${t('openFailed')} ${store.text}`, code: store.code };
      return otherWords(t('unavailable.failed'), error);
    },
    [t, failure, storeWords, otherWords],
  );
}

/** One saved attachment: Open reads it from the library (or this computer's copy) and offers it as a download. */
function SavedAttachmentRow({ attachment }: { attachment: SavedAttachment }) {
  const styles = useStyles();
  const { t } = useT(emailAttachmentsStrings);
  const [wanted, setWanted] = useState(false);
  const { url, error, loading } = useStoredDocument(attachment, wanted);
  const openFailureWords = useOpenFailureWords();
  return (
    <li className={styles.row}>
      {url ? (
        <Link href={url} download={attachment.name}>
          {attachment.name}
        </Link>
      ) : (
        <Button className={styles.name} size="small" appearance="transparent" icon={<AttachRegular />} aria-label={t('open', { name: attachment.name })} onClick={() => setWanted(true)}>
          {attachment.name}
        </Button>
      )}
      {attachment.webUrl && (
        <Link href={attachment.webUrl} target="_blank" rel="noreferrer">
          <OpenRegular aria-hidden /> {t('inLibrary')}
        </Link>
      )}
      {loading && <Spinner size="extra-tiny" />}
      {error !== null && (
        <div className={styles.failure}>
          <FailureMessage {...openFailureWords(error)} />
        </div>
      )}
    </li>
  );
}

/**
 * A logged email's attachments: the copies saved with it, and those that were not, with the reason.
 * An image the entry's text shows in place (a signature's logo, a pasted photo) is part of the
 * message, not one of its files: listing it again beside a PDF read as one more attachment.
 */
export function EmailAttachments({ email, text }: { email: LoggedEmail; text: string }) {
  const styles = useStyles();
  const { t } = useT(emailAttachmentsStrings);
  const saved = (email.savedAttachments ?? []).filter((a) => !(a.marker && text.includes(a.marker)));
  const skipped = email.skippedAttachments ?? [];
  return (
    <>
      {saved.length > 0 && (
        <div>
          <span className={styles.label}>{t('saved')}:</span>
          <ul className={styles.list} aria-label={t('saved')}>
            {saved.map((a) => (
              <SavedAttachmentRow key={a.documentId} attachment={a} />
            ))}
          </ul>
        </div>
      )}
      {skipped.length > 0 && (
        <div className={styles.skipped}>
          <span className={styles.label}>{t('skipped')}:</span>
          <ul className={styles.list} aria-label={t('skipped')}>
            {skipped.map((s, i) => (
              <li key={`${s.name}-${i}`}>
                {s.name} — {t(`reason.${s.reason}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
