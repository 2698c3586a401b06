import { lazy, Suspense } from 'react';
import type { Client } from '../../../../domain/model/Client';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { formatDay } from '../../../ui/localDates';
import { useNavigation } from '../../../ui/Route';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { useLive } from '../../../ui/useLive';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { messageStrings } from '../messageStrings';
import { ClientSummaryCard } from './ClientSummaryCard';

// Mailings load with the first template offered, not with the pane's first view.
const NewEmailFromTemplate = lazy(() => import('../../mailings/components/NewEmailFromTemplate').then((m) => ({ default: m.NewEmailFromTemplate })));

type ClientSummaryProps = { client: Client };

/** The one client an open message belongs to, at a glance, one click from its card. */
export function ClientSummary({ client }: ClientSummaryProps) {
  const { locale } = useT(messageStrings);
  const app = useApp();
  const { go } = useNavigation();
  const { labelOf } = useReferenceItems();
  const { nameOf } = usePeopleNames();
  const { data } = useLive(() => app.queries.clientCard(client.id), [client.id]);
  const next = (data?.plans ?? []).filter((p) => p.status === 'open').sort((a, b) => a.due.localeCompare(b.due))[0];
  return (
    <ClientSummaryCard
      client={client}
      owner={client.owner.trim() ? nameOf(client.owner) : '—'}
      nextContact={next ? `${formatDay(next.due, locale, app.clock.now())} · ${labelOf('historyType', next.kind)}` : null}
      onOpen={() => go({ screen: 'client', clientId: client.id })}
    >
      <Suspense fallback={null}>
        <NewEmailFromTemplate clientId={client.id} contact={(data?.contacts ?? []).find((c) => c.emails.length > 0) ?? null} />
      </Suspense>
    </ClientSummaryCard>
  );
}
