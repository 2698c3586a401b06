import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import type { Client } from '../../../../domain/model/Client';
import type { ReadItem } from '../../../../domain/ports';
import { useT } from '../../../i18n/useT';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useFailureWords } from '../../../ui/useFailureWords';
import { useAutoLog } from '../hooks/useAutoLog';
import { useMailboxFailureWords } from '../hooks/useMailboxFailureWords';
import { useUndoRefusalWords } from '../hooks/useUndoRefusalWords';
import { messageLoggingStrings } from '../messageLoggingStrings';
import { UndoneMessage } from './UndoneMessage';

type AutoLogNoticeProps = { item: ReadItem; clients: Client[] };

/** Tells the user the message was logged without a click, with one-click undo, and what the Sent Items sweep logged. */
export function AutoLogNotice({ item, clients }: AutoLogNoticeProps) {
  const { t } = useT(messageLoggingStrings);
  const mailboxWords = useMailboxFailureWords();
  const { state, sent, undo } = useAutoLog(item);
  const sentNotice =
    sent.phase === 'failed' ? (
      // A warning: the sweep runs again after the next sync by itself.
      <FailureMessage intent="warning" {...mailboxWords('sentFailed', sent.error)} />
    ) : sent.phase === 'done' && sent.failed > 0 ? (
      <MessageBar intent="warning" data-testid="sent-auto-log-failed">
        <MessageBarBody>{t(sent.retrying ? 'sentRetrying' : 'sentPartlyFailed', { count: sent.logged, failed: sent.failed })}</MessageBarBody>
      </MessageBar>
    ) : sent.phase === 'done' && sent.logged > 0 ? (
      <MessageBar intent="success" data-testid="sent-auto-logged">
        <MessageBarBody>{t('sentLogged', { count: sent.logged })}</MessageBarBody>
      </MessageBar>
    ) : null;
  return (
    <>
      <OpenedMessageNotice state={state} clients={clients} undo={undo} />
      {sentNotice}
    </>
  );
}

type OpenedMessageNoticeProps = Pick<ReturnType<typeof useAutoLog>, 'state' | 'undo'> & { clients: Client[] };

function OpenedMessageNotice({ state, clients, undo }: OpenedMessageNoticeProps) {
  const { t } = useT(messageLoggingStrings);
  const failureWords = useFailureWords();
  const undoRefusal = useUndoRefusalWords();
  if (state.phase === 'undoing') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('undoing')}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.phase === 'undone') return <UndoneMessage report={state.report} />;
  if (state.phase === 'failed') return <FailureMessage {...failureWords(t('autoLogFailed'), state.error)} />;
  if (state.phase === 'undo-failed') {
    // Undo refuses an entry that is gone (undone in another pane) or not the user's own: trying again would change nothing.
    const refusal = undoRefusal(state.error);
    if (refusal) return <FailureMessage text={refusal} code={null} />;
    const undoAgain = (
      <Button size="small" icon={<ArrowUndoRegular />} onClick={() => undo(state.entryId)}>
        {t('undo')}
      </Button>
    );
    return <FailureMessage {...failureWords(t('undoFailed'), state.error)} action={undoAgain} />;
  }
  if (state.phase !== 'done' || state.outcome.kind !== 'done' || state.outcome.result.status !== 'logged') return null;
  const { entry } = state.outcome.result;
  const client = clients.find((c) => c.id === entry.clientId)?.name ?? '';
  return (
    <MessageBar intent="success" data-testid="auto-logged">
      <MessageBarBody>{t('autoLogged', { client })}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" icon={<ArrowUndoRegular />} onClick={() => undo(entry.id)}>
          {t('undo')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
