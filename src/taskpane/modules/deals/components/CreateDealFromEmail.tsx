import { Button } from '@fluentui/react-components';
import { BriefcaseRegular, OpenRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Client } from '../../../../domain/model/Client';
import type { HistoryEntry } from '../../../../domain/model/HistoryEntry';
import type { ReadItem } from '../../../../domain/ports';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useNavigation } from '../../../ui/Route';
import { useLive } from '../../../ui/useLive';
import { dealsStrings } from '../dealsStrings';

type CreateDealFromEmailProps = { item: ReadItem; client: Client; loggedEntry: HistoryEntry | null };

/**
 * "Create a deal from this email": logs the message into the client's history when it is not yet
 * logged, opens a deal named after its subject, links the logged entry to it and shows the deal.
 * Once the email's entry belongs to a deal, the button opens that deal instead: pressed again, it
 * made a second deal and took the email off the first one's timeline.
 */
export function CreateDealFromEmail({ item, client, loggedEntry }: CreateDealFromEmailProps) {
  const { t } = useT(dealsStrings);
  const app = useApp();
  const { go } = useNavigation();
  const labelled = useFailedLabel();
  const [state, setState] = useState<{ phase: 'idle' | 'creating' } | { phase: 'failed'; failure: FailureWords }>({ phase: 'idle' });
  const ours = loggedEntry?.clientId === client.id ? loggedEntry : null;
  const linkedId = ours?.dealId ?? '';
  const linked = useLive(async () => (linkedId ? app.deals.queries.deal(linkedId) : null), [linkedId]);
  // A link to a deal since deleted leads nowhere: creating one is offered again.
  const linkedDeal = linked.data ?? null;

  const create = async () => {
    setState({ phase: 'creating' });
    try {
      let entry = ours;
      if (!entry) {
        const logged = await app.logEmail(item, client.id);
        if (logged.status === 'logged' || logged.status === 'already-logged') entry = logged.entry.clientId === client.id ? logged.entry : null;
      }
      // Linked meanwhile (another pane, a colleague's sync): that deal is the email's.
      const already = entry?.dealId ? await app.deals.queries.deal(entry.dealId) : null;
      if (already) {
        go({ screen: 'deal', dealId: already.id });
        setState({ phase: 'idle' });
        return;
      }
      const deal = await app.deals.create({ clientId: client.id, title: item.subject.trim() || client.name });
      if (entry) await app.deals.linkHistory(entry.id, deal.id);
      go({ screen: 'deal', dealId: deal.id });
      // Where the card is still drawn, Open deal takes the button's place once the new link is read.
      setState({ phase: 'idle' });
    } catch (error) {
      setState({ phase: 'failed', failure: labelled((message) => t('fromEmailFailed', { message }), error) });
    }
  };

  if (state.phase !== 'creating') {
    // Until the linked deal is read, neither button: one turning into the other under the keyboard would do what was not asked.
    if (linkedId && linked.loading) return null;
    if (linkedDeal) {
      return (
        <div>
          <Button icon={<OpenRegular />} onClick={() => go({ screen: 'deal', dealId: linkedDeal.id })}>
            {t('fromEmailOpen', { title: linkedDeal.title })}
          </Button>
        </div>
      );
    }
  }
  return (
    <div>
      <Button icon={<BriefcaseRegular />} disabled={state.phase === 'creating'} onClick={() => void create()}>
        {state.phase === 'creating' ? t('fromEmailCreating') : t('fromEmail')}
      </Button>
      {state.phase === 'failed' && <FailureMessage {...state.failure} />}
    </div>
  );
}
