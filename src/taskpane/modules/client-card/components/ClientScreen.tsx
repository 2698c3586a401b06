import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useNavigation } from '../../../ui/Route';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useLive } from '../../../ui/useLive';
import { HistoryPanel } from '../../history/components/HistoryPanel';
import { PlannedContactsPanel } from '../../history/components/PlannedContactsPanel';
import { clientCardStrings } from '../clientCardStrings';
import { CardTab } from './CardTab';
import { ContactsTab } from './ContactsTab';

type ClientTab = 'card' | 'contacts' | 'history' | 'plans' | 'deals' | 'service-cases';

// Deals and service cases load when their tab is first opened.
const DealsTab = lazy(() => import('../../deals/components/DealsTab').then((m) => ({ default: m.DealsTab })));
const ServiceCasesTab = lazy(() => import('../../service-cases/components/ServiceCasesTab').then((m) => ({ default: m.ServiceCasesTab })));

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { overflowWrap: 'anywhere', margin: 0 },
  tabs: { flexWrap: 'wrap' },
});

type ClientScreenProps = { clientId: string; tab?: ClientTab };

/** A client: its card, contacts, history and next contacts, one tab at a time in the narrow pane. */
export function ClientScreen({ clientId, tab = 'card' }: ClientScreenProps) {
  const { t } = useT(clientCardStrings);
  const app = useApp();
  const { back } = useNavigation();
  const styles = useStyles();
  const [selected, setSelected] = useState<{ clientId: string; tab: ClientTab }>({ clientId, tab });
  const current = selected.clientId === clientId ? selected.tab : tab;
  const { data, loading, error } = useLive(() => app.queries.clientCard(clientId), [clientId]);

  if (error) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t('loadFailed', { message: error instanceof Error ? error.message : String(error) })}</MessageBarBody>
      </MessageBar>
    );
  }
  if (loading || !data) return <Spinner size="small" label={t('loading')} />;
  const { client, contacts, history, plans } = data;
  if (!client) {
    return (
      <div className={styles.screen}>
        <MessageBar intent="warning">
          <MessageBarBody>{t('notFound')}</MessageBarBody>
        </MessageBar>
        <div>
          <Button icon={<ArrowLeftRegular />} onClick={back}>
            {t('back')}
          </Button>
        </div>
      </div>
    );
  }

  const panelId = `client-tab-${current}`;
  return (
    <div className={styles.screen}>
      <div className={styles.heading}>
        <Text as="h1" size={500} weight="semibold" className={styles.name}>
          {client.name}
        </Text>
        <StatusBadge status={client.status} />
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t('sections')}
        selectedValue={current}
        onTabSelect={(_, d) => setSelected({ clientId, tab: d.value as ClientTab })}
      >
        <Tab value="card" id="client-tab-card-button" aria-controls={panelId}>
          {t('tabCard')}
        </Tab>
        <Tab value="contacts" id="client-tab-contacts-button" aria-controls={panelId}>
          {t('tabContacts')}
        </Tab>
        <Tab value="history" id="client-tab-history-button" aria-controls={panelId}>
          {t('tabHistory')}
        </Tab>
        <Tab value="plans" id="client-tab-plans-button" aria-controls={panelId}>
          {t('tabPlans')}
        </Tab>
        <Tab value="deals" id="client-tab-deals-button" aria-controls={panelId}>
          {t('tabDeals')}
        </Tab>
        <Tab value="service-cases" id="client-tab-service-cases-button" aria-controls={panelId}>
          {t('tabServiceCases')}
        </Tab>
      </TabList>
      <div role="tabpanel" id={panelId} aria-labelledby={`${panelId}-button`}>
        {current === 'card' && <CardTab key={client.id} client={client} />}
        {current === 'contacts' && <ContactsTab clientId={client.id} contacts={contacts} />}
        {current === 'history' && <HistoryPanel clientId={client.id} history={history} contacts={contacts} plans={plans} />}
        {current === 'plans' && <PlannedContactsPanel clientId={client.id} plans={plans} />}
        {(current === 'deals' || current === 'service-cases') && (
          <Suspense fallback={<Spinner size="small" label={t('loading')} />}>
            {current === 'deals' ? <DealsTab clientId={client.id} /> : <ServiceCasesTab clientId={client.id} contacts={contacts} />}
          </Suspense>
        )}
      </div>
    </div>
  );
}
