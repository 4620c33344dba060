/**
 * Every payload the fake native emits must match the generated contracts (what the documented wrapper reads).
 * A long seeded multi-device run touches every area; then every event in every device log is checked against
 * `nativeCallEvents` / `nativeGlobalEvents` (and the legacy global events for calls without an eventId).
 */
import { nativeCallEvents, nativeGlobalEvents, schemas } from '../contracts/generated/rongcloud-rn';
import { createWorld, type Device } from './index';
import { connectAs } from './testing/rn';

const PRIVATE = 1;
const GROUP = 2;
const CHATROOM = 3;
const ULTRA = 5;

async function scenario(seed: number) {
  const world = createWorld({ seed });
  world.server.configureChatRooms({ memberEvents: true });
  const alice = world.device({ id: 'alice-android', platform: 'android' });
  const bob = world.device({ id: 'bob-ios', platform: 'ios' });
  const bobWeb = world.device({ id: 'bob-web', platform: 'web' });
  const carol = world.device({ id: 'carol-android', platform: 'android' });
  for (const [d, u] of [[alice, 'alice'], [bob, 'bob'], [bobWeb, 'bob'], [carol, 'carol']] as const) await connectAs(world, d, u);
  world.server.createGroup('g1', ['alice', 'bob', 'carol']);
  world.server.createUltraGroup('u1', ['alice', 'bob']);
  world.server.createUltraGroupChannel('u1', 'news');
  let n = 0;
  const call = async (device: Device, method: string, ...args: unknown[]) => {
    const result = await (device.rn.native[method] as (...a: unknown[]) => Promise<unknown>)(...args, `e${++n}`);
    await world.settle();
    return result;
  };
  const text = (d: Device, type: number, target: string, body: string, channel = '') => d.rn.native.createTextMessage(type, target, channel, body);
  const sent: any[] = [];
  alice.rn.emitter.addListener('SendMessage:onMessageSent', (e) => sent.push(e.message));

  for (let i = 0; i < 6; i++) await call(alice, 'sendMessage', await text(alice, PRIVATE, 'bob', `hi ${i}`));
  await world.clock.advance(1_000);
  await call(bob, 'sendMessage', { ...((await text(bob, PRIVATE, 'alice', 'expandable')) as object), expansion: { k: 'v' } });
  await call(carol, 'sendMessage', await text(carol, GROUP, 'g1', 'group hello'));
  await call(alice, 'sendMessage', await text(alice, ULTRA, 'u1', 'ultra hello', 'news'));
  await call(alice, 'sendMediaMessage', await alice.rn.native.createImageMessage(PRIVATE, 'bob', '', 'file:///a.png'));
  await world.clock.advance(1_000);
  const custom = await alice.rn.native.createCustomMessage(PRIVATE, 'bob', '', 1, 'app:card', { a: '1' });
  await call(alice, 'sendMessage', custom);
  await call(alice, 'sendTypingStatus', PRIVATE, 'bob', '', 'RC:TxtMsg');
  await call(bob, 'getConversations', [PRIVATE, GROUP], '', 0, 20);
  await bob.rn.native.loadConversations([PRIVATE, GROUP], '', 0, 20);
  await call(bob, 'getUnreadCount', PRIVATE, 'alice', '');
  await bob.rn.native.loadTotalUnreadCount('');
  await call(bob, 'getMessages', PRIVATE, 'alice', '', 0, 0, 2, 10);
  await bob.rn.native.loadMessages(PRIVATE, 'alice', '', 0, 0, 0, 10);
  await call(bob, 'sendPrivateReadReceiptMessage', 'alice', '', world.clock.now());
  await call(alice, 'recallMessage', sent[0]);
  await call(bob, 'saveDraftMessage', PRIVATE, 'alice', '', 'draft');
  await call(bob, 'changeConversationTopStatus', PRIVATE, 'alice', '', true);
  await call(bob, 'addToBlacklist', 'carol');
  await call(carol, 'sendMessage', await text(carol, PRIVATE, 'bob', 'blocked?'));
  await call(bob, 'getBlacklist');
  await call(alice, 'joinChatRoom', 'room', 10, true);
  await call(bob, 'joinChatRoom', 'room', 10, true);
  await call(alice, 'addChatRoomEntry', 'room', 'seat1', 'alice', true, false);
  await call(bob, 'addChatRoomEntries', 'room', { seat1: 'bob', seat2: 'bob' }, false, false);
  await call(bob, 'getChatRoomAllEntries', 'room');
  await bob.rn.native.loadChatRoomAllEntries('room');
  await call(alice, 'sendMessage', await text(alice, CHATROOM, 'room', 'in the room'));
  await call(alice, 'removeChatRoomEntry', 'room', 'seat1', false);
  await call(bob, 'leaveChatRoom', 'room');
  await call(alice, 'getUltraGroupAllUnreadCount');
  await call(bob, 'syncUltraGroupReadStatus', 'u1', 'news', world.clock.now());
  await call(alice, 'sendUltraGroupTypingStatus', 'u1', 'news', 0);
  await world.clock.advance(6_000);
  bob.network.down();
  await call(alice, 'sendMessage', await text(alice, PRIVATE, 'bob', 'while away'));
  await world.clock.advance(3_000);
  bob.network.up();
  await world.settle();
  await connectAs(world, world.device({ id: 'alice-ios', platform: 'ios' }), 'alice'); // kicks alice-android
  await world.clock.advance(70_000);
  return world;
}

test('every event of a long seeded multi-device run matches the generated contracts', async () => {
  const world = await scenario(11);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const device of world.devices) {
    for (const entry of device.log.filter('event')) {
      seen.add(entry.name);
      const schema = nativeCallEvents[entry.name] ?? nativeGlobalEvents[entry.name];
      if (!schema) {
        problems.push(`${device.id}: ${entry.name} is not a documented event`);
        continue;
      }
      const result = schema.safeParse(entry.data);
      if (!result.success) problems.push(`${device.id}: ${entry.name}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
  }
  expect(problems).toEqual([]);
  // The run really covers the areas (a broken scenario must not pass by emitting nothing).
  expect(seen.size).toBeGreaterThan(35);
  for (const name of ['IRCIMIWListener:onMessageReceived', 'IRCIMIWListener:onRemoteMessageRecalled', 'IRCIMIWListener:onChatRoomEntriesChanged', 'IRCIMIWListener:onConnectionStatusChanged', 'SendMediaMessage:onMediaMessageSending', 'GetConversations:onSuccess']) {
    expect(seen).toContain(name);
  }
});

test('the check notices a payload that breaks its contract', () => {
  expect(nativeCallEvents['SendMessage:onMessageSent'].safeParse({ eventId: 'e', code: '0', message: {} }).success).toBe(false);
  expect(nativeGlobalEvents['IRCIMIWListener:onMessageReceived'].safeParse({ message: { conversationType: 1 }, left: 0, offline: false }).success).toBe(false);
  expect(schemas.RCIMIWMessage).toBeDefined();
});
