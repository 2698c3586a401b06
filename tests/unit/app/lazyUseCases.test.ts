import { lazyUseCases } from '../../../src/app/lazyUseCases';

const aGroup = () => ({
  double: async (n: number) => n * 2,
  fail: async () => {
    throw new Error('refused');
  },
});

describe('lazyUseCases', () => {
  it('loads the group once, on the first call, and passes calls and answers through', async () => {
    const load = jest.fn(async () => aGroup());
    const group = lazyUseCases(load);
    expect(load).not.toHaveBeenCalled();

    const answers = await Promise.all([group.double(2), group.double(5)]);

    expect(answers).toEqual([4, 10]);
    expect(await group.double(7)).toBe(14);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('rejects as the use case does', async () => {
    await expect(lazyUseCases(async () => aGroup()).fail()).rejects.toThrow('refused');
  });

  it('rejects a call when the code cannot be loaded, and tries again on the next call', async () => {
    const load = jest.fn<Promise<ReturnType<typeof aGroup>>, []>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(aGroup());
    const group = lazyUseCases(load);

    await expect(group.double(1)).rejects.toThrow('offline');
    expect(await group.double(1)).toBe(2);
  });

  it('has its eager members from the start, without loading', () => {
    const load = jest.fn(async () => aGroup());
    const group = lazyUseCases(load, { currency: 'EUR', preview: (n: number) => n + 1 });

    expect(group.currency).toBe('EUR');
    expect(group.preview(1)).toBe(2);
    expect(load).not.toHaveBeenCalled();
  });

  it('is not a promise itself, so returning it from an async function does not call into it', async () => {
    const load = jest.fn(async () => aGroup());
    const group = lazyUseCases(load);

    const same = await (async () => group)();

    expect(same).toBe(group);
    expect(load).not.toHaveBeenCalled();
  });
});
