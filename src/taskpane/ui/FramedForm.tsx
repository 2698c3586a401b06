import { Text } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useFormStyles } from './useFormStyles';

type FramedFormProps = {
  /** The form's heading, which also names it for assistive technology. */
  title: string;
  onSubmit: () => void;
  children: ReactNode;
};

/** A pane form in its frame, named by its heading; the browser's own validation is left to the app's messages. */
export function FramedForm({ title, onSubmit, children }: FramedFormProps) {
  const formStyles = useFormStyles();
  const headingId = useId();
  return (
    <form
      className={formStyles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Text as="h3" weight="semibold" id={headingId}>
        {title}
      </Text>
      {children}
    </form>
  );
}
