import { makeStyles, tokens } from '@fluentui/react-components';
import { shrinkableFields } from './shrinkableFields';

/** A pane form's column: its fields, messages and buttons one under another. */
const column = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusMedium,
} as const;

const frame = { ...column, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, minWidth: 0 } as const;

const shaded = { ...column, backgroundColor: tokens.colorNeutralBackground2 } as const;

/** The pane's forms: a bordered (or shaded) column, two-field rows and the button row. */
export const useFormStyles = makeStyles({
  form: { ...frame, ...shrinkableFields },
  /** The same frame for short forms whose fields keep their intrinsic width. */
  plainForm: frame,
  pair: {
    display: 'grid',
    // 140 px holds a date field ("28.11.2026" and its calendar button): at 320 px a pair stacks rather than clip.
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    ...shrinkableFields,
    // Fields side by side share rows for label, box, message and hint, so their boxes stay level when
    // one label wraps or one field alone has a hint (stretched to the row, a box grew taller instead).
    // The rows carry no gap, which empty message rows would add up: each field's margin spaces them,
    // and the last row's is taken back, since the form's own gap follows.
    '& > .fui-Field': { gridRow: 'span 4', gridTemplateRows: 'subgrid', marginBottom: tokens.spacingVerticalS },
    marginBottom: `calc(-1 * ${tokens.spacingVerticalS})`,
  },
  /** A form inside a record's box, shaded rather than framed: it belongs to the record around it. */
  shadedForm: { ...shaded, minWidth: 0, ...shrinkableFields },
  /** The same shading around a question asked in place, such as confirming a delete. */
  shadedBox: shaded,
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
