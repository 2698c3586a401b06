import { Caption1, Card, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronRightRegular, GlobeRegular, PersonRegular } from '@fluentui/react-icons';
import type { ClientSearchHit } from '../../../../domain/ports';
import { useT } from '../../../i18n/useT';
import { useNavigation } from '../../../ui/Route';
import { StatusBadge } from '../../../ui/StatusBadge';
import { searchStrings } from '../searchStrings';

const shownContacts = 3;

const useStyles = makeStyles({
  card: { cursor: 'pointer', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalM },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  name: {
    flexGrow: 1,
    minWidth: 0,
    display: 'block',
    padding: 0,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    textAlign: 'start',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThick },
    ':hover': { color: tokens.colorBrandForeground1, textDecorationLine: 'underline' },
  },
  nameText: { overflowWrap: 'anywhere' },
  // Inline, so it follows the last word of a name that wraps.
  chevron: { verticalAlign: 'middle', marginLeft: tokens.spacingHorizontalXXS },
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
    <Card className={styles.card} onClick={() => go({ screen: 'client', clientId: client.id, tab: 'card' })} focusMode="off">
      <div className={styles.head}>
        <button type="button" className={styles.name}>
          <span className={styles.nameText}>{client.name}</span>
          <ChevronRightRegular className={styles.chevron} aria-hidden />
        </button>
        <StatusBadge status={client.status} />
      </div>
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
    </Card>
  );
}
