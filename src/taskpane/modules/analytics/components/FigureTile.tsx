import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    // Label at the top, as in the tile beside it whose amount takes two lines (a button centres it).
    justifyContent: 'flex-start',
    // At least as wide as its longest amount (amounts never break inside), so a tile whose amount
    // does not fit half the pane takes a row of its own.
    flex: '1 1 110px',
    minWidth: 'min-content',
    height: 'auto',
    padding: tokens.spacingHorizontalS,
    textAlign: 'start',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // An amount breaks only between currencies ("€71,200.00 · UAH 62,008,025.00"), never inside a
  // number; break-word is the last resort for one amount wider than the pane.
  value: { overflowWrap: 'break-word', fontVariantNumeric: 'tabular-nums' },
  warn: { color: tokens.colorPaletteRedForeground1 },
});

export type FigureTileProps = { label: string; value: string; count: number; warn?: boolean; onOpen: () => void };

/** One KPI: its label and value; pressing it lists the records behind it. */
export function FigureTile({ label, value, count, warn = false, onOpen }: FigureTileProps) {
  const styles = useStyles();
  return (
    <Button appearance="subtle" className={styles.tile} onClick={onOpen} disabled={count === 0} data-testid="figure-tile">
      <Caption1>{label}</Caption1>
      <Text size={400} weight="semibold" className={mergeClasses(styles.value, warn && styles.warn)}>
        {value}
      </Text>
    </Button>
  );
}
