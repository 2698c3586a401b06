/**
 * Runs `task` once the browser has nothing more urgent to do — the frames being rendered, input —
 * or after `timeoutMs` at the latest; where it has no idle callbacks (Safari), after a short delay.
 */
export function whenIdle(task: () => void, timeoutMs = 2_000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, 200);
}
