import { Field, Input, Textarea } from '@fluentui/react-components';
import { ReferenceSelect } from '../../../ui/ReferenceSelect';
import type { ContactDraft } from '../hooks/useContactDraft';

/** The texts these fields need; each form passes its own module's, which keeps its wording. */
type ContactEntryLabel = 'type' | 'surveyScore' | 'surveyScoreHint' | 'at' | 'text' | 'outcome';

type ContactEntryFieldsProps = {
  draft: ContactDraft;
  change: (patch: Partial<ContactDraft>) => void;
  labels: (key: ContactEntryLabel) => string;
  errorFor: (field: string) => string | undefined;
  /** Visible lines of "What happened"; the browser's default when absent. */
  textRows?: number;
};

/** What a contact recorded by hand says: its type (a survey asks for its score), when, what happened and the outcome. */
export function ContactEntryFields({ draft, change, labels, errorFor, textRows }: ContactEntryFieldsProps) {
  return (
    <>
      <ReferenceSelect
        list="historyType"
        label={labels('type')}
        value={draft.type}
        onChange={(type) => change({ type })}
        optional={false}
        validationMessage={errorFor('type')}
      />
      {draft.type === 'survey' && (
        <Field label={labels('surveyScore')} hint={labels('surveyScoreHint')} validationMessage={errorFor('surveyScore')}>
          <Input type="number" min={0} max={10} step={1} value={draft.score} onChange={(_, d) => change({ score: d.value })} />
        </Field>
      )}
      <Field label={labels('at')} validationMessage={errorFor('at')}>
        <Input type="datetime-local" value={draft.at} onChange={(_, d) => change({ at: d.value })} />
      </Field>
      <Field label={labels('text')} validationMessage={errorFor('text')}>
        <Textarea value={draft.text} resize="vertical" rows={textRows} onChange={(_, d) => change({ text: d.value })} />
      </Field>
      <Field label={labels('outcome')}>
        <Input value={draft.outcome} onChange={(_, d) => change({ outcome: d.value })} />
      </Field>
    </>
  );
}
