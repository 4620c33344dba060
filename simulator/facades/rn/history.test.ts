import { RC } from '../../index';
import { ask, GROUP, L, people, PRIVATE, sendTexts, texts, textMessage } from '../../testing/history';

import { callWithEvents, connectAs, record } from '../../testing/rn';

const BEFORE = 0;
const AFTER = 1;
const LOCAL = 0;
const REMOTE = 1;
const LOCAL_REMOTE = 2;

/** alice sent m0..m4 to bob, one second apart. */
async function fiveMessages() {
  const ctx = await people(['alice', 'bob']);
  const sent = await sendTexts(ctx.world, ctx.alice, PRIVATE, 'bob', ['m0', 'm1', 'm2', 'm3', 'm4']);
  return { ...ctx, sent };
}

describe('RN native: history pages (getMessages / loadMessages)', () => {
  test('LOCAL: BEFORE is older than sentTime, newest first (0 = from the newest); AFTER is newer, oldest first', async () => {
    const { world, alice, bob, sent } = await fiveMessages();
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, LOCAL, 3)).toEqual(['m4', 'm3', 'm2']);
    expect(await texts(world, alice, PRIVATE, 'bob', sent[2].sentTime, BEFORE, LOCAL, 20)).toEqual(['m1', 'm0']);
    expect(await texts(world, alice, PRIVATE, 'bob', sent[2].sentTime, AFTER, LOCAL, 1)).toEqual(['m3']);
    expect(await texts(world, alice, PRIVATE, 'bob', 0, AFTER, LOCAL, 2)).toEqual(['m0', 'm1']);
    // The receiver pages its own copies, named after the sender.
    const page = await ask(world, bob, 'getMessages', [PRIVATE, 'alice', '', 0, BEFORE, LOCAL, 2]);
    expect(page.onSuccess.t).toEqual([
      expect.objectContaining({ text: 'm4', direction: 1, targetId: 'alice', senderUserId: 'alice', messageUId: sent[4].messageUId }),
      expect.objectContaining({ text: 'm3', direction: 1 }),
    ]);
  });

  test('paging with the last sentTime walks the whole conversation without repeats', async () => {
    const { world, alice } = await fiveMessages();
    const seen: string[] = [];
    let cursor = 0;
    for (;;) {
      const r = await ask(world, alice, 'getMessages', [PRIVATE, 'bob', '', cursor, BEFORE, LOCAL, 2]);
      const page = r.onSuccess.t;
      if (page.length === 0) break;
      seen.push(...page.map((m: any) => m.text));
      cursor = page[page.length - 1].sentTime;
    }
    expect(seen).toEqual(['m4', 'm3', 'm2', 'm1', 'm0']);
  });

  test('loadMessages answers through onMessagesLoaded, echoing its arguments', async () => {
    const { world, alice, sent } = await fiveMessages();
    const loaded = record(alice, [L('onMessagesLoaded')]);
    expect(await alice.rn.native.loadMessages(PRIVATE, 'bob', null, sent[3].sentTime, BEFORE, LOCAL, 2)).toBe(0);
    await world.settle();
    expect(loaded).toHaveLength(1);
    const { messages, ...rest } = loaded[0].data;
    expect(rest).toEqual({ code: 0, type: PRIVATE, targetId: 'bob', channelId: null, sentTime: sent[3].sentTime, order: BEFORE });
    expect(messages.map((m: any) => m.text)).toEqual(['m2', 'm1']);
  });

  test.each([
    ['count 0', [PRIVATE, 'bob', '', 0, BEFORE, LOCAL, 0]],
    ['count 21', [PRIVATE, 'bob', '', 0, BEFORE, LOCAL, 21]],
    ['INVALID type', [0, 'bob', '', 0, BEFORE, LOCAL, 5]],
    ['empty targetId', [PRIVATE, '', '', 0, BEFORE, LOCAL, 5]],
    ['negative sentTime', [PRIVATE, 'bob', '', -1, BEFORE, LOCAL, 5]],
  ])('%s is -101 with no event, for get and load', async (_name, args) => {
    const { world, alice } = await fiveMessages();
    const loaded = record(alice, [L('onMessagesLoaded')]);
    const r = await ask(world, alice, 'getMessages', args);
    expect(r).toEqual({ code: -101, onSuccess: undefined, onError: undefined });
    expect(await alice.rn.native.loadMessages(...args)).toBe(-101);
    await world.settle();
    expect(loaded).toEqual([]);
  });

  test('20 is the largest page', async () => {
    const { world, alice } = await fiveMessages();
    expect((await ask(world, alice, 'getMessages', [PRIVATE, 'bob', '', 0, BEFORE, LOCAL, 20])).onSuccess.t).toHaveLength(5);
  });

  test('REMOTE reads server history from the viewer side and stores nothing; messages held locally come back as local rows', async () => {
    const { world, alice, sent } = await fiveMessages();
    const tablet = world.device({ id: 'bob-tablet', platform: 'web' });
    await connectAs(world, tablet, 'bob');
    const r = await ask(world, tablet, 'getMessages', [PRIVATE, 'alice', '', 0, BEFORE, REMOTE, 3]);
    expect(r.onSuccess.t.map((m: any) => [m.text, m.direction, m.targetId, m.messageId, m.messageUId])).toEqual([
      ['m4', 1, 'alice', 0, sent[4].messageUId],
      ['m3', 1, 'alice', 0, sent[3].messageUId],
      ['m2', 1, 'alice', 0, sent[2].messageUId],
    ]);
    expect(tablet.engine!.store.timeline(PRIVATE, 'alice', '')).toHaveLength(0);
    // The sender's own device answers REMOTE with its stored rows.
    const own = await ask(world, alice, 'getMessages', [PRIVATE, 'bob', '', sent[1].sentTime, AFTER, REMOTE, 2]);
    expect(own.onSuccess.t.map((m: any) => [m.text, m.direction, m.messageId])).toEqual([['m2', 0, sent[2].messageId], ['m3', 0, sent[3].messageId]]);
  });

  test('LOCAL_REMOTE fills a short local page from the server and stores what it fetched (not as unread, not listed)', async () => {
    const { world } = await fiveMessages();
    const tablet = world.device({ id: 'bob-tablet', platform: 'web' });
    await connectAs(world, tablet, 'bob');
    expect(await texts(world, tablet, PRIVATE, 'alice', 0, BEFORE, LOCAL, 20)).toEqual([]);
    const r = await ask(world, tablet, 'getMessages', [PRIVATE, 'alice', '', 0, BEFORE, LOCAL_REMOTE, 3]);
    expect(r.onSuccess.t.map((m: any) => m.text)).toEqual(['m4', 'm3', 'm2']);
    expect(r.onSuccess.t.every((m: any) => m.messageId > 0)).toBe(true);
    expect(await texts(world, tablet, PRIVATE, 'alice', 0, BEFORE, LOCAL, 20)).toEqual(['m4', 'm3', 'm2']);
    const conversation = tablet.engine!.store.conversation(PRIVATE, 'alice', '');
    expect(conversation).toMatchObject({ unreadCount: 0, hidden: true });
    // A second call finds the local page full and does not ask the server: it works offline.
    tablet.network.down();
    expect(await texts(world, tablet, PRIVATE, 'alice', 0, BEFORE, LOCAL_REMOTE, 3)).toEqual(['m4', 'm3', 'm2']);
    // A page the device lacks needs the server: offline that is 30002, and loadMessages still hands the local part.
    expect((await ask(world, tablet, 'getMessages', [PRIVATE, 'alice', '', 0, BEFORE, LOCAL_REMOTE, 5])).onError).toMatchObject({ code: RC.NETWORK_UNAVAILABLE });
    const loaded = record(tablet, [L('onMessagesLoaded')]);
    await tablet.rn.native.loadMessages(PRIVATE, 'alice', '', 0, BEFORE, LOCAL_REMOTE, 5);
    await world.settle();
    expect(loaded[0].data.code).toBe(RC.NETWORK_UNAVAILABLE);
    expect(loaded[0].data.messages.map((m: any) => m.text)).toEqual(['m4', 'm3', 'm2']);
  });

  test('REMOTE needs the cloud-storage service (33007), group membership (22406) and a server-history type (34201)', async () => {
    const { world, alice, bob } = await fiveMessages();
    world.server.setCloudHistory(false);
    expect((await ask(world, bob, 'getMessages', [PRIVATE, 'alice', '', 0, BEFORE, REMOTE, 5])).onError).toMatchObject({ code: RC.MSG_ROAMING_SERVICE_UNAVAILABLE });
    world.server.setCloudHistory(true);
    world.server.createGroup('g1', ['alice']);
    expect((await ask(world, bob, 'getMessages', [GROUP, 'g1', '', 0, BEFORE, REMOTE, 5])).onError).toMatchObject({ code: RC.NOT_IN_GROUP });
    expect((await ask(world, bob, 'getMessages', [4, 'alice', '', 0, BEFORE, REMOTE, 5])).onError).toMatchObject({ code: RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT });
    world.server.failNext('getRemoteHistoryMessages', RC.MSG_RESPONSE_TIMEOUT, { userId: 'alice' });
    expect((await ask(world, alice, 'getMessages', [PRIVATE, 'bob', '', 0, BEFORE, REMOTE, 5])).onError).toMatchObject({ code: RC.MSG_RESPONSE_TIMEOUT });
  });

  test('group history: members page the group messages, sent and received', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    world.server.createGroup('g1', ['alice', 'bob']);
    await sendTexts(world, alice, GROUP, 'g1', ['a1']);
    await sendTexts(world, bob, GROUP, 'g1', ['b1']);
    const page = await ask(world, bob, 'getMessages', [GROUP, 'g1', '', 0, AFTER, REMOTE, 5]);
    expect(page.onSuccess.t.map((m: any) => [m.text, m.targetId, m.direction, m.senderUserId])).toEqual([['a1', 'g1', 1, 'alice'], ['b1', 'g1', 0, 'bob']]);
  });

  test('a new group member sees remote history from their join on, unless the app key allows older history', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    world.server.createGroup('g1', ['alice']);
    await sendTexts(world, alice, GROUP, 'g1', ['before bob']);
    await world.clock.advance(1_000);
    world.server.joinGroup('g1', ['bob']);
    await sendTexts(world, alice, GROUP, 'g1', ['after bob']);
    const remote = async () => (await ask(world, bob, 'getMessages', [GROUP, 'g1', '', 0, AFTER, REMOTE, 5])).onSuccess.t.map((m: any) => m.text);
    expect(await remote()).toEqual(['after bob']);
    expect(world.server.remoteHistory('bob', GROUP, 'g1').map((m) => m.text)).toEqual(['after bob']);
    expect(world.server.remoteHistory('alice', GROUP, 'g1').map((m) => m.text)).toEqual(['before bob', 'after bob']);

    world.server.allowGroupHistoryBeforeJoin();
    expect(await remote()).toEqual(['before bob', 'after bob']);
    world.server.allowGroupHistoryBeforeJoin(false);

    // Leaving and joining again starts over from the new join.
    world.server.quitGroup('g1', ['bob']);
    await world.clock.advance(1_000);
    world.server.joinGroup('g1', ['bob']);
    expect(await remote()).toEqual([]);
    expect(() => world.server.allowGroupHistoryBeforeJoin('yes' as never)).toThrow(/on must be a boolean/);
  });

  test('payloads are fresh copies: changing one does not change the next answer', async () => {
    const { world, alice } = await fiveMessages();
    const first = await ask(world, alice, 'getMessages', [PRIVATE, 'bob', '', 0, BEFORE, LOCAL, 1]);
    first.onSuccess.t[0].text = 'tampered';
    expect(await texts(world, alice, PRIVATE, 'bob', 0, BEFORE, LOCAL, 1)).toEqual(['m4']);
  });
});

describe('RN native: single messages and counts', () => {
  test('getMessageById / getMessageByUId find stored messages; an unknown one is onSuccess without t', async () => {
    const { world, alice, bob, sent } = await fiveMessages();
    const byId = await ask(world, alice, 'getMessageById', [sent[1].messageId]);
    expect(byId.onSuccess.t).toMatchObject({ text: 'm1', messageId: sent[1].messageId });
    const byUId = await ask(world, bob, 'getMessageByUId', [sent[1].messageUId]);
    expect(byUId.onSuccess.t).toMatchObject({ text: 'm1', direction: 1 });
    const missing = await ask(world, alice, 'getMessageById', [9999]);
    expect(missing.onSuccess).toEqual({ eventId: expect.any(String) });
    expect((await ask(world, alice, 'getMessageByUId', ['NONE-NONE-NONE-NONE'])).onSuccess).toEqual({ eventId: expect.any(String) });
    expect((await ask(world, alice, 'getMessageById', [0])).code).toBe(-101);
    expect((await ask(world, alice, 'getMessageByUId', [''])).code).toBe(-101);
  });

  test('message count, first unread and unread @-messages of a conversation', async () => {
    const { world, alice, bob, carol } = await people(['alice', 'bob', 'carol']);
    world.server.createGroup('g1', ['alice', 'bob', 'carol']);
    const send = async (text: string, mentionedInfo?: object) => {
      await world.clock.advance(1000);
      const message = { ...(await textMessage(alice, GROUP, 'g1', text)), ...(mentionedInfo ? { mentionedInfo } : {}) };
      await callWithEvents(alice, 'sendMessage', [message], []);
      await world.settle();
    };
    await send('plain');
    await send('@bob', { type: 1, userIdList: ['bob'], mentionedContent: '' });
    await send('@all', { type: 0, userIdList: [], mentionedContent: '' });
    await send('@carol', { type: 1, userIdList: ['carol'], mentionedContent: '' });
    expect((await ask(world, bob, 'getMessageCount', [GROUP, 'g1', ''])).onSuccess.t).toBe(4);
    expect((await ask(world, bob, 'getFirstUnreadMessage', [GROUP, 'g1', ''])).onSuccess.t.text).toBe('plain');
    expect((await ask(world, bob, 'getUnreadMentionedMessages', [GROUP, 'g1', ''])).onSuccess.t.map((m: any) => m.text)).toEqual(['@bob', '@all']);
    expect((await ask(world, carol, 'getUnreadMentionedMessages', [GROUP, 'g1', ''])).onSuccess.t.map((m: any) => m.text)).toEqual(['@all', '@carol']);
    // The sender has nothing unread.
    const firstOwn = await ask(world, alice, 'getFirstUnreadMessage', [GROUP, 'g1', '']);
    expect(firstOwn.onSuccess).toEqual({ eventId: expect.any(String) });

    const events = record(bob, [L('onMessageCountLoaded'), L('onFirstUnreadMessageLoaded'), L('onUnreadMentionedMessagesLoaded')]);
    await bob.rn.native.loadMessageCount(GROUP, 'g1', '');
    await bob.rn.native.loadFirstUnreadMessage(GROUP, 'g1', '');
    await bob.rn.native.loadUnreadMentionedMessages(GROUP, 'g1', '');
    await world.settle();
    expect(events.map((e) => e.name)).toEqual([L('onMessageCountLoaded'), L('onFirstUnreadMessageLoaded'), L('onUnreadMentionedMessagesLoaded')]);
    expect(events[0].data).toEqual({ code: 0, type: GROUP, targetId: 'g1', channelId: '', count: 4 });
    expect(events[1].data).toMatchObject({ code: 0, type: GROUP, targetId: 'g1', channelId: '', message: { text: 'plain' } });
    expect(events[2].data.messages.map((m: any) => m.text)).toEqual(['@bob', '@all']);
    expect(await bob.rn.native.loadMessageCount(0, 'g1', '')).toBe(-101);
  });

  test('before the first connect there is no database: 33001', async () => {
    const { createWorld } = await import('../../index');
    const world = createWorld();
    const phone = world.device();
    phone.rn.native.create(world.appKey, {});
    expect((await ask(world, phone, 'getMessages', [PRIVATE, 'bob', '', 0, BEFORE, LOCAL, 5])).onError).toMatchObject({ code: RC.CLIENT_NOT_INIT });
    expect((await ask(world, phone, 'getMessageById', [1])).onError).toMatchObject({ code: RC.CLIENT_NOT_INIT });
  });
});

describe('platforms and determinism', () => {
  test('iOS: per-call payloads carry `type`, an out-of-range order clamps to AFTER, load events write "" for a null channelId', async () => {
    const { createWorld } = await import('../../index');
    const world = createWorld({ seed: 11, limits: { sendsPerSecond: 100 } });
    const alice = world.device({ id: 'alice-iphone', platform: 'ios' });
    const bob = world.device({ id: 'bob-phone' });
    await connectAs(world, alice, 'alice');
    await connectAs(world, bob, 'bob');
    const sent = await sendTexts(world, alice, PRIVATE, 'bob', ['a', 'b', 'c']);
    const r = await ask(world, alice, 'getMessages', [PRIVATE, 'bob', '', sent[0].sentTime, 9, LOCAL, 5]);
    expect(r.onSuccess.type).toBe('onSuccess');
    expect(r.onSuccess.t.map((m: any) => m.text)).toEqual(['b', 'c']);
    const loaded = record(alice, [L('onMessagesLoaded')]);
    await alice.rn.native.loadMessages(PRIVATE, 'bob', null, 0, BEFORE, LOCAL, 1);
    await world.settle();
    expect(loaded[0].data).toMatchObject({ channelId: '', code: 0 });
    expect(loaded[0].data.eventId).toBeUndefined();
  });

  test('the same seed and calls give identical logs (history, recall, receipts, expansion, typing)', async () => {
    async function scenario() {
      const { world, alice, bob } = await people(['alice', 'bob'], { seed: 21 });
      const [m0, m1] = await sendTexts(world, alice, PRIVATE, 'bob', ['m0', 'm1', 'm2']);
      await ask(world, bob, 'sendPrivateReadReceiptMessage', ['alice', '', m1.sentTime], ['onPrivateReadReceiptMessageSent']);
      await ask(world, alice, 'recallMessage', [m0], ['onMessageRecalled']);
      await bob.rn.native.sendTypingStatus(PRIVATE, 'alice', '', 'RC:TxtMsg');
      await world.clock.advance(7_000);
      await ask(world, bob, 'getMessages', [PRIVATE, 'alice', '', 0, BEFORE, LOCAL_REMOTE, 10]);
      await ask(world, alice, 'clearMessages', [PRIVATE, 'bob', '', 0, LOCAL_REMOTE], ['onMessagesCleared']);
      return [alice.log.toJSON(), bob.log.toJSON()];
    }
    const first = await scenario();
    expect(first[1].length).toBeGreaterThan(20);
    expect(await scenario()).toEqual(first);
  });
});

describe('history pages scale', () => {
  test('a page over a 100,000-message conversation reads O(log n + count) entries', async () => {
    const { world, alice } = await people(['alice']);
    const store = alice.engine!.store;
    const base = world.clock.now();
    for (let i = 0; i < 100_000; i++) {
      store.insert({ conversationType: PRIVATE, messageType: 2, targetId: 'bob', channelId: '', messageId: 0, messageUId: `u${i}`, offLine: false, receivedTime: 0, sentTime: base + i, receivedStatus: 1, sentStatus: 2, senderUserId: 'alice', direction: 0, extra: '', expansion: null, text: `t${i}` });
    }
    const key = `${PRIVATE}|bob|`;
    const timeline = store.timelines.get(key)!;
    let reads = 0;
    store.timelines.set(key, new Proxy(timeline, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
        return Reflect.get(target, prop, receiver);
      },
    }));
    const r = await ask(world, alice, 'getMessages', [PRIVATE, 'bob', '', base + 50_000, BEFORE, LOCAL, 20]);
    expect(r.onSuccess.t.map((m: any) => m.text)).toEqual(Array.from({ length: 20 }, (_, i) => `t${49_999 - i}`));
    expect(reads).toBeLessThan(100);
    reads = 0;
    const after = await ask(world, alice, 'getMessages', [PRIVATE, 'bob', '', base + 75_000, AFTER, LOCAL, 20]);
    expect(after.onSuccess.t[0].text).toBe('t75001');
    expect(reads).toBeLessThan(100);
  });
});

describe('older wrappers (5.2.4): getMessageById / getMessageByUId without an eventId', () => {
  test('the promise resolves the message itself, or null when unknown', async () => {
    const { createWorld } = await import('../../index');
    const { connectAs, sendText } = await import('../../testing/rn');
    const world = createWorld();
    const alice = world.device();
    await connectAs(world, alice, 'alice');
    const { events } = await sendText(world, alice, 1, 'bob', 'kept');
    const sent = events.onMessageSent[0].message;
    await expect(alice.rn.native.getMessageById(sent.messageId)).resolves.toMatchObject({ messageId: sent.messageId, text: 'kept' });
    await expect(alice.rn.native.getMessageByUId(sent.messageUId)).resolves.toMatchObject({ messageUId: sent.messageUId });
    await expect(alice.rn.native.getMessageById(9999)).resolves.toBeNull();
  });
});
