import { Body1, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, ProgressBar, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { TeamSettings } from '../../../../app/team/TeamSettings';
import type { Role } from '../../../../domain/model/Member';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { failureStrings } from '../../../ui/failureStrings';
import { useFormErrorShown } from '../../../ui/latestOutcome';
import { SubmitButton } from '../../../ui/SubmitButton';
import { useFocusInvalidField } from '../../../ui/useFocusInvalidField';
import { useTeamConnect } from '../hooks/useTeamConnect';
import { useTeamStatus } from '../hooks/useTeamStatus';
import { teamStrings } from '../teamStrings';
import { TeamMembers } from './TeamMembers';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  // The step, the retry under it when there is one, then the bar.
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Site addresses have no spaces to break at: they ran past a 320 px pane's edge.
  wraps: { overflowWrap: 'anywhere' },
});

/** Settings → Team store: the site and app registration, Connect (with what it did) and Disconnect, and the Team members. */
export function TeamSection() {
  const styles = useStyles();
  const app = useApp();
  const { t } = useT(teamStrings);
  const failure = useT(failureStrings).t;
  const { status } = useTeamStatus();
  const { state, canCancel, connect, cancel, disconnect } = useTeamConnect();
  const demo = app.team?.demo() ?? null;
  const saved = app.team?.connection()?.settings;
  const [siteUrl, setSiteUrl] = useState(saved?.siteUrl ?? demo?.siteUrl ?? '');
  const [clientId, setClientId] = useState(saved?.clientId ?? '');
  const [tenant, setTenant] = useState(saved?.tenant ?? '');
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalidField(form, state.kind === 'invalid' && state);
  useFormErrorShown(state.kind === 'failed' || state.kind === 'invalid');
  // Cancel (or Escape) goes as it is pressed: the keyboard goes back to Connect, to try again.
  const cancelled = state.kind === 'cancelled';
  useEffect(() => {
    if (cancelled) form.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  }, [cancelled]);
  if (!app.team) return null;
  const working = state.kind === 'working';
  const connected = saved !== undefined;
  const progress = status.progress;
  const invalid = (field: keyof TeamSettings, message: string) => (state.kind === 'invalid' && state.fields.includes(field) ? message : undefined);

  function escapeCancels(e: KeyboardEvent) {
    if (e.key !== 'Escape' || e.defaultPrevented || !canCancel) return;
    // This press is the wait's: no leave guard or dialog further up may act on it as well.
    e.preventDefault();
    e.stopPropagation();
    cancel();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    // Enter in the demo's one box submits even while Connect, a plain button then, is busy.
    if (!working) void connect({ siteUrl, clientId, tenant });
  }

  return (
    // Escape stops a wait, as Cancel does: the keyboard is inside the section (Connect keeps the focus while it works).
    <section className={styles.section} aria-labelledby="team-store-heading" onKeyDown={escapeCancels}>
      <Subtitle2 as="h3" id="team-store-heading">
        {t('heading')}
      </Subtitle2>
      <Caption1 className={styles.hint}>{demo ? t('demoHint') : t('hint')}</Caption1>
      {connected && <Body1 className={styles.wraps}>{t('connectedTo', { site: saved.siteUrl })}</Body1>}
      {/* Read-only, not disabled, while Connect works: a disabled box or button under the focus drops it to the page. */}
      <form ref={form} className={styles.form} onSubmit={submit} aria-label={t('heading')} noValidate>
        <Field label={t('siteUrl')} hint={t('siteUrlHint')} required validationMessage={invalid('siteUrl', t('invalid.siteUrl'))}>
          <Input type="url" value={siteUrl} onChange={(_, d) => setSiteUrl(d.value)} readOnly={working} />
        </Field>
        {!demo && (
          <>
            <Field label={t('clientId')} required validationMessage={invalid('clientId', t('invalid.clientId'))}>
              <Input value={clientId} onChange={(_, d) => setClientId(d.value)} readOnly={working} />
            </Field>
            <Field label={t('tenant')} hint={t('registrationHint')} required validationMessage={invalid('tenant', t('invalid.tenant'))}>
              <Input value={tenant} onChange={(_, d) => setTenant(d.value)} readOnly={working} />
            </Field>
          </>
        )}
        <div className={styles.buttons}>
          <SubmitButton appearance="primary" busy={working}>
            {connected ? t('connectAgain') : t('connect')}
          </SubmitButton>
          {canCancel && <Button onClick={cancel}>{t('cancel')}</Button>}
          {connected && (
            <Button onClick={() => void disconnect()} disabledFocusable={working}>
              {t('disconnect')}
            </Button>
          )}
        </div>
        {connected && <Caption1 className={styles.hint}>{t('disconnectHint')}</Caption1>}
      </form>
      {working && (
        <div role="status" className={styles.progress}>
          <Body1>{t(`step.${state.step}`)}</Body1>
          {state.retry && <Body1>{t('retrying', state.retry)}</Body1>}
          {state.step === 'uploading' && progress?.total ? (
            <ProgressBar aria-label={t('progress')} value={progress.done / progress.total} max={1} />
          ) : (
            <ProgressBar aria-label={t('progress')} />
          )}
        </div>
      )}
      {state.kind === 'connected' && (
        <MessageBar intent="success">
          <MessageBarBody>
            <div role="status" className={styles.wraps}>
              {t('step.done')} {state.report.created.length ? t('created', { what: state.report.created.join(', ') }) : t('nothingToChange')}{' '}
              {state.report.queued > 0 && t('uploaded', { count: state.report.queued })} {t('yourRole', { role: t(`role.${state.report.role satisfies Role}`) })}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {cancelled && (
        <MessageBar intent="info">
          <MessageBarBody>
            <div role="status">{t('cancelled')}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <div role="alert" className={styles.wraps}>
              {t(`error.${state.reason}`)}
              {/* A known reason says what to do; only the unknown one needs the administrator. */}
              {state.reason === 'failed' && state.code && <Caption1 block>{failure('code', { code: state.code })}</Caption1>}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {connected && <TeamMembers />}
    </section>
  );
}
