import { lazy, Suspense } from 'react';
import type { Client } from '../../../../domain/model/Client';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { formatDay, localIsoDate } from '../../../ui/localDates';
import { useNavigation } from '../../../ui/Route';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { useLive } from '../../../ui/useLive';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { OverdueSince } from '../../today/components/OverdueSince';
import type { RecordAndPlanDraft } from '../../history/RecordAndPlanDraft';
import { messageStrings } from '../messageStrings';
import { ClientSummaryCard } from './ClientSummaryCard';

// Mailings load with the first template offered, not with the pane's first view.
const NewEmailFromTemplate = lazy(() => import('../../mailings/components/NewEmailFromTemplate').then((m) => ({ default: m.NewEmailFromTemplate })));
// History's forms come with the client card's chunk, which the first view does without.
const RecordAndPlan = lazy(() => import('../../history/components/RecordAndPlan').then((m) => ({ default: m.RecordAndPlan })));

/**
 * `draft`: Record contact and Plan next contact as kept with the open message (MessageDrafts).
 * `senderEmail`: who the open message is from ('' for one being written).
 */
type ClientSummaryProps = { client: Client; draft: RecordAndPlanDraft; senderEmail: string };

/**
 * The one client an open message belongs to, at a glance, one click from its card; the contact
 * the message was about is recorded and the next one planned right here, as in History.
 */
export function ClientSummary({ client, draft, senderEmail }: ClientSummaryProps) {
  const { locale } = useT(messageStrings);
  const app = useApp();
  const { go } = useNavigation();
  const { labelOf } = useReferenceItems();
  const { nameOf } = usePeopleNames();
  const { data } = useLive(() => app.queries.clientCard(client.id), [client.id]);
  const now = app.clock.now();
  const next = (data?.plans ?? []).filter((p) => p.status === 'open').sort((a, b) => a.due.localeCompare(b.due))[0];
  const day = next ? formatDay(next.due, locale, now) : '';
  // A call or meeting noted from a contact person's email was, most often, with them: Record
  // contact starts with them chosen, where it made everyone pick them by hand.
  const sender = senderEmail.trim().toLowerCase();
  const senderContact = sender ? data?.contacts.find((c) => c.emails.some((e) => e.trim().toLowerCase() === sender)) : undefined;
  return (
    <ClientSummaryCard
      client={client}
      owner={client.owner.trim() ? nameOf(client.owner) : '—'}
      nextContact={
        next ? (
          // Worded as the first paint words it (drawFirstPaint), so the hand-over finds the same card. A
          // narrow card breaks the line before "·", never after it: the kind stays with its separator.
          <>
            {next.due < localIsoDate(now) ? <OverdueSince day={day} /> : day}
            {` ·\u00a0${labelOf('historyType', next.kind)}`}
          </>
        ) : null
      }
      onOpen={() => go({ screen: 'client', clientId: client.id })}
    >
      <Suspense fallback={null}>
        {data && <RecordAndPlan clientId={client.id} contacts={data.contacts} plans={data.plans} quiet kept={draft} contactId={senderContact?.id} />}
        <NewEmailFromTemplate clientId={client.id} contact={(data?.contacts ?? []).find((c) => c.emails.length > 0) ?? null} />
      </Suspense>
    </ClientSummaryCard>
  );
}
