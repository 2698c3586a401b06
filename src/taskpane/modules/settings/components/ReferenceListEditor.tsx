import { makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReferenceItem, ReferenceList } from '../../../../domain/model/ReferenceItem';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FailureMessage } from '../../../ui/FailureMessage';
import { formatShare } from '../../../ui/formatShare';
import { useWithdrawnOnFormError } from '../../../ui/latestOutcome';
import { LiveNotice } from '../../../ui/LiveNotice';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import { useReferenceList, type Labels } from '../hooks/useReferenceList';
import { settingsStrings } from '../settingsStrings';
import { LabelsForm } from './LabelsForm';
import { ReferenceItemRow } from './ReferenceItemRow';
import { RetireValueForm } from './RetireValueForm';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  add: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

type Feedback = { intent: 'success' | 'error'; text: string; code?: string | null } | null;

type ReferenceListEditorProps = { list: ReferenceList };

/** Edits one picklist in both languages: rename, add, archive or restore, reorder. */
export function ReferenceListEditor({ list }: ReferenceListEditorProps) {
  const styles = useStyles();
  const { t, lang, locale } = useT(settingsStrings);
  const app = useApp();
  const labelled = useFailedLabel();
  const { items, error, rename, setArchived, move, add } = useReferenceList(list);
  const [feedback, setFeedback] = useState<Feedback>(null);
  useWithdrawnOnFormError(() => setFeedback((f) => (f?.intent === 'success' ? null : f)));
  const [retiring, setRetiring] = useState<{ item: ReferenceItem; inUse: number } | null>(null);

  const duplicateOf = (labels: Labels, except?: ReferenceItem) =>
    items?.find(
      (i) =>
        i.id !== except?.id &&
        (i.labels.en.toLowerCase() === labels.en.toLowerCase() || i.labels.uk.toLowerCase() === labels.uk.toLowerCase()),
    );

  /** A write's failure in the section's words; the local store's, in words too, never Dexie's English. */
  const failed = (e: unknown) => labelled((message) => t('saveFailed', { message }), e);

  /** Runs a write; a failure is shown, with any code for the administrator, and its sentence returned for the form that asked. */
  async function attempt(write: () => Promise<unknown>, label: string, success?: () => string): Promise<string | undefined> {
    try {
      await write();
      setFeedback({ intent: 'success', text: success ? success() : t('saved', { label }) });
      return undefined;
    } catch (e) {
      const failure = failed(e);
      setFeedback({ intent: 'error', ...failure });
      return failure.text;
    }
  }

  /**
   * Archiving a value: one no record holds is archived at once; for one in use the form first says
   * that its records keep it, and offers moving them as a separate choice.
   */
  async function startRetiring(item: ReferenceItem) {
    setFeedback(null);
    try {
      const inUse = await app.deals.queries.referenceUseCount(list, item.code);
      if (inUse > 0) return setRetiring({ item, inUse });
      await attempt(
        () => app.deals.retireReferenceValue({ list, code: item.code }),
        item.labels[lang],
        () => t('archivedDone', { label: item.labels[lang] }),
      );
    } catch (e) {
      setFeedback({ intent: 'error', ...failed(e) });
    }
  }

  async function retire(item: ReferenceItem, replacement?: string): Promise<string | undefined> {
    let moved = 0;
    const label = item.labels[lang];
    const failure = await attempt(
      async () => {
        moved = (await app.deals.retireReferenceValue({ list, code: item.code, replacement })).moved;
      },
      label,
      () => (replacement ? t('retired', { label, count: moved }) : t('archivedKept', { label })),
    );
    if (!failure) setRetiring(null);
    return failure;
  }

  function restore(item: ReferenceItem) {
    setRetiring(null);
    const label = item.labels[lang];
    void attempt(() => setArchived(item, false), label, () => t('restored', { label }));
  }

  if (error) return <FailureMessage {...labelled((message) => t('failed', { message }), error)} />;
  if (!items) return <Spinner size="small" label={t('loading')} />;
  return (
    <div className={styles.editor}>
      <ul className={styles.list} aria-label={t(`list.${list}`)}>
        {items.map((item, i) => (
          <ReferenceItemRow
            key={item.id}
            item={item}
            first={i === 0}
            last={i === items.length - 1}
            onRename={async (it, labels) => {
              const dup = duplicateOf(labels, it);
              if (dup) return t('duplicate', { label: dup.labels[lang] });
              return attempt(() => rename(it, labels), labels[lang]);
            }}
            onArchive={(it, archived) => void (archived ? startRetiring(it) : restore(it))}
            onMove={(it, step) => void attempt(() => move(it, step), it.labels[lang])}
            onProbability={(it, probability) =>
              attempt(
                () => app.deals.setStageProbability(it.code, probability),
                it.labels[lang],
                () => t('probabilitySaved', { label: it.labels[lang], percent: formatShare(probability / 100, locale) }),
              )
            }
          />
        ))}
      </ul>
      {retiring && (
        <RetireValueForm
          key={retiring.item.id}
          item={retiring.item}
          inUse={retiring.inUse}
          candidates={items.filter((i) => !i.archived && i.code !== retiring.item.code)}
          onCancel={() => setRetiring(null)}
          onRetire={(replacement) => retire(retiring.item, replacement)}
        />
      )}
      <LiveNotice message={feedback?.text ?? ''} intent={feedback?.intent} code={feedback?.code} />
      <section className={styles.add} aria-labelledby={`add-${list}`}>
        <Subtitle2 as="h4" id={`add-${list}`}>
          {t('addHeading')}
        </Subtitle2>
        <LabelsForm
          key={list}
          initial={{ en: '', uk: '' }}
          submitLabel={t('add')}
          onSubmit={async (labels) => {
            const dup = duplicateOf(labels);
            if (dup) return t('duplicate', { label: dup.labels[lang] });
            return attempt(() => add(labels), labels[lang]);
          }}
        />
      </section>
    </div>
  );
}
