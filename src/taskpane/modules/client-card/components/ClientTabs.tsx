import { OverflowTabs } from '../../../ui/OverflowTabs';

export const clientTabs = ['card', 'contacts', 'history', 'plans', 'deals', 'service-cases'] as const;
export type ClientTab = (typeof clientTabs)[number];

/**
 * Which tabs stay in the row longest: the selected one, then the card, then History (what a
 * manager opens most, mid-call), then the rest in their order. Position in the row never changes.
 */
const keepOrder: readonly ClientTab[] = ['card', 'history', 'contacts', 'plans', 'deals', 'service-cases'];

type ClientTabsProps = {
  selected: ClientTab;
  onSelect: (tab: ClientTab) => void;
  /** The id of the panel the tabs control. */
  panelId: string;
  labelOf: (tab: ClientTab) => string;
  /** The tab list's accessible name. */
  label: string;
  /** The menu button's text and its accessible name ("{{count}} more sections"). */
  more: string;
  moreLabel: (count: number) => string;
};

/** The six client sections as tabs in one row at any pane width; those that do not fit are a "More" menu away. */
export function ClientTabs({ selected, onSelect, panelId, labelOf, label, more, moreLabel }: ClientTabsProps) {
  return (
    <OverflowTabs
      tabs={clientTabs}
      keepOrder={keepOrder}
      selected={selected}
      onSelect={onSelect}
      labelOf={labelOf}
      label={label}
      more={more}
      moreLabel={moreLabel}
      panelId={panelId}
      tabId={(tab) => `client-tab-${tab}-button`}
    />
  );
}
