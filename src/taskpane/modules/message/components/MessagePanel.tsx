import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useEffect, useState } from 'react';
import { composeFailureOf } from '../../../../app/composeFailureOf';
import type { MailItem } from '../../../../domain/ports';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FailureMessage } from '../../../ui/FailureMessage';
import { failureStrings } from '../../../ui/failureStrings';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import { RecordAndPlanDraft } from '../../history/RecordAndPlanDraft';
import { useRecognition } from '../hooks/useRecognition';
import type { MessageDrafts } from '../MessageDrafts';
import { messageStrings } from '../messageStrings';
import { ClientSummary } from './ClientSummary';
import { MessageLogging } from './MessageLogging';
import { ParticipantRow } from './ParticipantRow';

// Deals load only when a message belongs to a client, keeping the home view's first load small.
const CreateDealFromEmail = lazy(() => import('../../deals/components/CreateDealFromEmail').then((m) => ({ default: m.CreateDealFromEmail })));
// Only while a draft typed on another message is kept.
const KeptDraftNotice = lazy(() => import('./KeptDraftNotice').then((m) => ({ default: m.KeptDraftNotice })));

const useStyles = makeStyles({
  plain: { margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

/** `drafts`: the pane's, where the card keeps Record contact and Plan next contact as left; without them it keeps nothing. */
type MessagePanelProps = { item: MailItem; drafts?: MessageDrafts };

/** The open message: who is in it, which client it belongs to, and logging it in one click. */
export function MessagePanel({ item, drafts }: MessagePanelProps) {
  const { t } = useT(messageStrings);
  const labelled = useFailedLabel();
  const { t: failure } = useT(failureStrings);
  const styles = useStyles();
  const { readItem, recognition, loggedEntry, loggedClient, loading, error, refreshRecipients } = useRecognition(item);
  const app = useApp();
  // A message Outlook can move away from and back to: one read, with an id.
  const kept = item.mode === 'read' && item.itemId ? item : null;
  const [draft] = useState(() => (kept && drafts?.of(kept.itemId)) || new RecordAndPlanDraft());
  useEffect(() => {
    if (!drafts || !kept) return;
    drafts.hold(kept, draft);
    // The card goes as Outlook moves to another message (typing kept), or as the manager leaves home,
    // which asked first if a form held typing: then nothing is kept.
    return () => {
      if (!draft.typedForm || app.host.currentItem()?.itemId === kept.itemId) drafts.drop(kept.itemId);
    };
  }, [app, drafts, kept, draft]);

  const compose = item.mode === 'compose';
  if (error) {
    // Outlook's reason for not giving a draft's recipients is its English: the words, its code, and the way to ask again.
    const outlook = composeFailureOf(error);
    if (outlook) {
      const again = compose && (
        <Button size="small" icon={<ArrowSyncRegular />} onClick={refreshRecipients}>
          {t('checkRecipients')}
        </Button>
      );
      return <FailureMessage text={t('recipientsFailed')} code={outlook.code && failure('code', { code: outlook.code })} action={again} />;
    }
    return <FailureMessage {...labelled((message) => t('recogniseFailed', { message }), error)} />;
  }
  if (loading || !recognition) return <Spinner size="small" label={t('recognising')} />;

  const { matches, clients } = recognition;
  const logSection = readItem && (
    <MessageLogging key={readItem.itemId} item={readItem} recognition={recognition} loggedEntry={loggedEntry} loggedClient={loggedClient} />
  );
  // Nobody matched: creating the client from the first unknown person is what the manager came for.
  const firstCreatable = clients.length ? -1 : matches.findIndex((m) => m.kind === 'unknown' && m.reason !== 'invalid-address');
  return (
    <div className={styles.panel}>
      {drafts && drafts.typedElsewhere(item.itemId).length > 0 && (
        <Suspense fallback={null}>
          <KeptDraftNotice drafts={drafts} itemId={item.itemId} />
        </Suspense>
      )}
      {readItem && !readItem.from && !readItem.sender && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('noSender')}</MessageBarBody>
        </MessageBar>
      )}
      {clients.length === 1 && clients[0] && <ClientSummary client={clients[0]} draft={draft} senderEmail={readItem?.from?.email ?? ''} />}
      {/* With a client, logging is the next step; without one, the participants (and "Create client") come first. */}
      {clients.length > 0 && logSection}
      {readItem && item.mode === 'read' && clients.length === 1 && clients[0] && (
        <Suspense fallback={null}>
          <CreateDealFromEmail item={readItem} client={clients[0]} loggedEntry={loggedEntry} />
        </Suspense>
      )}
      <section aria-labelledby="message-participants">
        <Text as="h2" size={400} weight="semibold" id="message-participants">
          {compose ? t('recipients') : t('inConversation')}
        </Text>
        {matches.length ? (
          <ul className={styles.list}>
            {/* Keyed by address alone: a colleague just added as a contact stays the same row, which hands the focus on. */}
            {matches.map((m, i) => (
              <ParticipantRow key={m.participant.email} match={m} item={readItem} prominent={i === firstCreatable} />
            ))}
          </ul>
        ) : (
          <Text as="p" className={styles.plain}>{compose ? t('noRecipients') : t('noParticipants')}</Text>
        )}
        {compose && (
          <Button appearance="subtle" icon={<ArrowSyncRegular />} onClick={refreshRecipients}>
            {t('checkRecipients')}
          </Button>
        )}
      </section>
      {clients.length === 0 && logSection}
    </div>
  );
}
