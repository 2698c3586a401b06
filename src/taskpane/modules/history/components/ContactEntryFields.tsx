import { Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useT } from '../../../i18n/useT';
import { DateField } from '../../../ui/DateField';
import { dateFieldStrings } from '../../../ui/dateFieldStrings';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import { shrinkableFields } from '../../../ui/shrinkableFields';
import { TimeField } from '../../../ui/TimeField';
import type { ContactDraft } from '../hooks/useContactDraft';

/** The texts these fields need; each form passes its own module's, which keeps its wording. */
type ContactEntryLabel = 'type' | 'surveyScore' | 'surveyScoreHint' | 'at' | 'text' | 'outcome';

type ContactEntryFieldsProps = {
  draft: ContactDraft;
  change: (patch: Partial<ContactDraft>) => void;
  labels: (key: ContactEntryLabel) => string;
  errorFor: (field: string) => string | undefined;
  /** A field was edited: its message goes (useFieldErrors' mended). */
  mended: (field: string) => void;
  /** Visible lines of "What happened"; the browser's default when absent. */
  textRows?: number;
};

const useStyles = makeStyles({
  when: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  // A time needs less room than a date: side by side even in a 320 px pane.
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', alignItems: 'start', gap: tokens.spacingHorizontalS, ...shrinkableFields },
});

/** What a contact recorded by hand says: its type (a survey asks for its score), when, what happened and the outcome. */
export function ContactEntryFields({ draft, change, labels, errorFor, mended, textRows }: ContactEntryFieldsProps) {
  const { t } = useT(dateFieldStrings);
  const styles = useStyles();
  /** Edits the draft and takes the message of `field` (the app's key) away; the others stay until mended or the next save. */
  const edit = (field: string, patch: Partial<ContactDraft>) => {
    change(patch);
    mended(field);
  };
  const [day = '', time = ''] = draft.at.split('T');
  return (
    <>
      <ReferenceSelect
        list="historyType"
        label={labels('type')}
        value={draft.type}
        onChange={(type) => edit('type', { type })}
        optional={false}
        validationMessage={errorFor('type')}
      />
      {draft.type === 'survey' && (
        <Field label={labels('surveyScore')} required hint={labels('surveyScoreHint')} validationMessage={errorFor('surveyScore')}>
          <Input type="number" min={0} max={10} step={1} value={draft.score} onChange={(_, d) => edit('surveyScore', { score: d.value })} />
        </Field>
      )}
      <fieldset className={styles.when}>
        <legend className={styles.legend}>
          <Text weight="semibold">{labels('at')}</Text>
        </legend>
        <div className={styles.row}>
          <DateField label={t('date')} value={day} onChange={(d) => edit('at', { at: `${d}T${time}` })} validationMessage={errorFor('at')} />
          <TimeField label={t('time')} value={time} onChange={(tm) => edit('at', { at: `${day}T${tm}` })} />
        </div>
      </fieldset>
      {/* An outcome alone is enough to record the contact: only without one is this needed. */}
      <Field label={labels('text')} required={!draft.outcome.trim()} validationMessage={errorFor('text')}>
        <Textarea value={draft.text} resize="vertical" rows={textRows} onChange={(_, d) => edit('text', { text: d.value })} />
      </Field>
      <Field label={labels('outcome')}>
        {/* An outcome typed is what "What happened" was missing. */}
        <Input value={draft.outcome} onChange={(_, d) => edit('text', { outcome: d.value })} />
      </Field>
    </>
  );
}
