/*
 * The client's section tabs in one row at any pane width (Outlook's pane is 320 px and up): the
 * tabs that do not fit go into a "More" menu, as in Fluent's TabList overflow pattern. The selected
 * tab leaves the row last, so choosing one from the menu brings it into the row.
 */
import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';

export const clientTabs = ['card', 'contacts', 'history', 'plans', 'deals', 'service-cases'] as const;
export type ClientTab = (typeof clientTabs)[number];

/**
 * Which tabs stay in the row longest: the selected one, then the card, then History (what a
 * manager opens most, mid-call), then the rest in their order. Position in the row never changes.
 */
const keepOrder: readonly ClientTab[] = ['card', 'history', 'contacts', 'plans', 'deals', 'service-cases'];

const useStyles = makeStyles({
  // The row never wraps: what does not fit goes to the menu. minWidth 0 lets it shrink in the pane.
  tabs: { flexWrap: 'nowrap', minWidth: 0, overflow: 'hidden' },
  // A little tighter than Fluent's small tabs: three Ukrainian sections and More fit a 320 px pane.
  tab: { flexShrink: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  more: { flexShrink: 0, minWidth: 'auto', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

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

/** The six client sections as tabs in one row; those that do not fit are a "More" menu away. */
export function ClientTabs({ selected, onSelect, panelId, labelOf, label, more, moreLabel }: ClientTabsProps) {
  const styles = useStyles();
  // No padding: jsdom (no layout) then shows every tab, and a real pane measures exactly.
  return (
    <Overflow padding={0}>
      <TabList className={styles.tabs} size="small" aria-label={label} selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as ClientTab)}>
        {clientTabs.map((tab) => (
          <OverflowItem key={tab} id={tab} priority={tab === selected ? keepOrder.length + 1 : keepOrder.length - keepOrder.indexOf(tab)}>
            <Tab className={styles.tab} value={tab} id={`client-tab-${tab}-button`} aria-controls={panelId}>
              {labelOf(tab)}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs labelOf={labelOf} onSelect={onSelect} more={more} moreLabel={moreLabel} />
      </TabList>
    </Overflow>
  );
}

type MoreTabsProps = Pick<ClientTabsProps, 'labelOf' | 'onSelect' | 'more' | 'moreLabel'>;

function MoreTabs({ labelOf, onSelect, more, moreLabel }: MoreTabsProps) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {/* role="tab" keeps it in the tab row's arrow-key navigation, as Fluent's overflow example does. */}
        <Button
          ref={ref}
          role="tab"
          appearance="transparent"
          size="small"
          className={styles.more}
          icon={<ChevronDownRegular />}
          iconPosition="after"
          aria-label={moreLabel(overflowCount)}
          aria-haspopup="menu"
        >
          {more}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {clientTabs.map((tab) => (
            <HiddenTabItem key={tab} tab={tab} label={labelOf(tab)} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenTabItem({ tab, label, onSelect }: { tab: ClientTab; label: string; onSelect: (tab: ClientTab) => void }) {
  const visible = useIsOverflowItemVisible(tab);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab)}>{label}</MenuItem>;
}
