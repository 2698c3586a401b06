import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { DocumentRegular, ImageRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { DemoLanguage } from '../adapters/office/demo/DemoMailbox';
import type { DemoMessage } from '../adapters/office/demo/DemoMessage';
import type { EmailParticipant } from '../domain/model/HistoryEntry';
import type { DemoStrings } from './demoStrings';
import { formatFullDate, formatSize } from './formatMessageDate';
import { messageDocument } from './messageDocument';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  subject: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500, margin: 0 },
  fields: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  attachments: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', margin: 0, padding: 0 },
  attachment: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  bars: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
  body: { flexGrow: 1, width: '100%', minHeight: '200px', border: 'none', backgroundColor: tokens.colorNeutralBackground1 },
  empty: { margin: 'auto', maxWidth: '360px', padding: tokens.spacingHorizontalXL, textAlign: 'center', color: tokens.colorNeutralForeground2 },
});

export type ReadingPaneProps = {
  message: DemoMessage | null;
  language: DemoLanguage;
  strings: DemoStrings;
  theme: Theme;
  className?: string;
};

const people = (list: EmailParticipant[]) => list.map((p) => (p.name ? `${p.name} <${p.email}>` : p.email)).join('; ');

/** The open message: headers, the add-in's last notification, attachments, and the sanitised body. */
export function ReadingPane({ message, language, strings, theme, className }: ReadingPaneProps) {
  const styles = useStyles();
  const [imagesAllowedFor, setImagesAllowedFor] = useState<ReadonlySet<string>>(new Set());
  const allowImages = message ? imagesAllowedFor.has(message.id) : false;
  const body = message?.body;
  // Sanitising a 2 MB body takes a moment: once per body and image choice, not on every category change.
  const doc = useMemo(() => (body ? messageDocument(body, allowImages, theme) : null), [body, allowImages, theme]);

  if (!message || !doc) {
    return (
      <main className={mergeClasses(styles.root, className)} data-testid="demo-reading-pane">
        <Text className={styles.empty}>{strings.nothingSelected}</Text>
      </main>
    );
  }

  const files = message.attachments.filter((a) => !a.isInline);
  return (
    <main className={mergeClasses(styles.root, className)} data-testid="demo-reading-pane" aria-labelledby="demo-subject">
      <header className={styles.header}>
        <h1 id="demo-subject" className={styles.subject}>
          {message.subject || strings.noSubject}
        </h1>
        <dl className={styles.fields}>
          <dt className={styles.label}>{strings.from}</dt>
          <dd className={styles.value}>{message.from ? people([message.from]) : strings.noSender}</dd>
          <dt className={styles.label}>{strings.to}</dt>
          <dd className={styles.value}>{people(message.to)}</dd>
          {message.cc.length > 0 && (
            <>
              <dt className={styles.label}>{strings.cc}</dt>
              <dd className={styles.value}>{people(message.cc)}</dd>
            </>
          )}
          <dt className={styles.label}>{strings.date}</dt>
          <dd className={styles.value}>{formatFullDate(message.date, language)}</dd>
        </dl>
        {files.length > 0 && (
          <ul className={styles.attachments} aria-label={strings.attachments}>
            {files.map((a, i) => (
              <li key={`${a.name}-${i}`} className={styles.attachment}>
                <DocumentRegular aria-hidden />
                <Text size={200}>
                  {a.name} · {formatSize(a.size, language)}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </header>
      {(message.notification || doc.blockedImages) && (
        <div className={styles.bars}>
          {message.notification && (
            <MessageBar intent="info" data-testid="demo-notification">
              <MessageBarBody>
                <MessageBarTitle>{strings.fromAddin}</MessageBarTitle>
                {message.notification}
              </MessageBarBody>
            </MessageBar>
          )}
          {doc.blockedImages && (
            <MessageBar intent="warning" layout="multiline" data-testid="demo-images-blocked">
              <MessageBarBody>{strings.imagesBlocked}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" icon={<ImageRegular />} onClick={() => setImagesAllowedFor((s) => new Set(s).add(message.id))}>
                  {strings.showImages}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
        </div>
      )}
      <iframe
        key={message.id}
        className={styles.body}
        title={strings.messageBody}
        data-testid="demo-message-body"
        // No scripts, no same origin: whatever survived sanitising still cannot run or reach the page.
        sandbox="allow-popups allow-popups-to-escape-sandbox"
        srcDoc={doc.srcDoc}
      />
    </main>
  );
}
