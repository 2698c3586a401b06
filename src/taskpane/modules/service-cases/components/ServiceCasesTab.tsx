import { Button, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Contact } from '../../../../domain/model/Contact';
import type { ServiceCase } from '../../../../domain/model/ServiceCase';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useWithdrawnOnFormError } from '../../../ui/latestOutcome';
import { useRowsKeptWhileTyping } from '../../../ui/LeaveGuard';
import { LiveNotice } from '../../../ui/LiveNotice';
import { LiveStatus } from '../../../ui/LiveStatus';
import { useLive } from '../../../ui/useLive';
import { useRecordListStyles } from '../../../ui/useRecordListStyles';
import { serviceCasesStrings } from '../serviceCasesStrings';
import { ServiceCaseForm } from './ServiceCaseForm';
import { ServiceCaseItem } from './ServiceCaseItem';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** Unresolved cases first, then by the day they were opened, newest first. */
const rank = (c: ServiceCase) => (c.status === 'open' || c.status === 'in-progress' ? 0 : 1);

type ServiceCasesTabProps = { clientId: string; contacts: Contact[] };

/** The client's after-sales service cases, and opening a new one. */
export function ServiceCasesTab({ clientId }: ServiceCasesTabProps) {
  const { t } = useT(serviceCasesStrings);
  const app = useApp();
  const styles = useStyles();
  const listStyles = useRecordListStyles();
  const [opening, setOpening] = useState(false);
  // One notice at a time: what was last done, by the case it was done to ('' for the tab's own).
  const [notice, setNotice] = useState({ text: '', caseId: '' });
  useWithdrawnOnFormError(() => setNotice({ text: '', caseId: '' }));
  const { data, error } = useLive(() => app.deals.queries.serviceCasesOf(clientId), [clientId]);
  const { rows, rowRef, gone } = useRowsKeptWhileTyping(data, (c) => c.id);

  if (error || !rows) return <LiveStatus error={error} loadingLabel={t('loading')} failedLabel={(message) => t('loadFailed', { message })} />;
  const cases = [...rows].sort((a, b) => rank(a) - rank(b) || b.openedOn.localeCompare(a.openedOn));
  return (
    <div className={styles.tab}>
      <Subtitle2 as="h2" id="service-cases-heading">
        {t('heading')}
      </Subtitle2>
      {opening ? (
        <ServiceCaseForm
          clientId={clientId}
          onCancel={() => setOpening(false)}
          onSaved={() => {
            setOpening(false);
            setNotice({ text: t('caseOpened'), caseId: '' });
          }}
        />
      ) : (
        <div>
          <Button
            icon={<AddRegular />}
            onClick={() => {
              setNotice({ text: '', caseId: '' });
              setOpening(true);
            }}
          >
            {t('openCase')}
          </Button>
        </div>
      )}
      <LiveNotice message={notice.caseId ? '' : notice.text} />
      {cases.length ? (
        <ul className={listStyles.list} aria-labelledby="service-cases-heading">
          {cases.map((c) => (
            <ServiceCaseItem key={c.id} ref={rowRef(c.id)} serviceCase={c} deleted={gone(c.id)} notice={notice.caseId === c.id ? notice.text : ''} onNotice={(text) => setNotice({ text, caseId: c.id })} />
          ))}
        </ul>
      ) : (
        <Text className={listStyles.muted}>{t('none')}</Text>
      )}
    </div>
  );
}
