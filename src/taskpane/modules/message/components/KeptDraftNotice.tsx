import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { useId, useLayoutEffect, useReducer, useRef } from 'react';
import { useT } from '../../../i18n/useT';
import { keptDraftStrings } from '../keptDraftStrings';
import type { KeptDraft, MessageDrafts } from '../MessageDrafts';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const controls = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** The first control after `element` in the page, to take the focus from a button that goes. */
function controlAfter(element: Element): HTMLElement | null {
  return [...document.querySelectorAll<HTMLElement>(controls)].find((c) => !element.contains(c) && element.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) ?? null;
}

function KeptDraftBar({ kept, onDiscard }: { kept: KeptDraft; onDiscard: (bar: HTMLElement) => void }) {
  const { t } = useT(keptDraftStrings);
  const bar = useRef<HTMLDivElement>(null);
  const textId = useId();
  return (
    <MessageBar ref={bar} intent="info" layout="multiline">
      <MessageBarBody id={textId}>{t(kept.form, { subject: kept.subject || t('noSubject') })}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" aria-describedby={textId} onClick={() => bar.current && onDiscard(bar.current)}>
          {t('discard')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

type KeptDraftNoticeProps = { drafts: MessageDrafts; itemId: string };

/**
 * On a message's card: what was typed in Record contact or Plan next contact on another message is
 * kept until the manager opens that message again, or discards it here (no question: the button
 * says what it does).
 */
export function KeptDraftNotice({ drafts, itemId }: KeptDraftNoticeProps) {
  const styles = useStyles();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // The Discard pressed goes with its notice: the next control (another notice's, or the card's) takes the focus.
  const next = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    next.current?.focus();
    next.current = null;
  });
  const kept = drafts.typedElsewhere(itemId);
  if (!kept.length) return null;
  return (
    <div className={styles.list}>
      {kept.map((k) => (
        <KeptDraftBar
          key={k.itemId}
          kept={k}
          onDiscard={(bar) => {
            next.current = controlAfter(bar);
            drafts.drop(k.itemId);
            rerender();
          }}
        />
      ))}
    </div>
  );
}
