import { useCallback, useEffect, useState } from 'react';
import type { Department } from '../../../../domain/model/Department';
import { readDecimal } from '../../../../domain/readDecimal';
import { useApp } from '../../../ui/AppContext';
import { localDateTimeInput } from '../../../ui/localDates';

/** A contact being recorded by hand, as typed: the app reads and checks it on saving. */
export type ContactDraft = {
  /** A 'historyType' code. */
  type: string;
  /** Its day and time as 'YYYY-MM-DDTHH:MM', in the user's time zone. */
  at: string;
  text: string;
  outcome: string;
  /** A survey's score as typed; '' for none. */
  score: string;
  /** '' until the user's own department is known; the user can still choose another. */
  department: Department | '';
};

/**
 * The fields every contact recorded by hand shares — Record contact, and the entries of marketing
 * and after-sales — starting as a call now (or as `type`: the kind a plan being done named), in the
 * user's department (`fallbackDepartment` when the user's cannot be read), and those fields as the
 * app records them. `kept`: the fields as a form drawn again was left.
 */
export function useContactDraft(fallbackDepartment: Department, type = 'call', kept?: ContactDraft) {
  const app = useApp();
  const [draft, setDraft] = useState<ContactDraft>(() => kept ?? {
    type,
    at: localDateTimeInput(app.clock.now()),
    text: '',
    outcome: '',
    score: '',
    department: '',
  });

  useEffect(() => {
    let cancelled = false;
    // A department the user already chose stays.
    const settle = (department: Department) => !cancelled && setDraft((d) => (d.department ? d : { ...d, department }));
    app.me().then(
      (me) => settle(me.department),
      () => settle(fallbackDepartment),
    );
    return () => {
      cancelled = true;
    };
  }, [app, fallbackDepartment]);

  const change = useCallback((patch: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...patch })), []);
  const survey = draft.type === 'survey';
  const when = new Date(draft.at);
  const score = draft.score.trim();
  return {
    draft,
    change,
    survey,
    recorded: {
      type: draft.type,
      // An unreadable time goes as '' so the app names the field.
      at: Number.isNaN(when.getTime()) ? '' : when.toISOString(),
      text: draft.text,
      outcome: draft.outcome,
      department: draft.department || undefined,
    },
    /** Typed with a comma or a point; only a survey has one. */
    surveyScore: survey && score !== '' ? readDecimal(score) : null,
  };
}
