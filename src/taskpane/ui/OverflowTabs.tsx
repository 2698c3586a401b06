/*
 * A screen's tabs in one row at any pane width (Outlook's pane is 320 px and up): the tabs that do
 * not fit go into a "More" menu, as in Fluent's TabList overflow pattern. The selected tab leaves
 * the row last, so choosing one from the menu brings it into the row. Shared by the client card's
 * sections and the mailings screen.
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
import { useEffect, useRef } from 'react';
import { useLeave } from './LeaveGuard';

const useStyles = makeStyles({
  // The row never wraps: what does not fit goes to the menu. minWidth 0 lets it shrink in the pane.
  tabs: { flexWrap: 'nowrap', minWidth: 0, overflow: 'hidden' },
  // A little tighter than Fluent's small tabs: three Ukrainian sections and More fit a 320 px pane.
  tab: { flexShrink: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  more: { flexShrink: 0, minWidth: 'auto', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

export type OverflowTabsProps<T extends string> = {
  /** The tabs in the order the row shows them. */
  tabs: readonly T[];
  /** Which tabs stay in the row longest, first to last (the selected one stays longer still). */
  keepOrder: readonly T[];
  selected: T;
  onSelect: (tab: T) => void;
  labelOf: (tab: T) => string;
  /** The tab list's accessible name. */
  label: string;
  /** The menu button's text and its accessible name ("More sections: {{n}}"). */
  more: string;
  moreLabel: (count: number) => string;
  /** The id of the panel the tabs control, and each tab's id (the panel is labelled by the selected one). */
  panelId?: string;
  tabId?: (tab: T) => string;
};

/** Tabs in one row; those that do not fit are a "More" menu away. */
export function OverflowTabs<T extends string>({ tabs, keepOrder, selected, onSelect, labelOf, label, more, moreLabel, panelId, tabId }: OverflowTabsProps<T>) {
  const styles = useStyles();
  const row = useRef<HTMLDivElement>(null);
  const chosenFromMenu = useRef<T | null>(null);
  const leave = useLeave();
  // Another tab replaces the panel, and a form in it: it asks first if that form holds typing.
  const choose = (tab: T, then: () => void) =>
    tab === selected ? then() : leave(then, panelId === undefined ? undefined : document.getElementById(panelId));
  // A section chosen from More moves into the row: the focus follows it there, as if its tab had
  // been pressed, instead of staying on More (where Fluent's menu returns it).
  useEffect(() => {
    if (chosenFromMenu.current !== selected) return;
    chosenFromMenu.current = null;
    let frames = 0;
    let frame = 0;
    const focusTab = () => {
      // By its value: Fluent marks the newly selected tab a render later than this effect runs.
      const tab = row.current?.querySelector<HTMLElement>(`[data-tab="${CSS.escape(selected)}"]`);
      // The row measures itself a frame or two after the change; until then the tab is still hidden.
      if (tab && tab.offsetParent !== null) tab.focus();
      else if (++frames < 10) frame = requestAnimationFrame(focusTab);
    };
    focusTab();
    return () => cancelAnimationFrame(frame);
  }, [selected]);
  const selectFromMenu = (tab: T) =>
    choose(tab, () => {
      chosenFromMenu.current = tab;
      onSelect(tab);
    });
  // No padding: jsdom (no layout) then shows every tab, and a real pane measures exactly.
  return (
    <Overflow padding={0}>
      <TabList ref={row} className={styles.tabs} size="small" aria-label={label} selectedValue={selected} onTabSelect={(_, d) => choose(d.value as T, () => onSelect(d.value as T))}>
        {tabs.map((tab) => (
          <OverflowItem key={tab} id={tab} priority={tab === selected ? keepOrder.length + 1 : keepOrder.length - keepOrder.indexOf(tab)}>
            <Tab className={styles.tab} value={tab} data-tab={tab} id={tabId?.(tab)} aria-controls={panelId}>
              {labelOf(tab)}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs tabs={tabs} labelOf={labelOf} onSelect={selectFromMenu} more={more} moreLabel={moreLabel} />
      </TabList>
    </Overflow>
  );
}

type MoreTabsProps<T extends string> = Pick<OverflowTabsProps<T>, 'tabs' | 'labelOf' | 'onSelect' | 'more' | 'moreLabel'>;

function MoreTabs<T extends string>({ tabs, labelOf, onSelect, more, moreLabel }: MoreTabsProps<T>) {
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
          {tabs.map((tab) => (
            <HiddenTabItem key={tab} tab={tab} label={labelOf(tab)} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenTabItem<T extends string>({ tab, label, onSelect }: { tab: T; label: string; onSelect: (tab: T) => void }) {
  const visible = useIsOverflowItemVisible(tab);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab)}>{label}</MenuItem>;
}
