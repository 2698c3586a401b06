import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { settingsStrings } from '../settingsStrings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  facts: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  // An address broken mid-word reads as two; one line, cut with an ellipsis, the whole of it on hover.
  address: { margin: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Who Clientbook writes history as, and the language it speaks (Outlook's). */
export function ProfileSection() {
  const styles = useStyles();
  const app = useApp();
  const { t } = useT(settingsStrings);
  const me = app.host.userProfile();
  return (
    <section className={styles.section} aria-labelledby="profile-heading">
      <Subtitle2 as="h3" id="profile-heading">
        {t('profile')}
      </Subtitle2>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('name')}</dt>
        <dd className={styles.value}>{me.displayName || '—'}</dd>
        <dt className={styles.term}>{t('email')}</dt>
        <dd className={styles.address} title={me.email || undefined}>
          {me.email || '—'}
        </dd>
        <dt className={styles.term}>{t('language')}</dt>
        <dd className={styles.value}>
          {t('languageName')}
          <div className={styles.hint}>{t('languageHint', { outlook: app.host.displayLanguage() })}</div>
        </dd>
      </dl>
    </section>
  );
}
