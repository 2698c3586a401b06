import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { errorMessage } from '../../../../domain/errorMessage';
import type { Client } from '../../../../domain/model/Client';
import type { ReadItem } from '../../../../domain/ports';
import { useT } from '../../../i18n/useT';
import { useAutoLog } from '../hooks/useAutoLog';
import { messageLoggingStrings } from '../messageLoggingStrings';
import { UndoneMessage } from './UndoneMessage';

type AutoLogNoticeProps = { item: ReadItem; clients: Client[] };

/** Tells the user the message was logged without a click, with one-click undo, and what the Sent Items sweep logged. */
export function AutoLogNotice({ item, clients }: AutoLogNoticeProps) {
  const { t } = useT(messageLoggingStrings);
  const { state, sent, undo } = useAutoLog(item);
  const sentNotice =
    sent.phase === 'failed' ? (
      <MessageBar intent="warning">
        <MessageBarBody>{t('sentFailed', { message: errorMessage(sent.error) })}</MessageBarBody>
      </MessageBar>
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
  if (state.phase === 'undoing') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('undoing')}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.phase === 'undone') return <UndoneMessage report={state.report} />;
  if (state.phase === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t('undoFailed', { message: errorMessage(state.error) })}</MessageBarBody>
      </MessageBar>
    );
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
