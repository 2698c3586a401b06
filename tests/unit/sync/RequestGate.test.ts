import { RequestGate } from '../../../src/sync/RequestGate';

describe('RequestGate', () => {
  it('keeps at most the given number of calls in flight', async () => {
    const gate = new RequestGate(4, async () => undefined, () => 0.5, () => 0);
    let inFlight = 0;
    let most = 0;
    const call = () =>
      gate.run(async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
      });
    await Promise.all(Array.from({ length: 12 }, call));
    expect(most).toBe(4);
  });

  it('pauses every call until the pause has passed', async () => {
    let now = 1000;
    const slept: number[] = [];
    const gate = new RequestGate(4, async (ms) => {
      slept.push(ms);
      now += ms;
    }, () => 0.5, () => now);
    gate.pause(3000);
    const ran: number[] = [];
    await Promise.all([gate.run(async () => ran.push(now)), gate.run(async () => ran.push(now))]);
    expect(slept).toEqual([3000]);
    expect(ran).toEqual([4000, 4000]);
  });

  it('backs off exponentially with jitter, capped', () => {
    const gate = new RequestGate(4, async () => undefined, () => 1, () => 0);
    expect([1, 2, 3, 4].map((n) => gate.backoff(n))).toEqual([500, 1000, 2000, 4000]);
    expect(gate.backoff(30)).toBe(60_000);
    expect(new RequestGate(4, async () => undefined, () => 0, () => 0).backoff(3)).toBe(1000);
  });
});
