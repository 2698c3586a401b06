import type { Campaign } from '../../../../domain/model/Campaign';

type CampaignOptionsProps = {
  campaigns: Campaign[];
  /** The campaign chosen now, offered even when archived so the select can show it. */
  current: string;
  noneLabel: string;
};

/** A campaign select's options: none, then the campaigns not archived. */
export function CampaignOptions({ campaigns, current, noneLabel }: CampaignOptionsProps) {
  return (
    <>
      <option value="">{noneLabel}</option>
      {campaigns
        .filter((c) => !c.archived || c.id === current)
        .map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
    </>
  );
}
