import { useRef, useState } from 'react';
import { cancellableSteps, type ConnectReport, type ConnectStep } from '../../../../app/team/TeamController';
import { TeamConnectError, type TeamConnectReason } from '../../../../app/team/TeamConnectError';
import type { TeamSettings } from '../../../../app/team/TeamSettings';
import { ValidationError } from '../../../../app/validation';
import { useApp } from '../../../ui/AppContext';
import { useWithdrawnOnFormError } from '../../../ui/latestOutcome';

type ConnectState =
  | { kind: 'idle' }
  /** `retry`: a call to the site got no answer and is being tried again, `attempt` of `of`. */
  | { kind: 'working'; step: ConnectStep; retry: { attempt: number; of: number } | null }
  | { kind: 'connected'; report: ConnectReport }
  | { kind: 'cancelled' }
  /** Fields Connect refused before reaching the network. */
  | { kind: 'invalid'; fields: (keyof TeamSettings)[] }
  /** `code`: what an administrator can look up, shown under 'failed'; never the library's sentence. */
  | { kind: 'failed'; reason: TeamConnectReason; code: string | null };

/**
 * Connect, its Cancel and Disconnect for the Team store section, with the step Connect is at and why
 * it failed. Cancel is offered while Connect signs in and checks the site, before it writes anything;
 * it stops the calls at once, and whatever the cancelled Connect says afterwards is not shown.
 */
export function useTeamConnect() {
  const app = useApp();
  const [state, setState] = useState<ConnectState>({ kind: 'idle' });
  const running = useRef<{ stop: AbortController; step: ConnectStep } | null>(null);
  const canCancel = state.kind === 'working' && cancellableSteps.includes(state.step);
  // Only the latest outcome shows: a role the store then refuses must not stand beside "Connected."
  useWithdrawnOnFormError(() => setState((s) => (s.kind === 'connected' ? { kind: 'idle' } : s)));
  return {
    state,
    canCancel,
    async connect(settings: TeamSettings) {
      if (!app.team) return;
      const attempt = { stop: new AbortController(), step: 'signing-in' as ConnectStep };
      running.current = attempt;
      const { signal } = attempt.stop;
      setState({ kind: 'working', step: 'signing-in', retry: null });
      try {
        const report = await app.team.connect(settings, {
          signal,
          onStep: (step) => {
            attempt.step = step;
            if (!signal.aborted) setState({ kind: 'working', step, retry: null });
          },
          onRetry: (retry) => {
            if (!signal.aborted) setState((s) => (s.kind === 'working' ? { ...s, retry } : s));
          },
        });
        setState({ kind: 'connected', report });
      } catch (e) {
        if (signal.aborted) return;
        if (e instanceof ValidationError) return setState({ kind: 'invalid', fields: e.errors.map((f) => f.field as keyof TeamSettings) });
        setState(e instanceof TeamConnectError ? { kind: 'failed', reason: e.reason, code: e.code } : { kind: 'failed', reason: 'failed', code: null });
      } finally {
        if (running.current === attempt) running.current = null;
      }
    },
    /** Read from the running Connect itself, not the last render: a step it has just moved past is not cancelled. */
    cancel() {
      const attempt = running.current;
      if (!attempt || !cancellableSteps.includes(attempt.step)) return;
      attempt.stop.abort();
      setState({ kind: 'cancelled' });
    },
    async disconnect() {
      await app.team?.disconnect();
      setState({ kind: 'idle' });
    },
  };
}
