import { makeStyles, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useFormStyles } from '../../../ui/useFormStyles';

const useStyles = makeStyles({
  // Side by side from a 380 px pane: narrower, two selects cut "Останні 12 місяців" short.
  // Dense: the field after Period (Team member) stays beside it when Period's own days take a row
  // of their own below, rather than leaving a hole beside Period and dropping under the days.
  columns: { gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 180px), 1fr))', gridAutoFlow: 'row dense' },
});

/**
 * The fields above a tab's figures (period, Team member…) as a form's field pair: they shrink to
 * their column (a select is otherwise as wide as its longest option, and a Team member's name
 * pushed it past a 320 px pane's edge) and stack where two do not fit.
 */
export function Pickers({ children }: { children: ReactNode }) {
  const form = useFormStyles();
  const styles = useStyles();
  return <div className={mergeClasses(form.pair, styles.columns)}>{children}</div>;
}
