import { RC, createWorld, type Message, type World } from '../../index';
import type { Device } from '../../device/device';
import { callWithEvents, connectAs, record, sendText, ask, act } from '../../testing/rn';

const PRIVATE = 1;
const GROUP = 2;
const CHATROOM = 3;
const Level = { ALL_MESSAGE: 0, NONE: 1, MENTION: 2, MENTION_USERS: 3, MENTION_ALL: 4, BLOCKED: 5 };
const Quiet = { NONE: 0, MENTION_MESSAGE: 1, BLOCKED: 2 };
const HOUR = 3600_000;

async function pair() {
  const world = createWorld({ seed: 21, limits: { sendsPerSecond: 1000 } });
  const alice = world.device({ id: 'alice-phone' });
  const bob = world.device({ id: 'bob-phone' });
  await connectAs(world, alice, 'alice');
  await connectAs(world, bob, 'bob');
  world.server.createGroup('g1', ['alice', 'bob']);
  return { world, alice, bob };
}

/** A message as alice receives it (what the cloud would push to her phone). */
function incoming(conversationType: number, targetId: string, mentionedInfo?: Message['mentionedInfo'], extra: Partial<Message> = {}): Message {
  return {
    conversationType, targetId, channelId: '', messageType: 2, messageId: 0, messageUId: 'U', offLine: true, receivedTime: 0,
    sentTime: 0, receivedStatus: 0, sentStatus: 2, senderUserId: 'bob', direction: 1, extra: '', expansion: null, text: 'hi',
    ...(mentionedInfo ? { mentionedInfo } : {}), ...extra,
  };
}
const atAll = { type: 0, userIdList: [], mentionedContent: '' };
const atAlice = { type: 1, userIdList: ['alice'], mentionedContent: '' };
const atBob = { type: 1, userIdList: ['bob'], mentionedContent: '' };

describe('RN native: conversation notification levels', () => {
  test('never set is NONE; a change shows in get/load, in conversation.notificationLevel and in the blocked list', async () => {
    const { world, alice, bob } = await pair();
    await sendText(world, bob, PRIVATE, 'alice', 'hi');
    expect((await ask(world, alice, 'getConversationNotificationLevel', [PRIVATE, 'bob', ''])).ok.t).toBe(Level.NONE);
    expect((await ask(world, alice, 'getBlockedConversations', [[PRIVATE, GROUP], ''])).ok.t).toEqual([]);

    const { code, event } = await act(world, alice, 'changeConversationNotificationLevel', [PRIVATE, 'bob', '', Level.BLOCKED], 'onConversationNotificationLevelChanged');
    expect([code, event]).toEqual([0, { code: 0, eventId: expect.any(String) }]);
    expect((await ask(world, alice, 'getConversationNotificationLevel', [PRIVATE, 'bob', ''])).ok.t).toBe(Level.BLOCKED);
    expect((await ask(world, alice, 'getConversation', [PRIVATE, 'bob', ''])).ok.t.notificationLevel).toBe(Level.BLOCKED);
    const blocked = (await ask(world, alice, 'getBlockedConversations', [[PRIVATE, GROUP], ''])).ok.t;
    expect(blocked.map((c: any) => [c.targetId, c.notificationLevel])).toEqual([['bob', Level.BLOCKED]]);

    const events = record(alice, ['IRCIMIWListener:onConversationNotificationLevelLoaded', 'IRCIMIWListener:onBlockedConversationsLoaded']);
    await alice.rn.native.loadConversationNotificationLevel(PRIVATE, 'bob', '');
    await alice.rn.native.loadBlockedConversations([PRIVATE], '');
    await world.settle();
    expect(events[0].data).toEqual({ code: 0, type: PRIVATE, targetId: 'bob', channelId: '', level: Level.BLOCKED });
    expect(events[1].data).toMatchObject({ code: 0, conversationTypes: [PRIVATE], channelId: '', conversations: [{ targetId: 'bob' }] });

    // Setting NONE unsets it.
    await act(world, alice, 'changeConversationNotificationLevel', [PRIVATE, 'bob', '', Level.NONE], 'onConversationNotificationLevelChanged');
    expect((await ask(world, alice, 'getConversation', [PRIVATE, 'bob', ''])).ok.t.notificationLevel).toBe(Level.NONE);
  });

  test('a type level applies to conversations that set nothing; a conversation\'s own level beats it', async () => {
    const { world, alice, bob } = await pair();
    await sendText(world, bob, GROUP, 'g1', 'hi');
    await act(world, alice, 'changeConversationTypeNotificationLevel', [GROUP, Level.MENTION], 'onConversationTypeNotificationLevelChanged');
    expect((await ask(world, alice, 'getConversationTypeNotificationLevel', [GROUP])).ok.t).toBe(Level.MENTION);
    expect((await ask(world, alice, 'getConversationTypeNotificationLevel', [PRIVATE])).ok.t).toBe(Level.NONE);
    // The conversation's own setting is still "not set"; its effective level is the type's.
    expect((await ask(world, alice, 'getConversationNotificationLevel', [GROUP, 'g1', ''])).ok.t).toBe(Level.NONE);
    expect((await ask(world, alice, 'getConversation', [GROUP, 'g1', ''])).ok.t.notificationLevel).toBe(Level.MENTION);
    await act(world, alice, 'changeConversationNotificationLevel', [GROUP, 'g1', '', Level.ALL_MESSAGE], 'onConversationNotificationLevelChanged');
    expect((await ask(world, alice, 'getConversation', [GROUP, 'g1', ''])).ok.t.notificationLevel).toBe(Level.ALL_MESSAGE);
    expect((await ask(world, alice, 'getBlockedConversations', [[GROUP], ''])).ok.t).toEqual([]);

    const events = record(alice, ['IRCIMIWListener:onConversationTypeNotificationLevelLoaded']);
    await alice.rn.native.loadConversationTypeNotificationLevel(GROUP);
    await world.settle();
    expect(events[0].data).toEqual({ code: 0, type: GROUP, level: Level.MENTION });
  });

  test('chatrooms are not supported (34201); INVALID and empty targets are -101; Android rejects an out-of-range level', async () => {
    const { world, alice } = await pair();
    expect((await act(world, alice, 'changeConversationNotificationLevel', [CHATROOM, 'r', '', Level.BLOCKED], 'onConversationNotificationLevelChanged')).event.code).toBe(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
    expect((await act(world, alice, 'changeConversationTypeNotificationLevel', [CHATROOM, Level.BLOCKED], 'onConversationTypeNotificationLevelChanged')).event.code).toBe(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
    expect(await alice.rn.native.changeConversationNotificationLevel(0, 'bob', '', Level.BLOCKED, 'e')).toBe(-101);
    expect(await alice.rn.native.changeConversationNotificationLevel(PRIVATE, '', '', Level.BLOCKED, 'e')).toBe(-101);
    expect(await alice.rn.native.changeConversationTypeNotificationLevel(0, Level.BLOCKED, 'e')).toBe(-101);
    await expect(alice.rn.native.changeConversationNotificationLevel(PRIVATE, 'bob', '', 6, 'e')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(world.server.userSettings('alice')).toMatchObject({ levels: [], typeLevels: [] });
  });

  test('levels sync silently to the user\'s other devices, online now or connecting later', async () => {
    const { world, alice, bob } = await pair();
    await sendText(world, bob, PRIVATE, 'alice', 'hi');
    const web = world.device({ id: 'alice-web', platform: 'web' });
    await connectAs(world, web, 'alice');
    await act(world, alice, 'changeConversationNotificationLevel', [PRIVATE, 'bob', '', Level.BLOCKED], 'onConversationNotificationLevelChanged');
    await act(world, alice, 'changeConversationTypeNotificationLevel', [GROUP, Level.MENTION_ALL], 'onConversationTypeNotificationLevelChanged');
    expect((await ask(world, web, 'getConversationNotificationLevel', [PRIVATE, 'bob', ''])).ok.t).toBe(Level.BLOCKED);
    expect((await ask(world, web, 'getConversationTypeNotificationLevel', [GROUP])).ok.t).toBe(Level.MENTION_ALL);

    const mini = world.device({ id: 'alice-mini', platform: 'miniprogram' });
    await connectAs(world, mini, 'alice');
    expect((await ask(world, mini, 'getConversationNotificationLevel', [PRIVATE, 'bob', ''])).ok.t).toBe(Level.BLOCKED);
    expect((await ask(world, mini, 'getConversationTypeNotificationLevel', [GROUP])).ok.t).toBe(Level.MENTION_ALL);
  });

  test('legacy (no eventId) level changes go to the deprecated global events; offline they fail with 30002', async () => {
    const { world, alice } = await pair();
    const events = record(alice, ['IRCIMIWListener:onConversationNotificationLevelChanged', 'IRCIMIWListener:onConversationTypeNotificationLevelChanged']);
    await alice.rn.native.changeConversationNotificationLevel(GROUP, 'g1', null, Level.MENTION);
    await alice.rn.native.changeConversationTypeNotificationLevel(PRIVATE, Level.BLOCKED);
    await world.settle();
    expect(events.map((e) => e.data)).toEqual([
      { code: 0, type: GROUP, targetId: 'g1', channelId: null, level: Level.MENTION },
      { code: 0, type: PRIVATE, level: Level.BLOCKED },
    ]);
    alice.network.down();
    await world.settle();
    expect((await act(world, alice, 'changeConversationNotificationLevel', [GROUP, 'g1', '', Level.BLOCKED], 'onConversationNotificationLevelChanged')).event.code).toBe(RC.NETWORK_UNAVAILABLE);
    // Reads are local and still work offline.
    expect((await ask(world, alice, 'getConversationNotificationLevel', [GROUP, 'g1', ''])).ok.t).toBe(Level.MENTION);
  });
});

describe('RN native: quiet hours', () => {
  test('none set reads as ("", 0, NONE); a window is set, replaced and removed', async () => {
    const { world, alice } = await pair();
    const empty = await ask(world, alice, 'getNotificationQuietHours', []);
    expect(empty.ok).toEqual({ startTime: '', spanMinutes: 0, level: Quiet.NONE, eventId: expect.any(String) });

    expect((await act(world, alice, 'changeNotificationQuietHours', ['22:00:00', 480, Quiet.BLOCKED], 'onNotificationQuietHoursChanged')).event.code).toBe(0);
    expect((await ask(world, alice, 'getNotificationQuietHours', [])).ok).toMatchObject({ startTime: '22:00:00', spanMinutes: 480, level: Quiet.BLOCKED });
    // One window per user: a new one replaces it (seed 004 L7345).
    await act(world, alice, 'changeNotificationQuietHours', ['00:00:00', 1439, Quiet.MENTION_MESSAGE], 'onNotificationQuietHoursChanged');
    const loaded = record(alice, ['IRCIMIWListener:onNotificationQuietHoursLoaded']);
    await alice.rn.native.loadNotificationQuietHours();
    await world.settle();
    expect(loaded[0].data).toEqual({ code: 0, startTime: '00:00:00', spanMinutes: 1439, level: Quiet.MENTION_MESSAGE });
    expect(world.server.userSettings('alice').quietHours).toEqual({ startTime: '00:00:00', spanMinutes: 1439, level: Quiet.MENTION_MESSAGE });

    expect((await act(world, alice, 'removeNotificationQuietHours', [], 'onNotificationQuietHoursRemoved')).event.code).toBe(0);
    expect((await ask(world, alice, 'getNotificationQuietHours', [])).ok).toMatchObject({ startTime: '', spanMinutes: 0, level: Quiet.NONE });
    expect(world.server.userSettings('alice').quietHours).toBeNull();
  });

  test('a start that is not HH:MM:SS is -101; a span outside 1..1439 is 34283; neither changes anything', async () => {
    const { world, alice } = await pair();
    await act(world, alice, 'changeNotificationQuietHours', ['08:00:00', 60, Quiet.BLOCKED], 'onNotificationQuietHoursChanged');
    for (const start of ['24:00:00', '8:00:00', '08:00', '08:60:00', '', null]) {
      expect(await alice.rn.native.changeNotificationQuietHours(start, 60, Quiet.BLOCKED, 'e')).toBe(-101);
    }
    for (const span of [0, 1440, -5, 30.5]) {
      expect((await act(world, alice, 'changeNotificationQuietHours', ['09:00:00', span, Quiet.BLOCKED], 'onNotificationQuietHoursChanged')).event.code).toBe(RC.INVALID_PARAMETER_SPAN_MINUTES);
    }
    expect((await ask(world, alice, 'getNotificationQuietHours', [])).ok).toMatchObject({ startTime: '08:00:00', spanMinutes: 60 });
  });

  test('legacy routes echo the window; the window follows the user to a device that connects later', async () => {
    const { world, alice } = await pair();
    const events = record(alice, ['IRCIMIWListener:onNotificationQuietHoursChanged', 'IRCIMIWListener:onNotificationQuietHoursRemoved']);
    await alice.rn.native.changeNotificationQuietHours('23:30:00', 90, Quiet.BLOCKED);
    await world.settle();
    const web = world.device({ id: 'alice-web', platform: 'web' });
    await connectAs(world, web, 'alice');
    expect((await ask(world, web, 'getNotificationQuietHours', [])).ok).toMatchObject({ startTime: '23:30:00', spanMinutes: 90, level: Quiet.BLOCKED });
    await alice.rn.native.removeNotificationQuietHours();
    await world.settle();
    expect(events.map((e) => e.data)).toEqual([{ code: 0, startTime: '23:30:00', spanMinutes: 90, level: Quiet.BLOCKED }, { code: 0 }]);
    expect((await ask(world, web, 'getNotificationQuietHours', [])).ok.startTime).toBe('');
  });
});

describe('cloud: push decisions (world.server.wouldPush)', () => {
  test('levels: conversation beats type; MENTION levels by mention kind; private chats never push on MENTION', async () => {
    const { world, alice } = await pair();
    const setLevel = (type: number, target: string, level: number) => act(world, alice, 'changeConversationNotificationLevel', [type, target, '', level], 'onConversationNotificationLevelChanged');
    const setType = (type: number, level: number) => act(world, alice, 'changeConversationTypeNotificationLevel', [type, level], 'onConversationTypeNotificationLevelChanged');
    const push = (m: Message) => world.server.wouldPush('alice', m).push;

    expect(world.server.wouldPush('alice', incoming(PRIVATE, 'bob'))).toEqual({ push: true, reason: 'no DND set', hideContent: false });
    await setType(PRIVATE, Level.BLOCKED);
    expect(push(incoming(PRIVATE, 'bob'))).toBe(false);
    await setLevel(PRIVATE, 'bob', Level.ALL_MESSAGE);
    expect(push(incoming(PRIVATE, 'bob'))).toBe(true);
    await setLevel(PRIVATE, 'bob', Level.MENTION);
    expect(push(incoming(PRIVATE, 'bob', atAlice))).toBe(false);

    await setLevel(GROUP, 'g1', Level.MENTION);
    expect([push(incoming(GROUP, 'g1')), push(incoming(GROUP, 'g1', atAll)), push(incoming(GROUP, 'g1', atAlice)), push(incoming(GROUP, 'g1', atBob))]).toEqual([false, true, true, false]);
    await setLevel(GROUP, 'g1', Level.MENTION_USERS);
    expect([push(incoming(GROUP, 'g1', atAll)), push(incoming(GROUP, 'g1', atAlice))]).toEqual([false, true]);
    await setLevel(GROUP, 'g1', Level.MENTION_ALL);
    expect([push(incoming(GROUP, 'g1', atAll)), push(incoming(GROUP, 'g1', atAlice))]).toEqual([true, false]);
    await setLevel(GROUP, 'g1', Level.BLOCKED);
    expect(push(incoming(GROUP, 'g1', atAlice))).toBe(false);
    expect(push(incoming(CHATROOM, 'room'))).toBe(false);
    expect(push(incoming(GROUP, 'g2', undefined, { pushOptions: { disableNotification: true } }))).toBe(false);
  });

  test('quiet hours rank above every level, repeat daily and may cross midnight', async () => {
    const { world, alice } = await pair();
    await act(world, alice, 'changeConversationNotificationLevel', [GROUP, 'g1', '', Level.ALL_MESSAGE], 'onConversationNotificationLevelChanged');
    await act(world, alice, 'changeNotificationQuietHours', ['23:00:00', 120, Quiet.BLOCKED], 'onNotificationQuietHoursChanged');
    const day = world.clock.now() - (world.clock.now() % (24 * HOUR)) + 3 * 24 * HOUR;
    const at = (ms: number, m = incoming(GROUP, 'g1', atAlice)) => world.server.wouldPush('alice', m, day + ms);
    expect(at(23 * HOUR - 1000)).toMatchObject({ push: true, reason: expect.stringContaining('user level') });
    expect(at(23 * HOUR + 5 * 60_000)).toEqual({ push: false, reason: 'quiet hours', hideContent: false });
    expect(at(24 * HOUR + 30 * 60_000).push).toBe(false);
    expect(at(25 * HOUR + 1000).push).toBe(true);

    await act(world, alice, 'changeNotificationQuietHours', ['23:00:00', 120, Quiet.MENTION_MESSAGE], 'onNotificationQuietHoursChanged');
    expect(at(23 * HOUR + 60_000).push).toBe(true);
    expect(at(23 * HOUR + 60_000, incoming(GROUP, 'g1', atAll)).push).toBe(true);
    expect(at(23 * HOUR + 60_000, incoming(GROUP, 'g1')).push).toBe(false);
    expect(at(23 * HOUR + 60_000, incoming(PRIVATE, 'bob', atAlice)).push).toBe(false);
    await act(world, alice, 'changeNotificationQuietHours', ['23:00:00', 120, Quiet.NONE], 'onNotificationQuietHoursChanged');
    expect(at(23 * HOUR + 60_000, incoming(GROUP, 'g1')).push).toBe(true);
  });
});

describe('RN native: push preferences', () => {
  test('content display, language and receive-while-on-Web are kept in the cloud and shape push decisions', async () => {
    const { world, alice } = await pair();
    expect((await act(world, alice, 'changePushContentShowStatus', [false], 'onPushContentShowStatusChanged')).event.code).toBe(0);
    expect((await act(world, alice, 'changePushLanguage', ['en_US'], 'onPushLanguageChanged')).event.code).toBe(0);
    expect((await act(world, alice, 'changePushReceiveStatus', [false], 'onPushReceiveStatusChanged')).event.code).toBe(0);
    expect(world.server.userSettings('alice').push).toEqual({ showContent: false, language: 'en_US', receive: false });

    expect(world.server.wouldPush('alice', incoming(PRIVATE, 'bob'))).toEqual({ push: true, reason: 'no DND set', hideContent: true });
    expect(world.server.wouldPush('alice', incoming(PRIVATE, 'bob', undefined, { pushOptions: { forceShowDetailContent: true } })).hideContent).toBe(false);
    const web = world.device({ id: 'alice-web', platform: 'web' });
    await connectAs(world, web, 'alice');
    expect(world.server.wouldPush('alice', incoming(PRIVATE, 'bob'))).toMatchObject({ push: false, reason: expect.stringContaining('Web/PC') });
    await act(world, web, 'changePushReceiveStatus', [true], 'onPushReceiveStatusChanged');
    expect(world.server.wouldPush('alice', incoming(PRIVATE, 'bob')).push).toBe(true);
  });

  test('disconnect(false) stops pushes to that phone until it logs in again; disconnect(true) and lost links keep them', async () => {
    const { world, alice } = await pair();
    const decision = () => world.server.wouldPush('alice', incoming(PRIVATE, 'bob'));
    expect(decision().push).toBe(true);

    await alice.rn.native.disconnect(false);
    await world.settle();
    expect(decision()).toEqual({ push: false, reason: 'every phone of the user signed out with disconnect(receivePush: false)', hideContent: false });

    // A second phone that still takes pushes is enough; signing it out with `true` keeps it taking them.
    const tablet = world.device({ id: 'alice-tablet', platform: 'ios' });
    await connectAs(world, tablet, 'alice');
    await tablet.rn.native.disconnect(true);
    await world.settle();
    expect(decision().push).toBe(true);

    // Logging in again takes the first phone's pushes back; a lost link is not a sign-out.
    await connectAs(world, alice, 'alice');
    await tablet.rn.native.connect(world.server.issueToken('alice'), 0, 'again');
    await world.settle();
    await tablet.rn.native.disconnect(false);
    alice.network.down();
    await world.settle();
    expect(decision().push).toBe(true);
  });

  test('a disconnect while offline cannot reach the cloud, and a Web session has no pushes to stop', async () => {
    const { world, alice } = await pair();
    alice.network.down();
    await world.settle();
    await alice.rn.native.disconnect(false);
    await world.settle();
    expect(world.server.wouldPush('alice', incoming(PRIVATE, 'bob')).push).toBe(true);

    // Carol's phone opted out; her Web session coming and going (even with `true`) brings no pushes back.
    const phone = world.device({ id: 'carol-phone' });
    const web = world.device({ id: 'carol-web', platform: 'web' });
    await connectAs(world, phone, 'carol');
    await phone.rn.native.disconnect(false);
    await connectAs(world, web, 'carol');
    await web.rn.native.disconnect(true);
    await world.settle();
    expect(world.server.wouldPush('carol', incoming(PRIVATE, 'alice')).push).toBe(false);
  });

  test('an empty language is -101; legacy routes echo; offline changes fail with 30002', async () => {
    const { world, alice } = await pair();
    expect(await alice.rn.native.changePushLanguage('', 'e')).toBe(-101);
    expect(await alice.rn.native.changePushLanguage(null, 'e')).toBe(-101);
    const events = record(alice, ['IRCIMIWListener:onPushContentShowStatusChanged', 'IRCIMIWListener:onPushLanguageChanged', 'IRCIMIWListener:onPushReceiveStatusChanged']);
    await alice.rn.native.changePushContentShowStatus(true);
    await alice.rn.native.changePushLanguage('zh_CN');
    await alice.rn.native.changePushReceiveStatus(true);
    await world.settle();
    expect(events.map((e) => e.data)).toEqual([{ code: 0, showContent: true }, { code: 0, language: 'zh_CN' }, { code: 0, receive: true }]);
    alice.network.down();
    await world.settle();
    expect((await act(world, alice, 'changePushLanguage', ['ar_SA'], 'onPushLanguageChanged')).event.code).toBe(RC.NETWORK_UNAVAILABLE);
    expect(world.server.userSettings('alice').push.language).toBe('zh_CN');
  });

  test('iOS per-call payloads carry `type` and the same keys', async () => {
    const world = createWorld({ seed: 4 });
    const phone = world.device({ platform: 'ios' });
    await connectAs(world, phone, 'alice');
    const { ok } = await ask(world, phone, 'getNotificationQuietHours', []);
    expect(ok).toEqual({ startTime: '', spanMinutes: 0, level: 0, eventId: expect.any(String), type: 'onSuccess' });
    const { event } = await act(world, phone, 'changePushLanguage', ['en_US'], 'onPushLanguageChanged');
    expect(event).toEqual({ code: 0, eventId: expect.any(String), type: 'onPushLanguageChanged' });
  });
});
