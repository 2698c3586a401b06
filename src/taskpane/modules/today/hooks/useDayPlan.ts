import { useApp } from '../../../ui/AppContext';
import { useLive } from '../../../ui/useLive';

/** The day's plan (live), and whether the store has any client yet: a new user sees a welcome instead. */
export function useDayPlan() {
  const app = useApp();
  const plan = useLive(() => app.queries.dayPlan(), []);
  const clients = useLive(() => app.queries.hasClients(), []);
  return {
    today: plan.data?.today,
    rows: plan.data?.rows,
    hasClients: clients.data,
    loading: plan.loading,
    error: plan.error,
  };
}
