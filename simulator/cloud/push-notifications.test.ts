import { createWorld } from '../index';
import { act, connectAs, sendText } from '../testing/rn';

const PRIVATE = 1;
const GROUP = 2;
const BLOCKED = 5;

/** alice on her phone; bob's phone has been online once and is now off the network. */
async function bobAway() {
  const world = createWorld({ seed: 31, limits: { sendsPerSecond: 1000 } });
  const alice = world.device({ id: 'alice-phone' });
  const bob = world.device({ id: 'bob-phone', platform: 'ios' });
  await connectAs(world, alice, 'alice');
  bob.rn.native.create(world.appKey, {});
  await bob.rn.native.setDeviceToken('apns-token-bob');
  await connectAs(world, bob, 'bob');
  bob.network.down();
  await world.settle();
  return { world, alice, bob };
}

describe('remote pushes to offline phones (world.server.pushes)', () => {
  test('a text to an offline phone is pushed with the sender as title and the text as content', async () => {
    const { world, alice } = await bobAway();
    await sendText(world, alice, PRIVATE, 'bob', 'are you there?');
    expect(world.server.pushes()).toEqual([
      expect.objectContaining({
        deviceId: 'bob-phone', userId: 'bob', conversationType: PRIVATE, targetId: 'alice', senderUserId: 'alice',
        title: 'alice', content: 'are you there?', data: '', language: '', contentHidden: false, time: world.clock.now(),
        route: { channel: 'apns', deviceToken: 'apns-token-bob' },
      }),
    ]);
    expect(world.server.pushes({ userId: 'alice' })).toEqual([]);
    expect(world.server.pushes({ deviceId: 'bob-phone' })).toHaveLength(1);
  });

  test('no push while one of the user\'s phones is online, or for a user who never used a phone', async () => {
    const { world, alice } = await bobAway();
    const tablet = world.device({ id: 'bob-tablet' });
    await connectAs(world, tablet, 'bob');
    await sendText(world, alice, PRIVATE, 'bob', 'live');
    const web = world.device({ id: 'carol-web', platform: 'web' });
    await connectAs(world, web, 'carol');
    web.network.down();
    await world.settle();
    await sendText(world, alice, PRIVATE, 'carol', 'hello carol');
    expect(world.server.pushes()).toEqual([]);
  });

  test('do-not-disturb, disconnect(false) and hidden content shape the push', async () => {
    const { world, alice, bob } = await bobAway();
    bob.network.up();
    await world.settle();
    await act(world, bob, 'changeConversationNotificationLevel', [PRIVATE, 'alice', '', BLOCKED], 'onConversationNotificationLevelChanged');
    await act(world, bob, 'changePushContentShowStatus', [false], 'onPushContentShowStatusChanged');
    bob.network.down();
    await world.settle();
    await sendText(world, alice, PRIVATE, 'bob', 'muted');
    expect(world.server.pushes()).toEqual([]);

    bob.network.up();
    await world.settle();
    await act(world, bob, 'changeConversationNotificationLevel', [PRIVATE, 'alice', '', 0], 'onConversationNotificationLevelChanged');
    bob.network.down();
    await world.settle();
    await sendText(world, alice, PRIVATE, 'bob', 'secret');
    expect(world.server.pushes().map((p) => [p.content, p.contentHidden])).toEqual([['您收到了一条通知', true]]);

    bob.network.up(); // the SDK reconnects by itself
    await world.settle();
    await bob.rn.native.disconnect(false);
    await world.settle();
    await sendText(world, alice, PRIVATE, 'bob', 'after sign-out');
    expect(world.server.pushes()).toHaveLength(1);
  });

  test('group pushes carry the group name; @ mentions and pushOptions override the content', async () => {
    const { world, alice } = await bobAway();
    world.server.createGroup('g1', ['alice', 'bob'], 'Climbing club');
    await sendText(world, alice, GROUP, 'g1', 'rope day');
    const mention = await alice.rn.native.createTextMessage(GROUP, 'g1', '', '@bob rope?');
    await alice.rn.native.sendMessage({ ...(mention as object), mentionedInfo: { type: 1, userIdList: ['bob'], mentionedContent: 'alice mentioned you' } }, 'm');
    const custom = await alice.rn.native.createTextMessage(PRIVATE, 'bob', '', 'ignored');
    await alice.rn.native.sendMessage({ ...(custom as object), pushOptions: { pushTitle: 'Alice (work)', pushContent: 'New task', pushData: '{"task":7}' } }, 'p');
    await world.settle();
    expect(world.server.pushes().map((p) => [p.title, p.content, p.data])).toEqual([
      ['Climbing club', 'rope day', ''],
      ['Climbing club', 'alice mentioned you', ''],
      ['Alice (work)', 'New task', '{"task":7}'],
    ]);
  });

  test('media messages show a format string in the push language of the receiver', async () => {
    const { world, alice, bob } = await bobAway();
    bob.network.up();
    await world.settle();
    await act(world, bob, 'changePushLanguage', ['en_US'], 'onPushLanguageChanged');
    bob.network.down();
    await world.settle();
    const file = await alice.rn.native.createFileMessage(PRIVATE, 'bob', '', '/sdcard/report.pdf');
    await alice.rn.native.sendMediaMessage(file, 'f');
    await world.clock.advance(1_000);
    expect(world.server.pushes().map((p) => [p.content, p.language])).toEqual([['[File]', 'en_US']]);
  });

  test('APNs needs the device token: an iOS phone without one gets nothing; a token set while connected counts', async () => {
    const world = createWorld({ seed: 32 });
    const alice = world.device({ id: 'alice-phone' });
    const iphone = world.device({ id: 'carol-iphone', platform: 'ios' });
    const android = world.device({ id: 'dave-android' });
    await connectAs(world, alice, 'alice');
    await connectAs(world, iphone, 'carol');
    await connectAs(world, android, 'dave');
    for (const phone of [iphone, android]) phone.network.down();
    await world.settle();
    await sendText(world, alice, PRIVATE, 'carol', 'no token yet');
    await sendText(world, alice, PRIVATE, 'dave', 'vendor push');
    expect(world.server.pushes().map((p) => [p.userId, p.route])).toEqual([['dave', { channel: 'vendor' }]]);

    iphone.network.up();
    await world.settle();
    await iphone.rn.native.setDeviceToken('apns-token-carol');
    iphone.network.down();
    await world.settle();
    await sendText(world, alice, PRIVATE, 'carol', 'now with a token');
    expect(world.server.pushes({ userId: 'carol' }).map((p) => [p.content, p.route])).toEqual([['now with a token', { channel: 'apns', deviceToken: 'apns-token-carol' }]]);
  });

  test('pushes travel with a snapshot; bad filters are refused', async () => {
    const { world, alice } = await bobAway();
    await sendText(world, alice, PRIVATE, 'bob', 'keep me');
    const restored = createWorld({ from: world.snapshot() });
    expect(restored.server.pushes()).toEqual(world.server.pushes());
    // A view is a copy: changing it changes nothing in the cloud.
    const [view] = world.server.pushes();
    (view.route as { channel: string }).channel = 'changed';
    view.content = 'changed';
    expect(world.server.pushes()[0]).toMatchObject({ content: 'keep me', route: { channel: 'apns' } });
    expect(() => world.server.pushes(null as never)).toThrow(/filter must be an object/);
    expect(() => world.server.pushes({ userId: 7 as never })).toThrow(/userId must be a string/);
  });
});
