import { useState } from 'react';
import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';

/** Whose Next contacts the day's plan lists. */
export type PlanScope = 'mine' | 'everyone';

const nobody = () => Promise.resolve(null);

/**
 * The day's plan (live), and whether the store has any client yet: a new user sees a welcome instead.
 * In a team, a manager's plan starts with their own Next contacts; the head of sales, who steers
 * everyone's, starts with the whole team's, until the user picks. Alone, every plan is the user's.
 */
export function useDayPlan() {
  const app = useApp();
  const team = app.team?.connection() ? app.team : null;
  const mode = team ? 'team' : 'single';
  const [chosen, setScope] = useState<PlanScope | null>(null);
  // Live: the members list may reach a new pane after its first sync.
  const me = useLive(() => (team ? team.me() : nobody()), [mode]);
  const scope: PlanScope | null = !team ? 'everyone' : (chosen ?? (me.loading ? null : me.data?.role === 'head-of-sales' ? 'everyone' : 'mine'));
  const email = app.host.userProfile().email;
  const plan = useLive(() => (scope === null ? nobody() : app.queries.dayPlan(scope === 'mine' ? email : undefined)), [scope ?? 'pending', email]);
  // Whether colleagues have plans due too: only then is there a choice to offer.
  const all = useLive(() => (team ? app.queries.dayPlan() : nobody()), [mode]);
  const clients = useLive(() => app.queries.hasClients(), []);
  const others = !!all.data?.rows.some((r) => r.plans.some((p) => p.owner.trim() && p.owner.trim().toLowerCase() !== email.toLowerCase()));
  return {
    today: plan.data?.today,
    rows: plan.data?.rows,
    hasClients: clients.data,
    loading: plan.loading || scope === null,
    error: plan.error,
    scope,
    setScope,
    canChooseScope: !!team && others,
  };
}
