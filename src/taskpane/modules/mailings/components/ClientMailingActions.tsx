import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { MailProhibitedRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { Client } from '../../../../domain/model/Client';
import { useT } from '../../../i18n/useT';
import { quotedName } from '../../../ui/quotedName';
import { useApp } from '../../../ui/AppContext';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useLive } from '../../../ui/useLive';
import { useMailingsApp } from '../hooks/useMailingsApp';
import { mailingsStrings } from '../mailingsStrings';
import { NewEmailFromTemplate } from './NewEmailFromTemplate';

const useStyles = makeStyles({ box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

export type ClientMailingActionsProps = { client: Client };

/** On a client's card: a new email from a template, and the opt-out every later mailing honours, asked first. */
export function ClientMailingActions({ client }: ClientMailingActionsProps) {
  const styles = useStyles();
  const app = useApp();
  const { t, lang } = useT(mailingsStrings);
  const { mailings } = useMailingsApp();
  const { data: contacts } = useLive(() => app.queries.clientCard(client.id).then((card) => card.contacts), [client.id]);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<FailureWords | null>(null);
  const labelled = useFailedLabel();
  // The client as the opt-out saved it, until the live card brings it back: the dialog closes onto its notice.
  const [saved, setSaved] = useState<Client | null>(null);
  const shown = saved && saved.id === client.id && saved.updatedAt >= client.updatedAt ? saved : client;
  // Focusable for the focus to land on after the opt-out, whose button leaves with the act.
  const optedOut = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  if (!mailings) return null;
  const contact = (contacts ?? []).find((c) => c.emails.length > 0) ?? null;
  const optOut = async () => {
    setFailure(null);
    try {
      setSaved(await mailings.optOut(client.id));
    } catch (error) {
      setFailure(labelled((message) => t('optOutFailed', { message }), error));
    }
    setConfirming(false);
  };
  return (
    <div className={styles.box}>
      <NewEmailFromTemplate clientId={client.id} contact={contact} />
      {shown.mailingConsent === 'opted-out' ? (
        <Text ref={optedOut} size={200} tabIndex={-1} role="status">
          {t('optedOut')}
        </Text>
      ) : (
        <Button ref={button} icon={<MailProhibitedRegular />} onClick={() => setConfirming(true)}>
          {t('optOutAction')}
        </Button>
      )}
      {failure && <FailureMessage {...failure} />}
      <ConfirmDialog
        open={confirming}
        title={t('optOutTitle', { name: quotedName(client.name, lang) })}
        confirmLabel={t('optOutAction')}
        cancelLabel={t('cancel')}
        onConfirm={() => void optOut()}
        onCancel={() => setConfirming(false)}
        fallbackFocus={() => optedOut.current ?? button.current}
      >
        {t('optOutBody')}
      </ConfirmDialog>
    </div>
  );
}
