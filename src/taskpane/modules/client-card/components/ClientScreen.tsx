import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useRef } from 'react';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useKeptWhileTyping } from '../../../ui/LeaveGuard';
import { LiveStatus } from '../../../ui/LiveStatus';
import { RecordNotFound } from '../../../ui/RecordNotFound';
import { useNavigation } from '../../../ui/Route';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useLive } from '../../../ui/useLive';
import { useRemembered } from '../../../ui/useRemembered';
import { HistoryPanel } from '../../history/components/HistoryPanel';
import { PlannedContactsPanel } from '../../history/components/PlannedContactsPanel';
import { clientCardStrings } from '../clientCardStrings';
import { CardTab } from './CardTab';
import { ClientTabs, type ClientTab } from './ClientTabs';
import { ContactsTab } from './ContactsTab';

const tabLabel = {
  card: 'tabCard',
  contacts: 'tabContacts',
  history: 'tabHistory',
  plans: 'tabPlans',
  deals: 'tabDeals',
  'service-cases': 'tabServiceCases',
} as const satisfies Record<ClientTab, string>;

// Deals and service cases load when their tab is first opened.
const DealsTab = lazy(() => import('../../deals/components/DealsTab').then((m) => ({ default: m.DealsTab })));
const ServiceCasesTab = lazy(() => import('../../service-cases/components/ServiceCasesTab').then((m) => ({ default: m.ServiceCasesTab })));

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { overflowWrap: 'anywhere', margin: 0 },
});

type ClientScreenProps = { clientId: string; tab?: ClientTab };

/** A client: its card, contacts, history and next contacts, one tab at a time in the narrow pane. */
export function ClientScreen({ clientId, tab = 'card' }: ClientScreenProps) {
  const { t } = useT(clientCardStrings);
  const app = useApp();
  const { back } = useNavigation();
  const styles = useStyles();
  const [current, setCurrent] = useRemembered<ClientTab>('tab', tab);
  const { data, loading, error } = useLive(() => app.queries.clientCard(clientId), [clientId]);
  const screen = useRef<HTMLDivElement>(null);
  const client = useKeptWhileTyping(data?.client, screen);

  if (error || loading || !data) return <LiveStatus error={error} loadingLabel={t('loading')} failedLabel={(message) => t('loadFailed', { message })} />;
  const { contacts, history, plans } = data;
  if (!client) return <RecordNotFound message={t('notFound')} backLabel={t('back')} onBack={back} className={styles.screen} />;

  const panelId = `client-tab-${current}`;
  return (
    <div ref={screen} className={styles.screen}>
      <div className={styles.heading}>
        <Text as="h1" size={500} weight="semibold" className={styles.name}>
          {client.name}
        </Text>
        <StatusBadge status={client.status} />
      </div>
      <ClientTabs
        selected={current}
        onSelect={setCurrent}
        panelId={panelId}
        labelOf={(tab) => t(tabLabel[tab])}
        label={t('sections')}
        more={t('moreTabs')}
        moreLabel={(n) => t('moreTabsLabel', { n })}
      />
      <div role="tabpanel" id={panelId} aria-labelledby={`${panelId}-button`}>
        {current === 'card' && <CardTab key={client.id} client={client} />}
        {current === 'contacts' && <ContactsTab clientId={client.id} contacts={contacts} />}
        {current === 'history' && <HistoryPanel clientId={client.id} history={history} contacts={contacts} plans={plans} />}
        {current === 'plans' && <PlannedContactsPanel clientId={client.id} plans={plans} contacts={contacts} />}
        {(current === 'deals' || current === 'service-cases') && (
          <Suspense fallback={<Spinner size="small" label={t('loading')} />}>
            {current === 'deals' ? <DealsTab clientId={client.id} /> : <ServiceCasesTab clientId={client.id} contacts={contacts} />}
          </Suspense>
        )}
      </div>
    </div>
  );
}
