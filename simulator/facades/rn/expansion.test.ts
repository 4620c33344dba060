import { RC } from '../../index';
import { ask, GROUP, L, people, PRIVATE, textMessage } from '../../testing/history';

import { callWithEvents, connectAs, record } from '../../testing/rn';
import type { Device, World } from '../../index';

/** Sends a text with expansion enabled (set before sending, seed 004 L2599-2607). */
async function sendExpandable(world: World, device: Device, type: number, targetId: string, text: string, expansion: Record<string, string> | null = {}) {
  await world.clock.advance(1_000);
  const message = { ...(await textMessage(device, type, targetId, text)), expansion };
  const { events } = await callWithEvents(device, 'sendMessage', [message], ['onMessageSent']);
  await world.settle();
  return events.onMessageSent[0].message;
}

const update = (world: World, device: Device, uid: string, expansion: Record<string, string>) =>
  ask(world, device, 'updateMessageExpansion', [uid, expansion], ['onMessageExpansionUpdated']).then((r) => (r.code === 0 ? r.onMessageExpansionUpdated.code : r.code));
const remove = (world: World, device: Device, uid: string, keys: string[]) =>
  ask(world, device, 'removeMessageExpansionForKeys', [uid, keys], ['onMessageExpansionForKeysRemoved']).then((r) => (r.code === 0 ? r.onMessageExpansionForKeysRemoved.code : r.code));

describe('RN native: message expansion', () => {
  test('an update reaches the other side as only the changed pairs, with the whole expansion on the message', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const sent = await sendExpandable(world, alice, PRIVATE, 'bob', 'poll', { votes: '0' });
    const heard = record(bob, [L('onRemoteMessageExpansionUpdated')]);
    expect(await update(world, alice, sent.messageUId, { votes: '1', open: 'yes' })).toBe(0);
    expect(heard).toHaveLength(1);
    expect(heard[0].data.expansion).toEqual({ votes: '1', open: 'yes' });
    expect(heard[0].data.message).toMatchObject({ messageUId: sent.messageUId, expansion: { votes: '1', open: 'yes' }, text: 'poll' });
    expect(alice.engine!.store.getByUId(sent.messageUId)!.expansion).toEqual({ votes: '1', open: 'yes' });
    expect(world.server.remoteHistory('bob', PRIVATE, 'alice')[0].expansion).toEqual({ votes: '1', open: 'yes' });

    // Either side may change it: bob's update reaches alice.
    const aliceHeard = record(alice, [L('onRemoteMessageExpansionUpdated')]);
    expect(await update(world, bob, sent.messageUId, { votes: '2' })).toBe(0);
    expect(aliceHeard[0].data).toMatchObject({ expansion: { votes: '2' }, message: { expansion: { votes: '2', open: 'yes' } } });
  });

  test('removing keys reaches the other side as onRemoteMessageExpansionForKeyRemoved {message, keys}', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const sent = await sendExpandable(world, alice, PRIVATE, 'bob', 'x', { a: '1', b: '2', c: '3' });
    const heard = record(bob, [L('onRemoteMessageExpansionForKeyRemoved')]);
    expect(await remove(world, alice, sent.messageUId, ['a', 'zz'])).toBe(0);
    expect(heard[0].data.keys).toEqual(['a', 'zz']);
    expect(heard[0].data.message.expansion).toEqual({ b: '2', c: '3' });
    expect(bob.engine!.store.getByUId(sent.messageUId)!.expansion).toEqual({ b: '2', c: '3' });
    expect(alice.engine!.store.getByUId(sent.messageUId)!.expansion).toEqual({ b: '2', c: '3' });
  });

  test('group: every other member hears the change', async () => {
    const { world, alice, bob, carol } = await people(['alice', 'bob', 'carol']);
    world.server.createGroup('g1', ['alice', 'bob', 'carol']);
    const sent = await sendExpandable(world, alice, GROUP, 'g1', 'g');
    const heard = [alice, bob, carol].map((d) => record(d, [L('onRemoteMessageExpansionUpdated')]));
    expect(await update(world, carol, sent.messageUId, { k: 'v' })).toBe(0);
    expect(heard.map((h) => h.length)).toEqual([1, 1, 0]);
  });

  test('limits: key > 32, value > 4096, > 20 pairs a call, > 300 on the message give 34010 and change nothing', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const sent = await sendExpandable(world, alice, PRIVATE, 'bob', 'x');
    const heard = record(bob, [L('onRemoteMessageExpansionUpdated')]);
    expect(await update(world, alice, sent.messageUId, { ['k'.repeat(33)]: 'v' })).toBe(RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED);
    expect(await update(world, alice, sent.messageUId, { k: 'v'.repeat(4097) })).toBe(RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED);
    const pairs = (n: number, prefix: string) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 'v']));
    expect(await update(world, alice, sent.messageUId, pairs(21, 'a'))).toBe(RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED);
    expect(await update(world, alice, sent.messageUId, { ['k'.repeat(32)]: 'v'.repeat(4096) })).toBe(0);
    for (let i = 0; i < 14; i++) expect(await update(world, alice, sent.messageUId, pairs(20, `p${i}-`))).toBe(0);
    expect(Object.keys(alice.engine!.store.getByUId(sent.messageUId)!.expansion!)).toHaveLength(281);
    expect(await update(world, alice, sent.messageUId, pairs(20, 'last-'))).toBe(RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED);
    expect(await update(world, alice, sent.messageUId, pairs(19, 'last-'))).toBe(0);
    expect(Object.keys(alice.engine!.store.getByUId(sent.messageUId)!.expansion!)).toHaveLength(300);
    // Replacing existing keys stays within the limit.
    expect(await update(world, alice, sent.messageUId, { 'last-0': 'again' })).toBe(0);
    expect(heard).toHaveLength(17);
  });

  test('34008 for a message sent without expansion or outside private/group; 34203 for an unknown UId; -101 for empty arguments', async () => {
    const { world, alice } = await people(['alice', 'bob']);
    const plain = await sendExpandable(world, alice, PRIVATE, 'bob', 'plain', null);
    expect(await update(world, alice, plain.messageUId, { k: 'v' })).toBe(RC.MESSAGE_CANT_EXPAND);
    expect(await remove(world, alice, plain.messageUId, ['k'])).toBe(RC.MESSAGE_CANT_EXPAND);
    expect(await update(world, alice, 'AAAA-BBBB-CCCC-DDDD', { k: 'v' })).toBe(RC.INVALID_PARAMETER_MESSAGE_UID);
    const system = { ...(await textMessage(alice, 4, 'admin', 'sys')), direction: 1, expansion: {} };
    const inserted = (await ask(world, alice, 'insertMessage', [system], ['onMessageInserted'])).onMessageInserted.message;
    alice.engine!.store.update(alice.engine!.store.get(inserted.messageId)!, { messageUId: 'SYS0-SYS0-SYS0-SYS0' });
    expect(await update(world, alice, 'SYS0-SYS0-SYS0-SYS0', { k: 'v' })).toBe(RC.MESSAGE_CANT_EXPAND);
    expect(await update(world, alice, '', { k: 'v' })).toBe(-101);
    expect(await update(world, alice, plain.messageUId, {})).toBe(-101);
    expect(await remove(world, alice, plain.messageUId, [])).toBe(-101);
  });

  test('an offline participant catches up at the next login; offline callers get 30002', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const sent = await sendExpandable(world, alice, PRIVATE, 'bob', 'x');
    await bob.rn.native.disconnect(true);
    await world.settle();
    expect(await update(world, alice, sent.messageUId, { seen: 'no' })).toBe(0);
    const heard = record(bob, [L('onRemoteMessageExpansionUpdated')]);
    await connectAs(world, bob, 'bob');
    expect(heard.map((e) => e.data.expansion)).toEqual([{ seen: 'no' }]);
    expect(bob.engine!.store.getByUId(sent.messageUId)!.expansion).toEqual({ seen: 'no' });
    alice.network.down();
    expect(await update(world, alice, sent.messageUId, { seen: 'yes' })).toBe(RC.NETWORK_UNAVAILABLE);
    expect(alice.engine!.store.getByUId(sent.messageUId)!.expansion).toEqual({ seen: 'no' });
  });

  test('legacy wrappers hear onMessageExpansionUpdated {code, messageUId, expansion} and onMessageExpansionForKeysRemoved {code, messageUId, keys}', async () => {
    const { world, alice } = await people(['alice', 'bob']);
    const sent = await sendExpandable(world, alice, PRIVATE, 'bob', 'x');
    const events = record(alice, [L('onMessageExpansionUpdated'), L('onMessageExpansionForKeysRemoved')]);
    const expansion = { k: 'v' };
    await alice.rn.native.updateMessageExpansion(sent.messageUId, expansion);
    await world.settle();
    await alice.rn.native.removeMessageExpansionForKeys(sent.messageUId, ['k']);
    await world.settle();
    expect(events.map((e) => e.data)).toEqual([
      { code: 0, messageUId: sent.messageUId, expansion: { k: 'v' } },
      { code: 0, messageUId: sent.messageUId, keys: ['k'] },
    ]);
    expect(events[0].data.expansion).not.toBe(expansion);
  });
});
