import { RC } from '../../index';
import { ask, GROUP, L, people, PRIVATE, sendTexts, textMessage } from '../../testing/history';

import { callWithEvents, record } from '../../testing/rn';

const IN_BLACKLIST = 1;
const NOT_IN_BLACKLIST = 2;
const UNKNOWN = 0;

describe('RN native: blacklist', () => {
  test('adding someone makes their private messages fail with 405, one way only; removing lets them through again', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const r = await ask(world, alice, 'addToBlacklist', ['bob'], ['onBlacklistAdded']);
    expect(r.onBlacklistAdded).toEqual({ code: 0, userId: 'bob', eventId: expect.any(String) });
    expect(world.server.blacklistOf('alice')).toEqual(['bob']);

    const aliceInbox = record(alice, [L('onMessageReceived')]);
    const message = await textMessage(bob, PRIVATE, 'alice', 'let me in');
    const { events } = await callWithEvents(bob, 'sendMessage', [message], ['onMessageSent']);
    await world.settle();
    expect(events.onMessageSent[0]).toMatchObject({ code: RC.REJECTED_BY_BLACKLIST, message: { sentStatus: 1 } });
    expect(aliceInbox).toEqual([]);
    // One-way: alice can still write to bob.
    await sendTexts(world, alice, PRIVATE, 'bob', ['you cannot answer']);
    // Groups are not affected.
    world.server.createGroup('g1', ['alice', 'bob']);
    await sendTexts(world, bob, GROUP, 'g1', ['in the group']);
    expect(aliceInbox.map((e) => e.data.message.text)).toEqual(['in the group']);

    const removed = await ask(world, alice, 'removeFromBlacklist', ['bob'], ['onBlacklistRemoved']);
    expect(removed.onBlacklistRemoved).toEqual({ code: 0, userId: 'bob', eventId: expect.any(String) });
    await sendTexts(world, bob, PRIVATE, 'alice', ['hello again']);
    expect(aliceInbox.map((e) => e.data.message.text)).toEqual(['in the group', 'hello again']);
  });

  test('status and list, through get… (per call) and load… (global events); the list keeps the order users were added', async () => {
    const { world, alice } = await people(['alice']);
    await ask(world, alice, 'addToBlacklist', ['zed'], ['onBlacklistAdded']);
    await ask(world, alice, 'addToBlacklist', ['amy'], ['onBlacklistAdded']);
    expect((await ask(world, alice, 'getBlacklistStatus', ['zed'])).onSuccess.t).toBe(IN_BLACKLIST);
    expect((await ask(world, alice, 'getBlacklistStatus', ['bob'])).onSuccess.t).toBe(NOT_IN_BLACKLIST);
    expect((await ask(world, alice, 'getBlacklist', [])).onSuccess.t).toEqual(['zed', 'amy']);
    const events = record(alice, [L('onBlacklistStatusLoaded'), L('onBlacklistLoaded')]);
    expect(await alice.rn.native.loadBlacklistStatus('amy')).toBe(0);
    expect(await alice.rn.native.loadBlacklist()).toBe(0);
    await world.settle();
    expect(events.map((e) => e.data)).toEqual([
      { code: 0, userId: 'amy', status: IN_BLACKLIST },
      { code: 0, userIds: ['zed', 'amy'] },
    ]);
  });

  test('the blacklist lives in the cloud: another device of the user sees it', async () => {
    const { world, alice } = await people(['alice']);
    await ask(world, alice, 'addToBlacklist', ['spammer'], ['onBlacklistAdded']);
    const { connectAs } = await import('../../testing/rn');
    const web = world.device({ id: 'alice-web', platform: 'web' });
    await connectAs(world, web, 'alice');
    expect((await ask(world, web, 'getBlacklist', [])).onSuccess.t).toEqual(['spammer']);
  });

  test('every operation needs the cloud: offline 30002, nothing changes; load… reports the code with UNKNOWN / []', async () => {
    const { world, alice } = await people(['alice']);
    alice.network.down();
    expect((await ask(world, alice, 'addToBlacklist', ['bob'], ['onBlacklistAdded'])).onBlacklistAdded).toMatchObject({ code: RC.NETWORK_UNAVAILABLE, userId: 'bob' });
    expect(world.server.blacklistOf('alice')).toEqual([]);
    expect((await ask(world, alice, 'getBlacklist', [])).onError).toMatchObject({ code: RC.NETWORK_UNAVAILABLE });
    const events = record(alice, [L('onBlacklistStatusLoaded'), L('onBlacklistLoaded')]);
    await alice.rn.native.loadBlacklistStatus('bob');
    await alice.rn.native.loadBlacklist();
    await world.settle();
    expect(events.map((e) => e.data)).toEqual([
      { code: RC.NETWORK_UNAVAILABLE, userId: 'bob', status: UNKNOWN },
      { code: RC.NETWORK_UNAVAILABLE, userIds: [] },
    ]);
  });

  test('-101 for an empty user id; legacy wrappers hear onBlacklistAdded / onBlacklistRemoved {code, userId}', async () => {
    const { world, alice } = await people(['alice']);
    for (const method of ['addToBlacklist', 'removeFromBlacklist', 'getBlacklistStatus']) {
      expect((await ask(world, alice, method, [''])).code).toBe(-101);
    }
    expect(await alice.rn.native.loadBlacklistStatus('')).toBe(-101);
    const events = record(alice, [L('onBlacklistAdded'), L('onBlacklistRemoved')]);
    await alice.rn.native.addToBlacklist('bob');
    await world.settle();
    await alice.rn.native.removeFromBlacklist('bob');
    await world.settle();
    expect(events).toEqual([
      { name: L('onBlacklistAdded'), data: { code: 0, userId: 'bob' } },
      { name: L('onBlacklistRemoved'), data: { code: 0, userId: 'bob' } },
    ]);
  });
});
