/**
 * For a makeStyles rule around form fields: the fields and the controls in them may shrink below
 * their intrinsic width, because the pane is narrow.
 */
export const shrinkableFields = {
  '& > *': { minWidth: 0 },
  '& > * > *': { minWidth: 0 },
  '& input': { minWidth: 0 },
  '& select': { minWidth: 0 },
};
