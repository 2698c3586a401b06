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
import { Fragment, useId, useState, type ReactNode } from 'react';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { dataStrings } from '../dataStrings';
import { downloadFile } from '../utils/downloadFile';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  paragraph: { margin: 0, ':not(:last-child)': { marginBottom: tokens.spacingVerticalS } },
});

type Counts = { contacts: number; history: number; clients: number; otherRecords: number };
/** What the confirmation shows: the address as checked, whom Clientbook knows by it, and how much would go. */
type Preview = Counts & { address: string; people: { name: string; client: string }[] };
type PersonState =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'confirm'; preview: Preview }
  | { phase: 'exported'; fileName: string }
  | { phase: 'erased'; counts: Counts }
  | { phase: 'failed'; error: unknown };

/**
 * The text with the address in it breakable after its "@" and before its dots, as addresses are
 * broken in print ("james.wright@contoso" / ".com"), rather than at whatever letter the line ends on.
 */
function withBreakableAddress(text: string, address: string): ReactNode {
  const at = text.indexOf(address);
  if (at < 0 || !address) return text;
  const pieces = address.split(/(?<=@)|(?=\.)/);
  return (
    <>
      {text.slice(0, at)}
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
      {text.slice(at + address.length)}
    </>
  );
}

/** A data-subject request: everything about one person as one file, or erasing them everywhere. */
export function PersonSection() {
  const { t } = useT(dataStrings);
  const labelled = useFailedLabel();
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
  const askToErase = () => attempt(async () => ({ phase: 'confirm', preview: await app.data.erasurePreview(email) }));
  const erase = (address: string) =>
    attempt(async () => {
      // The address the confirmation named, not what the field holds by now.
      const { counts } = await app.data.erasePerson(address, reference);
      return { phase: 'erased', counts };
    });
  // Each count a phrase of its own, so English says "1 contact" and "2 history entries".
  const counted = (c: Counts) => ({
    contacts: t('contactCount', { count: c.contacts }),
    history: t('historyEntryCount', { count: c.history }),
    clients: t('personalCardCount', { count: c.clients }),
    otherRecords: t('otherRecordCount', { count: c.otherRecords }),
  });
  const who = (people: Preview['people']) =>
    people
      .map(({ name, client }) => (!name ? client : !client || client === name ? name : `${name} (${client})`))
      .filter(Boolean)
      .join('; ');
  const preview = state.phase === 'confirm' ? state.preview : null;
  const nothing = preview !== null && preview.contacts + preview.history + preview.clients + preview.otherRecords === 0;
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
        open={preview !== null && !nothing}
        title={withBreakableAddress(t('eraseConfirmTitle', { address: preview?.address ?? '' }), preview?.address ?? '')}
        confirmLabel={t('eraseButton')}
        cancelLabel={t('cancel')}
        destructive
        onConfirm={() => preview && erase(preview.address)}
        onCancel={() => setState({ phase: 'idle' })}
      >
        {preview && (
          <>
            {who(preview.people) && <p className={styles.paragraph}>{t('eraseWho', { who: who(preview.people) })}</p>}
            <p className={styles.paragraph}>{t('eraseConfirm', counted(preview))}</p>
          </>
        )}
      </ConfirmDialog>
      {state.phase === 'erased' && (
        <MessageBar intent="success">
          <MessageBarBody>{t('erased', counted(state.counts))}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'exported' && (
        <MessageBar intent="success">
          <MessageBarBody>{t('exported', { files: state.fileName })}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'failed' && (
        <FailureMessage {...labelled((message) => t('personFailed', { message }), state.error)} />
      )}
    </section>
  );
}
