import { RCIMIWConversationType, RCIMIWEngine } from '@rongcloud/react-native-im-wrapper';
import { getWorld, isolatedWrapper } from 'imsim/jest';

const connect = (engine: RCIMIWEngine, userId: string) =>
  new Promise<number>((resolve) => engine.connect(getWorld().server.issueToken(userId), 0, { onConnected: (code) => resolve(code) }));

test('an offline iPhone is notified through APNs, only once the app has handed over its device token', async () => {
  const world = getWorld();
  const alice = RCIMIWEngine.create(world.appKey);
  const bobPhone = world.device({ id: 'bob-iphone', platform: 'ios' });
  const bob = isolatedWrapper(bobPhone, () => require('@rongcloud/react-native-im-wrapper') as typeof import('@rongcloud/react-native-im-wrapper')).RCIMIWEngine.create(world.appKey);
  expect(await connect(alice, 'alice')).toBe(0);
  expect(await connect(bob, 'bob')).toBe(0);

  const sendToBob = async (text: string) => {
    const message = await alice.createTextMessage(RCIMIWConversationType.PRIVATE, 'bob', '', text);
    await new Promise<number>((resolve) => alice.sendMessage(message, { onMessageSent: (code) => resolve(code) }));
  };

  bobPhone.network.down(); // Bob's phone is offline: the cloud would push
  await sendToBob('forgot the token?');
  expect(world.server.pushes({ userId: 'bob' })).toEqual([]); // APNs has nowhere to send it

  bobPhone.network.up();
  await world.settle();
  await bob.setDeviceToken('apns-token-from-the-os'); // what the app should do after registering with APNs
  bobPhone.network.down();
  await sendToBob('see you at 8');
  expect(world.server.pushes({ userId: 'bob' })).toEqual([
    expect.objectContaining({ deviceId: 'bob-iphone', title: 'alice', content: 'see you at 8', route: { channel: 'apns', deviceToken: 'apns-token-from-the-os' } }),
  ]);

  await Promise.all([alice.destroy(), bob.destroy()]);
});
