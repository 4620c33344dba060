import { RC, createWorld } from '../../index';
import type { Device } from '../../device/device';
import type { World } from '../../world';
import { callWithEvents, connectAs, record } from '../../testing/rn';

const UG = 5;
const TEXT = 2;
const RECALL = 8;
const LOCAL = 0;
const REMOTE = 1;
const LOCAL_REMOTE = 2;
const DAY = 24 * 3600 * 1000;

async function setup() {
  const world = createWorld({ seed: 5, limits: { sendsPerSecond: 100 } });
  const alice = world.device({ id: 'alice-phone' });
  const bob = world.device({ id: 'bob-phone' });
  const carol = world.device({ id: 'carol-phone' });
  world.server.createUltraGroup('ug1', ['alice', 'bob', 'carol'], { channels: ['news'] });
  await connectAs(world, alice, 'alice');
  await connectAs(world, bob, 'bob');
  await connectAs(world, carol, 'carol');
  return { world, alice, bob, carol };
}

async function sendUg(world: World, device: Device, channelId: string, text: string, targetId = 'ug1') {
  const message = await device.rn.native.createTextMessage(UG, targetId, channelId, text);
  const { events } = await callWithEvents(device, 'sendMessage', [message], ['onMessageSent']);
  await world.settle();
  expect(events.onMessageSent[0].code).toBe(0);
  return events.onMessageSent[0].message;
}

async function call(world: World, device: Device, method: string, args: unknown[], callback: string) {
  const { code, events, eventId } = await callWithEvents(device, method, args, [callback]);
  await world.settle();
  return { code, event: events[callback][0], eventId };
}

const row = (device: Device, uid: string) => device.engine!.store.getByUId(uid);

describe('RN native: modifyUltraGroupMessage', () => {
  test('the sender edits a sent message: every other device of the channel gets onRemoteUltraGroupMessageModified', async () => {
    const { world, alice, bob, carol } = await setup();
    const aliceWeb = world.device({ id: 'alice-web', platform: 'web' });
    await connectAs(world, aliceWeb, 'alice');
    const sent = await sendUg(world, alice, 'news', 'helo');
    const MODIFIED = 'IRCIMIWListener:onRemoteUltraGroupMessageModified';
    const [bobSeen, carolSeen, aliceSeen, webSeen] = [bob, carol, alice, aliceWeb].map((d) => record(d, [MODIFIED]));
    const edited = { ...sent, text: 'hello' };

    const { code, event, eventId } = await call(world, alice, 'modifyUltraGroupMessage', [sent.messageUId, edited], 'onUltraGroupMessageModified');
    expect(code).toBe(0);
    expect(event).toEqual({ code: 0, eventId });
    expect(aliceSeen).toEqual([]);
    expect(bobSeen).toHaveLength(1);
    expect(bobSeen[0].data.messages).toHaveLength(1);
    expect(bobSeen[0].data.messages[0]).toMatchObject({ messageUId: sent.messageUId, text: 'hello', direction: 1, messageId: row(bob, sent.messageUId)!.messageId });
    expect(carolSeen[0].data.messages[0]).not.toBe(bobSeen[0].data.messages[0]);
    // The other device of the sender learns of the edit too; it never had the message, so it gets the server's copy.
    expect(webSeen[0].data.messages[0]).toMatchObject({ text: 'hello', direction: 0, messageId: 0 });
    expect(row(bob, sent.messageUId)!.text).toBe('hello');
    expect(row(alice, sent.messageUId)!.text).toBe('hello');
    expect(world.server.ultraGroupHistory('ug1', 'news')[0].text).toBe('hello');
  });

  test("someone else's message 22204, another type 34205, an unknown UId 22201, bad input -101; nothing changes", async () => {
    const { world, alice, bob } = await setup();
    const sent = await sendUg(world, alice, 'news', 'original');
    const codeOf = async (device: Device, args: unknown[]) => (await call(world, device, 'modifyUltraGroupMessage', args, 'onUltraGroupMessageModified'));
    expect((await codeOf(bob, [sent.messageUId, { ...sent, text: 'hijack' }])).event.code).toBe(RC.ULTRA_GROUP_EXPANSION_NOT_AUTHORIZED);
    const custom = await alice.rn.native.createCustomMessage(UG, 'ug1', 'news', 1, 'app:x', {});
    expect((await codeOf(alice, [sent.messageUId, custom])).event.code).toBe(RC.INVALID_PARAMETER_MESSAGE_CONTENT);
    expect((await codeOf(alice, ['AAAA-BBBB-CCCC-DDDD', { ...sent, text: 'x' }])).event.code).toBe(RC.ULTRA_GROUP_EXPANSION_ORIGINAL_MISSING);
    const bad = await codeOf(alice, ['', { ...sent, text: 'x' }]);
    expect(bad).toMatchObject({ code: -101, event: undefined });
    expect((await codeOf(alice, [sent.messageUId, { text: 'no type' }])).code).toBe(-101);
    expect(world.server.ultraGroupHistory('ug1', 'news')[0].text).toBe('original');
    expect(row(bob, sent.messageUId)!.text).toBe('original');
  });
});

describe('RN native: recallUltraGroupMessage', () => {
  test('deleteRemote false: every copy becomes a recall notice, the unread count drops, the server keeps the notice', async () => {
    const { world, alice, bob } = await setup();
    const sent = await sendUg(world, alice, 'news', 'oops');
    expect(bob.engine!.store.conversation(UG, 'ug1', 'news')!.unreadCount).toBe(1);
    const bobSeen = record(bob, ['IRCIMIWListener:onRemoteUltraGroupMessageRecalled']);
    const { event } = await call(world, alice, 'recallUltraGroupMessage', [sent, false], 'onUltraGroupMessageRecalled');
    expect(event.code).toBe(0);
    const notice = bobSeen[0].data.messages[0];
    expect(notice).toMatchObject({ messageType: RECALL, messageUId: sent.messageUId, deleted: false, admin: false, recallTime: sent.sentTime, recallActionTime: world.clock.now() });
    expect(notice.text).toBeUndefined();
    expect(row(bob, sent.messageUId)!.messageType).toBe(RECALL);
    expect(row(alice, sent.messageUId)!.messageType).toBe(RECALL);
    expect(bob.engine!.store.conversation(UG, 'ug1', 'news')!.unreadCount).toBe(0);
    expect(world.server.ultraGroupHistory('ug1', 'news').map((m) => m.messageType)).toEqual([RECALL]);

    const again = await call(world, alice, 'recallUltraGroupMessage', [sent, false], 'onUltraGroupMessageRecalled');
    expect(again.event.code).toBe(RC.RECALL_PARAMETER_INVALID);
  });

  test('deleteRemote true: the record disappears from every device and from server history', async () => {
    const { world, alice, bob } = await setup();
    const sent = await sendUg(world, alice, 'news', 'gone');
    const bobSeen = record(bob, ['IRCIMIWListener:onRemoteUltraGroupMessageRecalled']);
    const bobRowId = row(bob, sent.messageUId)!.messageId;
    await call(world, alice, 'recallUltraGroupMessage', [sent, true], 'onUltraGroupMessageRecalled');
    expect(bobSeen[0].data.messages[0]).toMatchObject({ messageType: RECALL, deleted: true, messageId: bobRowId });
    expect(row(bob, sent.messageUId)).toBeUndefined();
    expect(row(alice, sent.messageUId)).toBeUndefined();
    expect(bob.engine!.store.timeline(UG, 'ug1', 'news')).toEqual([]);
    expect(world.server.ultraGroupHistory('ug1', 'news')).toEqual([]);
  });

  test("someone else's message 25107; unsent 25101; not an ultra group 34201; unparsable -101; the legacy event echoes a copy", async () => {
    const { world, alice, bob } = await setup();
    const sent = await sendUg(world, alice, 'news', 'mine');
    expect((await call(world, bob, 'recallUltraGroupMessage', [sent, false], 'onUltraGroupMessageRecalled')).event.code).toBe(RC.RECALL_MESSAGE_USER_INVALID);
    const draft = await alice.rn.native.createTextMessage(UG, 'ug1', 'news', 'never sent');
    expect((await call(world, alice, 'recallUltraGroupMessage', [draft, false], 'onUltraGroupMessageRecalled')).event.code).toBe(RC.RECALL_PARAMETER_INVALID);
    expect((await call(world, alice, 'recallUltraGroupMessage', [{ ...sent, conversationType: 2 }, false], 'onUltraGroupMessageRecalled')).event.code)
      .toBe(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
    expect(await alice.rn.native.recallUltraGroupMessage(null, false, 'e')).toBe(-101);
    expect(row(bob, sent.messageUId)!.text).toBe('mine');

    const global = record(alice, ['IRCIMIWListener:onUltraGroupMessageRecalled']);
    expect(await alice.rn.native.recallUltraGroupMessage(sent, false)).toBe(0);
    await world.settle();
    expect(global).toHaveLength(1);
    expect(global[0].data).toMatchObject({ code: 0, deleteRemote: false, message: { messageUId: sent.messageUId, text: 'mine' } });
    expect(global[0].data.message).not.toBe(sent);
  });
});

describe('RN native: ultra-group message expansion', () => {
  test('any member sets and removes keys; the other devices get onRemoteUltraGroupMessageExpansionUpdated', async () => {
    const { world, alice, bob } = await setup();
    const sent = await sendUg(world, alice, 'news', 'gift');
    const UPDATED = 'IRCIMIWListener:onRemoteUltraGroupMessageExpansionUpdated';
    const aliceSeen = record(alice, [UPDATED]);
    const bobSeen = record(bob, [UPDATED]);
    const set = await call(world, bob, 'updateUltraGroupMessageExpansion', [sent.messageUId, { state: 'claimed', by: 'bob' }], 'onUltraGroupMessageExpansionUpdated');
    expect(set.event).toEqual({ code: 0, eventId: set.eventId });
    expect(bobSeen).toEqual([]);
    expect(aliceSeen[0].data.messages[0]).toMatchObject({ messageUId: sent.messageUId, expansion: { state: 'claimed', by: 'bob' }, direction: 0 });
    expect(row(alice, sent.messageUId)!.expansion).toEqual({ state: 'claimed', by: 'bob' });
    expect(row(bob, sent.messageUId)!.expansion).toEqual({ state: 'claimed', by: 'bob' });

    const removed = await call(world, alice, 'removeUltraGroupMessageExpansionForKeys', [sent.messageUId, ['by']], 'onUltraGroupMessageExpansionForKeysRemoved');
    expect(removed.event.code).toBe(0);
    expect(bobSeen[0].data.messages[0].expansion).toEqual({ state: 'claimed' });
    expect(row(alice, sent.messageUId)!.expansion).toEqual({ state: 'claimed' });
    expect(world.server.ultraGroupHistory('ug1', 'news')[0].expansion).toEqual({ state: 'claimed' });
  });

  test('limits: key charset 22203, over 20 pairs or a long key or value 34010, over 300 in total 34010, unknown UId 22201, empty -101', async () => {
    const { world, alice } = await setup();
    const sent = await sendUg(world, alice, 'news', 'm');
    const codeOf = async (expansion: Record<string, string>, uid = sent.messageUId) =>
      (await call(world, alice, 'updateUltraGroupMessageExpansion', [uid, expansion], 'onUltraGroupMessageExpansionUpdated')).event?.code;
    const pairs = (n: number, prefix: string) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 'v']));
    expect(await codeOf({ 'bad key': 'v' })).toBe(RC.ULTRA_GROUP_EXPANSION_FORMAT_ERROR);
    expect(await codeOf({ 'a+b=c-d_e': 'v with spaces' })).toBe(0);
    expect(await codeOf(pairs(21, 'k'))).toBe(RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED);
    expect(await codeOf({ ['k'.repeat(33)]: 'v' })).toBe(RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED);
    expect(await codeOf({ k: 'v'.repeat(4097) })).toBe(RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED);
    for (let batch = 0; batch < 14; batch++) expect(await codeOf(pairs(20, `b${batch}x`))).toBe(0);
    expect(Object.keys(row(alice, sent.messageUId)!.expansion!)).toHaveLength(281);
    expect(await codeOf(pairs(20, 'last'))).toBe(RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED);
    expect(await codeOf(pairs(19, 'last'))).toBe(0);
    expect(await codeOf({ k: 'v' }, 'AAAA-BBBB-CCCC-DDDD')).toBe(RC.ULTRA_GROUP_EXPANSION_ORIGINAL_MISSING);
    expect(await codeOf({})).toBeUndefined();
    expect(await alice.rn.native.updateUltraGroupMessageExpansion(sent.messageUId, {}, 'e')).toBe(-101);
  });

  test('the 5.2.4 name removeUltraGroupMessageExpansion answers on the global onUltraGroupMessageExpansionRemoved', async () => {
    const { world, alice, bob } = await setup();
    const sent = await sendUg(world, alice, 'news', 'm');
    await call(world, alice, 'updateUltraGroupMessageExpansion', [sent.messageUId, { a: '1', b: '2' }], 'onUltraGroupMessageExpansionUpdated');
    const global = record(alice, ['IRCIMIWListener:onUltraGroupMessageExpansionRemoved']);
    const keys = ['a'];
    expect(await alice.rn.native.removeUltraGroupMessageExpansion(sent.messageUId, keys)).toBe(0);
    await world.settle();
    expect(global.map((e) => e.data)).toEqual([{ messageUId: sent.messageUId, keys: ['a'], code: 0 }]);
    expect(global[0].data.keys).not.toBe(keys);
    expect(row(bob, sent.messageUId)!.expansion).toEqual({ b: '2' });
    expect(await alice.rn.native.removeUltraGroupMessageExpansion(sent.messageUId, [])).toBe(-101);
  });
});

describe('RN native: batch fetch from ultra-group server history', () => {
  test('onSuccess(matched, notMatched): found by UId vs not, as the caller may see them', async () => {
    const { world, alice, bob } = await setup();
    const a = await sendUg(world, alice, 'news', 'first');
    const b = await sendUg(world, bob, 'news', 'second');
    const ghost = { ...a, messageUId: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' };
    const { events } = await callWithEvents(alice, 'getBatchRemoteUltraGroupMessages', [[a, b, ghost]], ['onSuccess', 'onError']);
    await world.settle();
    const { matchedMessages, notMatchedMessages } = events.onSuccess[0];
    expect(matchedMessages.map((m: any) => [m.text, m.direction])).toEqual([['first', 0], ['second', 1]]);
    expect(matchedMessages[1].messageId).toBe(row(alice, b.messageUId)!.messageId);
    expect(notMatchedMessages.map((m: any) => m.messageUId)).toEqual(['ZZZZ-ZZZZ-ZZZZ-ZZZZ']);

    const loaded = record(bob, ['IRCIMIWListener:onBatchRemoteUltraGroupMessagesLoaded']);
    expect(await bob.rn.native.loadBatchRemoteUltraGroupMessages([a])).toBe(0);
    await world.settle();
    expect(loaded[0].data).toMatchObject({ code: 0, matchedMessages: [{ text: 'first', direction: 1 }], notMatchedMessages: [] });
  });

  test('1-20 messages of one ultra-group conversation: -101 outside that, 34201 another type, 34206 mixed conversations', async () => {
    const { world, alice } = await setup();
    const a = await sendUg(world, alice, 'news', 'x');
    expect(await alice.rn.native.getBatchRemoteUltraGroupMessages([], 'e1')).toBe(-101);
    expect(await alice.rn.native.getBatchRemoteUltraGroupMessages(Array(21).fill(a), 'e2')).toBe(-101);
    const errorOf = async (messages: unknown[]) => {
        const { events } = await callWithEvents(alice, 'getBatchRemoteUltraGroupMessages', [messages], ['onSuccess', 'onError']);
      await world.settle();
      return events.onError[0]?.code;
    };
    expect(await errorOf([{ ...a, conversationType: 2 }])).toBe(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
    expect(await errorOf([a, { ...a, channelId: '' }])).toBe(RC.INVALID_PARAMETER_MESSAGE_LIST);
    expect(await errorOf(Array(20).fill(a))).toBeUndefined();
  });

  test('history before joining, past 7 days, or cleared remotely by the user does not match; others still see theirs', async () => {
    const { world, alice, bob } = await setup();
    const early = await sendUg(world, alice, 'news', 'early');
    await world.clock.advance(10);
    const dave = world.device({ id: 'dave-phone' });
    world.server.joinUltraGroup('ug1', ['dave']);
    await connectAs(world, dave, 'dave');
    const late = await sendUg(world, alice, 'news', 'late');
    const fetch = async (device: Device, messages: unknown[]) => {
      const { events } = await callWithEvents(device, 'getBatchRemoteUltraGroupMessages', [messages], ['onSuccess', 'onError']);
      await world.settle();
      const r = events.onSuccess[0];
      return r ? r.matchedMessages.map((m: any) => m.text) : { error: events.onError[0].code };
    };
    expect(await fetch(dave, [early, late])).toEqual(['late']);

    const cleared = await call(world, bob, 'clearUltraGroupMessages', ['ug1', 'news', early.sentTime, REMOTE], 'onUltraGroupMessagesCleared');
    expect(cleared.event.code).toBe(0);
    expect(await fetch(bob, [early, late])).toEqual(['late']);
    expect(row(bob, early.messageUId)).toBeDefined();
    expect(await fetch(alice, [early, late])).toEqual(['early', 'late']);

    await world.clock.advance(7 * DAY);
    expect(await fetch(alice, [early, late])).toEqual(['late']);
    await world.clock.advance(1);
    expect(await fetch(alice, [early, late])).toEqual([]);
    world.server.quitUltraGroup('ug1', ['dave']);
    expect(await fetch(dave, [late])).toEqual({ error: RC.ULTRA_GROUP_NOT_MEMBER });
  });
});

test('remote history (getMessages with REMOTE) of a channel follows the same visibility rules', async () => {
  const { world, alice } = await setup();
  await sendUg(world, alice, 'news', 'before dave');
  await world.clock.advance(10);
  world.server.joinUltraGroup('ug1', ['dave']);
  const dave = world.device({ id: 'dave-phone' });
  await connectAs(world, dave, 'dave');
  await sendUg(world, alice, 'news', 'after dave');
  const remote = async (device: Device, channelId: string) => {
    const { events } = await callWithEvents(device, 'getMessages', [UG, 'ug1', channelId, 0, 0, REMOTE, 20], ['onSuccess', 'onError']);
    await world.settle();
    return events.onSuccess[0] ? events.onSuccess[0].t.map((m: any) => m.text) : { error: events.onError[0].code };
  };
  expect(await remote(dave, 'news')).toEqual(['after dave']);
  expect((await remote(alice, 'news')).sort()).toEqual(['after dave', 'before dave']);
  world.server.quitUltraGroup('ug1', ['dave']);
  expect(await remote(dave, 'news')).toEqual({ error: RC.ULTRA_GROUP_NOT_MEMBER });
});

describe('RN native: clearing ultra-group messages', () => {
  test('LOCAL clears one channel up to the timestamp; LOCAL_REMOTE also hides server history; ForAllChannel clears every channel', async () => {
    const { world, alice, bob } = await setup();
    const m1 = await sendUg(world, alice, 'news', 'n1');
    await world.clock.advance(10);
    const m2 = await sendUg(world, alice, 'news', 'n2');
    await sendUg(world, alice, '', 'd1');
    const texts = (channelId: string) => bob.engine!.store.timeline(UG, 'ug1', channelId).map((m) => m.text);

    const local = await call(world, bob, 'clearUltraGroupMessages', ['ug1', 'news', m1.sentTime, LOCAL], 'onUltraGroupMessagesCleared');
    expect(local.event.code).toBe(0);
    expect(texts('news')).toEqual(['n2']);
    expect(texts('')).toEqual(['d1']);
    expect(bob.engine!.store.conversation(UG, 'ug1', 'news')!.unreadCount).toBe(1);
    expect(world.server.ultraGroupHistory('ug1', 'news')).toHaveLength(2);

    const both = await call(world, bob, 'clearUltraGroupMessages', ['ug1', 'news', 0, LOCAL_REMOTE], 'onUltraGroupMessagesCleared');
    expect(both.event.code).toBe(0);
    expect(texts('news')).toEqual([]);
    const { events } = await callWithEvents(bob, 'getBatchRemoteUltraGroupMessages', [[m2]], ['onSuccess']);
    await world.settle();
    expect(events.onSuccess[0].notMatchedMessages).toHaveLength(1);

    const all = await call(world, alice, 'clearUltraGroupMessagesForAllChannel', ['ug1', 0], 'onUltraGroupMessagesClearedForAllChannel');
    expect(all.event.code).toBe(0);
    expect(alice.engine!.store.timeline(UG, 'ug1', 'news')).toEqual([]);
    expect(alice.engine!.store.timeline(UG, 'ug1', '')).toEqual([]);
    expect(world.server.ultraGroupHistory('ug1', 'news')).toHaveLength(2);
  });

  test('bad input -101; REMOTE without a connection 30002 and the device keeps its messages; legacy events echo the arguments', async () => {
    const { world, alice, bob } = await setup();
    await sendUg(world, alice, 'news', 'kept');
    expect(await bob.rn.native.clearUltraGroupMessages('', 'news', 0, LOCAL, 'e')).toBe(-101);
    expect(await bob.rn.native.clearUltraGroupMessages('ug1', 'news', -1, LOCAL, 'e')).toBe(-101);
    expect(await bob.rn.native.clearUltraGroupMessagesForAllChannel('ug1', -5, 'e')).toBe(-101);
    bob.network.down();
    await world.settle();
    const offline = await call(world, bob, 'clearUltraGroupMessages', ['ug1', 'news', 0, LOCAL_REMOTE], 'onUltraGroupMessagesCleared');
    expect(offline.event.code).toBe(RC.NETWORK_UNAVAILABLE);
    expect(bob.engine!.store.timeline(UG, 'ug1', 'news')).toHaveLength(1);

    const global = record(bob, ['IRCIMIWListener:onUltraGroupMessagesCleared', 'IRCIMIWListener:onUltraGroupMessagesClearedForAllChannel']);
    expect(await bob.rn.native.clearUltraGroupMessages('ug1', 'news', 0, LOCAL)).toBe(0);
    expect(await bob.rn.native.clearUltraGroupMessagesForAllChannel('ug1', 0)).toBe(0);
    await world.settle();
    expect(global.map((e) => e.data)).toEqual([
      { targetId: 'ug1', channelId: 'news', timestamp: 0, policy: LOCAL, code: 0 },
      { targetId: 'ug1', timestamp: 0, code: 0 },
    ]);
    expect(bob.engine!.store.timeline(UG, 'ug1', 'news')).toEqual([]);
  });
});

test('planned failures and lost answers reach the per-call callback', async () => {
  const { world, alice } = await setup();
  const sent = await sendUg(world, alice, 'news', 'm');
  world.server.failNext('modifyUltraGroupMessage', RC.ULTRA_GROUP_NOT_EXIST, { userId: 'alice' });
  const failed = await call(world, alice, 'modifyUltraGroupMessage', [sent.messageUId, { ...sent, text: 'x' }], 'onUltraGroupMessageModified');
  expect(failed.event.code).toBe(RC.ULTRA_GROUP_NOT_EXIST);
  expect(world.server.ultraGroupHistory('ug1', 'news')[0].text).toBe('m');
  alice.network.latency(100);
  const pending = callWithEvents(alice, 'modifyUltraGroupMessage', [sent.messageUId, { ...sent, text: 'y' }], ['onUltraGroupMessageModified']);
  const { events } = await pending;
  await world.clock.advance(150);
  alice.network.down();
  await world.clock.advance(100);
  expect(events.onUltraGroupMessageModified.map((e) => e.code)).toEqual([RC.MSG_RESPONSE_TIMEOUT]);
  // The server did apply it: the answer was lost on the way back.
  expect(world.server.ultraGroupHistory('ug1', 'news')[0].text).toBe('y');
  expect(world.server.ultraGroupHistory('ug1', 'news')[0].messageType).toBe(TEXT);
});
