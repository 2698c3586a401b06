import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { EditedRecord } from '../../app/DeletedWhileEditingError';
import { useDeletedRecordMessage } from './useDeletedRecordMessage';

type DeletedRowNoticeProps = { record: EditedRecord };

/**
 * In place of a kept row's contents (useRowsKeptWhileTyping's `gone`): a colleague deleted the record
 * while its form here holds typing, so its last figures, badges and buttons would read as current.
 */
export function DeletedRowNotice({ record }: DeletedRowNoticeProps) {
  const words = useDeletedRecordMessage();
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{words(record, 'row')}</MessageBarBody>
    </MessageBar>
  );
}
