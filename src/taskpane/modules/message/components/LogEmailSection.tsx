import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { LogEmailError } from '../../../../app/logEmail';
import type { Recognition } from '../../../../app/recognizeMessage';
import type { Client } from '../../../../domain/model/Client';
import type { HistoryEntry } from '../../../../domain/model/HistoryEntry';
import type { StoredPart } from '../../../../domain/model/LoggingSettings';
import type { ReadItem } from '../../../../domain/ports';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import { formatWhen } from '../../../ui/localDates';
import { useLogEmail } from '../hooks/useLogEmail';
import { messageStrings } from '../messageStrings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type LogEmailSectionProps = {
  item: ReadItem;
  recognition: Recognition;
  loggedEntry: HistoryEntry | null;
  loggedClient: Client | null;
  /** What the entry keeps (issue 7); absent: what the team allows. */
  storedPart?: StoredPart;
};

/** "Log email": one click into the matched client's history; a logged message says so, with who and when. */
export function LogEmailSection({ item, recognition, loggedEntry, loggedClient, storedPart }: LogEmailSectionProps) {
  const { t, locale } = useT(messageStrings);
  const labelled = useFailedLabel();
  const app = useApp();
  const styles = useStyles();
  const { state, log } = useLogEmail(item);
  const { clients, matches } = recognition;
  const [chosen, setChosen] = useState('');
  const clientId = clients.some((c) => c.id === chosen) ? chosen : (clients[0]?.id ?? '');
  const contactIds = matches.flatMap((m) => (m.kind === 'contact' && m.client.id === clientId ? [m.contact.id] : []));
  const logged = recognition.logged || (state.phase === 'done' && 'entry' in state.result);

  const result = state.phase === 'done' ? state.result : null;
  const entry = loggedEntry ?? (result && 'entry' in result ? result.entry : null);
  const entryClient = loggedClient ?? clients.find((c) => c.id === entry?.clientId) ?? null;
  const clientName = entryClient?.name ?? '';

  if (!clients.length && !logged) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('noClientToLog')}</MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <section className={styles.section} aria-label={t('logEmail')}>
      {clients.length > 1 && !logged && (
        <Field label={t('logTo')}>
          <Select value={clientId} onChange={(_, d) => setChosen(d.value)}>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div>
        <Button
          appearance="primary"
          icon={logged ? <CheckmarkCircleRegular /> : <SaveRegular />}
          // Focusable while it cannot act: the button a keyboard user just pressed keeps the focus
          // when it turns to "Logging…" and "Logged", instead of dropping it to the page.
          disabledFocusable={logged || state.phase === 'logging' || !clientId}
          onClick={() => log(clientId, contactIds, storedPart)}
        >
          {state.phase === 'logging' ? t('logging') : logged ? t('logged') : t('logEmail')}
        </Button>
      </div>
      {result?.status === 'logged' && (
        <MessageBar intent="success">
          <MessageBarBody>{t('loggedTo', { client: clientName })}</MessageBarBody>
        </MessageBar>
      )}
      {entry && result?.status !== 'logged' && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t('alreadyLogged')}</MessageBarTitle>
            {t('loggedBy', { client: clientName, author: entry.authorName || entry.author, when: formatWhen(entry.createdAt, locale, app.clock.now()) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && 'mark' in result && !result.mark.ok && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('markFailed')}</MessageBarBody>
        </MessageBar>
      )}
      {result?.status === 'no-message-id' && (
        <MessageBar intent="error">
          <MessageBarBody>{t('noMessageId')}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'failed' &&
        // Outlook's reason for not giving the body is its English: the words say what can be done instead.
        (state.error instanceof LogEmailError ? (
          <FailureMessage text={t('logFailed.body')} code={null} />
        ) : (
          <FailureMessage {...labelled((message) => t('logFailed', { message }), state.error)} />
        ))}
    </section>
  );
}
