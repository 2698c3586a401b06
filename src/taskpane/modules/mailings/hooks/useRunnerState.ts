import { useEffect, useState } from 'react';
import type { Mailings } from '../../../../app/mailingUseCases';
import type { RunnerState } from '../../../../app/MailingRunner';

/** What the mailing runner is doing now: sending, or waiting for the mailbox's limits. */
export function useRunnerState(mailings: Mailings): { runner: RunnerState } {
  const [runner, setRunner] = useState<RunnerState>(() => mailings.runner.state());
  useEffect(() => mailings.runner.onState(setRunner), [mailings]);
  return { runner };
}
