import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { AttachRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Contact } from '../../../../domain/model/Contact';
import type { EmailParticipant, HistoryEntry } from '../../../../domain/model/HistoryEntry';
import { useT } from '../../../i18n/useT';
import { useApp } from '../../../ui/AppContext';
import { formatWhen } from '../../../ui/localDates';
import { useReferenceItems } from '../../../ui/useReferenceItems';
import { ServiceCaseName } from '../../service-cases/components/ServiceCaseName';
import { historyStrings } from '../historyStrings';
import { DepartmentBadge } from './DepartmentBadge';
import { EmailAttachments } from './EmailAttachments';
import { EntryText } from './EntryText';

const useStyles = makeStyles({
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  // Body size even for secondary facts: the entry is read off the screen mid-call.
  meta: { color: tokens.colorNeutralForeground2 },
  // Read aloud during a call: body-sized text with generous leading.
  body: { margin: 0, whiteSpace: 'pre-wrap', fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase400 },
  collapsed: { display: '-webkit-box', WebkitLineClamp: '4', WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  detail: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase400 },
  label: { fontWeight: tokens.fontWeightSemibold },
});

const LONG_TEXT = 280;
// A collapsed entry shows four lines; rendering only its start keeps a history of long emails light.
const COLLAPSED_CHARS = 1_000;

const people = (list: readonly (EmailParticipant | null)[]) =>
  list
    .filter((p): p is EmailParticipant => p !== null)
    .map((p) => (p.name ? `${p.name} <${p.email}>` : p.email))
    .join(', ');

/** `author`: the author's name as the pane shows people (see usePeopleNames). */
type HistoryEntryItemProps = { entry: HistoryEntry; author: string; contacts: ReadonlyMap<string, Contact> };

/** One history entry as a manager reads it on the phone: what, who, when, the text, the outcome. */
export function HistoryEntryItem({ entry, author, contacts }: HistoryEntryItemProps) {
  const { t, locale } = useT(historyStrings);
  const app = useApp();
  const { labelOf } = useReferenceItems();
  const styles = useStyles();
  const textId = useId();
  const [expanded, setExpanded] = useState(false);
  const long = entry.text.length > LONG_TEXT || entry.text.split('\n').length > 4;
  const names = entry.contactIds.map((id) => contacts.get(id)?.name).filter(Boolean);
  const email = entry.email;
  return (
    <li className={styles.entry}>
      <div className={styles.head}>
        <Text weight="semibold">{labelOf('historyType', entry.type)}</Text>
        <DepartmentBadge department={entry.department} />
        <Text className={styles.meta}>
          <time dateTime={entry.at}>{formatWhen(entry.at, locale, app.clock.now())}</time> · {t('by', { author })}
        </Text>
      </div>
      {entry.serviceCaseId && <ServiceCaseName clientId={entry.clientId} serviceCaseId={entry.serviceCaseId} className={styles.meta} />}
      {entry.subject && (
        <Text as="h3" weight="semibold" size={300}>
          {entry.subject}
        </Text>
      )}
      {names.length > 0 && <Text className={styles.meta}>{names.join(', ')}</Text>}
      {entry.text && (
        <p id={textId} className={mergeClasses(styles.body, long && !expanded && styles.collapsed)}>
          {long && !expanded ? entry.text.slice(0, COLLAPSED_CHARS) : <EntryText text={entry.text} images={email?.savedAttachments ?? []} />}
        </p>
      )}
      {long && (
        <div>
          <Button size="small" appearance="transparent" aria-expanded={expanded} aria-controls={textId} onClick={() => setExpanded(!expanded)}>
            {expanded ? t('showLess') : t('showMore')}
          </Button>
        </div>
      )}
      {entry.outcome && (
        <p className={styles.detail}>
          <span className={styles.label}>{t('outcome')}:</span> {entry.outcome}
        </p>
      )}
      {typeof entry.surveyScore === 'number' && (
        <p className={styles.detail}>
          <span className={styles.label}>{t('surveyScore')}:</span> {t('scoreOf', { score: entry.surveyScore })}
        </p>
      )}
      {email && (
        <>
          {email.from && (
            <p className={styles.detail}>
              <span className={styles.label}>{t('from')}:</span> {people([email.from])}
            </p>
          )}
          {email.to.length > 0 && (
            <p className={styles.detail}>
              <span className={styles.label}>{t('to')}:</span> {people(email.to)}
            </p>
          )}
          {email.cc.length > 0 && (
            <p className={styles.detail}>
              <span className={styles.label}>{t('cc')}:</span> {people(email.cc)}
            </p>
          )}
          {(email.savedAttachments || email.skippedAttachments) && <EmailAttachments email={email} text={entry.text} />}
          {email.attachmentNames.length > 0 && !email.savedAttachments && !email.skippedAttachments && (
            <p className={styles.detail}>
              <AttachRegular aria-hidden /> <span className={styles.label}>{t('attachments')}:</span> {email.attachmentNames.join(', ')}
            </p>
          )}
        </>
      )}
      {entry.completesPlannedContactId && <Text className={styles.meta}>{t('completedPlan')}</Text>}
    </li>
  );
}
