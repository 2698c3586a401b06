import { Button, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { ArrowLeftRegular, SearchRegular, SettingsRegular } from '@fluentui/react-icons';
import { useT } from '../i18n/useT';
import { useNavigation } from './Route';
import { shellStrings } from './shellStrings';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minHeight: '44px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { flexGrow: 1, margin: 0, paddingLeft: tokens.spacingHorizontalXS, color: tokens.colorBrandForeground1 },
  nav: { display: 'flex', gap: tokens.spacingHorizontalXXS },
});

/** The pane's header: Back when away from home, the product name, and Search and Settings. */
export function PaneHeader() {
  const styles = useStyles();
  const { t } = useT(shellStrings);
  const { route, go, back } = useNavigation();
  const at = route.screen;
  return (
    <header className={styles.header}>
      {at !== 'home' && (
        <Tooltip content={t('back')} relationship="label">
          <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={back} />
        </Tooltip>
      )}
      <Text as="h1" size={400} weight="semibold" className={styles.title}>
        {t('appName')}
      </Text>
      <nav className={styles.nav} aria-label={t('navigation')}>
        <Tooltip content={t('search')} relationship="label">
          <Button
            appearance={at === 'search' ? 'primary' : 'subtle'}
            icon={<SearchRegular />}
            aria-current={at === 'search' ? 'page' : undefined}
            onClick={() => go({ screen: 'search' })}
          />
        </Tooltip>
        <Tooltip content={t('settings')} relationship="label">
          <Button
            appearance={at === 'settings' ? 'primary' : 'subtle'}
            icon={<SettingsRegular />}
            aria-current={at === 'settings' ? 'page' : undefined}
            onClick={() => go({ screen: 'settings' })}
          />
        </Tooltip>
      </nav>
    </header>
  );
}
