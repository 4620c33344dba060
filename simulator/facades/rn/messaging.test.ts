import { RC, createWorld } from '../../index';
import { connectAs, record, sendText } from '../../testing/rn';

const RECEIVED = 'IRCIMIWListener:onMessageReceived';
const PRIVATE = 1;
const GROUP = 2;

async function pair(limits = {}) {
  const world = createWorld({ seed: 3, limits });
  const alice = world.device({ id: 'alice-phone' });
  const bob = world.device({ id: 'bob-phone' });
  await connectAs(world, alice, 'alice');
  await connectAs(world, bob, 'bob');
  return { world, alice, bob };
}

describe('RN native: messaging', () => {
  test('a text message is saved (SENDING), sent (SENT with UId) and received by the peer', async () => {
    const { world, alice, bob } = await pair();
    const inbox = record(bob, [RECEIVED]);
    const { code, events } = await sendText(world, alice, PRIVATE, 'bob', 'hello');
    expect(code).toBe(0);
    const saved = events.onMessageSaved[0].message;
    expect(saved).toMatchObject({ messageType: 2, text: 'hello', sentStatus: 0, messageId: expect.any(Number), targetId: 'bob', senderUserId: 'alice' });
    expect(saved.messageId).toBeGreaterThan(0);
    const sent = events.onMessageSent[0];
    expect(sent.code).toBe(0);
    expect(sent.message).toMatchObject({ messageId: saved.messageId, sentStatus: 2, messageUId: expect.stringMatching(/^\w{4}-\w{4}-\w{4}-\w{4}$/) });
    expect(inbox).toHaveLength(1);
    expect(inbox[0].data).toMatchObject({ left: 0, offline: false, hasPackage: false });
    expect(inbox[0].data.message).toMatchObject({ text: 'hello', targetId: 'alice', senderUserId: 'alice', direction: 1, messageUId: sent.message.messageUId });
  });

  test('at most 5 sends per client in any second: the 6th fails with 20604, FAILED and undelivered; fine again after 1 s', async () => {
    const { world, alice, bob } = await pair();
    const inbox = record(bob, [RECEIVED]);
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { events } = await sendText(world, alice, PRIVATE, 'bob', `m${i}`);
      codes.push(events.onMessageSent[0].code);
      if (i === 5) expect(events.onMessageSent[0].message.sentStatus).toBe(1);
    }
    expect(codes).toEqual([0, 0, 0, 0, 0, RC.SEND_MSG_FREQUENCY_OVERRUN]);
    expect(inbox.map((e) => e.data.message.text)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    await world.clock.advance(999);
    expect((await sendText(world, alice, PRIVATE, 'bob', 'early')).events.onMessageSent[0].code).toBe(RC.SEND_MSG_FREQUENCY_OVERRUN);
    await world.clock.advance(1);
    expect((await sendText(world, alice, PRIVATE, 'bob', 'late')).events.onMessageSent[0].code).toBe(0);
  });

  test('offline messages arrive on the next connect in packages of 200 with left / hasPackage', async () => {
    const { world, alice, bob } = await pair({ sendsPerSecond: 10_000 });
    await bob.rn.native.disconnect(true);
    await world.settle();
    for (let i = 0; i < 450; i++) await sendText(world, alice, PRIVATE, 'bob', `m${i}`);
    expect(world.server.offlineCount('bob')).toBe(450);
    const inbox = record(bob, [RECEIVED]);
    await connectAs(world, bob, 'bob');
    expect(inbox).toHaveLength(450);
    const shape = inbox.map((e) => [e.data.left, e.data.hasPackage, e.data.offline]);
    expect(shape[0]).toEqual([199, true, true]);
    expect(shape[199]).toEqual([0, true, true]);
    expect(shape[200]).toEqual([199, true, true]);
    expect(shape[399]).toEqual([0, true, true]);
    expect(shape[400]).toEqual([49, false, true]);
    expect(shape[449]).toEqual([0, false, true]);
    expect(inbox.map((e) => e.data.message.text)).toEqual(Array.from({ length: 450 }, (_, i) => `m${i}`));
    expect(inbox.every((e) => e.data.message.offLine === true)).toBe(true);
  });

  test('a blacklisted sender gets 405 in private chat', async () => {
    const { world, alice, bob } = await pair();
    world.cloud.accounts.user('bob').blacklist.add('alice');
    const inbox = record(bob, [RECEIVED]);
    const { events } = await sendText(world, alice, PRIVATE, 'bob', 'hi');
    expect(events.onMessageSent[0]).toMatchObject({ code: RC.REJECTED_BY_BLACKLIST, message: { sentStatus: 1 } });
    expect(inbox).toEqual([]);
  });

  test('group messages reach members only; a non-member gets 22406', async () => {
    const { world, alice, bob } = await pair();
    const carol = world.device({ id: 'carol-phone' });
    await connectAs(world, carol, 'carol');
    world.server.createGroup('g1', ['alice', 'bob']);
    const bobInbox = record(bob, [RECEIVED]);
    const carolInbox = record(carol, [RECEIVED]);
    expect((await sendText(world, alice, GROUP, 'g1', 'to group')).events.onMessageSent[0].code).toBe(0);
    expect(bobInbox.map((e) => e.data.message.targetId)).toEqual(['g1']);
    expect(carolInbox).toEqual([]);
    expect((await sendText(world, carol, GROUP, 'g1', 'intruder')).events.onMessageSent[0].code).toBe(RC.NOT_IN_GROUP);
  });

  test('sending while disconnected fails with 30002; a resend of the same instance does not duplicate it', async () => {
    const { world, alice, bob } = await pair();
    alice.network.down();
    const first = await sendText(world, alice, PRIVATE, 'bob', 'later');
    expect(first.events.onMessageSent[0].code).toBe(RC.NETWORK_UNAVAILABLE);
    const failed = first.events.onMessageSent[0].message;
    alice.network.up();
    await world.settle();
    const inbox = record(bob, [RECEIVED]);
    const { callWithEvents } = await import('../../testing/rn');
    const again = await callWithEvents(alice, 'sendMessage', [failed], ['onMessageSaved', 'onMessageSent']);
    await world.settle();
    expect(again.events.onMessageSent[0].code).toBe(0);
    expect(again.events.onMessageSaved[0].message.messageId).toBe(failed.messageId);
    expect(alice.engine!.store.timeline(PRIVATE, 'bob', '')).toHaveLength(1);
    expect(inbox).toHaveLength(1);
  });

  test('a body over 128 KB fails with 30016', async () => {
    const { world, alice } = await pair();
    const { events } = await sendText(world, alice, PRIVATE, 'bob', 'x'.repeat(128 * 1024 + 1));
    expect(events.onMessageSent[0].code).toBe(RC.MSG_SIZE_OUT_OF_LIMIT);
  });

  test('the same seed and the same calls give identical event logs', async () => {
    async function scenario() {
      const { world, alice, bob } = await pair();
      for (let i = 0; i < 8; i++) await sendText(world, i % 2 ? bob : alice, PRIVATE, i % 2 ? 'alice' : 'bob', `m${i}`);
      bob.network.down();
      await world.clock.advance(5_000);
      await sendText(world, alice, PRIVATE, 'bob', 'while away');
      bob.network.up();
      await world.clock.advance(1_000);
      return [alice.log.toJSON(), bob.log.toJSON()];
    }
    const first = await scenario();
    expect(first[1].length).toBeGreaterThan(20);
    expect(await scenario()).toEqual(first);
  });
});

describe('RN native: local storage outlives the engine', () => {
  test('destroy then create keeps the user database, as on a phone', async () => {
    const { world, alice } = await pair();
    const { events } = await sendText(world, alice, PRIVATE, 'bob', 'kept across engines');
    await alice.rn.native.destroy();
    await connectAs(world, alice, 'alice');
    expect(alice.engine!.store.get(events.onMessageSent[0].message.messageId)).toMatchObject({ text: 'kept across engines' });
  });
});
