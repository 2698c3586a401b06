import { Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { telHref } from '../../../../domain/model/PhoneNumber';
import type { ReactNode } from 'react';
import type { Client } from '../../../../domain/model/Client';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { clientStatusStrings } from '../../../ui/clientStatusStrings';
import { formatShare } from '../../../ui/formatShare';
import { formatDay } from '../../../ui/localDates';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { clientCardStrings } from '../clientCardStrings';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0 },
  item: { display: 'flex', flexDirection: 'column' },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase400 },
  empty: { color: tokens.colorNeutralForeground3 },
  dated: { color: tokens.colorNeutralForeground2 },
});

type CardViewProps = { client: Client };

const consentKey = { unknown: 'consentUnknown', granted: 'consentGranted', 'opted-out': 'consentOptedOut' } as const;

/** Every field of the client card, read-only; empty fields say so rather than disappear. */
export function CardView({ client }: CardViewProps) {
  const { t, locale } = useT(clientCardStrings);
  const { t: ts } = useT(clientStatusStrings);
  const { labelOf } = useReferenceItems();
  const app = useApp();
  const { nameOf } = usePeopleNames();
  const styles = useStyles();
  const now = app.clock.now();
  const empty = <span className={styles.empty}>{t('notSet')}</span>;
  const text = (v: string) => (v.trim() ? v : empty);
  const ref = (list: Parameters<typeof labelOf>[0], code: string) => (code ? labelOf(list, code) : empty);
  const dated = (value: ReactNode, on: string) => (
    <>
      {value} <Caption1 className={styles.dated}>({t('asOf', { date: formatDay(on, locale, now) })})</Caption1>
    </>
  );
  const { street, city, postalCode, country } = client.address;
  const address = [street, [postalCode, city].filter(Boolean).join(' '), country].filter((s) => s.trim()).join(', ');
  const website = client.website.trim();
  // A phone with no digits to dial (stored before phones were checked) shows as text.
  const phoneHref = telHref(client.phone);
  const rows: [string, ReactNode][] = [
    [t('status'), ts(client.status)],
    [t('owner'), client.owner.trim() ? nameOf(client.owner) : empty],
    [t('address'), text(address)],
    [t('region'), ref('region', client.region)],
    [t('industry'), ref('industry', client.industry)],
    [t('leadSource'), ref('leadSource', client.leadSource)],
    [t('trigger'), ref('trigger', client.trigger)],
    [t('impression'), client.impression ? dated(client.impression.value, client.impression.on) : empty],
    [t('purchaseProbabilityFact'), client.purchaseProbability ? dated(formatShare(client.purchaseProbability.value / 100, locale), client.purchaseProbability.on) : empty],
    [t('domains'), client.domains.length ? client.domains.join(', ') : empty],
    [t('phone'), !client.phone.trim() ? empty : phoneHref ? <Link href={phoneHref}>{client.phone}</Link> : client.phone],
    [
      t('website'),
      website ? (
        <Link href={/^https?:\/\//i.test(website) ? website : `https://${website}`} target="_blank" rel="noopener noreferrer">
          {website}
        </Link>
      ) : (
        empty
      ),
    ],
    [t('mailingConsent'), ts(consentKey[client.mailingConsent])],
    [t('notes'), text(client.notes)],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div className={styles.item} key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>
            <Text>{value}</Text>
          </dd>
        </div>
      ))}
    </dl>
  );
}
