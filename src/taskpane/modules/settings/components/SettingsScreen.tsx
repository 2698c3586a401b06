import { Caption1, Field, makeStyles, Select, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { referenceLists, type ReferenceList } from '../../../../domain/model/ReferenceItem';
import { useT } from '../../../i18n/useT';
import { useLeave } from '../../../ui/LeaveGuard';
import { TeamSection } from '../../team/components/TeamSection';
import { settingsStrings } from '../settingsStrings';
import { LoggingRulesSection } from './LoggingRulesSection';
import { ProfileSection } from './ProfileSection';
import { ReferenceListEditor } from './ReferenceListEditor';
import { SalesSetupSection } from './SalesSetupSection';

const useStyles = makeStyles({
  screen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** The user's profile and language, and the editable picklists (reference data) in both languages. */
export function SettingsScreen() {
  const styles = useStyles();
  const { t } = useT(settingsStrings);
  const [list, setList] = useState<ReferenceList>('region');
  // Another list closes the forms of this one (a rename, a probability, a value being added): it asks first if one holds typing.
  const picklists = useRef<HTMLElement>(null);
  const leave = useLeave();
  return (
    <div className={styles.screen}>
      <Subtitle1 as="h2">{t('heading')}</Subtitle1>
      <ProfileSection />
      <TeamSection />
      <LoggingRulesSection />
      <SalesSetupSection />
      <section ref={picklists} className={styles.section} aria-labelledby="picklists-heading">
        <Subtitle2 as="h3" id="picklists-heading">
          {t('picklists')}
        </Subtitle2>
        <Caption1 className={styles.hint}>{t('picklistsHint')}</Caption1>
        <Field label={t('list')}>
          <Select value={list} onChange={(_, d) => leave(() => setList(d.value as ReferenceList), [picklists.current])}>
            {referenceLists.map((l) => (
              <option key={l} value={l}>
                {t(`list.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
        <ReferenceListEditor list={list} />
      </section>
    </div>
  );
}
