import { RC, createWorld, type World } from '../../index';
import type { Device } from '../../device/device';
import { callWithEvents, connectAs, record, sendText, ask, act } from '../../testing/rn';

const PRIVATE = 1;
const GROUP = 2;
const CHATROOM = 3;
const TEXT = 2;
const FILE = 5;
const NONE = 1;
const CONVERSATION_KEYS = ['conversationType', 'targetId', 'channelId', 'unreadCount', 'mentionedCount', 'notificationLevel', 'top', 'draft', 'lastMessage', 'firstUnreadMsgSendTime'];

async function trio() {
  const world = createWorld({ seed: 11, limits: { sendsPerSecond: 1000 } });
  const alice = world.device({ id: 'alice-phone' });
  const bob = world.device({ id: 'bob-phone' });
  const carol = world.device({ id: 'carol-phone' });
  await connectAs(world, alice, 'alice');
  await connectAs(world, bob, 'bob');
  await connectAs(world, carol, 'carol');
  return { world, alice, bob, carol };
}

const targets = (list: any[]) => list.map((c) => c.targetId);

describe('RN native: conversation list', () => {
  test('conversations are built from traffic, newest first, with exactly the bridge keys', async () => {
    const { world, alice, bob, carol } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'from bob');
    await world.clock.advance(1000);
    await sendText(world, carol, PRIVATE, 'alice', 'from carol');
    await world.clock.advance(1000);
    await sendText(world, alice, PRIVATE, 'bob', 'reply to bob');

    const { code, ok } = await ask(world, alice, 'getConversations', [[PRIVATE, GROUP], '', 0, 10]);
    expect(code).toBe(0);
    expect(targets(ok.t)).toEqual(['bob', 'carol']);
    const [withBob, withCarol] = ok.t;
    expect(Object.keys(withBob)).toEqual(CONVERSATION_KEYS);
    expect(withBob).toMatchObject({ conversationType: PRIVATE, channelId: '', unreadCount: 1, mentionedCount: 0, notificationLevel: NONE, top: false, draft: '' });
    expect(withBob.lastMessage).toMatchObject({ text: 'reply to bob', direction: 0, sentStatus: 2 });
    expect(withBob.firstUnreadMsgSendTime).toBe(world.clock.now() - 2000);
    expect(withCarol.lastMessage).toMatchObject({ text: 'from carol', direction: 1 });
    // Bob's side names the conversation after alice.
    expect(targets((await ask(world, bob, 'getConversations', [[PRIVATE], '', 0, 10])).ok.t)).toEqual(['alice']);
  });

  test('paging by startTime: 0 starts from the newest, then the time of the last item of the page', async () => {
    const { world, alice, bob } = await trio();
    const peers = ['p0', 'p1', 'p2', 'p3', 'p4'];
    for (const peer of peers) {
      await sendText(world, alice, PRIVATE, peer, `hi ${peer}`);
      await world.clock.advance(1000);
    }
    const first = (await ask(world, alice, 'getConversations', [[PRIVATE], '', 0, 2])).ok.t;
    expect(targets(first)).toEqual(['p4', 'p3']);
    const second = (await ask(world, alice, 'getConversations', [[PRIVATE], '', first[1].lastMessage.sentTime, 2])).ok.t;
    expect(targets(second)).toEqual(['p2', 'p1']);
    const third = (await ask(world, alice, 'getConversations', [[PRIVATE], '', second[1].lastMessage.sentTime, 2])).ok.t;
    expect(targets(third)).toEqual(['p0']);
    expect((await ask(world, bob, 'getConversations', [[PRIVATE], '', 0, 50])).ok.t).toEqual([]);
  });

  test('count outside 1..50, no types, INVALID type or a negative startTime answer -101 with no event', async () => {
    const { world, alice } = await trio();
    const events = record(alice, ['GetConversations:onSuccess', 'GetConversations:onError', 'IRCIMIWListener:onConversationsLoaded']);
    for (const args of [[[PRIVATE], '', 0, 0], [[PRIVATE], '', 0, 51], [[PRIVATE], '', 0, 1.5], [[], '', 0, 10], [[0], '', 0, 10], [[PRIVATE], '', -1, 10]]) {
      expect(await alice.rn.native.getConversations(...args, 'e')).toBe(-101);
      expect(await alice.rn.native.loadConversations(...args)).toBe(-101);
    }
    expect(await alice.rn.native.getConversations([PRIVATE], '', 0, 50, 'e')).toBe(0);
    await world.settle();
    expect(events.map((e) => e.name)).toEqual(['GetConversations:onSuccess']);
  });

  test('loadConversations reports through onConversationsLoaded, echoing its inputs', async () => {
    const { world, alice, bob } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'hello');
    const loaded = record(alice, ['IRCIMIWListener:onConversationsLoaded']);
    expect(await alice.rn.native.loadConversations([PRIVATE, GROUP], null, 0, 20)).toBe(0);
    await world.settle();
    expect(loaded).toHaveLength(1);
    const { conversations, ...rest } = loaded[0].data;
    expect(rest).toEqual({ code: 0, conversationTypes: [PRIVATE, GROUP], channelId: null, startTime: 0, count: 20 });
    expect(targets(conversations)).toEqual(['bob']);
  });

  test('getConversation / loadConversation: one conversation, or a success without one when it does not exist', async () => {
    const { world, alice, bob } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'hello');
    const found = await ask(world, alice, 'getConversation', [PRIVATE, 'bob', '']);
    expect(found.ok.t).toMatchObject({ targetId: 'bob', unreadCount: 1, lastMessage: { text: 'hello' } });
    const missing = await ask(world, alice, 'getConversation', [PRIVATE, 'nobody', '']);
    expect(missing.ok).toEqual({ eventId: expect.any(String) });
    const loaded = record(alice, ['IRCIMIWListener:onConversationLoaded']);
    await alice.rn.native.loadConversation(PRIVATE, 'nobody', '');
    await alice.rn.native.loadConversation(GROUP, 'g', '');
    await world.settle();
    expect(loaded.map((e) => e.data)).toEqual([
      { code: 0, type: PRIVATE, targetId: 'nobody', channelId: '' },
      { code: 0, type: GROUP, targetId: 'g', channelId: '' },
    ]);
    expect(await alice.rn.native.getConversation(PRIVATE, '', '', 'e')).toBe(-101);
    expect(await alice.rn.native.getConversation(0, 'bob', '', 'e')).toBe(-101);
  });

  test('results are fresh copies: changing one changes nothing in the engine', async () => {
    const { world, alice, bob } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'hello');
    const first = (await ask(world, alice, 'getConversation', [PRIVATE, 'bob', ''])).ok.t;
    first.unreadCount = 99;
    first.lastMessage.text = 'tampered';
    first.draft = 'x';
    const again = (await ask(world, alice, 'getConversation', [PRIVATE, 'bob', ''])).ok.t;
    expect(again).toMatchObject({ unreadCount: 1, draft: '', lastMessage: { text: 'hello' } });
  });

  test('a device that never connected answers 33001', async () => {
    const world = createWorld();
    const phone = world.device();
    phone.rn.native.create(world.appKey, {});
    expect((await ask(world, phone, 'getConversations', [[PRIVATE], '', 0, 10])).error).toMatchObject({ code: RC.CLIENT_NOT_INIT });
    expect((await act(world, phone, 'removeConversation', [PRIVATE, 'bob', ''], 'onConversationRemoved')).event.code).toBe(RC.CLIENT_NOT_INIT);
  });
});

describe('RN native: removing conversations', () => {
  test('removeConversation hides the row and keeps its messages; a new message brings it back with its history', async () => {
    const { world, alice, bob, carol } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'one');
    await sendText(world, bob, PRIVATE, 'alice', 'two');
    await sendText(world, carol, PRIVATE, 'alice', 'other');
    const removed = await act(world, alice, 'removeConversation', [PRIVATE, 'bob', ''], 'onConversationRemoved');
    expect(removed).toEqual({ code: 0, event: { code: 0, eventId: expect.any(String) } });
    expect(targets((await ask(world, alice, 'getConversations', [[PRIVATE], '', 0, 10])).ok.t)).toEqual(['carol']);
    expect((await ask(world, alice, 'getConversation', [PRIVATE, 'bob', ''])).ok.t).toBeUndefined();
    expect(alice.engine!.store.timeline(PRIVATE, 'bob', '').map((m) => m.text)).toEqual(['one', 'two']);

    await world.clock.advance(1000);
    await sendText(world, bob, PRIVATE, 'alice', 'three');
    const back = (await ask(world, alice, 'getConversations', [[PRIVATE], '', 0, 10])).ok.t;
    expect(targets(back)).toEqual(['bob', 'carol']);
    // The re-created row counts only the new message; the old ones are still there to read.
    expect(back[0]).toMatchObject({ unreadCount: 1, lastMessage: { text: 'three' } });
    expect(alice.engine!.store.timeline(PRIVATE, 'bob', '').map((m) => m.text)).toEqual(['one', 'two', 'three']);
  });

  test('removeConversations deletes every conversation of the types with its messages, and no other', async () => {
    const { world, alice, bob, carol } = await trio();
    world.server.createGroup('g1', ['alice', 'bob']);
    await sendText(world, bob, PRIVATE, 'alice', 'private');
    await sendText(world, carol, PRIVATE, 'alice', 'private too');
    await sendText(world, bob, GROUP, 'g1', 'group');
    const { code, event } = await act(world, alice, 'removeConversations', [[PRIVATE], ''], 'onConversationsRemoved');
    expect(code).toBe(0);
    expect(event.code).toBe(0);
    expect(targets((await ask(world, alice, 'getConversations', [[PRIVATE, GROUP], '', 0, 10])).ok.t)).toEqual(['g1']);
    expect(alice.engine!.store.timeline(PRIVATE, 'bob', '')).toEqual([]);
    expect(alice.engine!.store.timeline(GROUP, 'g1', '')).toHaveLength(1);
    expect((await ask(world, alice, 'getTotalUnreadCount', [''])).ok.t).toBe(1);
    expect(await alice.rn.native.removeConversations([], '', 'e')).toBe(-101);
  });

  test('without an eventId (5.2.4 wrapper) the results go to the deprecated global events with echoed arguments', async () => {
    const { world, alice, bob } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'hi');
    const events = record(alice, ['IRCIMIWListener:onConversationRemoved', 'IRCIMIWListener:onConversationsRemoved', 'IRCIMIWListener:onDraftMessageSaved', 'IRCIMIWListener:onDraftMessageCleared']);
    expect(await alice.rn.native.saveDraftMessage(PRIVATE, 'bob', '', 'draft')).toBe(0);
    expect(await alice.rn.native.clearDraftMessage(PRIVATE, 'bob', '')).toBe(0);
    expect(await alice.rn.native.removeConversation(PRIVATE, 'bob', '')).toBe(0);
    expect(await alice.rn.native.removeConversations([GROUP], '')).toBe(0);
    await world.settle();
    expect(events.map((e) => [e.name.split(':')[1], e.data])).toEqual([
      ['onDraftMessageSaved', { code: 0, type: PRIVATE, targetId: 'bob', channelId: '', draft: 'draft' }],
      ['onDraftMessageCleared', { code: 0, type: PRIVATE, targetId: 'bob', channelId: '' }],
      ['onConversationRemoved', { code: 0, type: PRIVATE, targetId: 'bob', channelId: '' }],
      ['onConversationsRemoved', { code: 0, conversationTypes: [GROUP], channelId: '' }],
    ]);
  });
});

describe('RN native: drafts', () => {
  test('saving a draft moves the conversation to the front; load/get read it; clear removes it', async () => {
    const { world, alice, bob, carol } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'old');
    await world.clock.advance(1000);
    await sendText(world, carol, PRIVATE, 'alice', 'new');
    await world.clock.advance(1000);
    expect(targets((await ask(world, alice, 'getConversations', [[PRIVATE], '', 0, 10])).ok.t)).toEqual(['carol', 'bob']);

    expect((await act(world, alice, 'saveDraftMessage', [PRIVATE, 'bob', '', 'half-written'], 'onDraftMessageSaved')).event.code).toBe(0);
    const list = (await ask(world, alice, 'getConversations', [[PRIVATE], '', 0, 10])).ok.t;
    expect(targets(list)).toEqual(['bob', 'carol']);
    expect(list[0].draft).toBe('half-written');
    expect((await ask(world, alice, 'getDraftMessage', [PRIVATE, 'bob', ''])).ok.t).toBe('half-written');
    const loaded = record(alice, ['IRCIMIWListener:onDraftMessageLoaded']);
    await alice.rn.native.loadDraftMessage(PRIVATE, 'bob', '');
    await world.settle();
    expect(loaded[0].data).toEqual({ code: 0, type: PRIVATE, targetId: 'bob', channelId: '', draft: 'half-written' });

    expect((await act(world, alice, 'clearDraftMessage', [PRIVATE, 'bob', ''], 'onDraftMessageCleared')).event.code).toBe(0);
    expect((await ask(world, alice, 'getDraftMessage', [PRIVATE, 'bob', ''])).ok.t).toBe('');
  });

  test('a draft for a conversation with no messages creates it; a null draft is -101', async () => {
    const { world, alice } = await trio();
    await act(world, alice, 'saveDraftMessage', [GROUP, 'g9', '', 'note'], 'onDraftMessageSaved');
    const [row] = (await ask(world, alice, 'getConversations', [[GROUP], '', 0, 10])).ok.t;
    expect(row).toMatchObject({ targetId: 'g9', draft: 'note', unreadCount: 0, firstUnreadMsgSendTime: 0 });
    expect(row).not.toHaveProperty('lastMessage');
    expect(await alice.rn.native.saveDraftMessage(GROUP, 'g9', '', null, 'e')).toBe(-101);
    expect((await ask(world, alice, 'getDraftMessage', [GROUP, 'g9', ''])).ok.t).toBe('note');
  });
});

describe('RN native: pinning', () => {
  async function twoDevicesOfAlice() {
    const base = await trio();
    const web = base.world.device({ id: 'alice-web', platform: 'web' });
    await connectAs(base.world, web, 'alice');
    return { ...base, web };
  }

  test('pinned conversations come first; the pin reaches the user\'s other online device as onConversationTopStatusSynced', async () => {
    const { world, alice, bob, carol, web } = await twoDevicesOfAlice();
    await sendText(world, bob, PRIVATE, 'alice', 'from bob');
    await world.clock.advance(1000);
    await sendText(world, carol, PRIVATE, 'alice', 'from carol');
    const synced = record(web, ['IRCIMIWListener:onConversationTopStatusSynced']);
    const ownSync = record(alice, ['IRCIMIWListener:onConversationTopStatusSynced']);

    const { code, event } = await act(world, alice, 'changeConversationTopStatus', [PRIVATE, 'bob', '', true], 'onConversationTopStatusChanged');
    expect([code, event.code]).toEqual([0, 0]);
    const list = (await ask(world, alice, 'getConversations', [[PRIVATE], '', 0, 10])).ok.t;
    expect(list.map((c: any) => [c.targetId, c.top])).toEqual([['bob', true], ['carol', false]]);
    expect((await ask(world, alice, 'getConversationTopStatus', [PRIVATE, 'bob', ''])).ok.t).toBe(true);
    expect(targets((await ask(world, alice, 'getTopConversations', [[PRIVATE, GROUP], ''])).ok.t)).toEqual(['bob']);

    expect(ownSync).toEqual([]);
    expect(synced.map((e) => e.data)).toEqual([{ type: PRIVATE, targetId: 'bob', channelId: '', top: true }]);
    expect((await ask(world, web, 'getConversationTopStatus', [PRIVATE, 'bob', ''])).ok.t).toBe(true);
  });

  test('the pin is kept in the cloud: a device that connects later gets it', async () => {
    const { world, alice, bob } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'hi');
    await act(world, alice, 'changeConversationTopStatus', [PRIVATE, 'bob', '', true], 'onConversationTopStatusChanged');
    await act(world, alice, 'changeConversationTopStatus', [GROUP, 'g1', '', true], 'onConversationTopStatusChanged');
    await act(world, alice, 'changeConversationTopStatus', [GROUP, 'g1', '', false], 'onConversationTopStatusChanged');
    expect(world.server.userSettings('alice').top).toEqual([
      { type: PRIVATE, targetId: 'bob', channelId: '', top: true },
      { type: GROUP, targetId: 'g1', channelId: '', top: false },
    ]);
    const tablet = world.device({ id: 'alice-web', platform: 'web' });
    tablet.rn.native.create(world.appKey, {});
    const synced = record(tablet, ['IRCIMIWListener:onConversationTopStatusSynced']);
    await connectAs(world, tablet, 'alice');
    expect((await ask(world, tablet, 'getConversationTopStatus', [PRIVATE, 'bob', ''])).ok.t).toBe(true);
    expect((await ask(world, tablet, 'getConversationTopStatus', [GROUP, 'g1', ''])).ok.t).toBe(false);
    expect(synced.map((e) => e.data)).toEqual([{ type: PRIVATE, targetId: 'bob', channelId: '', top: true }]);
  });

  test('over a slow link the login snapshot still lands after the connection is up', async () => {
    const { world, alice, bob } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'hi');
    await act(world, alice, 'changeConversationTopStatus', [PRIVATE, 'bob', '', true], 'onConversationTopStatusChanged');
    const web = world.device({ id: 'alice-web', platform: 'web' });
    web.network.latency(80);
    web.rn.native.create(world.appKey, {});
    const synced = record(web, ['IRCIMIWListener:onConversationTopStatusSynced', 'IRCIMIWListener:onConnectionStatusChanged']);
    await web.rn.native.connect(world.server.issueToken('alice'), 0, 'c1');
    await world.clock.advance(1000);
    expect(synced.map((e) => e.name.split(':')[1])).toEqual(['onConnectionStatusChanged', 'onConnectionStatusChanged', 'onConversationTopStatusSynced']);
    expect((await ask(world, web, 'getConversationTopStatus', [PRIVATE, 'bob', ''])).ok.t).toBe(true);
  });

  test('pinning needs the cloud: offline it fails with 30002 and changes nothing; planned faults answer their code', async () => {
    const { world, alice, bob } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'hi');
    alice.network.down();
    await world.settle();
    expect((await act(world, alice, 'changeConversationTopStatus', [PRIVATE, 'bob', '', true], 'onConversationTopStatusChanged')).event.code).toBe(RC.NETWORK_UNAVAILABLE);
    expect((await ask(world, alice, 'getConversationTopStatus', [PRIVATE, 'bob', ''])).ok.t).toBe(false);
    alice.network.up();
    await world.clock.advance(1000);
    world.server.failNext('changeConversationTopStatus', RC.REQUEST_OVERFREQUENCY, { userId: 'alice' });
    expect((await act(world, alice, 'changeConversationTopStatus', [PRIVATE, 'bob', '', true], 'onConversationTopStatusChanged')).event.code).toBe(RC.REQUEST_OVERFREQUENCY);
    expect((await ask(world, alice, 'getConversationTopStatus', [PRIVATE, 'bob', ''])).ok.t).toBe(false);
    expect((await act(world, alice, 'changeConversationTopStatus', [CHATROOM, 'room', '', true], 'onConversationTopStatusChanged')).event.code).toBe(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
    expect(await alice.rn.native.changeConversationTopStatus(PRIVATE, '', '', true, 'e')).toBe(-101);
  });

  test('load forms of pin queries echo their arguments', async () => {
    const { world, alice, bob } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'hi');
    await act(world, alice, 'changeConversationTopStatus', [PRIVATE, 'bob', '', true], 'onConversationTopStatusChanged');
    const events = record(alice, ['IRCIMIWListener:onConversationTopStatusLoaded', 'IRCIMIWListener:onTopConversationsLoaded', 'IRCIMIWListener:onConversationTopStatusChanged']);
    await alice.rn.native.loadConversationTopStatus(PRIVATE, 'bob', '');
    await alice.rn.native.loadTopConversations([PRIVATE], '');
    await alice.rn.native.changeConversationTopStatus(PRIVATE, 'bob', '', false);
    await world.settle();
    expect(events[0].data).toEqual({ code: 0, type: PRIVATE, targetId: 'bob', channelId: '', top: true });
    expect(events[1].data).toMatchObject({ code: 0, conversationTypes: [PRIVATE], channelId: '', conversations: [{ targetId: 'bob', top: true }] });
    expect(events[2].data).toEqual({ code: 0, type: PRIVATE, targetId: 'bob', channelId: '', top: false });
  });
});

describe('RN native: search and all-channel conversations', () => {
  test('searchConversations counts matching messages of the given types, case-insensitively', async () => {
    const { world, alice, bob, carol } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'Lunch today?');
    await sendText(world, alice, PRIVATE, 'bob', 'lunch sounds good');
    await sendText(world, carol, PRIVATE, 'alice', 'dinner?');
    await sendText(world, carol, PRIVATE, 'alice', 'after lunch maybe');
    const { ok } = await ask(world, alice, 'searchConversations', [[PRIVATE, GROUP], '', [TEXT], 'LUNCH']);
    expect(ok.t.map((r: any) => [r.conversation.targetId, r.count])).toEqual([['carol', 1], ['bob', 2]]);
    expect(Object.keys(ok.t[0])).toEqual(['conversation', 'count']);
    expect((await ask(world, alice, 'searchConversations', [[PRIVATE], '', [FILE], 'lunch'])).ok.t).toEqual([]);
    expect(await alice.rn.native.searchConversations([PRIVATE], '', [TEXT], '', 'e')).toBe(-101);
    expect(await alice.rn.native.searchConversations([PRIVATE], '', [], 'x', 'e')).toBe(-101);
  });

  test('without an eventId, searchConversations answers through onConversationsSearched', async () => {
    const { world, alice, bob } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'needle');
    const events = record(alice, ['IRCIMIWListener:onConversationsSearched']);
    expect(await alice.rn.native.searchConversations([PRIVATE], '', [TEXT], 'need')).toBe(0);
    await world.settle();
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({ code: 0, conversationTypes: [PRIVATE], channelId: '', messageTypes: [TEXT], keyword: 'need', conversations: [{ count: 1, conversation: { targetId: 'bob' } }] });
  });

  test('getConversationsForAllChannel returns the target\'s conversations; loadConversationsForAllChannel echoes', async () => {
    const { world, alice, bob } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'hi');
    expect(targets((await ask(world, alice, 'getConversationsForAllChannel', [PRIVATE, 'bob'])).ok.t)).toEqual(['bob']);
    const events = record(alice, ['IRCIMIWListener:onConversationsLoadedForAllChannel']);
    await alice.rn.native.loadConversationsForAllChannel(PRIVATE, 'nobody');
    await world.settle();
    expect(events[0].data).toEqual({ code: 0, type: PRIVATE, targetId: 'nobody', conversations: [] });
  });
});
