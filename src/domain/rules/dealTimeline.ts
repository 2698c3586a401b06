import type { Deal, StageChange } from '../model/Deal';
import type { HistoryEntry } from '../model/HistoryEntry';

export type DealTimelineItem = { kind: 'stage'; at: string; change: StageChange } | { kind: 'history'; at: string; entry: HistoryEntry };

/** A deal's own timeline, newest first: its stage changes and the history entries linked to it. */
export function dealTimeline(deal: Deal, history: readonly HistoryEntry[]): DealTimelineItem[] {
  const items: DealTimelineItem[] = [
    ...deal.stageHistory.map((change): DealTimelineItem => ({ kind: 'stage', at: change.at, change })),
    ...history.filter((e) => e.dealId === deal.id).map((entry): DealTimelineItem => ({ kind: 'history', at: entry.at, entry })),
  ];
  // Stable on equal instants: a stage change recorded with an entry stays after it.
  return items.map((item, i) => ({ item, i })).sort((a, b) => b.item.at.localeCompare(a.item.at) || b.i - a.i).map(({ item }) => item);
}
