import { Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { UndoAutoLogReport } from '../../../../app/autoLog';
import { useT } from '../../../i18n/useT';
import { failureStrings } from '../../../ui/failureStrings';
import { mailboxFailureOf } from '../hooks/useMailboxFailureWords';
import { messageLoggingStrings } from '../messageLoggingStrings';

type UndoneMessageProps = { report: UndoAutoLogReport };

/** An undone automatic log: whether Outlook's category went too, and if not, why and what the user can do. */
export function UndoneMessage({ report }: UndoneMessageProps) {
  const { t } = useT(messageLoggingStrings);
  const { t: failure } = useT(failureStrings);
  if (report.categoryRemoved) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t('undone')}</MessageBarBody>
      </MessageBar>
    );
  }
  const { why } = report;
  // Microsoft 365's or Outlook's refusal: a known reason in words, any other with its code.
  const refused = why === 'failed' ? mailboxFailureOf(report.error) : null;
  const text = why !== 'failed' ? t(`undoneCategoryKept.${why}`) : refused && refused.reason !== 'failed' ? t(`undoneCategoryKept.${refused.reason}`) : t('undoneCategoryKept');
  return (
    <MessageBar intent="warning" data-testid="undo-category-kept">
      <MessageBarBody>
        {text}
        {refused?.code && <Caption1 block>{failure('code', { code: refused.code })}</Caption1>}
      </MessageBarBody>
    </MessageBar>
  );
}
