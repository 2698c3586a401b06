import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type ReactNode } from 'react';
import { useTooWide } from '../hooks/useTooWide';

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
    // A sum in several currencies wraps between them inside its link: each line to the end too.
    '& td.num, & th.num, & td.num button': { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'normal' },
    '& td.wrap, & td:first-child': { whiteSpace: 'normal', minWidth: '96px' },
  },
  // A table too wide for the pane, a row to a block: its first cell as a title, then each other
  // column's header and value on a line.
  rows: { listStyleType: 'none', margin: 0, padding: 0, fontSize: tokens.fontSizeBase200 },
  row: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  title: { fontWeight: tokens.fontWeightSemibold },
  pairs: { margin: 0 },
  pair: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  label: { color: tokens.colorNeutralForeground2, flexShrink: 0, maxWidth: '45%' },
  // A sum in several currencies wraps between them inside its link: each line to the end too.
  value: { margin: 0, textAlign: 'end', fontVariantNumeric: 'tabular-nums', '& button': { textAlign: 'end' } },
});

/** `wrap`: long text (a reason, a name) that wraps between words rather than widening the table. */
export type Column<R> = { header: string; numeric?: boolean; wrap?: boolean; cell: (row: R) => ReactNode };

export type DataTableProps<R> = { caption: string; columns: Column<R>[]; rows: R[]; rowKey: (row: R) => string };

/**
 * A table of figures, or where the pane is too narrow for its columns, its rows as blocks (so no
 * column hides behind a sideways scroll).
 */
export function DataTable<R>({ caption, columns, rows, rowKey }: DataTableProps<R>) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const [first, ...rest] = columns;
  if (useTooWide(box, rows) && first)
    return (
      // Nothing here scrolls: the list alone carries the caption, not a region around it as well.
      <div ref={box}>
        <ul className={styles.rows} aria-label={caption}>
          {rows.map((r) => (
            <li key={rowKey(r)} className={styles.row}>
              <div className={styles.title}>{first.cell(r)}</div>
              <dl className={styles.pairs}>
                {rest.map((c) => (
                  <div key={c.header} className={styles.pair}>
                    <dt className={styles.label}>{c.header}</dt>
                    <dd className={styles.value}>{c.cell(r)}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <div ref={box} className={styles.scroll} tabIndex={0} role="region" aria-label={caption}>
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
