import { tabsInRow } from '../../../src/taskpane/ui/tabsInRow';

// The client sections as Ukrainian lays them out at 320 px (296 px of row, «Ще» 55 px).
const widths: Record<string, number> = { card: 70, history: 67, contacts: 144, plans: 153, deals: 60, 'service-cases': 90 };
const order = ['card', 'history', 'contacts', 'plans', 'deals', 'service-cases'];
const widthOf = (tab: string) => widths[tab]!;

describe('tabsInRow', () => {
  it('keeps every tab when all fit, without room for More', () => {
    expect([...tabsInRow(order, widthOf, 584, 55)]).toEqual(order);
  });

  it('lets a narrower tab later in the order take the room a wider one could not', () => {
    expect([...tabsInRow(order, widthOf, 296, 55)]).toEqual(['card', 'history', 'deals']);
  });

  it('keeps the first tab (the selected one) even when it alone is wider than the row', () => {
    expect([...tabsInRow(['plans', 'card'], widthOf, 100, 55)]).toEqual(['plans']);
  });

  it('shows every tab when the row is not laid out (no width)', () => {
    expect([...tabsInRow(order, widthOf, 0, 55)]).toEqual(order);
  });
});
