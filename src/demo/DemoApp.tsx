import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useState, type DragEvent } from 'react';
import type { DemoLanguage, DemoMailbox, DemoTheme } from '../adapters/office/demo/DemoMailbox';
import type { DemoFolder, DemoMessage } from '../adapters/office/demo/DemoMessage';
import { emlToDemoMessage } from '../adapters/office/demo/emlToDemoMessage';
import { demoStrings, type DemoStrings } from './demoStrings';
import { MessageList } from './MessageList';
import { ComposePane } from './ComposePane';
import { ReadingPane } from './ReadingPane';
import { TopBar } from './TopBar';
import { useMailbox } from './useMailbox';

const NARROW = '@media (max-width: 899px)';

const useStyles = makeStyles({
  provider: { height: '100%' },
  root: { position: 'relative', display: 'grid', gridTemplateRows: 'auto minmax(0, 1fr)', height: '100%', overflow: 'hidden' },
  main: {
    position: 'relative',
    display: 'grid',
    gridTemplateColumns: 'minmax(240px, 340px) minmax(0, 1fr) 360px',
    minHeight: 0,
    [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr) 360px' },
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    [NARROW]: {
      display: 'none',
      position: 'absolute',
      zIndex: 1,
      top: 0,
      bottom: 0,
      left: 0,
      width: 'min(340px, 85vw)',
      boxShadow: tokens.shadow16,
    },
  },
  listOpen: { [NARROW]: { display: 'flex' } },
  reading: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0 },
  messages: { flexGrow: 1 },
  notices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
  readingPane: { flexGrow: 1 },
  pane: {
    width: '360px',
    height: '100%',
    border: 'none',
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  drop: {
    position: 'absolute',
    inset: 0,
    zIndex: 2,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    pointerEvents: 'none',
    fontSize: tokens.fontSizeBase500,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorBackgroundOverlay,
    outline: `${tokens.strokeWidthThickest} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: '-12px',
  },
  dropText: { padding: tokens.spacingHorizontalXL, borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorNeutralBackground1 },
});

type Notice = { intent: 'success' | 'error'; text: string };

export type DemoAppProps = {
  mailbox: DemoMailbox;
  /** Persists the display settings so a reload of the page keeps them. */
  onSettingsSaved: (settings: { language: DemoLanguage; theme: DemoTheme }) => void;
};

const isEml = (file: File) => /\.eml$/i.test(file.name) || file.type === 'message/rfc822';

async function openEmlFiles(mailbox: DemoMailbox, files: File[], strings: DemoStrings): Promise<{ opened: DemoMessage[]; notices: Notice[] }> {
  const opened: DemoMessage[] = [];
  const notices: Notice[] = [];
  for (const file of files) {
    if (!isEml(file)) {
      notices.push({ intent: 'error', text: strings.notEml(file.name) });
      continue;
    }
    try {
      const content = new Uint8Array(await file.arrayBuffer());
      opened.push(mailbox.addMessage(await emlToDemoMessage({ name: file.name, content, receivedAt: new Date(file.lastModified || Date.now()) })));
    } catch {
      // Unreadable or unparsable: the reader is told which file, the other files still open.
      notices.push({ intent: 'error', text: strings.unreadable(file.name) });
    }
  }
  if (opened.length) notices.unshift({ intent: 'success', text: strings.opened(opened.length) });
  return { opened, notices };
}

/** The demo mail client: top bar, message list, reading pane, and the real task pane framed at 360 px. */
export function DemoApp({ mailbox, onSettingsSaved }: DemoAppProps) {
  const styles = useStyles();
  const [folder, setFolder] = useState<DemoFolder>('inbox');
  const [listOpen, setListOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  const { messages, selected, language, theme } = useMailbox(mailbox, folder);
  const strings = demoStrings(language);
  const fluentTheme = theme === 'dark' ? webDarkTheme : webLightTheme;

  useEffect(() => {
    document.documentElement.lang = language.slice(0, 2);
    document.title = strings.title;
    document.documentElement.style.colorScheme = theme;
  }, [language, theme, strings.title]);

  const select = (id: string) => {
    mailbox.select(id);
    setListOpen(false);
  };

  const changeSettings = (next: { language: DemoLanguage; theme: DemoTheme }) => {
    mailbox.setLanguage(next.language);
    mailbox.setTheme(next.theme);
    onSettingsSaved(next);
  };

  const openFiles = async (files: File[]) => {
    const result = await openEmlFiles(mailbox, files, strings);
    setNotices(result.notices);
    const [first] = result.opened;
    if (first) {
      setFolder('inbox');
      select(first.id);
    }
  };

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

  return (
    <FluentProvider theme={fluentTheme} className={styles.provider}>
      <div
        className={styles.root}
        onDragOver={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          setDragging(false);
          void openFiles(Array.from(e.dataTransfer.files));
        }}
      >
        <TopBar
          strings={strings}
          language={language}
          theme={theme}
          listOpen={listOpen}
          onLanguageChange={(l) => changeSettings({ language: l, theme })}
          onThemeChange={(t) => changeSettings({ language, theme: t })}
          onToggleList={() => setListOpen((open) => !open)}
          onOpenFiles={(files) => void openFiles(files)}
        />
        <div className={styles.main}>
          <div id="demo-message-column" className={mergeClasses(styles.list, listOpen && styles.listOpen)}>
            <MessageList
              folder={folder}
              messages={messages}
              selectedId={selected?.id ?? null}
              language={language}
              strings={strings}
              className={styles.messages}
              onFolderChange={setFolder}
              onSelect={select}
            />
          </div>
          <div className={styles.reading}>
            {notices.length > 0 && (
              <div className={styles.notices} data-testid="demo-open-notices">
                {notices.map((n, i) => (
                  <MessageBar key={i} intent={n.intent}>
                    <MessageBarBody>{n.text}</MessageBarBody>
                    <MessageBarActions
                      containerAction={
                        <Button aria-label={strings.dismiss} appearance="transparent" icon={<DismissRegular />} onClick={() => setNotices((all) => all.filter((x) => x !== n))} />
                      }
                    />
                  </MessageBar>
                ))}
              </div>
            )}
            <ComposePane mailbox={mailbox} language={language} theme={fluentTheme} className={styles.readingPane}>
              <ReadingPane message={selected} language={language} strings={strings} theme={fluentTheme} className={styles.readingPane} />
            </ComposePane>
          </div>
          <iframe
            // A new key reloads the pane, as Outlook restarts add-ins when the display language changes; a
            // theme change reaches the open pane as Outlook's OfficeThemeChanged does.
            key={language}
            className={styles.pane}
            src="taskpane.html"
            title={strings.taskPane}
            data-testid="demo-taskpane"
          />
        </div>
        {dragging && (
          <div className={styles.drop} aria-hidden>
            <span className={styles.dropText}>{strings.dropHere}</span>
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
