import { Body1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { useT } from '../../../i18n/useT';
import { dataStrings } from '../dataStrings';
import { AuditLog } from './AuditLog';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { PersonSection } from './PersonSection';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

/** The data a team brings and takes: import, export, one person's data and its erasure, the audit log. */
export function DataScreen() {
  const { t } = useT(dataStrings);
  const styles = useStyles();
  return (
    <div className={styles.screen}>
      <Subtitle1 as="h2">{t('heading')}</Subtitle1>
      <Body1>{t('intro')}</Body1>
      <ImportSection />
      <ExportSection />
      <PersonSection />
      <AuditLog />
    </div>
  );
}
