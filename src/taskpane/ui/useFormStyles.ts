import { makeStyles, tokens } from '@fluentui/react-components';

/** Fields and the controls in them may shrink below their intrinsic width: the pane is narrow. */
const shrinkable = {
  '& > *': { minWidth: 0 },
  '& > * > *': { minWidth: 0 },
  '& input': { minWidth: 0 },
  '& select': { minWidth: 0 },
};

const frame = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusMedium,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  minWidth: 0,
} as const;

/** The framed form of the pane: a bordered column, two-field rows and the button row. */
export const useFormStyles = makeStyles({
  form: { ...frame, ...shrinkable },
  /** The same frame for short forms whose fields keep their intrinsic width. */
  plainForm: frame,
  pair: {
    display: 'grid',
    // 140 px holds a date field ("mm/dd/yyyy" and its calendar button): at 320 px a pair stacks rather than clip.
    gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalS,
    ...shrinkable,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
