import { Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, Switch, Text, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, DatabaseArrowRightRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { UndoAutoLogReport } from '../../../../app/autoLog';
import { ValidationError, type FieldError } from '../../../../app/validation';
import { MAX_ATTACHMENT_CAP_MB, storedParts, type StoredPart } from '../../../../domain/model/LoggingSettings';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FailureMessage } from '../../../ui/FailureMessage';
import { FormFooter, type FormFooterText } from '../../../ui/FormFooter';
import { ListEditor } from '../../../ui/ListEditor';
import { formatWhen } from '../../../ui/localDates';
import { PaneForm } from '../../../ui/PaneForm';
import { useNavigation } from '../../../ui/Route';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useLive } from '../../../ui/useLive';
import { useStoreFailureLine } from '../../../ui/useStoreFailureLine';
import { UndoneMessage } from '../../message/components/UndoneMessage';
import { useUndoRefusalWords } from '../../message/hooks/useUndoRefusalWords';
import { useLoggingSettings } from '../hooks/useLoggingSettings';
import { attachmentSettingsStrings } from '../attachmentSettingsStrings';
import { loggingSettingsStrings } from '../loggingSettingsStrings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, justifyContent: 'space-between' },
  // As wide as the pane, not as its longest option: that one ran past a 320 px pane's edge.
  select: { minWidth: 0 },
});

type SaveState = ReturnType<typeof useLoggingSettings>['teamSave'];

function SavedMessage({ state }: { state: SaveState }) {
  const { t } = useT(loggingSettingsStrings);
  if (state.phase !== 'saved') return null;
  return (
    <MessageBar intent="success">
      <MessageBarBody>{t('saved')}</MessageBarBody>
    </MessageBar>
  );
}

/** What a failed save found wrong in the fields; none when it failed for another reason. */
function fieldErrorsOf(state: SaveState): FieldError[] {
  return state.phase === 'failed' && state.error instanceof ValidationError ? state.error.errors : [];
}

/** A list field's message, and the rows it is about. */
function listErrors(errors: FieldError[], field: string, message: string) {
  const own = errors.filter((e) => e.field === field);
  return { validationMessage: own.length ? message : undefined, invalidRows: own.flatMap((e) => (e.index === undefined ? [] : [e.index])) };
}

/** The user's automatic logs, newest first, each with Undo. */
function AutoLoggedList() {
  const { t, locale } = useT(loggingSettingsStrings);
  const app = useApp();
  const styles = useStyles();
  const { data: entries } = useLive(() => app.logging.autoLoggedEntries(), []);
  const labelled = useFailedLabel();
  const undoRefusal = useUndoRefusalWords();
  const [failed, setFailed] = useState<FailureWords | null>(null);
  const [undone, setUndone] = useState<UndoAutoLogReport | null>(null);
  const undo = (id: string) => {
    setFailed(null);
    app.logging.undoAutoLog(id).then(setUndone, (error: unknown) => {
      // The app's refusal is a sentence of its own, in the pane's language; any other failure goes after "Could not undo:".
      const refusal = undoRefusal(error);
      setFailed(refusal ? { text: refusal, code: null } : labelled((message) => t('undoFailed', { message }), error));
    });
  };
  return (
    <div className={styles.group}>
      <Text weight="semibold">{t('autoLogged')}</Text>
      {entries && !entries.length && <Caption1>{t('autoLoggedEmpty')}</Caption1>}
      {entries && entries.length > 0 && (
        <ul className={styles.list} data-testid="auto-logged-list">
          {entries.map((e) => (
            <li key={e.id} className={styles.row}>
              <Text>{t('autoLoggedLine', { when: formatWhen(e.at, locale, app.clock.now()), subject: e.subject || e.email?.from?.email || '—' })}</Text>
              <Button size="small" icon={<ArrowUndoRegular />} aria-label={`${t('undo')}: ${e.subject}`} onClick={() => undo(e.id)}>
                {t('undo')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {undone && failed === null && <UndoneMessage report={undone} />}
      {failed !== null && <FailureMessage {...failed} />}
    </div>
  );
}

/** Never-log rules (team and personal), how much a logged email keeps, auto-log, and the way to the data screen. */
export function LoggingRulesSection() {
  const { t } = useT(loggingSettingsStrings);
  const { t: ta } = useT(attachmentSettingsStrings);
  const storeLine = useStoreFailureLine();
  const labelled = useFailedLabel();
  const styles = useStyles();
  const nav = useNavigation();
  const headingId = useId();
  const dataHeadingId = useId();
  const { team, mine, canEditTeam, teamSave, mySave, editTeam, editMine, saveTeam, saveMine } = useLoggingSettings();
  const teamErrors = fieldErrorsOf(teamSave);
  const myErrors = fieldErrorsOf(mySave);
  // These forms name their own Save and have no Cancel: the rules stay on the screen. PaneForms: a
  // domain or rule typed and not saved is typing, so leaving Settings asks first.
  const footerText = (key: FormFooterText) => (key === 'fixErrors' || key === 'saving' ? t(key) : '');
  const failure = (state: SaveState) => (state.phase === 'failed' && !(state.error instanceof ValidationError) ? (storeLine(state.error) ?? labelled((message) => t('saveFailed', { message }), state.error)) : '');
  return (
    <>
      <section className={styles.section} aria-labelledby={headingId}>
        <Subtitle2 as="h3" id={headingId}>
          {t('heading')}
        </Subtitle2>
        <Caption1 className={styles.hint}>{t('hint')}</Caption1>
        {team && (
          <PaneForm className={styles.group} label={t('team')} onSubmit={() => void saveTeam()}>
            <Text weight="semibold">{t('team')}</Text>
            {!canEditTeam && <Caption1>{t('teamReadOnly')}</Caption1>}
            <fieldset disabled={!canEditTeam} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }} className={styles.group}>
              <ListEditor
                label={t('internalDomains')}
                addLabel={t('addDomain')}
                values={team.internalDomains}
                onChange={(internalDomains) => editTeam({ ...team, internalDomains })}
                placeholder="example.com"
                {...listErrors(teamErrors, 'internalDomains', t('invalidDomain'))}
              />
              <Caption1 className={styles.hint}>{t('internalDomainsHint')}</Caption1>
              <ListEditor
                label={t('teamNeverLog')}
                addLabel={t('addRule')}
                values={team.neverLog}
                onChange={(neverLog) => editTeam({ ...team, neverLog })}
                {...listErrors(teamErrors, 'neverLog', t('invalidRule'))}
              />
              <Caption1 className={styles.hint}>{t('neverLogHint')}</Caption1>
              <Field label={t('storedPart')} hint={t('storedPartHint')}>
                <Select className={styles.select} value={team.storedPart} title={t(`storedPart.${team.storedPart}`)} onChange={(_, d) => editTeam({ ...team, storedPart: d.value as StoredPart })}>
                  {storedParts.map((p) => (
                    <option key={p} value={p}>
                      {t(`storedPart.${p}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field
                label={ta('cap')}
                hint={ta('capHint')}
                validationMessage={teamErrors.some((e) => e.field === 'attachmentCapMb') ? ta('invalidCap', { max: MAX_ATTACHMENT_CAP_MB }) : undefined}
              >
                <Input
                  type="number"
                  min={0}
                  max={MAX_ATTACHMENT_CAP_MB}
                  value={Number.isNaN(team.attachmentCapMb) ? '' : String(team.attachmentCapMb)}
                  onChange={(_, d) => editTeam({ ...team, attachmentCapMb: d.value === '' ? Number.NaN : Number(d.value) })}
                />
              </Field>
              <FormFooter labels={footerText} fieldErrorsShown={teamErrors.length > 0} failureMessage={failure(teamSave)} saving={teamSave.phase === 'saving'} submitLabel={t('saveTeam')} />
            </fieldset>
            <SavedMessage state={teamSave} />
          </PaneForm>
        )}
        {mine && (
          <PaneForm className={styles.group} label={t('mine')} onSubmit={() => void saveMine()}>
            <Text weight="semibold">{t('mine')}</Text>
            <ListEditor
              label={t('myNeverLog')}
              addLabel={t('addRule')}
              values={mine.neverLog}
              onChange={(neverLog) => editMine({ ...mine, neverLog })}
              {...listErrors(myErrors, 'neverLog', t('invalidRule'))}
            />
            <Switch label={t('autoLog')} checked={mine.autoLog} onChange={(_, d) => editMine({ ...mine, autoLog: d.checked })} />
            <Caption1 className={styles.hint}>{t('autoLogHint')}</Caption1>
            <Switch label={ta('saveAttachments')} checked={mine.saveAttachments} onChange={(_, d) => editMine({ ...mine, saveAttachments: d.checked })} />
            <Caption1 className={styles.hint}>{ta('saveAttachmentsHint')}</Caption1>
            <FormFooter labels={footerText} fieldErrorsShown={myErrors.length > 0} failureMessage={failure(mySave)} saving={mySave.phase === 'saving'} submitLabel={t('saveMine')} />
            <SavedMessage state={mySave} />
          </PaneForm>
        )}
        <AutoLoggedList />
      </section>
      <section className={styles.section} aria-labelledby={dataHeadingId}>
        <Subtitle2 as="h3" id={dataHeadingId}>
          {t('data')}
        </Subtitle2>
        <Caption1 className={styles.hint}>{t('dataHint')}</Caption1>
        <div>
          <Button icon={<DatabaseArrowRightRegular />} onClick={() => nav.go({ screen: 'data' })}>
            {t('openData')}
          </Button>
        </div>
      </section>
    </>
  );
}
