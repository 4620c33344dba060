import { RC } from '../../index';
import { ask, GROUP, L, people, PRIVATE, sendTexts, textMessage } from '../../testing/history';

import { connectAs, record } from '../../testing/rn';

const SENT = 2;
const READ = 4;
const FAILED = 1;

describe('RN native: private read receipts', () => {
  test('the peer hears onPrivateReadReceiptReceived and its sent messages up to the timestamp become READ', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const sent = await sendTexts(world, alice, PRIVATE, 'bob', ['m0', 'm1', 'm2']);
    const heard = record(alice, [L('onPrivateReadReceiptReceived')]);
    const r = await ask(world, bob, 'sendPrivateReadReceiptMessage', ['alice', '', sent[1].sentTime], ['onPrivateReadReceiptMessageSent']);
    expect(r.onPrivateReadReceiptMessageSent).toEqual({ code: 0, eventId: expect.any(String) });
    expect(heard).toEqual([{ name: L('onPrivateReadReceiptReceived'), data: { targetId: 'bob', channelId: '', timestamp: sent[1].sentTime } }]);
    const statuses = async () => (await ask(world, alice, 'getMessages', [PRIVATE, 'bob', '', 0, 1, 0, 10])).onSuccess.t.map((m: any) => m.sentStatus);
    expect(await statuses()).toEqual([READ, READ, SENT]);
    await ask(world, bob, 'sendPrivateReadReceiptMessage', ['alice', '', sent[2].sentTime], ['onPrivateReadReceiptMessageSent']);
    expect(await statuses()).toEqual([READ, READ, READ]);
    // The reader's own messages and copies are untouched.
    expect(bob.engine!.store.getByUId(sent[0].messageUId)!.sentStatus).toBe(SENT);
  });

  test('failed messages stay FAILED; a receipt reaches an offline sender at the next login', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const [ok] = await sendTexts(world, alice, PRIVATE, 'bob', ['ok']);
    world.server.failNext('sendMessage', RC.MSG_RESPONSE_TIMEOUT, { userId: 'alice' });
    const failed = await textMessage(alice, PRIVATE, 'bob', 'lost');
    await ask(world, alice, 'sendMessage', [failed], ['onMessageSent']);
    await alice.rn.native.disconnect(true);
    await world.settle();
    await ask(world, bob, 'sendPrivateReadReceiptMessage', ['alice', '', world.clock.now()], ['onPrivateReadReceiptMessageSent']);
    const heard = record(alice, [L('onPrivateReadReceiptReceived')]);
    await connectAs(world, alice, 'alice');
    expect(heard).toHaveLength(1);
    const rows = alice.engine!.store.timeline(PRIVATE, 'bob', '');
    expect(rows.map((m) => [m.text, m.sentStatus])).toEqual([['ok', READ], ['lost', FAILED]]);
    expect(ok.messageUId).toBeTruthy();
  });

  test('-101 for an empty target or a negative timestamp; 405 when the peer blacklisted the reader; 30002 offline', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    expect((await ask(world, bob, 'sendPrivateReadReceiptMessage', ['', '', 0], ['onPrivateReadReceiptMessageSent'])).code).toBe(-101);
    expect((await ask(world, bob, 'sendPrivateReadReceiptMessage', ['alice', '', -1], ['onPrivateReadReceiptMessageSent'])).code).toBe(-101);
    await ask(world, alice, 'addToBlacklist', ['bob'], ['onBlacklistAdded']);
    expect((await ask(world, bob, 'sendPrivateReadReceiptMessage', ['alice', '', 1], ['onPrivateReadReceiptMessageSent'])).onPrivateReadReceiptMessageSent.code).toBe(RC.REJECTED_BY_BLACKLIST);
    bob.network.down();
    expect((await ask(world, bob, 'sendPrivateReadReceiptMessage', ['carol', '', 1], ['onPrivateReadReceiptMessageSent'])).onPrivateReadReceiptMessageSent.code).toBe(RC.NETWORK_UNAVAILABLE);
  });

  test('legacy wrappers hear onPrivateReadReceiptMessageSent with the echoed arguments', async () => {
    const { world, bob } = await people(['alice', 'bob']);
    const events = record(bob, [L('onPrivateReadReceiptMessageSent')]);
    expect(await bob.rn.native.sendPrivateReadReceiptMessage('alice', null, 123)).toBe(0);
    await world.settle();
    expect(events[0].data).toEqual({ code: 0, targetId: 'alice', channelId: null, timestamp: 123 });
  });
});

describe('RN native: group read receipts', () => {
  async function group() {
    const ctx = await people(['alice', 'bob', 'carol']);
    ctx.world.server.createGroup('g1', ['alice', 'bob', 'carol']);
    const [question] = await sendTexts(ctx.world, ctx.alice, GROUP, 'g1', ['read this']);
    return { ...ctx, question };
  }

  test('request: members hear onGroupMessageReadReceiptRequestReceived; responses reach the sender with every responder and time', async () => {
    const { world, alice, bob, carol, question } = await group();
    const requests = [bob, carol].map((d) => record(d, [L('onGroupMessageReadReceiptRequestReceived')]));
    const responses = record(alice, [L('onGroupMessageReadReceiptResponseReceived')]);
    const req = await ask(world, alice, 'sendGroupReadReceiptRequest', [question], ['onGroupReadReceiptRequestSent']);
    expect(req.onGroupReadReceiptRequestSent).toMatchObject({ code: 0, message: { messageUId: question.messageUId, groupReadReceiptInfo: { readReceiptMessage: true, hasRespond: false, respondUserIds: {} } } });
    expect(requests.map((r) => r.map((e) => e.data))).toEqual([[{ targetId: 'g1', messageUId: question.messageUId }], [{ targetId: 'g1', messageUId: question.messageUId }]]);
    expect(bob.engine!.store.getByUId(question.messageUId)!.groupReadReceiptInfo).toEqual({ readReceiptMessage: true, hasRespond: false, respondUserIds: {} });

    await world.clock.advance(2_000);
    const bobsCopy = bob.engine!.store.getByUId(question.messageUId)!;
    const res = await ask(world, bob, 'sendGroupReadReceiptResponse', ['g1', '', [{ ...bobsCopy }]], ['onGroupReadReceiptResponseSent']);
    expect(res.onGroupReadReceiptResponseSent.code).toBe(0);
    expect(res.onGroupReadReceiptResponseSent.message).toEqual([expect.objectContaining({ messageUId: question.messageUId, groupReadReceiptInfo: { readReceiptMessage: true, hasRespond: true, respondUserIds: {} } })]);
    const bobTime = world.clock.now();
    await world.clock.advance(3_000);
    await ask(world, carol, 'sendGroupReadReceiptResponse', ['g1', '', [question]], ['onGroupReadReceiptResponseSent']);
    expect(responses.map((e) => e.data)).toEqual([
      { targetId: 'g1', messageUId: question.messageUId, respondUserIds: { bob: bobTime } },
      { targetId: 'g1', messageUId: question.messageUId, respondUserIds: { bob: bobTime, carol: bobTime + 3_000 } },
    ]);
    expect(alice.engine!.store.getByUId(question.messageUId)!.groupReadReceiptInfo!.respondUserIds).toEqual({ bob: bobTime, carol: bobTime + 3_000 });
    // A second response changes nothing and tells nobody.
    await ask(world, carol, 'sendGroupReadReceiptResponse', ['g1', '', [question]], ['onGroupReadReceiptResponseSent']);
    expect(responses).toHaveLength(2);
    // Server history keeps the receipt state for later fetches.
    expect(world.server.remoteHistory('alice', GROUP, 'g1')[0].groupReadReceiptInfo).toEqual({ readReceiptMessage: true, hasRespond: false, respondUserIds: { bob: bobTime, carol: bobTime + 3_000 } });
  });

  test('a request is only for the caller\'s own sent group message: 33003 for another\'s, 34201 for a private one, -101 for no message', async () => {
    const { world, alice, bob, question } = await group();
    const bobsCopy = bob.engine!.store.getByUId(question.messageUId)!;
    expect((await ask(world, bob, 'sendGroupReadReceiptRequest', [{ ...bobsCopy }], ['onGroupReadReceiptRequestSent'])).onGroupReadReceiptRequestSent.code).toBe(RC.INVALID_PARAMETER);
    const [privateOne] = await sendTexts(world, alice, PRIVATE, 'bob', ['dm']);
    expect((await ask(world, alice, 'sendGroupReadReceiptRequest', [privateOne], ['onGroupReadReceiptRequestSent'])).onGroupReadReceiptRequestSent.code).toBe(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
    const draft = await textMessage(alice, GROUP, 'g1', 'draft');
    expect((await ask(world, alice, 'sendGroupReadReceiptRequest', [draft], ['onGroupReadReceiptRequestSent'])).onGroupReadReceiptRequestSent.code).toBe(RC.INVALID_PARAMETER);
    expect((await ask(world, alice, 'sendGroupReadReceiptRequest', [{}], ['onGroupReadReceiptRequestSent'])).code).toBe(-101);
  });

  test('responses: messages without a request are left out; a non-member gets 22406; -101 for no messages', async () => {
    const { world, alice, bob, question } = await group();
    const responses = record(alice, [L('onGroupMessageReadReceiptResponseReceived')]);
    expect((await ask(world, bob, 'sendGroupReadReceiptResponse', ['g1', '', [question]], ['onGroupReadReceiptResponseSent'])).onGroupReadReceiptResponseSent.code).toBe(0);
    expect(responses).toEqual([]);
    const dave = world.device({ id: 'dave-phone' });
    await connectAs(world, dave, 'dave');
    await ask(world, alice, 'sendGroupReadReceiptRequest', [question], ['onGroupReadReceiptRequestSent']);
    expect((await ask(world, dave, 'sendGroupReadReceiptResponse', ['g1', '', [question]], ['onGroupReadReceiptResponseSent'])).onGroupReadReceiptResponseSent.code).toBe(RC.NOT_IN_GROUP);
    expect((await ask(world, bob, 'sendGroupReadReceiptResponse', ['g1', '', []], ['onGroupReadReceiptResponseSent'])).code).toBe(-101);
    expect((await ask(world, bob, 'sendGroupReadReceiptResponse', ['', '', [question]], ['onGroupReadReceiptResponseSent'])).code).toBe(-101);
  });

  test('legacy wrappers: onGroupReadReceiptRequestSent {code, message}; onGroupReadReceiptResponseSent {code, targetId, channelId, messages}', async () => {
    const { world, alice, bob, question } = await group();
    const sentEvents = record(alice, [L('onGroupReadReceiptRequestSent')]);
    const respEvents = record(bob, [L('onGroupReadReceiptResponseSent')]);
    await alice.rn.native.sendGroupReadReceiptRequest(question);
    await world.settle();
    await bob.rn.native.sendGroupReadReceiptResponse('g1', '', [question]);
    await world.settle();
    expect(sentEvents[0].data).toMatchObject({ code: 0, message: { messageUId: question.messageUId } });
    expect(respEvents[0].data).toMatchObject({ code: 0, targetId: 'g1', channelId: '', messages: [{ messageUId: question.messageUId }] });
    expect(respEvents[0].data.message).toBeUndefined();
  });
});
