import { useState } from 'react';
import type { ConnectReport, ConnectStep } from '../../../../app/team/TeamController';
import type { TeamConnectReason } from '../../../../app/team/TeamConnectError';
import type { TeamSettings } from '../../../../app/team/TeamSettings';
import { errorMessage } from '../../../../domain/errorMessage';
import { useApp } from '../../../ui/AppContext';

type ConnectState =
  | { kind: 'idle' }
  | { kind: 'working'; step: ConnectStep }
  | { kind: 'connected'; report: ConnectReport }
  | { kind: 'failed'; reason: TeamConnectReason; message: string };

/** Connect and Disconnect for the Team store section, with the step Connect is at and why it failed. */
export function useTeamConnect(): { state: ConnectState; connect: (settings: TeamSettings) => Promise<void>; disconnect: () => Promise<void> } {
  const app = useApp();
  const [state, setState] = useState<ConnectState>({ kind: 'idle' });
  return {
    state,
    async connect(settings) {
      if (!app.team) return;
      setState({ kind: 'working', step: 'signing-in' });
      try {
        const report = await app.team.connect(settings, (step) => setState({ kind: 'working', step }));
        setState({ kind: 'connected', report });
      } catch (e) {
        const reason = (e as { reason?: TeamConnectReason }).reason ?? 'failed';
        setState({ kind: 'failed', reason, message: errorMessage(e) });
      }
    },
    async disconnect() {
      await app.team?.disconnect();
      setState({ kind: 'idle' });
    },
  };
}
