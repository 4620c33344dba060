import { RCIMIWConversationType, RCIMIWEngine } from '@rongcloud/react-native-im-wrapper';
import { ConnectionStatus } from 'imsim';
import { currentDevice, getWorld, isolatedWrapper } from 'imsim/jest';

const connect = (engine: RCIMIWEngine, userId: string) =>
  new Promise<number>((resolve) => engine.connect(getWorld().server.issueToken(userId), 0, { onConnected: (code) => resolve(code) }));

const send = async (engine: RCIMIWEngine, to: string, text: string) => {
  const message = await engine.createTextMessage(RCIMIWConversationType.PRIVATE, to, '', text);
  return new Promise<number>((resolve) => engine.sendMessage(message, { onMessageSent: (code) => resolve(code) }));
};

test('two phones: live delivery, offline delivery on reconnect, and a kick by a newer login', async () => {
  const world = getWorld();
  // Alice uses the app's own wrapper (bound to the current device); Bob gets his own copy, bound to his phone.
  const alice = RCIMIWEngine.create(world.appKey);
  const bobPhone = world.device({ id: 'bob-phone', platform: 'ios' });
  const BobWrapper = isolatedWrapper(bobPhone, () => require('@rongcloud/react-native-im-wrapper') as typeof import('@rongcloud/react-native-im-wrapper'));
  const bob = BobWrapper.RCIMIWEngine.create(world.appKey);

  const received: Array<{ text: unknown; offline: boolean }> = [];
  bob.setOnMessageReceivedListener((message, _left, offline) => received.push({ text: (message as { text?: string }).text, offline }));
  expect(await connect(alice, 'alice')).toBe(0);
  expect(await connect(bob, 'bob')).toBe(0);

  await send(alice, 'bob', 'live');
  await world.settle();
  expect(received).toEqual([{ text: 'live', offline: false }]);

  bobPhone.network.down(); // Bob's phone loses its link; the SDK starts reconnecting on its schedule
  await send(alice, 'bob', 'while you were away');
  expect(received).toHaveLength(1);
  bobPhone.network.up(); // the network comes back: reconnect at once, then the offline package
  await world.settle();
  expect(received[1]).toEqual({ text: 'while you were away', offline: true });

  // A newer login on another mobile kicks Alice's phone (RongCloud's default multi-device policy).
  const statuses: number[] = [];
  alice.setOnConnectionStatusChangedListener((status) => statuses.push(status));
  const secondPhone = world.device({ id: 'alice-second-phone' });
  const second = isolatedWrapper(secondPhone, () => require('@rongcloud/react-native-im-wrapper') as typeof import('@rongcloud/react-native-im-wrapper'));
  expect(await connect(second.RCIMIWEngine.create(world.appKey), 'alice')).toBe(0);
  await world.settle();
  expect(statuses).toEqual([ConnectionStatus.KICKED_OFFLINE_BY_OTHER_CLIENT]);
  expect(currentDevice().log.format()).toContain('kicked by a newer login');

  await Promise.all([alice.destroy(), bob.destroy()]);
});
