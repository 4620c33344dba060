import { Scheduler } from './scheduler';

function scheduler(onError: (error: unknown) => void = () => undefined): Scheduler {
  return new Scheduler(1_000, onError);
}

describe('Scheduler zero-delay queue', () => {
  test('runs deferred work in FIFO order, work queued by work included, one promise turn before each task', async () => {
    const s = scheduler();
    const seen: string[] = [];
    s.defer(() => {
      seen.push('a');
      s.defer(() => seen.push('c'));
    });
    s.defer(() => seen.push('b'));
    // A continuation queued now runs after the first task and before the second: one turn per task.
    void Promise.resolve().then(() => seen.push('app'));
    expect(seen).toEqual([]);
    await s.settle();
    expect(seen).toEqual(['a', 'app', 'b', 'c']);
  });

  test('a throwing task is reported and the rest of the queue still runs', async () => {
    const errors: unknown[] = [];
    const s = scheduler((error) => errors.push(error));
    const seen: number[] = [];
    s.defer(() => {
      throw new Error('listener failed');
    });
    s.defer(() => seen.push(2));
    await s.settle();
    expect(errors).toEqual([new Error('listener failed')]);
    expect(seen).toEqual([2]);
  });

  test('if the error handler itself throws, settle() rejects with it and the queued tasks run on the next settle', async () => {
    const s = scheduler(() => {
      throw new Error('handler broke');
    });
    const seen: number[] = [];
    s.defer(() => {
      throw new Error('task');
    });
    s.defer(() => seen.push(2));
    await expect(s.settle()).rejects.toThrow('handler broke');
    expect(seen).toEqual([]);
    s.defer(() => seen.push(3));
    await s.settle();
    expect(seen).toEqual([2, 3]);
  });

  test('a long queue (past the compaction point) runs every task once, in order', async () => {
    const s = scheduler();
    const seen: number[] = [];
    for (let i = 0; i < 5_000; i++) s.defer(() => seen.push(i));
    await s.settle();
    expect(seen).toEqual(Array.from({ length: 5_000 }, (_, i) => i));
    s.defer(() => seen.push(-1));
    await s.settle();
    expect(seen[seen.length - 1]).toBe(-1);
    expect(seen).toHaveLength(5_001);
  });

  test('tasks queued by tasks during a long drain (past the compaction point) keep their order; busy() tells', async () => {
    const s = scheduler();
    const seen: number[] = [];
    for (let i = 0; i < 3_000; i++) {
      s.defer(() => {
        seen.push(i);
        if (i % 2 === 0) s.defer(() => seen.push(10_000 + i));
      });
    }
    expect(s.busy()).toBe(true);
    await s.settle();
    expect(s.busy()).toBe(false);
    const expected = [...Array.from({ length: 3_000 }, (_, i) => i), ...Array.from({ length: 1_500 }, (_, k) => 10_000 + 2 * k)];
    expect(seen).toEqual(expected);
  });
});
