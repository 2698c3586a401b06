import { Button } from '@fluentui/react-components';
import { BriefcaseRegular } from '@fluentui/react-icons';
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
import { dealsStrings } from '../dealsStrings';

type CreateDealFromEmailProps = { item: ReadItem; client: Client; loggedEntry: HistoryEntry | null };

/**
 * "Create a deal from this email": logs the message into the client's history when it is not yet
 * logged, opens a deal named after its subject, links the logged entry to it and shows the deal.
 */
export function CreateDealFromEmail({ item, client, loggedEntry }: CreateDealFromEmailProps) {
  const { t } = useT(dealsStrings);
  const app = useApp();
  const { go } = useNavigation();
  const labelled = useFailedLabel();
  const [state, setState] = useState<{ phase: 'idle' | 'creating' } | { phase: 'failed'; failure: FailureWords }>({ phase: 'idle' });

  const create = async () => {
    setState({ phase: 'creating' });
    try {
      let entry = loggedEntry?.clientId === client.id ? loggedEntry : null;
      if (!entry) {
        const logged = await app.logEmail(item, client.id);
        if (logged.status === 'logged' || logged.status === 'already-logged') entry = logged.entry.clientId === client.id ? logged.entry : null;
      }
      const deal = await app.deals.create({ clientId: client.id, title: item.subject.trim() || client.name });
      if (entry) await app.deals.linkHistory(entry.id, deal.id);
      go({ screen: 'deal', dealId: deal.id });
    } catch (error) {
      setState({ phase: 'failed', failure: labelled((message) => t('fromEmailFailed', { message }), error) });
    }
  };

  return (
    <div>
      <Button icon={<BriefcaseRegular />} disabled={state.phase === 'creating'} onClick={() => void create()}>
        {state.phase === 'creating' ? t('fromEmailCreating') : t('fromEmail')}
      </Button>
      {state.phase === 'failed' && <FailureMessage {...state.failure} />}
    </div>
  );
}
