import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ClientDeletion } from '../../../../app/clientUseCases';
import { NotAllowedError } from '../../../../app/requireRole';
import { ValidationError } from '../../../../app/validation';
import type { Client } from '../../../../domain/model/Client';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FailureMessage } from '../../../ui/FailureMessage';
import { quotedName } from '../../../ui/quotedName';
import { useNavigation } from '../../../ui/Route';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useLive } from '../../../ui/useLive';
import { clientDeletionStrings } from '../clientDeletionStrings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  text: { margin: `${tokens.spacingVerticalS} 0` },
});

const goes = ['contacts', 'history', 'plans', 'deals', 'receipts', 'serviceCases'] as const satisfies readonly (keyof ClientDeletion)[];

type DeleteClientProps = { client: Client };

/**
 * Delete client, for a card made by mistake: asks first, naming all that goes with the client, and
 * is not offered while its deals have payments (money received is a fact) nor to roles that may
 * not delete clients. Done, the pane goes to Find a client, which says so.
 */
export function DeleteClient({ client }: DeleteClientProps) {
  const { t, lang } = useT(clientDeletionStrings);
  const app = useApp();
  const { go } = useNavigation();
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<FailureWords | null>(null);
  const labelled = useFailedLabel();
  const allowed = useLive(() => app.mayDeleteClient(client.id), [client.id, client.owner]).data;
  const deletion = useLive(() => app.clientDeletion(client.id), [client.id]).data;
  if (!allowed || !deletion) return null;
  const keptByPayments = deletion.payments > 0;
  const name = quotedName(client.name, lang);

  const failed = (error: unknown): FailureWords => {
    if (error instanceof ValidationError) return { text: t('hasPayments', { name }), code: null };
    if (error instanceof NotAllowedError) return { text: t('notAllowed'), code: null };
    return labelled((message) => t('deleteFailed', { message }), error);
  };
  const remove = async () => {
    // Closed before the client goes: a Fluent dialog unmounted while open leaves the pane aria-hidden.
    setAsking(false);
    try {
      await app.deleteClient(client.id);
      // Quoted here, in the language it was deleted in: Find a client says it as it stands.
      go({ screen: 'search', deletedClient: name });
    } catch (error) {
      setFailure(failed(error));
    }
  };

  const counted = goes.filter((part) => deletion[part] > 0);
  return (
    <div className={styles.box}>
      <Button
        appearance="subtle"
        icon={<DeleteRegular />}
        disabledFocusable={keptByPayments}
        aria-describedby={keptByPayments ? 'client-delete-kept' : undefined}
        onClick={() => {
          setFailure(null);
          setAsking(true);
        }}
      >
        {t('deleteClient')}
      </Button>
      {keptByPayments && (
        <Caption1 id="client-delete-kept" className={styles.muted}>
          {t('hasPayments', { name })}
        </Caption1>
      )}
      {failure && <FailureMessage {...failure} />}
      <ConfirmDialog
        open={asking}
        destructive
        title={t('confirmDeleteClient', { name })}
        confirmLabel={t('deleteClient')}
        cancelLabel={t('cancel')}
        onConfirm={() => void remove()}
        onCancel={() => setAsking(false)}
      >
        {counted.length > 0 && (
          <>
            <p className={styles.text}>{t('goesWith')}</p>
            <ul className={styles.list}>
              {counted.map((part) => (
                <li key={part}>{t(part, { count: deletion[part] })}</li>
              ))}
            </ul>
          </>
        )}
        {/* The counts hold no queued mailing messages, so that clause stands for any there may be. */}
        <p className={styles.text}>{`${t('queuedMailing')} ${t('cannotUndo')}`}</p>
      </ConfirmDialog>
    </div>
  );
}
