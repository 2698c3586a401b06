import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { CalendarCheckmarkRegular, MailRegular, PersonAddRegular, SearchRegular } from '@fluentui/react-icons';
import { emptyClientDraft } from '../../../../app/clientDraft';
import { useT } from '../../../i18n/useT';
import { useNavigation } from '../../../ui/Route';
import { todayStrings } from '../todayStrings';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  icon: { flexShrink: 0, fontSize: tokens.fontSizeBase500, color: tokens.colorBrandForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type DayPlanEmptyProps = { hasClients: boolean };

/** What to do when nothing is due: a new user learns how Clientbook works; others, how to plan. */
export function DayPlanEmpty({ hasClients }: DayPlanEmptyProps) {
  const styles = useStyles();
  const { t } = useT(todayStrings);
  const { go } = useNavigation();
  return (
    <div className={styles.box}>
      <Subtitle2 as="h3">{hasClients ? t('emptyHeading') : t('welcomeHeading')}</Subtitle2>
      {hasClients ? (
        <div className={styles.line}>
          <CalendarCheckmarkRegular className={styles.icon} aria-hidden />
          <Body1>{t('emptyText')}</Body1>
        </div>
      ) : (
        <>
          <Body1>{t('welcomeText')}</Body1>
          <div className={styles.line}>
            <MailRegular className={styles.icon} aria-hidden />
            <Body1>{t('welcomeOpenEmail')}</Body1>
          </div>
        </>
      )}
      <div className={styles.actions}>
        <Button icon={<SearchRegular />} onClick={() => go({ screen: 'search' })}>
          {t('findClient')}
        </Button>
        <Button icon={<PersonAddRegular />} onClick={() => go({ screen: 'create-client', draft: emptyClientDraft() })}>
          {t('createClient')}
        </Button>
      </div>
    </div>
  );
}
