import { createWorld } from '../../index';
import { connectAs } from '../../testing/rn';
import { bridgeCopy } from './bridge-copy';

describe('bridgeCopy (what the device log records of a call)', () => {
  test('a message changed after it was sent does not rewrite the logged call', async () => {
    const world = createWorld({ seed: 3 });
    const phone = world.device({ id: 'alice-phone' });
    await connectAs(world, phone, 'alice');
    const message = (await phone.rn.native.createTextMessage(1, 'bob', '', 'first')) as Record<string, unknown>;
    await phone.rn.native.sendMessage(message, 's1');
    message.text = 'second';
    await phone.rn.native.sendMessage(message, 's2');
    await world.settle();
    const sent = phone.log.filter('call', 'sendMessage').map((e) => ((e.data as unknown[])[0] as { text: string }).text);
    expect(sent).toEqual(['first', 'second']);
  });

  test('copies plain data deeply and describes what cannot cross, cycles included', () => {
    const nested = { list: [1, { deep: 'x' }] };
    const copied = bridgeCopy(nested) as typeof nested;
    expect(copied).toEqual(nested);
    expect(copied.list).not.toBe(nested.list);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(bridgeCopy([cyclic, () => 1, new Map(), 2n, null, undefined])).toEqual([{ a: 1, self: '[cycle]' }, '[a function]', '[Map]', '[2n]', null, undefined]);
  });

  test('records what a bridge carries of an object: no symbol keys, getters read once, nothing shared', () => {
    let reads = 0;
    const source = { [Symbol('tag')]: 1, plain: 'x', get counted() { return ++reads; }, nested: { fn: () => 2 } };
    const copied = bridgeCopy(source) as Record<string | symbol, unknown>;
    expect(Object.getOwnPropertySymbols(copied)).toEqual([]);
    expect(copied).toEqual({ plain: 'x', counted: 1, nested: { fn: '[a function]' } });
    expect(reads).toBe(1);
    expect(copied.nested).not.toBe(source.nested);
  });
});
