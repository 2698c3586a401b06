import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { UndoAutoLogReport } from '../../../../app/autoLog';
import { useT } from '../../../i18n/useT';
import { messageLoggingStrings } from '../messageLoggingStrings';

type UndoneMessageProps = { report: UndoAutoLogReport };

/** An undone automatic log: whether Outlook's category went too, and if not, what the user can do. */
export function UndoneMessage({ report }: UndoneMessageProps) {
  const { t } = useT(messageLoggingStrings);
  if (report.categoryRemoved) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t('undone')}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" data-testid="undo-category-kept">
      <MessageBarBody>{report.why === 'failed' ? t('undoneCategoryKept') : t(`undoneCategoryKept.${report.why}`)}</MessageBarBody>
    </MessageBar>
  );
}
