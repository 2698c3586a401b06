import { SyncScheduler, type IntervalTimers, type SyncTriggers } from '../../../src/sync/SyncScheduler';

function fakeTriggers() {
  let visible = true;
  const visibility = new Set<() => void>();
  const online = new Set<() => void>();
  const triggers: SyncTriggers = {
    isVisible: () => visible,
    onVisibilityChange: (l) => (visibility.add(l), () => visibility.delete(l)),
    onOnline: (l) => (online.add(l), () => online.delete(l)),
  };
  return {
    triggers,
    setVisible(v: boolean) {
      visible = v;
      visibility.forEach((l) => l());
    },
    goOnline: () => online.forEach((l) => l()),
    listeners: () => visibility.size + online.size,
  };
}

function fakeTimers() {
  let tick: (() => void) | null = null;
  const timers: IntervalTimers = { setInterval: (run) => ((tick = run), 1), clearInterval: () => (tick = null) };
  return { timers, tick: () => tick?.(), running: () => tick !== null };
}

describe('SyncScheduler', () => {
  it('syncs on open, every interval while visible, when shown again and when back online', () => {
    let syncs = 0;
    const engine = { sync: async () => void syncs++ };
    const t = fakeTriggers();
    const clock = fakeTimers();
    const scheduler = new SyncScheduler(engine, t.triggers, { timers: clock.timers });
    scheduler.start();
    expect(syncs).toBe(1);
    clock.tick();
    expect(syncs).toBe(2);
    t.setVisible(false);
    clock.tick();
    expect(syncs).toBe(2);
    t.setVisible(true);
    expect(syncs).toBe(3);
    t.goOnline();
    expect(syncs).toBe(4);
    scheduler.requestSync();
    expect(syncs).toBe(5);
  });

  it('keeps going after a failed sync and stops cleanly', async () => {
    let syncs = 0;
    const engine = { sync: () => (syncs++, Promise.reject(new Error('offline'))) };
    const t = fakeTriggers();
    const clock = fakeTimers();
    const scheduler = new SyncScheduler(engine, t.triggers, { timers: clock.timers });
    scheduler.start();
    await Promise.resolve();
    clock.tick();
    expect(syncs).toBe(2);
    scheduler.stop();
    expect(clock.running()).toBe(false);
    expect(t.listeners()).toBe(0);
  });
});
