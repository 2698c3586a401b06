import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { MailProhibitedRegular } from '@fluentui/react-icons';
import type { Client } from '../../../../domain/model/Client';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';
import { useMailingsApp } from '../hooks/useMailingsApp';
import { mailingsStrings } from '../mailingsStrings';
import { NewEmailFromTemplate } from './NewEmailFromTemplate';

const useStyles = makeStyles({ box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

export type ClientMailingActionsProps = { client: Client };

/** On a client's card: a new email from a template, and the one-click opt-out every later mailing honours. */
export function ClientMailingActions({ client }: ClientMailingActionsProps) {
  const styles = useStyles();
  const app = useApp();
  const { t } = useT(mailingsStrings);
  const { mailings } = useMailingsApp();
  const { data: contacts } = useLive(() => app.queries.clientCard(client.id).then((card) => card.contacts), [client.id]);
  if (!mailings) return null;
  const contact = (contacts ?? []).find((c) => c.emails.length > 0) ?? null;
  return (
    <div className={styles.box}>
      <NewEmailFromTemplate clientId={client.id} contact={contact} />
      {client.mailingConsent === 'opted-out' ? (
        <Caption1 role="status">{t('optedOut')}</Caption1>
      ) : (
        <Button icon={<MailProhibitedRegular />} onClick={() => void mailings.optOut(client.id)}>
          {t('optOutAction')}
        </Button>
      )}
    </div>
  );
}
