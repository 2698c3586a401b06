import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Recognition } from '../../../../app/recognizeMessage';
import type { Client } from '../../../../domain/model/Client';
import type { HistoryEntry } from '../../../../domain/model/HistoryEntry';
import { storedParts, type StoredPart } from '../../../../domain/model/LoggingSettings';
import type { ReadItem } from '../../../../domain/ports';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { shrinkableFields } from '../../../ui/shrinkableFields';
import { useLive } from '../../../ui/useLive';
import { messageLoggingStrings } from '../messageLoggingStrings';
import { AutoLogNotice } from './AutoLogNotice';
import { ConversationLogSection } from './ConversationLogSection';
import { LogEmailSection } from './LogEmailSection';
import { NeverLogNotice } from './NeverLogNotice';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, ...shrinkableFields },
});

type MessageLoggingProps = {
  item: ReadItem;
  recognition: Recognition;
  loggedEntry: HistoryEntry | null;
  loggedClient: Client | null;
};

/**
 * Logging the open message under the team's rules: a never-logged message says why and offers
 * nothing to log; otherwise "Log email" with what the entry keeps (at most what the team allows),
 * the automatic log's undo, and the conversation's "3 of 5 logged" with "Log the rest".
 */
export function MessageLogging({ item, recognition, loggedEntry, loggedClient }: MessageLoggingProps) {
  const { t } = useT(messageLoggingStrings);
  const app = useApp();
  const styles = useStyles();
  const rules = useLive(() => app.logging.rules(), []);
  const [chosen, setChosen] = useState<StoredPart | null>(null);
  if (recognition.neverLog) return <NeverLogNotice reason={recognition.neverLog} />;
  const teamMaximum = rules.data?.team.storedPart ?? 'body';
  const allowed = storedParts.slice(0, storedParts.indexOf(teamMaximum) + 1);
  const storedPart = chosen && allowed.includes(chosen) ? chosen : teamMaximum;
  const clientId = loggedEntry?.clientId ?? recognition.clients[0]?.id ?? '';
  return (
    <div className={styles.stack}>
      {rules.data && !recognition.logged && recognition.clients.length > 0 && allowed.length > 1 && (
        <Field label={t('keep')}>
          <Select value={storedPart} title={t(`keep.${storedPart}`)} onChange={(_, d) => setChosen(d.value as StoredPart)}>
            {allowed.map((part) => (
              <option key={part} value={part}>
                {t(`keep.${part}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <LogEmailSection item={item} recognition={recognition} loggedEntry={loggedEntry} loggedClient={loggedClient} storedPart={storedPart} />
      <AutoLogNotice item={item} clients={recognition.clients} />
      {clientId && <ConversationLogSection item={item} clientId={clientId} />}
    </div>
  );
}
