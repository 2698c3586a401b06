import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { errorMessage } from '../../../../domain/errorMessage';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';
import { campaignsStrings } from '../campaignsStrings';
import { CampaignOptions } from './CampaignOptions';

type ClientCampaignFieldProps = { clientId: string };

/** Which campaign brought the client; changing it ties (or unties) the client at once. */
export function ClientCampaignField({ clientId }: ClientCampaignFieldProps) {
  const { t } = useT(campaignsStrings);
  const app = useApp();
  const [message, setMessage] = useState<{ state: 'success' | 'error'; text: string } | null>(null);
  const campaigns = useLive(() => app.deals.queries.campaigns(), []).data ?? [];
  const current = useLive(async () => (await app.queries.clientCard(clientId)).client?.campaignId ?? '', [clientId]).data ?? '';
  const tie = async (campaignId: string) => {
    try {
      await app.deals.tieClientToCampaign(clientId, campaignId);
      const name = campaigns.find((c) => c.id === campaignId)?.name;
      setMessage({ state: 'success', text: name ? t('clientTied', { name }) : t('clientUntied') });
    } catch (error) {
      setMessage({ state: 'error', text: t('saveFailed', { message: errorMessage(error) }) });
    }
  };
  return (
    <Field label={t('clientCampaign')} hint={message ? undefined : t('clientCampaignHint')} validationState={message?.state ?? 'none'} validationMessage={message?.text}>
      <Select value={current} onChange={(_, d) => void tie(d.value)}>
        <CampaignOptions campaigns={campaigns} current={current} noneLabel={t('noCampaign')} />
      </Select>
    </Field>
  );
}
