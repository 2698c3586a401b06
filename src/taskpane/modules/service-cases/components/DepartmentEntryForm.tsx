import { Field, Input, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { departments, type Department } from '../../../../domain/model/Department';
import type { HistoryEntry } from '../../../../domain/model/HistoryEntry';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FormFooter } from '../../../ui/FormFooter';
import { localDateTimeInput } from '../../../ui/localDates';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { serviceCasesStrings } from '../serviceCasesStrings';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    // Fields and the controls in them may shrink below their intrinsic width: the pane is narrow.
    '& > *': { minWidth: 0 },
    '& > * > *': { minWidth: 0 },
    '& input': { minWidth: 0 },
    '& select': { minWidth: 0 },
  },
});

type DepartmentEntryFormProps = {
  clientId: string;
  /** The form's accessible name and heading. */
  title: string;
  serviceCaseId?: string;
  dealId?: string;
  onRecorded: (entry: HistoryEntry) => void;
  onCancel: () => void;
};

/**
 * A contact logged by any department — after-sales on a case, marketing with a satisfaction survey —
 * in the client's history; a survey asks for its score (0–10).
 */
export function DepartmentEntryForm({ clientId, title, serviceCaseId, dealId, onRecorded, onCancel }: DepartmentEntryFormProps) {
  const { t } = useT(serviceCasesStrings);
  const app = useApp();
  const styles = useStyles();
  const { errorFor, hasErrors, failure, fail, clear } = useFieldErrors();
  const [type, setType] = useState('call');
  const [at, setAt] = useState(() => localDateTimeInput(app.clock.now()));
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState('');
  const [department, setDepartment] = useState<Department | ''>('');
  const [score, setScore] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let cancelled = false;
    app.me().then(
      (me) => !cancelled && setDepartment((d) => d || me.department),
      () => !cancelled && setDepartment((d) => d || 'after-sales'),
    );
    return () => {
      cancelled = true;
    };
  }, [app]);

  const save = async () => {
    clear();
    setSaving(true);
    try {
      const when = new Date(at);
      const typedScore = score.trim() === '' ? null : Number(score.trim().replace(',', '.'));
      const entry = await app.deals.recordDepartmentEntry({
        clientId,
        type,
        at: Number.isNaN(when.getTime()) ? '' : when.toISOString(),
        text,
        outcome,
        department: department || undefined,
        serviceCaseId,
        dealId,
        surveyScore: type === 'survey' ? (typedScore ?? null) : null,
      });
      onRecorded(entry);
    } catch (error) {
      fail(error);
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Text weight="semibold">{title}</Text>
      <ReferenceSelect list="historyType" label={t('type')} value={type} onChange={setType} optional={false} validationMessage={errorFor('type')} />
      {type === 'survey' && (
        <Field label={t('surveyScore')} hint={t('surveyScoreHint')} validationMessage={errorFor('surveyScore')}>
          <Input type="number" min={0} max={10} step={1} value={score} onChange={(_, d) => setScore(d.value)} />
        </Field>
      )}
      <Field label={t('at')} validationMessage={errorFor('at')}>
        <Input type="datetime-local" value={at} onChange={(_, d) => setAt(d.value)} />
      </Field>
      <Field label={t('text')} validationMessage={errorFor('text')}>
        <Textarea value={text} resize="vertical" onChange={(_, d) => setText(d.value)} />
      </Field>
      <Field label={t('outcome')}>
        <Input value={outcome} onChange={(_, d) => setOutcome(d.value)} />
      </Field>
      <Field label={t('department')}>
        <Select value={department} onChange={(_, d) => setDepartment(d.value as Department)}>
          {department === '' && <option value="" />}
          {departments.map((d) => (
            <option key={d} value={d}>
              {t(d)}
            </option>
          ))}
        </Select>
      </Field>
      <FormFooter
        fieldErrorsShown={hasErrors}
        fieldErrorsMessage={t('fixErrors')}
        failureMessage={failure && t('saveFailed', { message: failure })}
        saving={saving}
        savingLabel={t('saving')}
        submitLabel={t('save')}
        cancelLabel={t('cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
