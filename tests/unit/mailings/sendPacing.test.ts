import { nextSendTime } from '../../../src/domain/rules/sendPacing';

const MIN = 60_000;

describe('nextSendTime', () => {
  it('sends at once under the limits', () => {
    expect(nextSendTime([0, 1000], 2000)).toBe(2000);
  });

  it('waits until the 30th-last message of the minute leaves the window', () => {
    const sent = Array.from({ length: 30 }, (_, i) => i * 1000);
    expect(nextSendTime(sent, 30_000)).toBe(MIN);
  });

  it('waits a day-window after 10,000 recipients', () => {
    const sent = Array.from({ length: 10_000 }, (_, i) => i * 3000);
    const now = 10_000 * 3000;
    expect(nextSendTime(sent, now)).toBe(24 * 60 * MIN);
  });
});
