import { NativeRecorder } from './recorder';

const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await null;
};

describe('NativeRecorder', () => {
  const inner = {
    ok: (a: number, b: string) => Promise.resolve(a + b.length),
    no: () => Promise.reject(Object.assign(new Error('engine is null'), { code: 'ENGINE_DESTROYED' })),
    sync: () => undefined,
    boom: () => {
      throw new TypeError('bad');
    },
  };

  test('records every call, its arguments as passed and how native answered', async () => {
    const r = new NativeRecorder(inner);
    await expect(r.native.ok(2, 'abc')).resolves.toBe(5);
    await expect(r.native.no()).rejects.toMatchObject({ code: 'ENGINE_DESTROYED' });
    expect(r.native.sync()).toBeUndefined();
    expect(() => r.native.boom()).toThrow(TypeError);
    expect(r.calls.map((c) => [c.method, c.args, c.outcome.kind])).toEqual([
      ['ok', [2, 'abc'], 'resolved'],
      ['no', [], 'rejected'],
      ['sync', [], 'returned'],
      ['boom', [], 'threw'],
    ]);
    expect(r.native.missing).toBeUndefined();
  });

  test('in hold mode the wrapper gets native\'s answer only on release, in the order asked for', async () => {
    const r = new NativeRecorder(inner);
    r.hold = true;
    const order: number[] = [];
    r.native.ok(1, '').then((v: number) => order.push(v));
    r.native.ok(2, '').then((v: number) => order.push(v));
    await turns();
    expect(order).toEqual([]);
    expect(r.calls.map((c) => [c.outcome.kind, c.released])).toEqual([['resolved', false], ['resolved', false]]);
    r.release('lifo');
    await turns();
    expect(order).toEqual([2, 1]);
    expect(r.calls.every((c) => c.released)).toBe(true);
  });
});
