import { Button, Field, Input, makeStyles, mergeClasses, Subtitle2, tokens, type Theme } from '@fluentui/react-components';
import { ComposeRegular, DismissRegular, DocumentRegular, SendRegular } from '@fluentui/react-icons';
import { useCallback, useSyncExternalStore, type ReactNode } from 'react';
import type { DemoLanguage, DemoMailbox } from '../adapters/office/demo/DemoMailbox';
import { messageDocument } from './messageDocument';

const strings = {
  en: { newMessage: 'New message', to: 'To', subject: 'Subject', send: 'Send', discard: 'Discard', body: 'Message body', attachments: 'Attachments' },
  uk: { newMessage: 'Новий лист', to: 'Кому', subject: 'Тема', send: 'Надіслати', discard: 'Скасувати', body: 'Текст листа', attachments: 'Вкладення' },
} satisfies Record<'en' | 'uk', Record<string, string>>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, flexGrow: 1 },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL, minHeight: 0, flexGrow: 1 },
  body: { flexGrow: 1, minHeight: '240px', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  attachments: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', listStyleType: 'none', margin: 0, padding: 0 },
});

export type ComposePaneProps = { mailbox: DemoMailbox; language: DemoLanguage; theme: Theme; className?: string; children: ReactNode };

let sentCount = 0;

/**
 * The demo's compose window: "New message" opens a draft that the pane sees as a compose item
 * (templates are inserted into it); Send puts it in the Sent folder. Without a draft it shows
 * its children (the reading pane).
 */
export function ComposePane({ mailbox, language, theme, className, children }: ComposePaneProps) {
  const styles = useStyles();
  const s = strings[language === 'uk-UA' ? 'uk' : 'en'];
  const compose = mailbox.compose;
  const subscribe = useCallback((changed: () => void) => compose.on(changed), [compose]);
  const draft = useSyncExternalStore(subscribe, () => compose.draft());

  if (!draft) {
    return (
      <div className={mergeClasses(styles.root, className)}>
        <div className={styles.bar}>
          <Button icon={<ComposeRegular />} onClick={() => compose.open()}>
            {s.newMessage}
          </Button>
        </div>
        {children}
      </div>
    );
  }

  const send = () => {
    const id = `demo-sent-${Date.now().toString(36)}-${++sentCount}`;
    mailbox.send({
      id,
      internetMessageId: `<${id}@clientbook.example>`,
      conversationId: id,
      subject: draft.subject,
      from: { name: mailbox.profile.displayName, email: mailbox.profile.email },
      sender: null,
      to: draft.to,
      cc: [],
      date: new Date().toISOString(),
      body: { kind: 'html', content: draft.html },
      attachments: draft.attachments.map((a) => ({ name: a.name, contentType: a.contentType, size: Math.floor((a.contentBase64.length * 3) / 4), isInline: false })),
    });
    compose.close();
  };

  const toText = draft.to.map((p) => p.email).join('; ');
  const { srcDoc } = messageDocument({ kind: 'html', content: draft.html }, false, theme);
  return (
    <section className={mergeClasses(styles.root, className)} aria-labelledby="demo-compose-heading" data-testid="demo-compose">
      <div className={styles.form}>
        <Subtitle2 as="h2" id="demo-compose-heading">
          {s.newMessage}
        </Subtitle2>
        <Field label={s.to}>
          <Input
            value={toText}
            onChange={(_, d) =>
              compose.setTo(
                d.value
                  .split(/[;,]\s*/)
                  .filter(Boolean)
                  .map((email) => ({ name: draft.to.find((p) => p.email === email)?.name ?? '', email: email.trim() })),
              )
            }
          />
        </Field>
        <Field label={s.subject}>
          <Input value={draft.subject} onChange={(_, d) => void compose.setSubject(d.value)} />
        </Field>
        <iframe className={styles.body} title={s.body} sandbox="" srcDoc={srcDoc} data-testid="demo-compose-body" />
        {draft.attachments.length > 0 && (
          <ul className={styles.attachments} aria-label={s.attachments}>
            {draft.attachments.map((a, i) => (
              <li key={i}>
                <DocumentRegular /> {a.name}
              </li>
            ))}
          </ul>
        )}
        <div className={styles.bar}>
          <Button appearance="primary" icon={<SendRegular />} disabled={!draft.to.length} onClick={send}>
            {s.send}
          </Button>
          <Button icon={<DismissRegular />} onClick={() => compose.close()}>
            {s.discard}
          </Button>
        </div>
      </div>
    </section>
  );
}
