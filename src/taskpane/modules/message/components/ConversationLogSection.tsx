import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { ChatMultipleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { LogRestReport } from '../../../../app/conversationLogging';
import { TeamConnectError, type TeamConnectReason } from '../../../../app/team/TeamConnectError';
import type { ReadItem } from '../../../../domain/ports';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useLive } from '../../../ui/useLive';
import { useMailboxFailureWords } from '../hooks/useMailboxFailureWords';
import { messageLoggingStrings } from '../messageLoggingStrings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type ConversationLogSectionProps = { item: ReadItem; clientId: string };

/** `code`: what an administrator can look up, shown under 'failed'; never the library's sentence. */
type SignInState = { phase: 'idle' | 'signing-in'; attempt: number } | { phase: 'failed'; attempt: number; reason: SignInFailure; code: string | null };

/** The reasons a sign-in (not the rest of Connect) fails for. */
type SignInFailure = Exclude<TeamConnectReason, 'wrong-url' | 'no-permission' | 'lists-outdated'>;

type RestState = { phase: 'idle' } | { phase: 'logging' } | { phase: 'done'; report: LogRestReport } | { phase: 'failed'; error: unknown };

/** "3 of 5 logged" for the open message's conversation, and logging the rest in one click. */
export function ConversationLogSection({ item, clientId }: ConversationLogSectionProps) {
  const { t } = useT(messageLoggingStrings);
  const app = useApp();
  const styles = useStyles();
  const failureWords = useMailboxFailureWords();
  const [state, setState] = useState<RestState>({ phase: 'idle' });
  const [signIn, setSignIn] = useState<SignInState>({ phase: 'idle', attempt: 0 });
  // A sign-in re-runs the query (its attempt is part of the key): the whole thread shows without a reload.
  const status = useLive(() => app.logging.conversationStatus(item), [item.itemId, item.conversationId, signIn.attempt]);
  const thread = status.data;
  // A single message is no conversation; where the host cannot list threads there is nothing to show.
  // A connected team that needs sign-in says so even before a second message is known.
  if (!thread || (thread.total < 2 && thread.coverage !== 'sign-in-needed')) return null;
  const startSignIn = async () => {
    setSignIn({ phase: 'signing-in', attempt: signIn.attempt });
    try {
      await app.logging.signInForConversations();
      setSignIn({ phase: 'idle', attempt: signIn.attempt + 1 });
    } catch (e) {
      const failure = e instanceof TeamConnectError ? e : null;
      setSignIn({ phase: 'failed', attempt: signIn.attempt, reason: signInFailure(failure?.reason), code: failure?.code ?? null });
    }
  };
  const logRest = async () => {
    setState({ phase: 'logging' });
    try {
      setState({ phase: 'done', report: await app.logging.logRestOfConversation(item, clientId) });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  };
  return (
    <section className={styles.section} aria-label={t('conversation')} data-testid="conversation-log">
      <div className={styles.row}>
        <ChatMultipleRegular aria-hidden />
        <Text>{t(thread.coverage === 'whole' ? 'threadStatus' : 'threadPartial', { logged: thread.logged, total: thread.total })}</Text>
        {thread.rest.length > 0 && (
          <Button size="small" disabled={state.phase === 'logging' || !clientId} onClick={logRest}>
            {state.phase === 'logging' ? t('loggingRest') : t('logRest')}
          </Button>
        )}
      </div>
      {thread.coverage === 'not-connected' && <Caption1 data-testid="conversation-needs-team">{t('threadNeedsTeam')}</Caption1>}
      {thread.coverage === 'sign-in-needed' && (
        <div className={styles.row} data-testid="conversation-needs-sign-in">
          <Caption1>{t('threadNeedsSignIn')}</Caption1>
          <Button size="small" disabled={signIn.phase === 'signing-in'} onClick={startSignIn}>
            {signIn.phase === 'signing-in' ? t('signingIn') : t('signIn')}
          </Button>
        </div>
      )}
      {signIn.phase === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t(`signInFailed.${signIn.reason}`)}
            {/* A known reason says what to do; only the unknown one needs the administrator. */}
            {signIn.reason === 'failed' && signIn.code && <Caption1 block>{t('signInFailed.code', { code: signIn.code })}</Caption1>}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'done' && (
        <MessageBar intent={state.report.failed ? 'warning' : 'success'}>
          <MessageBarBody>
            {t('restReport', { logged: state.report.logged, already: state.report.alreadyLogged, never: state.report.neverLogged, failed: state.report.failed })}
          </MessageBarBody>
        </MessageBar>
      )}
      {/* Log the rest stays above it: choosing it again is the retry, and nothing was logged. */}
      {state.phase === 'failed' && <FailureMessage {...failureWords('logRestFailed', state.error)} />}
    </section>
  );
}

function signInFailure(reason: TeamConnectReason | undefined): SignInFailure {
  return reason === undefined || reason === 'wrong-url' || reason === 'no-permission' || reason === 'lists-outdated' ? 'failed' : reason;
}
