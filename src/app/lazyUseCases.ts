/** A group whose every member is an async function: callers await each call anyway. */
export type AsyncGroup<T> = { [K in keyof T]: (...args: never[]) => Promise<unknown> };

/**
 * A group of use cases whose code loads on its first call, so the pane's start (home and the first
 * client card) does without it: `load` is a dynamic import that builds the group. `eager` members
 * are there from the start (plain values or sync functions a form calls while typing), and stand
 * for the group's members of the same name; every other member must be async.
 * Calls made before the code arrives wait for it; calls after it arrived go straight through.
 */
export function lazyUseCases<L extends AsyncGroup<Omit<L, keyof E>>, E extends object = Record<never, never>>(
  load: () => Promise<L>,
  eager?: E,
): Omit<L, keyof E> & E {
  let group: L | undefined;
  let loading: Promise<L> | undefined;
  const loaded = () =>
    (loading ??= load().then(
      (g) => (group = g),
      (error: unknown) => {
        // A chunk that failed to arrive (offline for a moment) is asked for again on the next call.
        loading = undefined;
        throw error;
      },
    ));
  const call = (g: L, key: keyof L, args: unknown[]) => (g[key] as unknown as (...a: unknown[]) => Promise<unknown>)(...args);
  const target = (eager ?? {}) as E;
  return new Proxy(target, {
    get(eagerMembers, key) {
      if (Object.hasOwn(eagerMembers, key)) return eagerMembers[key as keyof E];
      // Not thenable: awaiting or returning the group itself must not call into it.
      if (typeof key === 'symbol' || key === 'then') return undefined;
      return (...args: unknown[]) => (group ? call(group, key as keyof L, args) : loaded().then((g) => call(g, key as keyof L, args)));
    },
  }) as Omit<L, keyof E> & E;
}
