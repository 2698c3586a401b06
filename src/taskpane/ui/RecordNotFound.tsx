import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';

type RecordNotFoundProps = {
  message: string;
  backLabel: string;
  onBack: () => void;
  /** The screen's own column, so the notice stands where the record would have. */
  className: string;
};

/** A screen opened for a record that is gone (deleted, or removed by a sync): it says so and leads back. */
export function RecordNotFound({ message, backLabel, onBack, className }: RecordNotFoundProps) {
  return (
    <div className={className}>
      <MessageBar intent="warning">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
      <div>
        <Button icon={<ArrowLeftRegular />} onClick={onBack}>
          {backLabel}
        </Button>
      </div>
    </div>
  );
}
