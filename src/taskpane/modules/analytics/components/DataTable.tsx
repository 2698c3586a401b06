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
    '& th, & td': { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, whiteSpace: 'nowrap' },
    // Headers wrap between words, and sums in several currencies between the currencies (Intl
    // keeps each amount whole with no-break spaces): the columns of money then fit a 320 px pane.
    '& th': { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, whiteSpace: 'normal', verticalAlign: 'bottom' },
    '& td.num, & th.num': { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'normal' },
    '& td:first-child': { whiteSpace: 'normal', minWidth: '96px' },
  },
});

export type Column<R> = { header: string; numeric?: boolean; cell: (row: R) => ReactNode };

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
                <td key={c.header} className={c.numeric ? 'num' : undefined}>
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
