import { RC } from '../../index';
import { ask, GROUP, L, people, PRIVATE, sendTexts, texts, textMessage } from '../../testing/history';

import { callWithEvents, connectAs, record } from '../../testing/rn';

const BEFORE = 0;
const LOCAL = 0;
const REMOTE = 1;
const RECALL = 8;

describe('RN native: recallMessage', () => {
  test('the recaller gets onMessageRecalled with the RECALL message; the peer gets onRemoteMessageRecalled; both stores and server history change', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const [hello, second] = await sendTexts(world, alice, PRIVATE, 'bob', ['hello', 'second']);
    const remote = record(bob, [L('onRemoteMessageRecalled'), L('onMessageReceived')]);
    await world.clock.advance(5_000);
    const r = await ask(world, alice, 'recallMessage', [hello], ['onMessageRecalled']);
    expect(r.code).toBe(0);
    const recalled = r.onMessageRecalled.message;
    expect(r.onMessageRecalled.code).toBe(0);
    expect(recalled).toMatchObject({
      messageType: RECALL, messageId: hello.messageId, messageUId: hello.messageUId, sentTime: hello.sentTime,
      admin: false, deleted: false, recallTime: hello.sentTime, recallActionTime: world.clock.now(),
      originalMessage: { messageType: 2, text: 'hello', messageUId: hello.messageUId },
    });
    expect(recalled.text).toBeUndefined();

    expect(remote).toHaveLength(1);
    expect(remote[0].name).toBe(L('onRemoteMessageRecalled'));
    expect(remote[0].data.message).toMatchObject({ messageType: RECALL, messageUId: hello.messageUId, direction: 1, targetId: 'alice', originalMessage: { messageType: 2, messageUId: hello.messageUId, senderUserId: 'alice' } });
    // The content is gone for everyone but the recaller (seed 004 L1863).
    expect(remote[0].data.message.originalMessage.text).toBeUndefined();
    expect(JSON.stringify(world.server.remoteHistory('bob', PRIVATE, 'alice'))).not.toContain('hello');

    // Local rows keep their place in the timeline; server history holds the recall notice too.
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, LOCAL, 5)).toEqual(['second', '#8']);
    expect(await texts(world, bob, PRIVATE, 'alice', 0, BEFORE, LOCAL, 5)).toEqual(['second', '#8']);
    expect(world.server.remoteHistory('bob', PRIVATE, 'alice').map((m) => m.messageType)).toEqual([RECALL, 2]);
    // A recall notice does not count as unread: bob has only `second` left unread.
    expect(bob.engine!.store.conversation(PRIVATE, 'alice', '')!.unreadCount).toBe(1);
    expect(second.messageUId).not.toBe(hello.messageUId);
  });

  test('a recall reaches every online device of the peer, and none of them sees the signal as a message', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const bobWeb = world.device({ id: 'bob-web', platform: 'web' });
    await connectAs(world, bobWeb, 'bob');
    const [hello] = await sendTexts(world, alice, PRIVATE, 'bob', ['hello']);
    const heard = [bob, bobWeb].map((device) => record(device, [L('onRemoteMessageRecalled'), L('onMessageReceived')]));
    await ask(world, alice, 'recallMessage', [hello], ['onMessageRecalled']);
    expect(heard.map((events) => events.map((e) => e.name))).toEqual([[L('onRemoteMessageRecalled')], [L('onRemoteMessageRecalled')]]);
  });

  test('only sent messages can be recalled: unsent, inserted and already recalled ones get 25101', async () => {
    const { world, alice } = await people(['alice', 'bob']);
    const [sent] = await sendTexts(world, alice, PRIVATE, 'bob', ['x']);
    const draft = await textMessage(alice, PRIVATE, 'bob', 'never sent');
    expect((await ask(world, alice, 'recallMessage', [draft], ['onMessageRecalled'])).onMessageRecalled).toMatchObject({ code: RC.RECALL_PARAMETER_INVALID, message: { text: 'never sent' } });
    const inserted = (await ask(world, alice, 'insertMessage', [draft], ['onMessageInserted'])).onMessageInserted.message;
    expect((await ask(world, alice, 'recallMessage', [inserted], ['onMessageRecalled'])).onMessageRecalled.code).toBe(RC.RECALL_PARAMETER_INVALID);
    expect((await ask(world, alice, 'recallMessage', [sent], ['onMessageRecalled'])).onMessageRecalled.code).toBe(0);
    expect((await ask(world, alice, 'recallMessage', [sent], ['onMessageRecalled'])).onMessageRecalled.code).toBe(RC.RECALL_PARAMETER_INVALID);
    expect((await ask(world, alice, 'recallMessage', [{ text: 'no type' }], ['onMessageRecalled'])).code).toBe(-101);
    const failed = { ...sent, messageUId: '', sentStatus: 1, messageType: 2 };
    expect((await ask(world, alice, 'recallMessage', [failed], ['onMessageRecalled'])).onMessageRecalled.code).toBe(RC.RECALL_PARAMETER_INVALID);
  });

  test('by default anyone in the conversation may recall (seed L2033); restrictRecallToSender makes others get 25107', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const [a, b] = await sendTexts(world, alice, PRIVATE, 'bob', ['a', 'b']);
    const bobsCopy = bob.engine!.store.getByUId(a.messageUId)!;
    const aliceHears = record(alice, [L('onRemoteMessageRecalled')]);
    expect((await ask(world, bob, 'recallMessage', [{ ...bobsCopy }], ['onMessageRecalled'])).onMessageRecalled.code).toBe(0);
    expect(aliceHears.map((e) => e.data.message.messageUId)).toEqual([a.messageUId]);
    world.server.restrictRecallToSender();
    const bobsB = bob.engine!.store.getByUId(b.messageUId)!;
    expect((await ask(world, bob, 'recallMessage', [{ ...bobsB }], ['onMessageRecalled'])).onMessageRecalled.code).toBe(RC.RECALL_MESSAGE_USER_INVALID);
    expect((await ask(world, alice, 'recallMessage', [b], ['onMessageRecalled'])).onMessageRecalled.code).toBe(0);
  });

  test('group recall reaches every other member; a member who left cannot recall (22406)', async () => {
    const { world, alice, bob, carol } = await people(['alice', 'bob', 'carol']);
    world.server.createGroup('g1', ['alice', 'bob', 'carol']);
    const [one, two] = await sendTexts(world, alice, GROUP, 'g1', ['one', 'two']);
    const heard = [bob, carol].map((d) => record(d, [L('onRemoteMessageRecalled')]));
    expect((await ask(world, alice, 'recallMessage', [one], ['onMessageRecalled'])).onMessageRecalled.code).toBe(0);
    expect(heard.map((h) => h.map((e) => [e.data.message.targetId, e.data.message.messageType]))).toEqual([[['g1', RECALL]], [['g1', RECALL]]]);
    world.server.quitGroup('g1', ['alice']);
    expect((await ask(world, alice, 'recallMessage', [two], ['onMessageRecalled'])).onMessageRecalled.code).toBe(RC.NOT_IN_GROUP);
  });

  test('an offline receiver never sees the recalled content: the next login brings only the recall notice', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await bob.rn.native.disconnect(true);
    await world.settle();
    const [secret, kept] = await sendTexts(world, alice, PRIVATE, 'bob', ['secret', 'kept']);
    await ask(world, alice, 'recallMessage', [secret], ['onMessageRecalled']);
    const inbox = record(bob, [L('onMessageReceived'), L('onRemoteMessageRecalled')]);
    await connectAs(world, bob, 'bob');
    expect(inbox.map((e) => [e.name, e.data.message.messageType, e.data.message.text])).toEqual([
      [L('onMessageReceived'), 2, 'kept'],
      [L('onMessageReceived'), RECALL, undefined],
    ]);
    expect(JSON.stringify(inbox)).not.toContain('"text":"secret"');
    expect(await texts(world, bob, PRIVATE, 'alice', 0, BEFORE, LOCAL, 5)).toEqual(['kept', '#8']);
    expect(kept.messageUId).toBeTruthy();
  });

  test('a receiver that stored the message and is offline at recall time learns of it at the next login', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const [msg] = await sendTexts(world, alice, PRIVATE, 'bob', ['seen']);
    await bob.rn.native.disconnect(true);
    await world.settle();
    await ask(world, alice, 'recallMessage', [msg], ['onMessageRecalled']);
    const heard = record(bob, [L('onRemoteMessageRecalled'), L('onMessageReceived')]);
    await connectAs(world, bob, 'bob');
    expect(heard.map((e) => e.name)).toEqual([L('onRemoteMessageRecalled')]);
    expect(bob.engine!.store.getByUId(msg.messageUId)).toMatchObject({ messageType: RECALL, originalMessage: { messageType: 2 } });
    expect(JSON.stringify(bob.engine!.store.getByUId(msg.messageUId))).not.toContain('seen');
  });

  test('the caller must be online (30002); a recall lost on the way back still happened on the server (30003)', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const [a, b] = await sendTexts(world, alice, PRIVATE, 'bob', ['a', 'b']);
    alice.network.down();
    expect((await ask(world, alice, 'recallMessage', [a], ['onMessageRecalled'])).onMessageRecalled.code).toBe(RC.NETWORK_UNAVAILABLE);
    alice.network.up();
    await world.clock.advance(1_000);
    alice.network.latency(50);
    const pending = await callWithEvents(alice, 'recallMessage', [b], ['onMessageRecalled']);
    await world.clock.advance(60);
    alice.network.down();
    await world.clock.advance(100);
    expect(pending.events.onMessageRecalled.map((e: any) => e.code)).toEqual([RC.MSG_RESPONSE_TIMEOUT]);
    expect(bob.engine!.store.getByUId(b.messageUId)!.messageType).toBe(RECALL);
    expect(alice.engine!.store.getByUId(b.messageUId)!.messageType).toBe(2);
    expect(await texts(world, bob, PRIVATE, 'alice', 0, BEFORE, REMOTE, 5)).toEqual(['#8', 'a']);
  });

  test('legacy wrappers hear onMessageRecalled {code, message}', async () => {
    const { world, alice } = await people(['alice', 'bob']);
    const [m] = await sendTexts(world, alice, PRIVATE, 'bob', ['old']);
    const events = record(alice, [L('onMessageRecalled')]);
    expect(await alice.rn.native.recallMessage(m)).toBe(0);
    await world.settle();
    expect(events).toEqual([{ name: L('onMessageRecalled'), data: { code: 0, message: expect.objectContaining({ messageType: RECALL }) } }]);
  });
});
