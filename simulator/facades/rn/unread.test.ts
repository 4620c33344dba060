import fc from 'fast-check';
import { RC, createWorld, type World } from '../../index';
import type { Device } from '../../device/device';
import { callWithEvents, connectAs, record, sendText } from '../../testing/rn';

const PRIVATE = 1;
const GROUP = 2;
const CHATROOM = 3;
const SYSTEM = 4;
const ALL_TYPES = [PRIVATE, GROUP, SYSTEM];
const BLOCKED = 5;
const MENTION = 2;
const ALL_MESSAGE = 0;

async function ask(world: World, device: Device, method: string, args: unknown[]) {
  const { code, events } = await callWithEvents(device, method, args, ['onSuccess', 'onError']);
  await world.settle();
  if (code !== 0) throw new Error(`${method} answered ${String(code)}`);
  if (!events.onSuccess[0]) throw new Error(`${method} failed: ${JSON.stringify(events.onError[0])}`);
  return events.onSuccess[0].t;
}

async function act(world: World, device: Device, method: string, args: unknown[], callback: string) {
  const { code, events } = await callWithEvents(device, method, args, [callback]);
  await world.settle();
  return { code, event: events[callback][0] };
}

async function sendMention(world: World, device: Device, groupId: string, text: string, mentionedInfo: unknown) {
  const message = await device.rn.native.createTextMessage(GROUP, groupId, '', text);
  (message as Record<string, unknown>).mentionedInfo = mentionedInfo;
  const { events } = await callWithEvents(device, 'sendMessage', [message], ['onMessageSent']);
  await world.settle();
  return events.onMessageSent[0].message;
}

async function trio(seed = 5) {
  const world = createWorld({ seed, limits: { sendsPerSecond: 1000 } });
  const alice = world.device({ id: 'alice-phone' });
  const bob = world.device({ id: 'bob-phone' });
  const carol = world.device({ id: 'carol-phone' });
  await connectAs(world, alice, 'alice');
  await connectAs(world, bob, 'bob');
  await connectAs(world, carol, 'carol');
  world.server.createGroup('g1', ['alice', 'bob', 'carol']);
  return { world, alice, bob, carol };
}

describe('RN native: unread counts', () => {
  test('per conversation, total and by type; mentions count @all and @me only', async () => {
    const { world, alice, bob, carol } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'b1');
    await sendText(world, bob, PRIVATE, 'alice', 'b2');
    await sendText(world, carol, GROUP, 'g1', 'plain');
    await sendMention(world, carol, 'g1', '@all', { type: 0, userIdList: [], mentionedContent: '' });
    await sendMention(world, bob, 'g1', '@alice', { type: 1, userIdList: ['alice'], mentionedContent: '' });
    await sendMention(world, bob, 'g1', '@carol', { type: 1, userIdList: ['carol'], mentionedContent: '' });
    await sendText(world, alice, PRIVATE, 'bob', 'my own messages are never unread');

    expect(await ask(world, alice, 'getUnreadCount', [PRIVATE, 'bob', ''])).toBe(2);
    expect(await ask(world, alice, 'getUnreadCount', [GROUP, 'g1', ''])).toBe(4);
    expect(await ask(world, alice, 'getUnreadCount', [GROUP, 'nowhere', ''])).toBe(0);
    expect(await ask(world, alice, 'getUnreadMentionedCount', [GROUP, 'g1', ''])).toBe(2);
    expect(await ask(world, carol, 'getUnreadMentionedCount', [GROUP, 'g1', ''])).toBe(1);
    expect(await ask(world, alice, 'getTotalUnreadCount', [''])).toBe(6);
    expect(await ask(world, alice, 'getUnreadCountByConversationTypes', [[GROUP], '', true])).toBe(4);
    expect(await ask(world, alice, 'getUnreadCountByConversationTypes', [ALL_TYPES, '', true])).toBe(6);
    expect(await ask(world, alice, 'getUnreadCount', [CHATROOM, 'room', ''])).toBe(0);
    expect(await alice.rn.native.getUnreadCountByConversationTypes([], '', true, 'e')).toBe(-101);
    expect(await alice.rn.native.getUnreadCount(GROUP, '', '', 'e')).toBe(-101);
  });

  test('load forms report through their global events with the echoed arguments', async () => {
    const { world, alice, bob } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'hi');
    const events = record(alice, [
      'IRCIMIWListener:onUnreadCountLoaded', 'IRCIMIWListener:onTotalUnreadCountLoaded',
      'IRCIMIWListener:onUnreadMentionedCountLoaded', 'IRCIMIWListener:onUnreadCountByConversationTypesLoaded',
    ]);
    await alice.rn.native.loadUnreadCount(PRIVATE, 'bob', '');
    await alice.rn.native.loadTotalUnreadCount(null);
    await alice.rn.native.loadUnreadMentionedCount(PRIVATE, 'bob', '');
    await alice.rn.native.loadUnreadCountByConversationTypes([PRIVATE, GROUP], '', false);
    await world.settle();
    expect(events.map((e) => e.data)).toEqual([
      { code: 0, type: PRIVATE, targetId: 'bob', channelId: '', count: 1 },
      { code: 0, channelId: null, count: 1 },
      { code: 0, type: PRIVATE, targetId: 'bob', channelId: '', count: 0 },
      { code: 0, conversationTypes: [PRIVATE, GROUP], channelId: '', contain: false, count: 1 },
    ]);
  });

  test('`contain` false leaves out conversations with a do-not-disturb level (conversation or type level)', async () => {
    const { world, alice, bob, carol } = await trio();
    await sendText(world, bob, PRIVATE, 'alice', 'b');
    await sendText(world, carol, PRIVATE, 'alice', 'c');
    await sendText(world, bob, GROUP, 'g1', 'g');
    await act(world, alice, 'changeConversationNotificationLevel', [PRIVATE, 'bob', '', BLOCKED], 'onConversationNotificationLevelChanged');
    expect(await ask(world, alice, 'getUnreadCountByConversationTypes', [ALL_TYPES, '', true])).toBe(3);
    expect(await ask(world, alice, 'getUnreadCountByConversationTypes', [ALL_TYPES, '', false])).toBe(2);
    await act(world, alice, 'changeConversationTypeNotificationLevel', [GROUP, MENTION], 'onConversationTypeNotificationLevelChanged');
    expect(await ask(world, alice, 'getUnreadCountByConversationTypes', [ALL_TYPES, '', false])).toBe(1);
    // A conversation's own ALL_MESSAGE beats its type's level.
    await act(world, alice, 'changeConversationNotificationLevel', [GROUP, 'g1', '', ALL_MESSAGE], 'onConversationNotificationLevelChanged');
    expect(await ask(world, alice, 'getUnreadCountByConversationTypes', [ALL_TYPES, '', false])).toBe(2);
    // The total has no switch: everything counts.
    expect(await ask(world, alice, 'getTotalUnreadCount', [''])).toBe(3);
  });

  test('clearUnreadCount clears up to a send time (0 = all); chatrooms and bad timestamps are refused', async () => {
    const { world, alice, bob } = await trio();
    const times: number[] = [];
    for (const text of ['m1', 'm2', 'm3']) {
      times.push((await sendText(world, bob, PRIVATE, 'alice', text)).events.onMessageSent[0].message.sentTime);
      await world.clock.advance(1000);
    }
    const { code, event } = await act(world, alice, 'clearUnreadCount', [PRIVATE, 'bob', '', times[1]], 'onUnreadCountCleared');
    expect([code, event.code]).toEqual([0, 0]);
    expect(await ask(world, alice, 'getUnreadCount', [PRIVATE, 'bob', ''])).toBe(1);
    const [conversation] = await ask(world, alice, 'getConversations', [[PRIVATE], '', 0, 10]);
    expect(conversation.firstUnreadMsgSendTime).toBe(times[2]);
    await act(world, alice, 'clearUnreadCount', [PRIVATE, 'bob', '', 0], 'onUnreadCountCleared');
    expect(await ask(world, alice, 'getTotalUnreadCount', [''])).toBe(0);
    expect((await ask(world, alice, 'getConversation', [PRIVATE, 'bob', ''])).firstUnreadMsgSendTime).toBe(0);

    expect(await alice.rn.native.clearUnreadCount(PRIVATE, 'bob', '', -1, 'e')).toBe(-101);
    expect((await act(world, alice, 'clearUnreadCount', [CHATROOM, 'room', '', 0], 'onUnreadCountCleared')).event.code).toBe(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
    const legacy = record(alice, ['IRCIMIWListener:onUnreadCountCleared']);
    await alice.rn.native.clearUnreadCount(PRIVATE, 'bob', '', 5);
    await world.settle();
    expect(legacy[0].data).toEqual({ code: 0, type: PRIVATE, targetId: 'bob', channelId: '', timestamp: 5 });
  });

  test('per-conversation, total and by-type answers agree under random traffic (fast-check)', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('send' as const), from: fc.constantFrom('bob', 'carol'), group: fc.boolean(), mention: fc.constantFrom('none', 'all', 'alice', 'carol') }),
      fc.record({ kind: fc.constant('clear' as const), target: fc.constantFrom('bob', 'carol', 'g1') }),
      fc.record({ kind: fc.constant('remove' as const), target: fc.constantFrom('bob', 'carol', 'g1') }),
      fc.record({ kind: fc.constant('dnd' as const), target: fc.constantFrom('bob', 'carol', 'g1'), level: fc.integer({ min: 0, max: 5 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const { world, alice, bob, carol } = await trio(9);
        const senders: Record<string, Device> = { bob, carol };
        const model = new Map<string, { unread: number; mentioned: number }>();
        const typeOf = (target: string) => (target === 'g1' ? GROUP : PRIVATE);
        const entry = (target: string) => model.get(target) ?? { unread: 0, mentioned: 0 };
        for (const o of ops) {
          await world.clock.advance(10);
          if (o.kind === 'send') {
            const target = o.group ? 'g1' : o.from;
            if (o.group && o.mention !== 'none') {
              await sendMention(world, senders[o.from], 'g1', 'ping', o.mention === 'all' ? { type: 0, userIdList: [], mentionedContent: '' } : { type: 1, userIdList: [o.mention], mentionedContent: '' });
            } else await sendText(world, senders[o.from], o.group ? GROUP : PRIVATE, o.group ? 'g1' : 'alice', 'hi');
            const e = entry(target);
            const mentionsAlice = o.group && (o.mention === 'all' || o.mention === 'alice');
            model.set(target, { unread: e.unread + 1, mentioned: e.mentioned + (mentionsAlice ? 1 : 0) });
          } else if (o.kind === 'clear') {
            await act(world, alice, 'clearUnreadCount', [typeOf(o.target), o.target, '', world.clock.now()], 'onUnreadCountCleared');
            if (model.has(o.target)) model.set(o.target, { unread: 0, mentioned: 0 });
          } else if (o.kind === 'remove') {
            await act(world, alice, 'removeConversation', [typeOf(o.target), o.target, ''], 'onConversationRemoved');
            model.delete(o.target);
          } else {
            await act(world, alice, 'changeConversationNotificationLevel', [typeOf(o.target), o.target, '', o.level], 'onConversationNotificationLevelChanged');
          }
        }
        const list = await ask(world, alice, 'getConversations', [ALL_TYPES, '', 0, 50]);
        expect(list.map((c: any) => c.targetId).sort()).toEqual([...model.keys()].sort());
        let sum = 0;
        let quiet = 0;
        for (const c of list) {
          expect(c.unreadCount).toBe(model.get(c.targetId)!.unread);
          expect(c.mentionedCount).toBe(model.get(c.targetId)!.mentioned);
          expect(await ask(world, alice, 'getUnreadCount', [c.conversationType, c.targetId, ''])).toBe(c.unreadCount);
          expect(await ask(world, alice, 'getUnreadMentionedCount', [c.conversationType, c.targetId, ''])).toBe(c.mentionedCount);
          sum += c.unreadCount;
          if (c.notificationLevel === 0 || c.notificationLevel === 1) quiet += c.unreadCount;
        }
        expect(await ask(world, alice, 'getTotalUnreadCount', [''])).toBe(sum);
        expect(await ask(world, alice, 'getUnreadCountByConversationTypes', [ALL_TYPES, '', true])).toBe(sum);
        expect(await ask(world, alice, 'getUnreadCountByConversationTypes', [ALL_TYPES, '', false])).toBe(quiet);
        const blocked = await ask(world, alice, 'getBlockedConversations', [ALL_TYPES, '']);
        expect(blocked.reduce((n: number, c: any) => n + c.unreadCount, 0)).toBe(sum - quiet);
      }),
      { numRuns: 20, seed: 42 },
    );
  });
});

describe('RN native: read status across a user\'s devices', () => {
  async function withWeb() {
    const base = await trio();
    const web = base.world.device({ id: 'alice-web', platform: 'web' });
    await connectAs(base.world, web, 'alice');
    return { ...base, web };
  }

  test('syncConversationReadStatus clears the other online device up to the time and tells it', async () => {
    const { world, alice, bob, web } = await withWeb();
    const times: number[] = [];
    for (const text of ['m1', 'm2', 'm3']) {
      times.push((await sendText(world, bob, PRIVATE, 'alice', text)).events.onMessageSent[0].message.sentTime);
      await world.clock.advance(1000);
    }
    expect(await ask(world, web, 'getUnreadCount', [PRIVATE, 'bob', ''])).toBe(3);
    const heard = record(web, ['IRCIMIWListener:onConversationReadStatusSyncMessageReceived']);
    const own = record(alice, ['IRCIMIWListener:onConversationReadStatusSyncMessageReceived']);
    const { code, event } = await act(world, alice, 'syncConversationReadStatus', [PRIVATE, 'bob', '', times[1]], 'onConversationReadStatusSynced');
    expect([code, event.code]).toEqual([0, 0]);
    expect(heard.map((e) => e.data)).toEqual([{ type: PRIVATE, targetId: 'bob', timestamp: times[1] }]);
    expect(own).toEqual([]);
    expect(await ask(world, web, 'getUnreadCount', [PRIVATE, 'bob', ''])).toBe(1);
    // The caller's own counts are the app's business (clearUnreadCount).
    expect(await ask(world, alice, 'getUnreadCount', [PRIVATE, 'bob', ''])).toBe(3);
  });

  test('a device that was offline clears its unread from the cloud\'s read mark when it reconnects', async () => {
    const { world, alice, bob, web } = await withWeb();
    await sendText(world, bob, PRIVATE, 'alice', 'm1');
    await sendText(world, bob, PRIVATE, 'alice', 'm2');
    web.network.down();
    await world.settle();
    await act(world, alice, 'syncConversationReadStatus', [PRIVATE, 'bob', '', world.clock.now()], 'onConversationReadStatusSynced');
    expect(await ask(world, web, 'getUnreadCount', [PRIVATE, 'bob', ''])).toBe(2);
    web.network.up();
    await world.clock.advance(1000);
    expect(world.server.sessionsOf('alice')).toContain('alice-web');
    expect(await ask(world, web, 'getUnreadCount', [PRIVATE, 'bob', ''])).toBe(0);
  });

  test('offline the sync fails with 30002; chatrooms, empty targets and negative times are refused', async () => {
    const { world, alice } = await withWeb();
    alice.network.down();
    await world.settle();
    expect((await act(world, alice, 'syncConversationReadStatus', [PRIVATE, 'bob', '', 1], 'onConversationReadStatusSynced')).event.code).toBe(RC.NETWORK_UNAVAILABLE);
    expect(world.server.userSettings('alice').readMarks).toEqual([]);
    expect((await act(world, alice, 'syncConversationReadStatus', [CHATROOM, 'r', '', 1], 'onConversationReadStatusSynced')).event.code).toBe(RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT);
    expect(await alice.rn.native.syncConversationReadStatus(PRIVATE, '', '', 1, 'e')).toBe(-101);
    expect(await alice.rn.native.syncConversationReadStatus(PRIVATE, 'bob', '', -5, 'e')).toBe(-101);
    alice.network.up();
    await world.clock.advance(1000);
    const legacy = record(alice, ['IRCIMIWListener:onConversationReadStatusSynced']);
    expect(await alice.rn.native.syncConversationReadStatus(PRIVATE, 'bob', null, 7)).toBe(0);
    await world.settle();
    expect(legacy.map((e) => e.data)).toEqual([{ code: 0, type: PRIVATE, targetId: 'bob', channelId: null, timestamp: 7 }]);
  });
});
