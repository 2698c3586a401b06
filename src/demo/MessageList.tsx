import { Badge, Text, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AttachRegular, MailInboxRegular, SendRegular } from '@fluentui/react-icons';
import { useEffect, useRef, type KeyboardEvent, type ReactElement } from 'react';
import { LOGGED_CATEGORY, type DemoLanguage } from '../adapters/office/demo/DemoMailbox';
import type { DemoFolder, DemoMessage } from '../adapters/office/demo/DemoMessage';
import type { DemoStrings } from './demoStrings';
import { formatMessageDate } from './formatMessageDate';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  folders: { display: 'flex', gap: tokens.spacingHorizontalXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  list: { listStyleType: 'none', margin: 0, padding: 0, overflowY: 'auto', flexGrow: 1 },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    rowGap: tokens.spacingVerticalXXS,
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderLeft: `${tokens.strokeWidthThicker} solid transparent`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    textAlign: 'left',
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    borderLeftColor: tokens.colorBrandStroke1,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundSelected },
  },
  sender: { fontWeight: tokens.fontWeightSemibold, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  date: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  subject: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200 },
  marks: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export type MessageListProps = {
  folder: DemoFolder;
  messages: DemoMessage[];
  selectedId: string | null;
  language: DemoLanguage;
  strings: DemoStrings;
  className?: string;
  onFolderChange: (folder: DemoFolder) => void;
  onSelect: (id: string) => void;
};

function correspondent(m: DemoMessage, strings: DemoStrings): string {
  // The Sent folder names whom the mail went to, as Outlook does.
  const people = m.folder === 'sent' ? m.to : m.from ? [m.from] : [];
  return people.map((p) => p.name || p.email).join(', ') || strings.noSender;
}

const folders: [DemoFolder, ReactElement][] = [
  ['inbox', <MailInboxRegular key="inbox" />],
  ['sent', <SendRegular key="sent" />],
];

const itemButton = (list: HTMLElement | null, id: string) =>
  Array.from(list?.querySelectorAll<HTMLButtonElement>('button[data-message-id]') ?? []).find((b) => b.dataset.messageId === id);

/** The folder tabs and the messages of the open folder, newest first, live as categories change. */
export function MessageList({ folder, messages, selectedId, language, strings, className, onFolderChange, onSelect }: MessageListProps) {
  const styles = useStyles();
  const list = useRef<HTMLUListElement>(null);
  const now = new Date();

  useEffect(() => {
    // A message selected from outside the list (an opened .eml) must be seen selected.
    if (selectedId) itemButton(list.current, selectedId)?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = messages.findIndex((m) => m.id === selectedId);
    const next = messages[Math.min(messages.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (!next) return;
    onSelect(next.id);
    itemButton(event.currentTarget, next.id)?.focus();
  };

  return (
    <nav aria-label={strings.messages} className={mergeClasses(styles.root, className)}>
      {/* Plain toggle buttons, not a TabList: its focus helpers are aria-hidden yet focusable, which axe flags. */}
      <div role="group" aria-label={strings.folders} className={styles.folders}>
        {folders.map(([value, icon]) => (
          <ToggleButton key={value} size="small" appearance="subtle" icon={icon} checked={folder === value} onClick={() => onFolderChange(value)}>
            {strings[value]}
          </ToggleButton>
        ))}
      </div>
      {messages.length === 0 ? (
        <Text className={styles.empty}>{strings.noMessages}</Text>
      ) : (
        <ul ref={list} className={styles.list} data-testid="demo-message-list" onKeyDown={onKeyDown}>
          {messages.map((m) => {
            const selected = m.id === selectedId;
            const logged = m.categories.includes(LOGGED_CATEGORY);
            const files = m.attachments.some((a) => !a.isInline);
            return (
              <li key={m.id}>
                <button
                  type="button"
                  className={mergeClasses(styles.item, selected && styles.selected)}
                  data-testid="demo-message"
                  data-message-id={m.id}
                  aria-current={selected ? 'true' : undefined}
                  onClick={() => onSelect(m.id)}
                >
                  <span className={styles.sender}>{correspondent(m, strings)}</span>
                  <span className={styles.date}>{formatMessageDate(m.date, language, now)}</span>
                  <span className={styles.subject}>{m.subject || strings.noSubject}</span>
                  <span className={styles.marks}>
                    {files && <AttachRegular aria-label={strings.attachments} />}
                    {logged && (
                      <Badge appearance="tint" color="brand" size="small" data-testid="demo-category">
                        {LOGGED_CATEGORY}
                      </Badge>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
