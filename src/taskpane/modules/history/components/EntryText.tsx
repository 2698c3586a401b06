import { Caption1, makeStyles } from '@fluentui/react-components';
import type { SavedAttachment } from '../../../../domain/model/HistoryEntry';
import { useT } from '../../../i18n/useT';
import { emailAttachmentsStrings } from '../emailAttachmentsStrings';
import { useStoredDocument } from '../hooks/useStoredDocument';

const useStyles = makeStyles({
  image: { display: 'block', maxWidth: '100%', height: 'auto' },
});

function InlineImage({ attachment }: { attachment: SavedAttachment }) {
  const styles = useStyles();
  const { t } = useT(emailAttachmentsStrings);
  const { url, error } = useStoredDocument(attachment, true);
  if (url) return <img className={styles.image} src={url} alt={attachment.name} />;
  if (error !== null) return <Caption1>{t('imageUnavailable', { name: attachment.name })}</Caption1>;
  // Text, not a Spinner: the image sits inside the entry's paragraph, where a block element may not.
  return <Caption1>{t('imageLoading', { name: attachment.name })}</Caption1>;
}

export type EntryTextProps = { text: string; images: SavedAttachment[] };

/**
 * A history entry's text with its inline images back in place: each saved image's marker
 * ("[image: logo.png]") becomes the stored copy; other text stays as written.
 */
export function EntryText({ text, images }: EntryTextProps) {
  const parts: (string | SavedAttachment)[] = [text];
  for (const image of images) {
    if (!image.marker) continue;
    const i = parts.findIndex((p) => typeof p === 'string' && p.includes(image.marker!));
    if (i < 0) continue;
    const part = parts[i] as string;
    const at = part.indexOf(image.marker);
    parts.splice(i, 1, part.slice(0, at), image, part.slice(at + image.marker.length));
  }
  return <>{parts.map((p, i) => (typeof p === 'string' ? p : <InlineImage key={`${p.documentId}-${i}`} attachment={p} />))}</>;
}
