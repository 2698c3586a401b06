import { Caption1, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { useFailedLabel } from '../../../ui/useFailedLabel';
import { useLive } from '../../../ui/useLive';
import { campaignsStrings } from '../campaignsStrings';
import { CampaignOptions } from './CampaignOptions';

type ClientCampaignFieldProps = { clientId: string };

/** Which campaign brought the client; changing it ties (or unties) the client at once. */
export function ClientCampaignField({ clientId }: ClientCampaignFieldProps) {
  const { t } = useT(campaignsStrings);
  const app = useApp();
  const [message, setMessage] = useState<{ state: 'success' | 'error'; text: string; code?: string | null } | null>(null);
  const labelled = useFailedLabel();
  const campaigns = useLive(() => app.deals.queries.campaigns(), []).data ?? [];
  const current = useLive(async () => (await app.queries.clientCard(clientId)).client?.campaignId ?? '', [clientId]).data ?? '';
  const tie = async (campaignId: string) => {
    try {
      await app.deals.tieClientToCampaign(clientId, campaignId);
      const name = campaigns.find((c) => c.id === campaignId)?.name;
      setMessage({ state: 'success', text: name ? t('clientTied', { name }) : t('clientUntied') });
    } catch (error) {
      setMessage({ state: 'error', ...labelled((message) => t('saveFailed', { message }), error) });
    }
  };
  return (
    <Field
      label={t('clientCampaign')}
      hint={message ? undefined : t('clientCampaignHint')}
      validationState={message?.state ?? 'none'}
      validationMessage={
        message && (
          <>
            {message.text}
            {message.code && <Caption1 block>{message.code}</Caption1>}
          </>
        )
      }
    >
      <Select value={current} onChange={(_, d) => void tie(d.value)}>
        <CampaignOptions campaigns={campaigns} current={current} noneLabel={t('noCampaign')} />
      </Select>
    </Field>
  );
}
