import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { PersonAddRegular, AddRegular, OpenRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { Recognition } from '../../../../app/recognizeMessage';
import type { ReadItem } from '../../../../domain/ports';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { FailureMessage } from '../../../ui/FailureMessage';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import type { FailureWords } from '../../../ui/useFailureWords';
import { useNavigation } from '../../../ui/Route';
import { messageStrings } from '../messageStrings';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { overflowWrap: 'anywhere' },
  note: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXXS },
});

type ParticipantMatch = Recognition['matches'][number];

type ParticipantRowProps = {
  match: ParticipantMatch;
  /** The read message the participant came from (its signature pre-fills a new client); null in compose. */
  item: ReadItem | null;
  /** Show this row's main action as the screen's primary button. */
  prominent?: boolean;
};

/** One participant of the open message and what Clientbook knows of them, with the next step. */
export function ParticipantRow({ match, item, prominent = false }: ParticipantRowProps) {
  const { t } = useT(messageStrings);
  const app = useApp();
  const { go } = useNavigation();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FailureWords | null>(null);
  const labelled = useFailedLabel();
  const openCard = useRef<HTMLButtonElement>(null);
  const [added, setAdded] = useState(false);
  // Added as a contact, the row loses its Add button: the focus moves on to Open card, not to the page.
  useEffect(() => {
    if (added && match.kind === 'contact') openCard.current?.focus();
  }, [added, match.kind]);
  const { participant } = match;
  const name = match.kind === 'contact' ? match.contact.name || participant.name : participant.name;

  const run = async (failKey: 'addFailed' | 'draftFailed', action: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(labelled((message) => t(failKey, { message }), error));
    } finally {
      setBusy(false);
    }
  };

  const addAsContact = (clientId: string) =>
    run('addFailed', async () => {
      await app.saveContact({ clientId, name: participant.name || participant.email.split('@')[0] || '', position: '', emails: [participant.email], phones: [] });
      setAdded(true);
    });

  const createClient = () =>
    run('draftFailed', async () => {
      go({ screen: 'create-client', draft: await app.draftClient(item, participant), fromMessage: true });
    });

  const label = name || participant.email;
  return (
    <li className={styles.row}>
      <Text weight="semibold" className={styles.who}>
        {name || participant.email}
      </Text>
      {name && participant.email && <Caption1 className={styles.who}>{participant.email}</Caption1>}
      <Caption1 className={styles.note}>
        {match.kind === 'contact' && t('contactOf', { client: match.client.name })}
        {match.kind === 'domain' && t('newColleague', { client: match.client.name })}
        {match.kind === 'unknown' && t(match.reason === 'new' ? 'unknownNew' : match.reason === 'free-mail' ? 'unknownFreeMail' : 'unknownInvalid')}
      </Caption1>
      <div className={styles.actions}>
        {match.kind !== 'unknown' && (
          <Button ref={openCard} size="small" icon={<OpenRegular />} aria-label={t('openCardOf', { client: match.client.name })} onClick={() => go({ screen: 'client', clientId: match.client.id })}>
            {t('openCard')}
          </Button>
        )}
        {match.kind === 'domain' && (
          <Button
            size="small"
            icon={<PersonAddRegular />}
            disabledFocusable={busy}
            aria-label={t('addAsContactOf', { name: label, client: match.client.name })}
            onClick={() => addAsContact(match.client.id)}
          >
            {busy ? t('adding') : t('addAsContact')}
          </Button>
        )}
        {match.kind === 'unknown' && match.reason !== 'invalid-address' && (
          <Button size="small" appearance={prominent ? 'primary' : 'secondary'} icon={<AddRegular />} disabled={busy} aria-label={t('createClientFrom', { name: label })} onClick={createClient}>
            {t('createClient')}
          </Button>
        )}
      </div>
      {failure && <FailureMessage {...failure} />}
    </li>
  );
}
