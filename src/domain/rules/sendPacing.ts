/** Exchange Online's sending limits for one mailbox. */
export type SendLimits = { perMinute: number; perDay: number };

export const exchangeSendLimits: SendLimits = { perMinute: 30, perDay: 10_000 };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The earliest instant (ms) at or after `now` when one more message keeps the mailbox within both
 * sliding windows: at most perMinute messages in any 60 s and perDay recipients in any 24 h.
 * `sentAt` holds the instants (ms) of earlier sends, one per recipient, in any order.
 */
export function nextSendTime(sentAt: readonly number[], now: number, limits: SendLimits = exchangeSendLimits): number {
  const sorted = [...sentAt].sort((a, b) => a - b);
  let next = now;
  const inWindow = (length: number) => sorted.filter((t) => t > now - length);
  const minute = inWindow(MINUTE);
  if (minute.length >= limits.perMinute) next = Math.max(next, (minute[minute.length - limits.perMinute] ?? now) + MINUTE);
  const day = inWindow(DAY);
  if (day.length >= limits.perDay) next = Math.max(next, (day[day.length - limits.perDay] ?? now) + DAY);
  return next;
}
