import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  // The pane is narrow: the table scrolls sideways inside its own box, the pane never does. A
  // shadow shows at an edge with more columns behind it (covers that scroll with the content hide
  // it at the ends), so a manager sees there is more to the table.
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    backgroundImage: [
      `linear-gradient(to right, ${tokens.colorNeutralBackground1} 30%, transparent)`,
      `linear-gradient(to left, ${tokens.colorNeutralBackground1} 30%, transparent)`,
      `radial-gradient(farthest-side at 0 50%, ${tokens.colorNeutralShadowAmbientDarker}, transparent)`,
      `radial-gradient(farthest-side at 100% 50%, ${tokens.colorNeutralShadowAmbientDarker}, transparent)`,
    ].join(', '),
    backgroundPosition: 'left center, right center, left center, right center',
    backgroundSize: '32px 100%, 32px 100%, 12px 100%, 12px 100%',
    backgroundRepeat: 'no-repeat',
    backgroundAttachment: 'local, local, scroll, scroll',
  },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    // Headers wrap between words, sums in several currencies between the currencies (Intl keeps
    // each amount whole with no-break spaces), and the first column and those marked `wrap` between
    // words: a table of a few columns then fits a 320 px pane, its figures in sight beside long
    // names and reasons. Other text stays on one line, so a wide table scrolls rather than growing
    // rows of one word each.
    '& th, & td': { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, whiteSpace: 'nowrap' },
    '& th': { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, verticalAlign: 'bottom', whiteSpace: 'normal' },
    '& td.num, & th.num': { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'normal' },
    '& td.wrap, & td:first-child': { whiteSpace: 'normal', minWidth: '96px' },
  },
});

/** `wrap`: long text (a reason, a name) that wraps between words rather than widening the table. */
export type Column<R> = { header: string; numeric?: boolean; wrap?: boolean; cell: (row: R) => ReactNode };

export type DataTableProps<R> = { caption: string; columns: Column<R>[]; rows: R[]; rowKey: (row: R) => string };

export function DataTable<R>({ caption, columns, rows, rowKey }: DataTableProps<R>) {
  const styles = useStyles();
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} className={c.numeric ? 'num' : undefined} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c) => (
                <td key={c.header} className={c.numeric ? 'num' : c.wrap ? 'wrap' : undefined}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
