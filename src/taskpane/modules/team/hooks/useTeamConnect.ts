import { useState } from 'react';
import type { ConnectReport, ConnectStep } from '../../../../app/team/TeamController';
import type { TeamConnectReason } from '../../../../app/team/TeamConnectError';
import type { TeamSettings } from '../../../../app/team/TeamSettings';
import { ValidationError } from '../../../../app/validation';
import { errorMessage } from '../../../../domain/errorMessage';
import { useApp } from '../../../ui/AppContext';

type ConnectState =
  | { kind: 'idle' }
  | { kind: 'working'; step: ConnectStep }
  | { kind: 'connected'; report: ConnectReport }
  /** Fields Connect refused before reaching the network. */
  | { kind: 'invalid'; fields: (keyof TeamSettings)[] }
  /** `message`: the technical detail, shown only where the reason alone does not help ('failed'). */
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
        if (e instanceof ValidationError) return setState({ kind: 'invalid', fields: e.errors.map((f) => f.field as keyof TeamSettings) });
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
