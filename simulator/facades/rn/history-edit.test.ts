import { RC } from '../../index';
import { ask, L, people, PRIVATE, sendTexts, texts, textMessage } from '../../testing/history';

import { record } from '../../testing/rn';

const BEFORE = 0;
const LOCAL = 0;
const REMOTE = 1;
const LOCAL_REMOTE = 2;
const RECEIVE = 1;

async function withHistory() {
  const ctx = await people(['alice', 'bob']);
  const sent = await sendTexts(ctx.world, ctx.alice, PRIVATE, 'bob', ['m0', 'm1', 'm2', 'm3', 'm4']);
  return { ...ctx, sent };
}

describe('RN native: insertMessage / insertMessages', () => {
  test('an inserted message is a local, successfully sent message by default, with a local id and no UId; the peer never sees it', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const received = record(bob, [L('onMessageReceived')]);
    const message = await textMessage(alice, PRIVATE, 'bob', 'note to self');
    const r = await ask(world, alice, 'insertMessage', [message], ['onMessageInserted']);
    expect(r.code).toBe(0);
    expect(r.onMessageInserted).toMatchObject({ code: 0, message: { text: 'note to self', direction: 0, sentStatus: 2, senderUserId: 'alice', messageUId: '', sentTime: world.clock.now() } });
    expect(r.onMessageInserted.message.messageId).toBeGreaterThan(0);
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, LOCAL, 5)).toEqual(['note to self']);
    expect(world.server.remoteHistory('alice', PRIVATE, 'bob')).toEqual([]);
    expect(received).toEqual([]);
  });

  test('an incoming insert keeps its receivedStatus and sentTime, and counts as unread when UNREAD', async () => {
    const { world, alice } = await people(['alice']);
    const message = { ...(await textMessage(alice, PRIVATE, 'bob', 'from bob')), direction: RECEIVE, receivedStatus: 0, sentTime: 1_000 };
    const r = await ask(world, alice, 'insertMessage', [message], ['onMessageInserted']);
    expect(r.onMessageInserted.message).toMatchObject({ direction: 1, receivedStatus: 0, senderUserId: 'bob', sentTime: 1_000 });
    expect((await ask(world, alice, 'getFirstUnreadMessage', [PRIVATE, 'bob', ''])).onSuccess.t.text).toBe('from bob');
  });

  test('insertMessages stores up to 10 at once; one unstorable message makes the whole batch fail with 33003', async () => {
    const { world, alice } = await people(['alice']);
    const make = (text: string) => alice.rn.native.createTextMessage(PRIVATE, 'bob', '', text);
    const batch = await Promise.all(['a', 'b', 'c'].map(make));
    const ok = await ask(world, alice, 'insertMessages', [batch], ['onMessagesInserted']);
    expect(ok.onMessagesInserted.code).toBe(0);
    expect(ok.onMessagesInserted.messages.map((m: any) => m.text)).toEqual(['a', 'b', 'c']);
    expect(new Set(ok.onMessagesInserted.messages.map((m: any) => m.messageId)).size).toBe(3);

    const command = await alice.rn.native.createCustomMessage(PRIVATE, 'bob', '', 0 /* COMMAND */, 'app:ping', {});
    const mixed = [await make('d'), command];
    const failed = await ask(world, alice, 'insertMessages', [mixed], ['onMessagesInserted']);
    expect(failed.onMessagesInserted.code).toBe(RC.INVALID_PARAMETER);
    expect((await ask(world, alice, 'getMessageCount', [PRIVATE, 'bob', ''])).onSuccess.t).toBe(3);
    const single = await ask(world, alice, 'insertMessage', [command], ['onMessageInserted']);
    expect(single.onMessageInserted.code).toBe(RC.INVALID_PARAMETER);
  });

  test('-101 for an empty or over-long batch, or a message without a conversation; nothing is stored', async () => {
    const { world, alice } = await people(['alice']);
    const eleven = await Promise.all(Array.from({ length: 11 }, (_, i) => textMessage(alice, PRIVATE, 'bob', `x${i}`)));
    expect((await ask(world, alice, 'insertMessages', [eleven], ['onMessagesInserted'])).code).toBe(-101);
    expect((await ask(world, alice, 'insertMessages', [[]], ['onMessagesInserted'])).code).toBe(-101);
    expect((await ask(world, alice, 'insertMessage', [{ text: 'no type' }], ['onMessageInserted'])).code).toBe(-101);
    expect((await ask(world, alice, 'insertMessage', [{ ...eleven[0], targetId: '' }], ['onMessageInserted'])).code).toBe(-101);
    expect((await ask(world, alice, 'getMessageCount', [PRIVATE, 'bob', ''])).onSuccess.t).toBe(0);
  });
});

describe('RN native: deleting and clearing', () => {
  test('deleteLocalMessages deletes by id in any conversation; the server copy stays and LOCAL_REMOTE brings it back', async () => {
    const { world, alice, sent } = await withHistory();
    const r = await ask(world, alice, 'deleteLocalMessages', [[sent[4], { ...sent[3], conversationType: 2, targetId: 'elsewhere' }]], ['onLocalMessagesDeleted']);
    expect(r.onLocalMessagesDeleted).toMatchObject({ code: 0, messages: [{ text: 'm4' }, { text: 'm3' }] });
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, LOCAL, 5)).toEqual(['m2', 'm1', 'm0']);
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, LOCAL_REMOTE, 5)).toEqual(['m4', 'm3', 'm2', 'm1', 'm0']);
    expect((await ask(world, alice, 'deleteLocalMessages', [[{ ...sent[0], messageId: 0 }]], ['onLocalMessagesDeleted'])).code).toBe(-101);
  });

  test('deleteMessages deletes locally and from the caller\'s server history; the peer keeps both', async () => {
    const { world, alice, bob, sent } = await withHistory();
    const r = await ask(world, alice, 'deleteMessages', [PRIVATE, 'bob', '', [sent[1], sent[2]]], ['onMessagesDeleted']);
    expect(r.onMessagesDeleted).toMatchObject({ code: 0, messages: [{ text: 'm1' }, { text: 'm2' }] });
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, LOCAL_REMOTE, 5)).toEqual(['m4', 'm3', 'm0']);
    expect(world.server.remoteHistory('alice', PRIVATE, 'bob').map((m) => m.text)).toEqual(['m0', 'm3', 'm4']);
    expect(world.server.remoteHistory('bob', PRIVATE, 'alice').map((m) => m.text)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(await texts(world, bob, PRIVATE, 'alice', 0, BEFORE, REMOTE, 5)).toEqual(['m4', 'm3', 'm2', 'm1', 'm0']);
  });

  test('deleteMessages fails as a whole when the server refuses: offline 30002, no cloud storage 25102, chatroom 34201', async () => {
    const { world, alice, sent } = await withHistory();
    alice.network.down();
    expect((await ask(world, alice, 'deleteMessages', [PRIVATE, 'bob', '', [sent[0]]], ['onMessagesDeleted'])).onMessagesDeleted.code).toBe(RC.NETWORK_UNAVAILABLE);
    alice.network.up();
    await world.clock.advance(1_000);
    world.server.setCloudHistory(false);
    expect((await ask(world, alice, 'deleteMessages', [PRIVATE, 'bob', '', [sent[0]]], ['onMessagesDeleted'])).onMessagesDeleted.code).toBe(RC.MESSAGE_STORAGE_SERVICE_UNAVAILABLE);
    expect((await ask(world, alice, 'deleteMessages', [3, 'room', '', [sent[0]]], ['onMessagesDeleted'])).onMessagesDeleted.code).toBe(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
    expect((await ask(world, alice, 'getMessageCount', [PRIVATE, 'bob', ''])).onSuccess.t).toBe(5);
    expect((await ask(world, alice, 'deleteMessages', [PRIVATE, 'bob', '', []], ['onMessagesDeleted'])).code).toBe(-101);
  });

  test('clearMessages LOCAL: 0 clears all, otherwise up to and including the timestamp', async () => {
    const { world, alice, sent } = await withHistory();
    expect((await ask(world, alice, 'clearMessages', [PRIVATE, 'bob', '', sent[1].sentTime, LOCAL], ['onMessagesCleared'])).onMessagesCleared).toEqual({ code: 0, eventId: expect.any(String) });
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, LOCAL, 5)).toEqual(['m4', 'm3', 'm2']);
    await ask(world, alice, 'clearMessages', [PRIVATE, 'bob', '', 0, LOCAL], ['onMessagesCleared']);
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, LOCAL, 5)).toEqual([]);
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, REMOTE, 5)).toHaveLength(5);
  });

  test('clearMessages REMOTE hides the caller\'s server history up to the timestamp; LOCAL_REMOTE also clears the device', async () => {
    const { world, alice, bob, sent } = await withHistory();
    await ask(world, alice, 'clearMessages', [PRIVATE, 'bob', '', sent[2].sentTime, REMOTE], ['onMessagesCleared']);
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, REMOTE, 5)).toEqual(['m4', 'm3']);
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, LOCAL, 5)).toHaveLength(5);
    await ask(world, alice, 'clearMessages', [PRIVATE, 'bob', '', 0, LOCAL_REMOTE], ['onMessagesCleared']);
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, LOCAL_REMOTE, 5)).toEqual([]);
    expect(await texts(world, bob, PRIVATE, 'alice', 0, BEFORE, REMOTE, 5)).toHaveLength(5);
    // Messages after the clear show again.
    await sendTexts(world, bob, PRIVATE, 'alice', ['after']);
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, REMOTE, 5)).toEqual(['after']);
  });

  test('clearMessages checks: -101 for a negative timestamp or no conversation; a failed LOCAL_REMOTE keeps the device untouched', async () => {
    const { world, alice } = await withHistory();
    expect((await ask(world, alice, 'clearMessages', [PRIVATE, 'bob', '', -5, LOCAL], ['onMessagesCleared'])).code).toBe(-101);
    expect((await ask(world, alice, 'clearMessages', [PRIVATE, '', '', 0, LOCAL], ['onMessagesCleared'])).code).toBe(-101);
    world.server.failNext('clearRemoteHistoryMessages', RC.MSG_RESPONSE_TIMEOUT);
    expect((await ask(world, alice, 'clearMessages', [PRIVATE, 'bob', '', 0, LOCAL_REMOTE], ['onMessagesCleared'])).onMessagesCleared.code).toBe(RC.MSG_RESPONSE_TIMEOUT);
    expect((await ask(world, alice, 'getMessageCount', [PRIVATE, 'bob', ''])).onSuccess.t).toBe(5);
    expect((await ask(world, alice, 'clearMessages', [3, 'room', '', 0, REMOTE], ['onMessagesCleared'])).onMessagesCleared.code).toBe(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
  });

  test('clearing updates the conversation: unread count and last message follow the timeline', async () => {
    const { world, bob, sent } = await withHistory();
    expect(bob.engine!.store.conversation(PRIVATE, 'alice', '')).toMatchObject({ unreadCount: 5 });
    await ask(world, bob, 'clearMessages', [PRIVATE, 'alice', '', sent[2].sentTime, LOCAL], ['onMessagesCleared']);
    const record = bob.engine!.store.conversation(PRIVATE, 'alice', '')!;
    expect(record.unreadCount).toBe(2);
    expect(bob.engine!.store.get(record.lastMessageId)?.text).toBe('m4');
  });
});

describe('RN native: changing message status', () => {
  test('changeMessageSentStatus / changeMessageReceiveStatus update the row; unread counts follow; unknown ids are 34204', async () => {
    const { world, alice, bob, sent } = await withHistory();
    const r = await ask(world, alice, 'changeMessageSentStatus', [sent[0].messageId, 4], ['onMessageSentStatusChanged']);
    expect(r.onMessageSentStatusChanged).toEqual({ code: 0, eventId: expect.any(String) });
    expect((await ask(world, alice, 'getMessageById', [sent[0].messageId])).onSuccess.t.sentStatus).toBe(4);
    const bobsFirst = bob.engine!.store.getByUId(sent[0].messageUId)!;
    await ask(world, bob, 'changeMessageReceiveStatus', [bobsFirst.messageId, 1], ['onMessageReceiveStatusChanged']);
    expect(bob.engine!.store.conversation(PRIVATE, 'alice', '')!.unreadCount).toBe(4);
    expect((await ask(world, alice, 'changeMessageSentStatus', [4242, 2], ['onMessageSentStatusChanged'])).onMessageSentStatusChanged.code).toBe(RC.INVALID_PARAMETER_MESSAGE_ID);
    expect((await ask(world, alice, 'changeMessageReceiveStatus', [0, 1], ['onMessageReceiveStatusChanged'])).code).toBe(-101);
  });

  test('a status change does not bring back a removed conversation', async () => {
    const { world, alice, sent } = await withHistory();
    const conversation = alice.engine!.store.conversation(PRIVATE, 'bob', '')!;
    conversation.hidden = true;
    await ask(world, alice, 'changeMessageSentStatus', [sent[4].messageId, 4], ['onMessageSentStatusChanged']);
    expect(conversation.hidden).toBe(true);
  });
});

describe('legacy wrappers (no eventId) report through the old global events', () => {
  test('clearMessages reports through onMessageCleared (5.2.4 name) with the echoed arguments', async () => {
    const { world, alice, sent } = await withHistory();
    const events = record(alice, [L('onMessageCleared'), L('onMessagesCleared')]);
    expect(await alice.rn.native.clearMessages(PRIVATE, 'bob', '', sent[0].sentTime, LOCAL)).toBe(0);
    await world.settle();
    expect(events).toEqual([{ name: L('onMessageCleared'), data: { code: 0, type: PRIVATE, targetId: 'bob', channelId: '', timestamp: sent[0].sentTime } }]);
  });

  test('insert, delete and status changes use onMessageInserted, onMessagesInserted, onLocalMessagesDeleted, onMessagesDeleted, onMessageSentStatusChanged', async () => {
    const { world, alice, sent } = await withHistory();
    const names = ['onMessageInserted', 'onMessagesInserted', 'onLocalMessagesDeleted', 'onMessagesDeleted', 'onMessageSentStatusChanged', 'onMessageReceiveStatusChanged'];
    const events = record(alice, names.map(L));
    const since = alice.log.all().length;
    const message = await textMessage(alice, PRIVATE, 'bob', 'old style');
    await alice.rn.native.insertMessage(message);
    await alice.rn.native.insertMessages([message]);
    await alice.rn.native.deleteLocalMessages([sent[0]]);
    await alice.rn.native.deleteMessages(PRIVATE, 'bob', '', [sent[1]]);
    await alice.rn.native.changeMessageSentStatus(sent[2].messageId, 4);
    await alice.rn.native.changeMessageReceiveStatus(sent[2].messageId, 1);
    await world.settle();
    const byName = Object.fromEntries(events.map((e) => [e.name.slice('IRCIMIWListener:'.length), e.data]));
    expect(byName.onMessageInserted).toMatchObject({ code: 0, message: { text: 'old style' } });
    expect(byName.onMessagesInserted).toMatchObject({ code: 0, messages: [{ text: 'old style' }] });
    expect(byName.onLocalMessagesDeleted).toMatchObject({ code: 0, messages: [{ text: 'm0' }] });
    expect(byName.onMessagesDeleted).toMatchObject({ code: 0, type: PRIVATE, targetId: 'bob', channelId: '', messages: [{ text: 'm1' }] });
    expect(byName.onMessageSentStatusChanged).toEqual({ code: 0, messageId: sent[2].messageId });
    expect(byName.onMessageReceiveStatusChanged).toEqual({ code: 0, messageId: sent[2].messageId });
    expect(alice.log.all().slice(since).filter((e) => e.kind === 'event' && !e.name.startsWith('IRCIMIWListener:'))).toEqual([]);
  });
});

describe('world snapshots carry the history area', () => {
  test('remote deletes, clears, recall policy and receipt requests survive a snapshot and restore', async () => {
    const { createWorld } = await import('../../index');
    const { world, alice, bob } = await people(['alice', 'bob']);
    world.server.createGroup('g1', ['alice', 'bob']);
    const sent = await sendTexts(world, alice, PRIVATE, 'bob', ['m0', 'm1', 'm2']);
    const [question] = await sendTexts(world, alice, 2, 'g1', ['q']);
    await ask(world, alice, 'deleteMessages', [PRIVATE, 'bob', '', [sent[2]]], ['onMessagesDeleted']);
    await ask(world, alice, 'clearMessages', [PRIVATE, 'bob', '', sent[0].sentTime, REMOTE], ['onMessagesCleared']);
    await ask(world, alice, 'sendGroupReadReceiptRequest', [question], ['onGroupReadReceiptRequestSent']);
    await bob.rn.native.sendTypingStatus(PRIVATE, 'alice', '', 'RC:TxtMsg');
    await world.clock.advance(10_000);
    world.server.restrictRecallToSender();
    const restored = createWorld({ from: JSON.parse(JSON.stringify(world.snapshot())) });
    expect(restored.server.remoteHistory('alice', PRIVATE, 'bob').map((m) => m.text)).toEqual(['m1']);
    const [alice2, bob2] = restored.devices;
    const heard = record(alice2, [L('onGroupMessageReadReceiptResponseReceived')]);
    await ask(restored, bob2, 'sendGroupReadReceiptResponse', ['g1', '', [question]], ['onGroupReadReceiptResponseSent']);
    expect(heard.map((e) => Object.keys(e.data.respondUserIds))).toEqual([['bob']]);
    const bobsM1 = bob2.engine!.store.getByUId(sent[1].messageUId)!;
    expect((await ask(restored, bob2, 'recallMessage', [{ ...bobsM1 }], ['onMessageRecalled'])).onMessageRecalled.code).toBe(RC.RECALL_MESSAGE_USER_INVALID);
    expect(alice.id).toBe(alice2.id);
  });

  test('a live typing indicator is a pending timer: snapshot() asks to advance the clock first', async () => {
    const { world, alice } = await people(['alice', 'bob']);
    await alice.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:TxtMsg');
    await world.settle();
    expect(() => world.snapshot()).toThrow(/pending timer/);
    await world.clock.advance(6_000);
    expect(() => world.snapshot()).not.toThrow();
  });
});
