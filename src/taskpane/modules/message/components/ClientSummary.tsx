import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { lazy, Suspense } from 'react';
import type { Client } from '../../../../domain/model/Client';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { formatDay } from '../../../ui/localDates';
import { PaneCard } from '../../../ui/PaneCard';
import { useNavigation } from '../../../ui/Route';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { useLive } from '../../../ui/useLive';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { messageStrings } from '../messageStrings';

// Mailings load with the first template offered, not with the pane's first view.
const NewEmailFromTemplate = lazy(() => import('../../mailings/components/NewEmailFromTemplate').then((m) => ({ default: m.NewEmailFromTemplate })));

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  // The name above its status, as Fluent's CardHeader lays out a header and its description.
  header: { display: 'grid', alignItems: 'center', flexShrink: 0 },
  name: { overflowWrap: 'anywhere' },
  status: { display: 'flex' },
});

type ClientSummaryProps = { client: Client };

/** The one client an open message belongs to, at a glance, one click from its card. */
export function ClientSummary({ client }: ClientSummaryProps) {
  const { t, locale } = useT(messageStrings);
  const app = useApp();
  const { go } = useNavigation();
  const { labelOf } = useReferenceItems();
  const { nameOf } = usePeopleNames();
  const styles = useStyles();
  const { data } = useLive(() => app.queries.clientCard(client.id), [client.id]);
  const next = (data?.plans ?? []).filter((p) => p.status === 'open').sort((a, b) => a.due.localeCompare(b.due))[0];
  return (
    <PaneCard>
      <div className={styles.header}>
        <Text as="h2" size={400} weight="semibold" className={styles.name}>
          {client.name}
        </Text>
        <div className={styles.status}>
          <StatusBadge status={client.status} />
        </div>
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('owner')}</dt>
        <dd className={styles.value}>{client.owner.trim() ? nameOf(client.owner) : '—'}</dd>
        <dt className={styles.term}>{t('nextContact')}</dt>
        <dd className={styles.value}>
          {next ? `${formatDay(next.due, locale, app.clock.now())} · ${labelOf('historyType', next.kind)}` : t('noNextContact')}
        </dd>
      </dl>
      <div>
        <Button appearance="secondary" icon={<OpenRegular />} onClick={() => go({ screen: 'client', clientId: client.id })}>
          {t('openCard')}
        </Button>
      </div>
      <Suspense fallback={null}>
        <NewEmailFromTemplate clientId={client.id} contact={(data?.contacts ?? []).find((c) => c.emails.length > 0) ?? null} />
      </Suspense>
    </PaneCard>
  );
}
