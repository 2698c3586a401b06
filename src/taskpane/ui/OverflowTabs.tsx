/*
 * A screen's tabs in one row at any pane width (Outlook's pane is 320 px and up): the tabs that do
 * not fit go into a "More" menu. The selected tab leaves the row last, so choosing one from the
 * menu brings it into the row. Measured here, not by Fluent's Overflow: its priority queue stopped
 * at the first tab too wide for what was left, however much room a later one needed (tabsInRow).
 * Shared by the client card's sections, mailings and analytics.
 */
import { Button, makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Tab, TabList, tokens } from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useLeave } from './LeaveGuard';
import { tabsInRow } from './tabsInRow';

const useStyles = makeStyles({
  // The row never wraps: what does not fit goes to the menu. minWidth 0 lets it shrink in the pane.
  tabs: { flexWrap: 'nowrap', minWidth: 0, overflow: 'hidden' },
  // A little tighter than Fluent's small tabs: more sections fit a 320 px pane.
  tab: { flexShrink: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  more: { flexShrink: 0, minWidth: 'auto', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

/** Each tab's width and More's, as measured with the labels they were measured for. */
type Widths = { labels: string; tabs: Map<string, number>; more: number };

/** The widths of the tabs (and More) now in the row, over those measured before. */
function measure(row: HTMLElement, more: HTMLElement | null, before: Widths | null, labels: string): Widths {
  const tabs = new Map(before?.labels === labels ? before.tabs : []);
  row.querySelectorAll<HTMLElement>('[data-tab]').forEach((tab) => tabs.set(tab.dataset.tab ?? '', tab.offsetWidth));
  return { labels, tabs, more: more?.offsetWidth ?? before?.more ?? 0 };
}

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
  const moreButton = useRef<HTMLButtonElement>(null);
  const chosenFromMenu = useRef<T | null>(null);
  const leave = useLeave();
  // Every tab is in the row for one layout whenever the labels change (a language, the compose
  // mode's fewer sections), to be measured before the first paint; after that, the row's width decides.
  const labels = [...tabs.map(labelOf), more].join('\u0000');
  const [widths, setWidths] = useState<Widths | null>(null);
  const [room, setRoom] = useState(0);
  const measured = widths?.labels === labels ? widths : null;
  useLayoutEffect(() => {
    if (measured || !row.current) return;
    setWidths(measure(row.current, moreButton.current, null, labels));
    setRoom(row.current.clientWidth);
  }, [measured, labels]);
  useEffect(() => {
    const element = row.current;
    if (!element) return;
    // The tabs in view are measured again too: a late web font changes their widths.
    const observer = new ResizeObserver(() => {
      setWidths((before) => before && measure(element, moreButton.current, before, before.labels));
      setRoom(element.clientWidth);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const order = [selected, ...keepOrder, ...tabs].filter((tab, i, all) => tabs.includes(tab) && all.indexOf(tab) === i);
  const inRow = measured ? tabsInRow(order, (tab) => measured.tabs.get(tab) ?? 0, room, measured.more) : new Set(tabs);
  const hidden = tabs.filter((tab) => !inRow.has(tab));
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
      // The row lays the tab out a frame or two after the change; until then it is not there.
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
  return (
    <TabList ref={row} className={styles.tabs} size="small" aria-label={label} selectedValue={selected} onTabSelect={(_, d) => choose(d.value as T, () => onSelect(d.value as T))}>
      {tabs
        .filter((tab) => inRow.has(tab))
        .map((tab) => (
          <Tab key={tab} className={styles.tab} value={tab} data-tab={tab} id={tabId?.(tab)} aria-controls={panelId}>
            {labelOf(tab)}
          </Tab>
        ))}
      {/* In the row while it is measured, so its width is known before a tab has to go. */}
      {(!measured || hidden.length > 0) && <MoreTabs buttonRef={moreButton} hidden={hidden} labelOf={labelOf} onSelect={selectFromMenu} more={more} moreLabel={moreLabel} />}
    </TabList>
  );
}

type MoreTabsProps<T extends string> = Pick<OverflowTabsProps<T>, 'labelOf' | 'onSelect' | 'more' | 'moreLabel'> & {
  /** The tabs not in the row, in the row's order. */
  hidden: readonly T[];
  buttonRef: RefObject<HTMLButtonElement | null>;
};

function MoreTabs<T extends string>({ hidden, labelOf, onSelect, more, moreLabel, buttonRef }: MoreTabsProps<T>) {
  const styles = useStyles();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {/* role="tab" keeps it in the tab row's arrow-key navigation, as Fluent's overflow example does. */}
        <Button
          ref={buttonRef}
          role="tab"
          appearance="transparent"
          size="small"
          className={styles.more}
          icon={<ChevronDownRegular />}
          iconPosition="after"
          aria-label={moreLabel(hidden.length)}
          aria-haspopup="menu"
        >
          {more}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {hidden.map((tab) => (
            <MenuItem key={tab} onClick={() => onSelect(tab)}>
              {labelOf(tab)}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
