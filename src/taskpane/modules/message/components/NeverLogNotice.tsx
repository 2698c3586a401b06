import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Recognition } from '../../../../app/recognizeMessage';
import { useT } from '../../../i18n/useT';
import { messageLoggingStrings } from '../messageLoggingStrings';

type NeverLogNoticeProps = { reason: NonNullable<Recognition['neverLog']> };

/** Says that, and why, the open message is never logged; there is no logging button to press. */
export function NeverLogNotice({ reason }: NeverLogNoticeProps) {
  const { t } = useT(messageLoggingStrings);
  const text =
    reason.kind === 'internal' ? t('neverLog.internal') : t(`neverLog.${reason.kind}`, { address: reason.address, rule: reason.rule });
  return (
    <MessageBar intent="info" data-testid="never-log-notice">
      <MessageBarBody>
        <MessageBarTitle>{t('neverLogTitle')}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}
