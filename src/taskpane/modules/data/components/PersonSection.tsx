import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular, DocumentArrowDownRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { errorMessage } from '../../../../domain/errorMessage';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { dataStrings } from '../dataStrings';
import { downloadFile } from '../utils/downloadFile';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Counts = { contacts: number; history: number; clients: number; otherRecords: number };
type PersonState =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'confirm'; counts: Counts }
  | { phase: 'exported'; fileName: string }
  | { phase: 'erased'; counts: Counts }
  | { phase: 'failed'; error: unknown };

/** A data-subject request: everything about one person as one file, or erasing them everywhere. */
export function PersonSection() {
  const { t } = useT(dataStrings);
  const app = useApp();
  const styles = useStyles();
  const headingId = useId();
  const [email, setEmail] = useState('');
  const [reference, setReference] = useState('');
  const [state, setState] = useState<PersonState>({ phase: 'idle' });
  const attempt = async (work: () => Promise<PersonState>) => {
    setState({ phase: 'busy' });
    try {
      setState(await work());
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  };
  const exportPerson = () =>
    attempt(async () => {
      const file = await app.data.subjectExport(email);
      downloadFile(file);
      return { phase: 'exported', fileName: file.fileName };
    });
  const askToErase = () => attempt(async () => ({ phase: 'confirm', counts: await app.data.erasurePreview(email) }));
  const erase = () =>
    attempt(async () => {
      const audit = await app.data.erasePerson(email, reference);
      return { phase: 'erased', counts: { contacts: audit.contactsErased, history: audit.historyRedacted, clients: audit.clientsErased, otherRecords: audit.recordsRewritten ?? 0 } };
    });
  const nothing = state.phase === 'confirm' && state.counts.contacts + state.counts.history + state.counts.clients + state.counts.otherRecords === 0;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t('person')}
      </Subtitle2>
      <Caption1 className={styles.hint}>{t('personHint')}</Caption1>
      <Field label={t('personEmail')}>
        <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
      </Field>
      <Field label={t('reference')} hint={t('referenceHint')}>
        <Input value={reference} onChange={(_, d) => setReference(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button icon={<DocumentArrowDownRegular />} disabled={!email.trim()} disabledFocusable={state.phase === 'busy'} onClick={exportPerson}>
          {t('personExport')}
        </Button>
        <Button icon={<DeleteRegular />} disabled={!email.trim()} disabledFocusable={state.phase === 'busy'} onClick={askToErase}>
          {t('personErase')}
        </Button>
      </div>
      {nothing && (
        <MessageBar intent="info">
          <MessageBarBody>{t('eraseNothing')}</MessageBarBody>
        </MessageBar>
      )}
      <ConfirmDialog
        open={state.phase === 'confirm' && !nothing}
        title={t('eraseConfirmTitle')}
        confirmLabel={t('eraseButton')}
        cancelLabel={t('cancel')}
        onConfirm={erase}
        onCancel={() => setState({ phase: 'idle' })}
      >
        {state.phase === 'confirm' && t('eraseConfirm', { ...state.counts })}
      </ConfirmDialog>
      {state.phase === 'erased' && (
        <MessageBar intent="success">
          <MessageBarBody>{t('erased', { ...state.counts })}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'exported' && (
        <MessageBar intent="success">
          <MessageBarBody>{t('exported', { files: state.fileName })}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{t('personFailed', { message: errorMessage(state.error) })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
