import { Body1, Caption1, Field, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { roles, type Role } from '../../../../domain/model/Member';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useFormErrorShown } from '../../../ui/latestOutcome';
import { useFailureWords, type FailureWords } from '../../../ui/useFailureWords';
import { useLive } from '../../../ui/useLive';
import { teamStrings } from '../teamStrings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The Team members list; the head of sales changes roles here, everyone else reads them. */
export function TeamMembers() {
  const styles = useStyles();
  const app = useApp();
  const { t } = useT(teamStrings);
  const { data: members } = useLive(() => app.team?.members() ?? Promise.resolve([]), []);
  const words = useFailureWords();
  const [problem, setProblem] = useState<FailureWords | null>(null);
  useFormErrorShown(problem !== null);
  if (!members?.length) return null;
  const myEmail = app.host.userProfile().email.toLowerCase();
  const me = members.find((m) => m.email.toLowerCase() === myEmail);
  const canEdit = me?.role === 'head-of-sales';
  const roleName = (r: Role) => t(`role.${r}`);

  async function change(memberId: string, role: Role) {
    setProblem(null);
    try {
      await app.team?.setRole(memberId, role);
    } catch (e) {
      const err = e as { name?: string; role?: Role | null; allowed?: Role[] };
      const allowed = err.allowed?.map(roleName).join(', ');
      const said = (text: string) => setProblem({ text, code: null });
      if (err.name === 'NotAllowedError' && allowed) said(err.role ? t('notAllowed', { role: roleName(err.role), allowed }) : t('notListed', { allowed }));
      else if (err.name === 'LastHeadOfSalesError') said(t('lastHead'));
      else setProblem(words(t('roleNotChanged'), e));
    }
  }

  return (
    <section className={styles.section} aria-labelledby="team-members-heading">
      <Subtitle2 as="h4" id="team-members-heading">
        {t('members')}
      </Subtitle2>
      <Caption1 className={styles.hint}>{canEdit ? t('membersHint') : t('membersReadOnly')}</Caption1>
      {[...members]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((m) =>
          canEdit ? (
            <Field key={m.id} label={t('role', { name: `${m.name} (${m.email})` })}>
              <Select value={m.role} onChange={(_, d) => void change(m.id, d.value as Role)}>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {roleName(r)}
                  </option>
                ))}
              </Select>
            </Field>
          ) : (
            <Body1 key={m.id}>
              {m.name} — {roleName(m.role)}
            </Body1>
          ),
        )}
      {problem && (
        <Caption1 role="alert" className={styles.error}>
          {problem.text}
          {problem.code && <Caption1 block>{problem.code}</Caption1>}
        </Caption1>
      )}
    </section>
  );
}
