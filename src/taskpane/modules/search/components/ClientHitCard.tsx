import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { GlobeRegular, PersonRegular } from '@fluentui/react-icons';
import type { ClientSearchHit } from '../../../../domain/ports';
import { useT } from '../../../i18n/useT';
import { ClientCardShell } from '../../../ui/ClientCardShell';
import { useNavigation } from '../../../ui/Route';
import { StatusBadge } from '../../../ui/StatusBadge';
import { searchStrings } from '../searchStrings';

const shownContacts = 3;

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalXS },
  line: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  icon: { flexShrink: 0, marginTop: tokens.spacingVerticalXXS },
  contacts: { listStyleType: 'none', margin: 0, padding: 0 },
});

type ClientHitCardProps = { hit: ClientSearchHit };

/** A found client: status, domains and contacts; the card opens the client (the name is its button). */
export function ClientHitCard({ hit: { client, contacts } }: ClientHitCardProps) {
  const styles = useStyles();
  const { t } = useT(searchStrings);
  const { go } = useNavigation();
  const more = contacts.length - shownContacts;
  return (
    <ClientCardShell
      name={client.name}
      onOpen={() => go({ screen: 'client', clientId: client.id, tab: 'card' })}
      className={styles.card}
      aside={<StatusBadge status={client.status} />}
    >
      {client.domains.length > 0 && (
        <Caption1 className={styles.line}>
          <GlobeRegular className={styles.icon} aria-hidden />
          {client.domains.join(', ')}
        </Caption1>
      )}
      {contacts.length > 0 && (
        <ul className={styles.contacts}>
          {contacts.slice(0, shownContacts).map((c) => (
            <li key={c.id}>
              <Caption1 className={styles.line}>
                <PersonRegular className={styles.icon} aria-hidden />
                {[c.name, c.emails[0]].filter(Boolean).join(' · ')}
              </Caption1>
            </li>
          ))}
          {more > 0 && (
            <li>
              <Caption1 className={styles.line}>{t('moreContacts', { count: more })}</Caption1>
            </li>
          )}
        </ul>
      )}
    </ClientCardShell>
  );
}
