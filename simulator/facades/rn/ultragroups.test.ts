import { RC, createWorld } from '../../index';
import type { Device } from '../../device/device';
import type { World } from '../../world';
import type { WorldSnapshot } from '../../snapshot';
import { callWithEvents, connectAs, record } from '../../testing/rn';

const UG = 5;
const RECEIVED = 'IRCIMIWListener:onMessageReceived';
const NONE = 1;
const MENTION = 2;
const BLOCKED = 5;

async function setup(options: { seed?: number; sendsPerSecond?: number } = {}) {
  const world = createWorld({ seed: options.seed ?? 7, limits: { sendsPerSecond: options.sendsPerSecond ?? 5 } });
  const alice = world.device({ id: 'alice-phone' });
  const bob = world.device({ id: 'bob-phone' });
  const carol = world.device({ id: 'carol-phone' });
  expect(world.server.createUltraGroup('ug1', ['alice', 'bob', 'carol'], { channels: ['news', 'chat'] })).toBe(0);
  await connectAs(world, alice, 'alice');
  await connectAs(world, bob, 'bob');
  await connectAs(world, carol, 'carol');
  return { world, alice, bob, carol };
}

async function sendUg(world: World, device: Device, targetId: string, channelId: string, text: string, edit?: (m: any) => void) {
  const message: any = await device.rn.native.createTextMessage(UG, targetId, channelId, text);
  edit?.(message);
  const { events } = await callWithEvents(device, 'sendMessage', [message], ['onMessageSaved', 'onMessageSent']);
  await world.settle();
  return events.onMessageSent[0];
}

async function call(world: World, device: Device, method: string, args: unknown[], callbacks: string[]) {
  const result = await callWithEvents(device, method, args, callbacks);
  await world.settle();
  return result;
}

async function getCount(world: World, device: Device, method: string, args: unknown[] = []) {
  const { code, events } = await call(world, device, method, args, ['onSuccess', 'onError']);
  expect(code).toBe(0);
  return events.onSuccess[0]?.t ?? { error: events.onError[0]?.code };
}

describe('RN native: ultra-group routing', () => {
  test('a channel message reaches the online members only, is kept in server history, and never in the offline inbox', async () => {
    const { world, alice, bob, carol } = await setup();
    await carol.rn.native.disconnect(true);
    await world.settle();
    const bobInbox = record(bob, [RECEIVED]);
    const sent = await sendUg(world, alice, 'ug1', 'news', 'hello channel');
    expect(sent.code).toBe(0);
    expect(bobInbox).toHaveLength(1);
    expect(bobInbox[0].data.message).toMatchObject({ conversationType: UG, targetId: 'ug1', channelId: 'news', text: 'hello channel', senderUserId: 'alice', direction: 1 });
    expect(world.server.offlineCount('carol')).toBe(0);
    expect(world.server.ultraGroupHistory('ug1', 'news').map((m) => m.messageUId)).toEqual([sent.message.messageUId]);

    const carolInbox = record(carol, [RECEIVED]);
    await connectAs(world, carol, 'carol');
    expect(carolInbox).toEqual([]);
  });

  test('the default channel is "" and channels keep separate conversations', async () => {
    const { world, alice, bob } = await setup();
    await sendUg(world, alice, 'ug1', '', 'default');
    await sendUg(world, alice, 'ug1', 'chat', 'chat');
    expect(bob.engine!.store.timeline(UG, 'ug1', '').map((m) => m.text)).toEqual(['default']);
    expect(bob.engine!.store.timeline(UG, 'ug1', 'chat').map((m) => m.text)).toEqual(['chat']);
  });

  test('non-member 24406, unknown group 24410, unknown channel 24414, channel id over 20 characters 34211', async () => {
    const { world, alice, bob } = await setup();
    const dave = world.device({ id: 'dave-phone' });
    await connectAs(world, dave, 'dave');
    const bobInbox = record(bob, [RECEIVED]);
    expect((await sendUg(world, dave, 'ug1', 'news', 'intruder')).code).toBe(RC.ULTRA_GROUP_NOT_MEMBER);
    expect((await sendUg(world, alice, 'nope', 'news', 'x')).code).toBe(RC.ULTRA_GROUP_NOT_EXIST);
    expect((await sendUg(world, alice, 'ug1', 'nowhere', 'x')).code).toBe(RC.ULTRA_GROUP_CHANNEL_NOT_EXIST);
    const long = await sendUg(world, alice, 'ug1', 'c'.repeat(21), 'x');
    expect(long).toMatchObject({ code: RC.INVALID_PARAMETER_CHANNEL_ID, message: { sentStatus: 1 } });
    expect(bobInbox).toEqual([]);
    expect(world.server.ultraGroupHistory('ug1', 'news')).toEqual([]);
  });

  test('a private channel reaches its member list only; others get 24416', async () => {
    const { world, alice, bob, carol } = await setup();
    expect(world.server.createUltraGroupChannel('ug1', 'staff', { private: true })).toBe(0);
    expect(world.server.addUltraGroupChannelMembers('ug1', 'staff', ['alice', 'bob'])).toBe(0);
    expect(world.server.addUltraGroupChannelMembers('ug1', 'staff', ['zed'])).toBe(RC.ULTRA_GROUP_NOT_MEMBER);
    const bobInbox = record(bob, [RECEIVED]);
    const carolInbox = record(carol, [RECEIVED]);
    expect((await sendUg(world, alice, 'ug1', 'staff', 'secret')).code).toBe(0);
    expect(bobInbox).toHaveLength(1);
    expect(carolInbox).toEqual([]);
    expect((await sendUg(world, carol, 'ug1', 'staff', 'let me in')).code).toBe(RC.ULTRA_GROUP_NOT_IN_PRIVATE_CHANNEL);
    expect(world.server.setUltraGroupChannelPrivate('ug1', 'staff', false)).toBe(0);
    expect((await sendUg(world, carol, 'ug1', 'staff', 'public now')).code).toBe(0);
  });

  test('a member who quits stops receiving; the Server API can still post into a channel', async () => {
    const { world, alice, bob } = await setup();
    expect(world.server.quitUltraGroup('ug1', ['bob'])).toBe(0);
    const bobInbox = record(bob, [RECEIVED]);
    await sendUg(world, alice, 'ug1', 'news', 'bye bob');
    expect(bobInbox).toEqual([]);
    expect((await sendUg(world, bob, 'ug1', 'news', 'hey')).code).toBe(RC.ULTRA_GROUP_NOT_MEMBER);
    const aliceInbox = record(alice, [RECEIVED]);
    expect(world.server.sendUltraGroupMessage('ug1', 'news', 'system', 'announcement').code).toBe(0);
    await world.settle();
    expect(aliceInbox.map((e) => e.data.message.text)).toEqual(['announcement']);
  });

  test('each channel takes at most 30 messages in any second from all senders together (24415)', async () => {
    const { world, alice, bob } = await setup({ sendsPerSecond: 100 });
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) codes.push((await sendUg(world, i % 2 ? bob : alice, 'ug1', 'news', `m${i}`)).code);
    expect(codes.slice(0, 30).every((c) => c === 0)).toBe(true);
    expect(codes[30]).toBe(RC.ULTRA_GROUP_CHANNEL_SEND_OVERRUN);
    // Another channel has its own window.
    expect((await sendUg(world, alice, 'ug1', 'chat', 'elsewhere')).code).toBe(0);
    await world.clock.advance(1000);
    expect((await sendUg(world, alice, 'ug1', 'news', 'later')).code).toBe(0);
  });

  test('membership limits: 100 ultra groups per user (24412), 50 channels per group (24413)', async () => {
    const world = createWorld();
    for (let i = 0; i < 100; i++) expect(world.server.createUltraGroup(`g${i}`, ['alice'])).toBe(0);
    expect(world.server.createUltraGroup('g100', ['alice', 'bob'])).toBe(RC.ULTRA_GROUP_JOINED_TOO_MANY);
    expect(world.server.ultraGroupMembers('g100')).toEqual([]);
    expect(world.server.createUltraGroup('g100', ['bob'])).toBe(0);
    expect(world.server.joinUltraGroup('g100', ['alice'])).toBe(RC.ULTRA_GROUP_JOINED_TOO_MANY);
    expect(world.server.joinUltraGroup('missing', ['bob'])).toBe(RC.ULTRA_GROUP_NOT_EXIST);
    expect(world.server.ultraGroupsOf('alice')).toHaveLength(100);

    for (let i = 0; i < 50; i++) expect(world.server.createUltraGroupChannel('g100', `c${i}`)).toBe(0);
    expect(world.server.createUltraGroupChannel('g100', 'c50')).toBe(RC.ULTRA_GROUP_CHANNEL_LIMIT);
    expect(world.server.ultraGroupChannels('g100')).toHaveLength(51);
    expect(() => world.server.createUltraGroupChannel('g100', 'x'.repeat(21))).toThrow(RangeError);
    expect(() => world.server.createUltraGroup('g100', ['bob'])).toThrow(/already exists/);
  });
});

describe('RN native: ultra-group unread counts', () => {
  test('per group and over all groups, with @-mentions, from the local conversations of every channel', async () => {
    const { world, alice, bob } = await setup({ sendsPerSecond: 100 });
    world.server.createUltraGroup('ug2', ['alice', 'bob']);
    await sendUg(world, alice, 'ug1', 'news', 'a');
    await sendUg(world, alice, 'ug1', 'chat', 'b', (m) => (m.mentionedInfo = { type: 1, userIdList: ['bob'], mentionedContent: '' }));
    await sendUg(world, alice, 'ug2', '', 'c', (m) => (m.mentionedInfo = { type: 0, userIdList: [], mentionedContent: '' }));
    await sendUg(world, alice, 'ug1', '', 'd', (m) => (m.mentionedInfo = { type: 1, userIdList: ['carol'], mentionedContent: '' }));

    expect(await getCount(world, bob, 'getUltraGroupAllUnreadCount')).toBe(4);
    expect(await getCount(world, bob, 'getUltraGroupAllUnreadMentionedCount')).toBe(2);
    expect(await getCount(world, bob, 'getUltraGroupUnreadCount', ['ug1'])).toBe(3);
    expect(await getCount(world, bob, 'getUltraGroupUnreadMentionedCount', ['ug1'])).toBe(1);
    expect(await getCount(world, alice, 'getUltraGroupAllUnreadCount')).toBe(0);

    const loaded = record(bob, [
      'IRCIMIWListener:onUltraGroupAllUnreadCountLoaded', 'IRCIMIWListener:onUltraGroupAllUnreadMentionedCountLoaded',
      'IRCIMIWListener:onUltraGroupUnreadCountLoaded', 'IRCIMIWListener:onUltraGroupUnreadMentionedCountLoaded',
    ]);
    expect(await bob.rn.native.loadUltraGroupAllUnreadCount()).toBe(0);
    expect(await bob.rn.native.loadUltraGroupAllUnreadMentionedCount()).toBe(0);
    expect(await bob.rn.native.loadUltraGroupUnreadCount('ug2')).toBe(0);
    expect(await bob.rn.native.loadUltraGroupUnreadMentionedCount('ug2')).toBe(0);
    await world.settle();
    expect(loaded.map((e) => e.data)).toEqual([
      { code: 0, count: 4 },
      { code: 0, count: 2 },
      { code: 0, targetId: 'ug2', count: 1 },
      { code: 0, targetId: 'ug2', count: 1 },
    ]);
  });

  test('counts are capped at 999', async () => {
    const { world, bob } = await setup();
    world.server.setUltraGroupLimits({ channelSendsPerSecond: 10_000 });
    for (let i = 0; i < 1001; i++) world.server.sendUltraGroupMessage('ug1', 'news', 'alice', `m${i}`);
    await world.settle();
    expect(bob.engine!.store.conversation(UG, 'ug1', 'news')!.unreadCount).toBe(1001);
    expect(await getCount(world, bob, 'getUltraGroupUnreadCount', ['ug1'])).toBe(999);
    expect(await getCount(world, bob, 'getUltraGroupAllUnreadCount')).toBe(999);
  });

  test('an empty targetId is -101 with no event; before any connect the count answers 33001', async () => {
    const { world, bob } = await setup();
    const { code, events } = await call(world, bob, 'getUltraGroupUnreadCount', [''], ['onSuccess', 'onError']);
    expect(code).toBe(-101);
    expect(events.onSuccess).toEqual([]);
    expect(events.onError).toEqual([]);
    const fresh = world.device({ id: 'fresh' });
    fresh.rn.native.create(world.appKey, {});
    expect(await getCount(world, fresh, 'getUltraGroupAllUnreadCount')).toEqual({ error: RC.CLIENT_NOT_INIT });
  });
});

describe('RN native: ultra-group default notification levels', () => {
  test('group and channel defaults: NONE until set, any member may set them, the channel default wins', async () => {
    const { world, alice, bob } = await setup();
    expect(await getCount(world, bob, 'getUltraGroupDefaultNotificationLevel', ['ug1'])).toBe(NONE);
    expect(await getCount(world, bob, 'getUltraGroupChannelDefaultNotificationLevel', ['ug1', 'news'])).toBe(NONE);

    const changed = await call(world, alice, 'changeUltraGroupDefaultNotificationLevel', ['ug1', MENTION], ['onUltraGroupDefaultNotificationLevelChanged']);
    expect(changed.events.onUltraGroupDefaultNotificationLevelChanged).toEqual([{ code: 0, eventId: changed.eventId }]);
    expect(world.server.ultraGroupDefaultLevels('ug1', 'news')).toEqual({ group: MENTION, channel: NONE, effective: MENTION });

    const channel = await call(world, alice, 'changeUltraGroupChannelDefaultNotificationLevel', ['ug1', 'news', BLOCKED], ['onUltraGroupChannelDefaultNotificationLevelChanged']);
    expect(channel.events.onUltraGroupChannelDefaultNotificationLevelChanged[0].code).toBe(0);
    expect(world.server.ultraGroupDefaultLevels('ug1', 'news')).toEqual({ group: MENTION, channel: BLOCKED, effective: BLOCKED });
    expect(world.server.ultraGroupDefaultLevels('ug1', 'chat')!.effective).toBe(MENTION);

    // Another member's device reads the same server-side levels.
    const loaded = record(bob, ['IRCIMIWListener:onUltraGroupDefaultNotificationLevelLoaded', 'IRCIMIWListener:onUltraGroupChannelDefaultNotificationLevelLoaded']);
    await bob.rn.native.loadUltraGroupDefaultNotificationLevel('ug1');
    await bob.rn.native.loadUltraGroupChannelDefaultNotificationLevel('ug1', 'news');
    await world.settle();
    expect(loaded.map((e) => e.data)).toEqual([
      { code: 0, targetId: 'ug1', level: MENTION },
      { code: 0, targetId: 'ug1', channelId: 'news', level: BLOCKED },
    ]);
  });

  test('refusals: non-member 24406, unknown channel 24414, unknown group 24410, offline 30002; bad level rejects on Android', async () => {
    const { world, alice, bob } = await setup();
    const dave = world.device({ id: 'dave-phone' });
    await connectAs(world, dave, 'dave');
    const codeOf = async (device: Device, method: string, args: unknown[], cb: string) => (await call(world, device, method, args, [cb])).events[cb][0].code;
    expect(await codeOf(dave, 'changeUltraGroupDefaultNotificationLevel', ['ug1', MENTION], 'onUltraGroupDefaultNotificationLevelChanged')).toBe(RC.ULTRA_GROUP_NOT_MEMBER);
    expect(await codeOf(alice, 'changeUltraGroupChannelDefaultNotificationLevel', ['ug1', 'gone', MENTION], 'onUltraGroupChannelDefaultNotificationLevelChanged')).toBe(RC.ULTRA_GROUP_CHANNEL_NOT_EXIST);
    expect(await getCount(world, alice, 'getUltraGroupDefaultNotificationLevel', ['nope'])).toEqual({ error: RC.ULTRA_GROUP_NOT_EXIST });
    bob.network.down();
    await world.settle();
    expect(await getCount(world, bob, 'getUltraGroupDefaultNotificationLevel', ['ug1'])).toEqual({ error: RC.NETWORK_UNAVAILABLE });
    await expect(alice.rn.native.changeUltraGroupDefaultNotificationLevel('ug1', 9, 'e')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(world.server.ultraGroupDefaultLevels('ug1')).toEqual({ group: NONE, channel: NONE, effective: NONE });
  });

  test('the defaults decide offline pushes below every user-level setting; the channel default wins over the group', async () => {
    const { world, alice, bob } = await setup();
    await sendUg(world, alice, 'ug1', 'news', 'plain');
    await sendUg(world, alice, 'ug1', 'chat', 'plain too');
    const [news, chat] = [world.server.ultraGroupHistory('ug1', 'news')[0], world.server.ultraGroupHistory('ug1', 'chat')[0]];
    expect(world.server.wouldPush('bob', news).push).toBe(true);
    await call(world, alice, 'changeUltraGroupDefaultNotificationLevel', ['ug1', BLOCKED], ['onUltraGroupDefaultNotificationLevelChanged']);
    await call(world, alice, 'changeUltraGroupChannelDefaultNotificationLevel', ['ug1', 'chat', 0], ['onUltraGroupChannelDefaultNotificationLevelChanged']);
    expect(world.server.wouldPush('bob', news)).toMatchObject({ push: false, reason: `default level ${BLOCKED}` });
    expect(world.server.wouldPush('bob', chat).push).toBe(true);
    // Bob's own level for the channel conversation ranks above both defaults.
    const own = await call(world, bob, 'changeConversationNotificationLevel', [UG, 'ug1', 'news', 0], ['onConversationNotificationLevelChanged']);
    expect(own.events.onConversationNotificationLevelChanged[0].code).toBe(0);
    expect(world.server.wouldPush('bob', news).push).toBe(true);
    expect(world.server.wouldPush('carol', news).push).toBe(false);
  });

  test('an older wrapper (no eventId) gets the deprecated global event with the echoed arguments', async () => {
    const { world, alice } = await setup();
    const global = record(alice, ['IRCIMIWListener:onUltraGroupChannelDefaultNotificationLevelChanged']);
    expect(await alice.rn.native.changeUltraGroupChannelDefaultNotificationLevel('ug1', 'chat', MENTION)).toBe(0);
    await world.settle();
    expect(global.map((e) => e.data)).toEqual([{ targetId: 'ug1', channelId: 'chat', level: MENTION, code: 0 }]);
  });
});

describe('RN native: ultra-group read status sync', () => {
  test('syncing clears the channel on this device; the other devices get onUltraGroupReadTimeReceived and clear up to it', async () => {
    const { world, alice, bob } = await setup({ sendsPerSecond: 100 });
    const bobWeb = world.device({ id: 'bob-web', platform: 'web' });
    await connectAs(world, bobWeb, 'bob');
    await sendUg(world, alice, 'ug1', 'news', 'one');
    await sendUg(world, alice, 'ug1', 'news', 'two');
    await sendUg(world, alice, 'ug1', 'chat', 'other channel');
    await world.clock.advance(10);
    const webEvents = record(bobWeb, ['IRCIMIWListener:onUltraGroupReadTimeReceived']);
    const phoneEvents = record(bob, ['IRCIMIWListener:onUltraGroupReadTimeReceived']);

    const synced = await call(world, bob, 'syncUltraGroupReadStatus', ['ug1', 'news', 0], ['onUltraGroupReadStatusSynced']);
    expect(synced.events.onUltraGroupReadStatusSynced).toEqual([{ code: 0, eventId: synced.eventId }]);
    expect(bob.engine!.store.conversation(UG, 'ug1', 'news')!.unreadCount).toBe(0);
    expect(phoneEvents).toEqual([]);
    expect(webEvents.map((e) => e.data)).toEqual([{ targetId: 'ug1', channelId: 'news', timestamp: world.clock.now() }]);
    expect(bobWeb.engine!.store.conversation(UG, 'ug1', 'news')!.unreadCount).toBe(0);
    expect(await getCount(world, bobWeb, 'getUltraGroupUnreadCount', ['ug1'])).toBe(1);
    expect(world.server.ultraGroupReadTime('bob', 'ug1', 'news')).toBe(world.clock.now());
    expect(await getCount(world, alice, 'getUltraGroupAllUnreadCount')).toBe(0);
  });

  test('a non-member gets 24406 and nothing changes; without an eventId the deprecated event echoes the arguments', async () => {
    const { world, alice, bob } = await setup();
    world.server.createUltraGroup('solo', ['bob']);
    await sendUg(world, alice, 'ug1', 'news', 'unread');
    const refused = await call(world, alice, 'syncUltraGroupReadStatus', ['solo', '', 0], ['onUltraGroupReadStatusSynced']);
    expect(refused.events.onUltraGroupReadStatusSynced[0].code).toBe(RC.ULTRA_GROUP_NOT_MEMBER);
    const global = record(bob, ['IRCIMIWListener:onUltraGroupReadStatusSynced']);
    expect(await bob.rn.native.syncUltraGroupReadStatus('ug1', 'news', 42)).toBe(0);
    await world.settle();
    expect(global.map((e) => e.data)).toEqual([{ targetId: 'ug1', channelId: 'news', timestamp: 42, code: 0 }]);
    expect(bob.engine!.store.conversation(UG, 'ug1', 'news')!.unreadCount).toBe(0);
    expect(await bob.rn.native.syncUltraGroupReadStatus('', 'news', 0, 'e')).toBe(-101);
  });
});

describe('RN native: ultra-group typing status', () => {
  test('the server batches typing events for about 5 s and sends each other member one array', async () => {
    const { world, alice, bob, carol } = await setup();
    const TYPING = 'IRCIMIWListener:onUltraGroupTypingStatusChanged';
    const [aliceSeen, bobSeen, carolSeen] = [alice, bob, carol].map((d) => record(d, [TYPING]));
    const sent = await call(world, alice, 'sendUltraGroupTypingStatus', ['ug1', 'news', 0], ['onUltraGroupTypingStatusSent']);
    expect(sent.events.onUltraGroupTypingStatusSent[0].code).toBe(0);
    const start = world.clock.now();
    await world.clock.advance(2000);
    await call(world, bob, 'sendUltraGroupTypingStatus', ['ug1', 'news', 0], ['onUltraGroupTypingStatusSent']);
    await call(world, alice, 'sendUltraGroupTypingStatus', ['ug1', 'news', 0], ['onUltraGroupTypingStatusSent']);
    await world.clock.advance(2999);
    expect(carolSeen).toEqual([]);
    await world.clock.advance(1);
    expect(carolSeen).toHaveLength(1);
    expect(carolSeen[0].data.info).toEqual([
      { targetId: 'ug1', channelId: 'news', userId: 'bob', status: 0, timestamp: start + 2000, userNums: 2 },
      { targetId: 'ug1', channelId: 'news', userId: 'alice', status: 0, timestamp: start + 2000, userNums: 2 },
    ]);
    expect(bobSeen[0].data.info.map((i: any) => i.userId)).toEqual(['alice']);
    expect(aliceSeen[0].data.info.map((i: any) => i.userId)).toEqual(['bob']);
    expect(carolSeen[0].data.info[0]).not.toBe(bobSeen[0].data.info[0]);
    await world.clock.advance(10_000);
    expect(carolSeen).toHaveLength(1);
  });

  test('a non-member gets 24406; without a connection 30002; an out-of-range status rejects on Android', async () => {
    const { world, bob, carol } = await setup();
    const dave = world.device({ id: 'dave-phone' });
    await connectAs(world, dave, 'dave');
    const carolSeen = record(carol, ['IRCIMIWListener:onUltraGroupTypingStatusChanged']);
    const refused = await call(world, dave, 'sendUltraGroupTypingStatus', ['ug1', 'news', 0], ['onUltraGroupTypingStatusSent']);
    expect(refused.events.onUltraGroupTypingStatusSent[0].code).toBe(RC.ULTRA_GROUP_NOT_MEMBER);
    bob.network.down();
    await world.settle();
    const offline = await call(world, bob, 'sendUltraGroupTypingStatus', ['ug1', 'news', 0], ['onUltraGroupTypingStatusSent']);
    expect(offline.events.onUltraGroupTypingStatusSent[0].code).toBe(RC.NETWORK_UNAVAILABLE);
    await expect(dave.rn.native.sendUltraGroupTypingStatus('ug1', 'news', 1, 'e')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await world.clock.advance(6000);
    expect(carolSeen).toEqual([]);
  });
});

test('the same seed and the same ultra-group calls give identical event logs', async () => {
  async function scenario() {
    const { world, alice, bob, carol } = await setup({ seed: 11, sendsPerSecond: 50 });
    for (let i = 0; i < 6; i++) await sendUg(world, [alice, bob, carol][i % 3], 'ug1', i % 2 ? 'news' : '', `m${i}`);
    await call(world, bob, 'sendUltraGroupTypingStatus', ['ug1', 'news', 0], ['onUltraGroupTypingStatusSent']);
    await call(world, carol, 'syncUltraGroupReadStatus', ['ug1', 'news', 0], ['onUltraGroupReadStatusSynced']);
    await world.clock.advance(6000);
    return [alice, bob, carol].map((d) => d.log.toJSON());
  }
  const first = await scenario();
  expect(first[2].length).toBeGreaterThan(20);
  expect(await scenario()).toEqual(first);
});

test('a snapshot taken mid typing batch restores groups, channels, levels, windows and the pending batch', async () => {
  const { world, alice, bob } = await setup({ seed: 13, sendsPerSecond: 50 });
  world.server.createUltraGroupChannel('ug1', 'staff', { private: true });
  world.server.addUltraGroupChannelMembers('ug1', 'staff', ['alice', 'bob']);
  await sendUg(world, alice, 'ug1', 'staff', 'secret');
  await call(world, alice, 'changeUltraGroupDefaultNotificationLevel', ['ug1', MENTION], ['onUltraGroupDefaultNotificationLevelChanged']);
  await call(world, bob, 'sendUltraGroupTypingStatus', ['ug1', 'news', 0], ['onUltraGroupTypingStatusSent']);
  await world.clock.advance(1000);
  const snapshot = JSON.parse(JSON.stringify(world.snapshot())) as WorldSnapshot;
  const restored = createWorld({ from: snapshot });
  expect(restored.clock.nextTimer()).toBe(world.clock.nextTimer());

  async function continueIn(w: World) {
    const [a, b, c] = ['alice-phone', 'bob-phone', 'carol-phone'].map((id) => w.devices.find((d) => d.id === id)!);
    const typing = record(c, ['IRCIMIWListener:onUltraGroupTypingStatusChanged']);
    const carolCode = (await sendUg(w, c, 'ug1', 'staff', 'still out')).code;
    await sendUg(w, a, 'ug1', 'staff', 'more');
    await w.clock.advance(5000);
    return {
      carolCode,
      typing: typing.map((e) => e.data),
      bobStaff: b.engine!.store.timeline(UG, 'ug1', 'staff').map((m) => m.text),
      levels: w.server.ultraGroupDefaultLevels('ug1', 'staff'),
    };
  }
  const [x, y] = [await continueIn(world), await continueIn(restored)];
  expect(y).toEqual(x);
  expect(x.carolCode).toBe(RC.ULTRA_GROUP_NOT_IN_PRIVATE_CHANNEL);
  expect(x.typing.map((t: any) => t.info.map((i: any) => i.userId))).toEqual([['bob']]);
  expect(x.bobStaff).toEqual(['secret', 'more']);
  expect(restored.snapshot()).toEqual(world.snapshot());
});
