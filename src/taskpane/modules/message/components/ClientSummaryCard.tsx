import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { Client } from '../../../../domain/model/Client';
import { useT } from '../../../i18n/useT';
import { PaneCard } from '../../../ui/PaneCard';
import { StatusBadge } from '../../../ui/StatusBadge';
import { messageStrings } from '../messageStrings';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  // Broken only at spaces: a day is one word (its spaces non-breaking), never split before its "р.".
  nextValue: { margin: 0, overflowWrap: 'break-word' },
  // The name above its status, as Fluent's CardHeader lays out a header and its description.
  header: { display: 'grid', alignItems: 'center', flexShrink: 0 },
  name: { overflowWrap: 'anywhere' },
  status: { display: 'flex' },
});

type ClientSummaryCardProps = {
  client: Pick<Client, 'name' | 'status'>;
  /** The owner's name, '—' for none. */
  owner: string;
  /** The next contact's day and kind, or null when none is planned. */
  nextContact: ReactNode;
  onOpen: () => void;
  /** What follows the card's button (the template offer). */
  children?: ReactNode;
};

/**
 * How home shows the open message's one client: drawn by ClientSummary in the app, and by the
 * pane's first paint (before the app has loaded) from the same records, so the two look alike.
 */
export function ClientSummaryCard({ client, owner, nextContact, onOpen, children }: ClientSummaryCardProps) {
  const { t } = useT(messageStrings);
  const styles = useStyles();
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
        <dd className={styles.value}>{owner}</dd>
        <dt className={styles.term}>{t('nextContact')}</dt>
        <dd className={styles.nextValue}>{nextContact ?? t('noNextContact')}</dd>
      </dl>
      <div>
        <Button appearance="secondary" icon={<OpenRegular />} onClick={onOpen}>
          {t('openCard')}
        </Button>
      </div>
      {children}
    </PaneCard>
  );
}
