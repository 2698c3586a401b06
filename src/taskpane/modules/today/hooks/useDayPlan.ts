import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';

/** The day's plan (live), and whether the store has any client yet: a new user sees a welcome instead. */
export function useDayPlan() {
  const app = useApp();
  const plan = useLive(() => app.queries.dayPlan(), []);
  const clients = useLive(() => app.queries.countClients(), []);
  return {
    today: plan.data?.today,
    rows: plan.data?.rows,
    hasClients: clients.data === undefined ? undefined : clients.data > 0,
    loading: plan.loading,
    error: plan.error,
  };
}
