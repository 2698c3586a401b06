import { makeStyles, Text } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { FormDraft } from './FormDraft';
import { PaneForm } from './PaneForm';
import { useFormStyles } from './useFormStyles';

const useStyles = makeStyles({
  panelHeading: { margin: 0 },
});

type FramedFormProps = {
  /** The form's heading, which also names it for assistive technology. */
  title: string;
  onSubmit: () => void;
  children: ReactNode;
  /**
   * Where the heading stands in the pane's outline: 'h3' (the default) for a form inside a section,
   * 'h2' for a form at a screen's own level, 'panel' for an h2 sized and spaced like the headings of
   * the card's panels it stands among (History, Stage).
   */
  heading?: 'h3' | 'h2' | 'panel';
  /** Short forms keep their fields' intrinsic width instead of shrinking them with the pane. */
  plain?: boolean;
  /** Where the form's owner keeps its typing (PaneForm). */
  kept?: FormDraft<unknown>;
};

/** A pane form in its frame, named by its heading. */
export function FramedForm({ title, onSubmit, children, heading = 'h3', plain = false, kept }: FramedFormProps) {
  const formStyles = useFormStyles();
  const styles = useStyles();
  const headingId = useId();
  const panel = heading === 'panel';
  return (
    <PaneForm className={plain ? formStyles.plainForm : formStyles.form} labelledBy={headingId} onSubmit={onSubmit} kept={kept}>
      <Text
        as={panel ? 'h2' : heading}
        weight="semibold"
        size={panel ? 400 : undefined}
        id={headingId}
        className={panel ? styles.panelHeading : undefined}
      >
        {title}
      </Text>
      {children}
    </PaneForm>
  );
}
