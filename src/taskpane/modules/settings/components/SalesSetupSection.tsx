import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { BoxMultipleRegular, MegaphoneRegular } from '@fluentui/react-icons';
import { useT } from '../../../i18n/useT';
import { useNavigation } from '../../../ui/Route';
import { settingsStrings } from '../settingsStrings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Where the product catalogue and the marketing campaigns are kept. */
export function SalesSetupSection() {
  const styles = useStyles();
  const { t } = useT(settingsStrings);
  const { go } = useNavigation();
  return (
    <section className={styles.section} aria-labelledby="sales-setup-heading">
      <Subtitle2 as="h3" id="sales-setup-heading">
        {t('salesSetup')}
      </Subtitle2>
      <div className={styles.actions}>
        <Button icon={<BoxMultipleRegular />} onClick={() => go({ screen: 'catalogue' })}>
          {t('openCatalogue')}
        </Button>
        <Button icon={<MegaphoneRegular />} onClick={() => go({ screen: 'campaigns' })}>
          {t('openCampaigns')}
        </Button>
      </div>
    </section>
  );
}
