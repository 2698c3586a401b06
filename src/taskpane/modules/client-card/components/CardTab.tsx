import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Client } from '../../../../domain/model/Client';
import { useT } from '../../../i18n/useT';
import { clientCardStrings } from '../clientCardStrings';
import { CardEditForm } from './CardEditForm';
import { ClientMailingActions } from '../../mailings/components/ClientMailingActions';
import { CardView } from './CardView';
import { DeleteClient } from './DeleteClient';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type CardTabProps = { client: Client };

/** The card's fields, read-only until the manager chooses Edit; Delete client last, away from Edit. */
export function CardTab({ client }: CardTabProps) {
  const { t } = useT(clientCardStrings);
  const styles = useStyles();
  const [mode, setMode] = useState<'view' | 'edit' | 'saved'>('view');
  // What this pane just saved, shown until the live query brings it (or something newer) back.
  const [saved, setSaved] = useState<Client | null>(null);
  const shown = saved && saved.id === client.id && saved.updatedAt >= client.updatedAt ? saved : client;
  if (mode === 'edit') {
    return (
      <CardEditForm
        client={shown}
        onDone={(result) => {
          if (result) setSaved(result);
          setMode(result ? 'saved' : 'view');
        }}
      />
    );
  }
  return (
    <div className={styles.tab}>
      <div>
        <Button icon={<EditRegular />} onClick={() => setMode('edit')}>
          {t('edit')}
        </Button>
      </div>
      {mode === 'saved' && (
        <MessageBar intent="success">
          <MessageBarBody>{t('saved')}</MessageBarBody>
        </MessageBar>
      )}
      <CardView client={shown} />
      <ClientMailingActions client={shown} />
      <DeleteClient client={shown} />
    </div>
  );
}
