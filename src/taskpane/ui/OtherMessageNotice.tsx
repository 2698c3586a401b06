import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { MailItem } from '../../domain/ports';
import { useT } from '../i18n/useT';
import { useLeave } from './LeaveGuard';
import { otherMessageStrings } from './otherMessageStrings';

type OtherMessageNoticeProps = { item: MailItem; onShow: () => void };

/**
 * Outlook's selection moved while the manager was on another screen. The screen stays, since it
 * may hold a form being filled in; the notice says so and leads to the message in one step, asking
 * first if that form holds typing.
 */
export function OtherMessageNotice({ item, onShow }: OtherMessageNoticeProps) {
  const { t } = useT(otherMessageStrings);
  const leave = useLeave();
  const text = item.mode === 'compose' ? t('compose') : item.subject.trim() ? t('read', { subject: item.subject.trim() }) : t('readNoSubject');
  return (
    <MessageBar intent="info" layout="multiline" aria-live="polite">
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => leave(onShow)}>
          {t('show')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
