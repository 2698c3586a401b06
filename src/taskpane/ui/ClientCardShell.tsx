import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronRightRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { PaneCard } from './PaneCard';

const useStyles = makeStyles({
  card: { cursor: 'pointer', padding: tokens.spacingHorizontalM },
  // What stands beside the name moves below it when the whole name would not fit on a line beside it.
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  name: {
    flexGrow: 1,
    minWidth: 0,
    display: 'block',
    padding: 0,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    textAlign: 'start',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThick },
    ':hover': { color: tokens.colorBrandForeground1, textDecorationLine: 'underline' },
  },
  // The name keeps room for the chevron at its end, so the last word wraps together with it rather
  // than the chevron wrapping onto a line alone; the chevron then draws itself back into that room.
  nameText: { overflowWrap: 'anywhere', paddingRight: `calc(1em + ${tokens.spacingHorizontalXXS})` },
  chevron: { verticalAlign: 'middle', marginLeft: '-1em' },
});

type ClientCardShellProps = {
  name: string;
  /** The name button's accessible name when the visible name alone does not say what it does. */
  nameLabel?: string;
  onOpen: () => void;
  /** Extra card styles of the caller, such as its spacing or a highlight. */
  className?: string;
  /** What stands beside the name: a status or counts. */
  aside: ReactNode;
  children: ReactNode;
};

/**
 * A client's card in a list. The card is clickable for the mouse; the name is a real button for
 * keyboards and screen readers, whose click bubbles to the card, so one activation opens it once.
 */
export function ClientCardShell({ name, nameLabel, onOpen, className, aside, children }: ClientCardShellProps) {
  const styles = useStyles();
  return (
    <PaneCard className={mergeClasses(styles.card, className)} onClick={onOpen}>
      <div className={styles.head}>
        <button type="button" className={styles.name} aria-label={nameLabel}>
          <span className={styles.nameText}>{name}</span>
          <ChevronRightRegular className={styles.chevron} aria-hidden />
        </button>
        {aside}
      </div>
      {children}
    </PaneCard>
  );
}
