import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, DataBarVerticalRegular, MailMultipleRegular, SearchRegular, SettingsRegular } from '@fluentui/react-icons';
import { useT } from '../i18n/useT';
import { useLeave } from './LeaveGuard';
import { useNavigation, type Route } from './Route';
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

/**
 * The pane's header: Back when away from home, the product name, and the sections. Each asks before
 * it closes a form holding typing (useLeave). Icon
 * buttons carry their name as aria-label and a native title: Fluent's Tooltip flickered on hover
 * here and would pull its positioning code into the pane's first load.
 */
export function PaneHeader() {
  const styles = useStyles();
  const { t } = useT(shellStrings);
  const { route, go, back } = useNavigation();
  const leave = useLeave();
  const at = route.screen;
  // The section already shown stays: pressing it closes no form, so it asks nothing.
  const open = (to: Route) => (to.screen === at ? go(to) : leave(() => go(to)));
  return (
    <header className={styles.header}>
      {at !== 'home' && <Button appearance="subtle" icon={<ArrowLeftRegular />} aria-label={t('back')} title={t('back')} onClick={() => leave(back)} />}
      <Text as="h1" size={400} weight="semibold" className={styles.title}>
        {t('appName')}
      </Text>
      <nav className={styles.nav} aria-label={t('navigation')}>
        <Button
          appearance={at === 'search' ? 'primary' : 'subtle'}
          icon={<SearchRegular />}
          aria-label={t('search')}
          title={t('search')}
          aria-current={at === 'search' ? 'page' : undefined}
          onClick={() => open({ screen: 'search' })}
        />
        <Button
          appearance={at === 'mailings' ? 'primary' : 'subtle'}
          icon={<MailMultipleRegular />}
          aria-label={t('mailings')}
          title={t('mailings')}
          aria-current={at === 'mailings' ? 'page' : undefined}
          onClick={() => open({ screen: 'mailings' })}
        />
        <Button
          appearance={at === 'settings' ? 'primary' : 'subtle'}
          icon={<SettingsRegular />}
          aria-label={t('settings')}
          title={t('settings')}
          aria-current={at === 'settings' ? 'page' : undefined}
          onClick={() => open({ screen: 'settings' })}
        />
        <Button
          appearance={at === 'analytics' ? 'primary' : 'subtle'}
          icon={<DataBarVerticalRegular />}
          aria-label={t('analytics')}
          title={t('analytics')}
          aria-current={at === 'analytics' ? 'page' : undefined}
          onClick={() => open({ screen: 'analytics' })}
        />
      </nav>
    </header>
  );
}
