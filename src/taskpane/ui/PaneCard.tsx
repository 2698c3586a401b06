import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/*
 * Fluent's Card (filled, medium, vertical) as the pane's first screen uses it: a container, never
 * focusable itself. Fluent's own Card brings its focus manager (tabster) into the pane's first
 * script, about a tenth of it, for focus modes these cards never turn on.
 */
const useStyles = makeStyles({
  card: {
    overflow: 'hidden',
    position: 'relative',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // The border lies over the content, as Fluent's does, so forced colours draw it around the card.
    '::after': {
      content: '""',
      position: 'absolute',
      inset: 0,
      pointerEvents: 'none',
      ...shorthands.borderStyle('solid'),
      ...shorthands.borderWidth(tokens.strokeWidthThin),
      ...shorthands.borderColor(tokens.colorTransparentStroke),
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  interactive: {
    cursor: 'pointer',
    // Text inside a clickable card takes the card's colour, which follows the hover.
    '& .fui-Text': { color: 'currentColor' },
    ':hover': { color: tokens.colorNeutralForeground1Hover, backgroundColor: tokens.colorNeutralBackground1Hover, boxShadow: tokens.shadow8 },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    '@media (forced-colors: active)': {
      ':hover, :active': { forcedColorAdjust: 'none', backgroundColor: 'Highlight', color: 'HighlightText' },
      '::after': shorthands.borderColor('Highlight'),
    },
  },
});

type PaneCardProps = {
  /** Makes the whole card clickable for the mouse; keyboards need a button inside it. */
  onClick?: () => void;
  className?: string;
  children: ReactNode;
};

/** A card on the pane: a raised surface grouping one client's facts. */
export function PaneCard({ onClick, className, children }: PaneCardProps) {
  const styles = useStyles();
  return (
    <div role="group" className={mergeClasses(styles.card, onClick && styles.interactive, className)} onClick={onClick}>
      {children}
    </div>
  );
}
