import { RCIMIWConversationType, RCIMIWEngine, type RCIMIWMessage } from '@rongcloud/react-native-im-wrapper';
import { ACK_TIMEOUT_MS, ConnectionStatus, RC } from 'imsim';
import { currentDevice, getWorld } from 'imsim/jest';

// The app code under test: send a text and report the final code; a failed message can be sent again.
function send(engine: RCIMIWEngine, message: RCIMIWMessage): Promise<{ code: number; message?: RCIMIWMessage }> {
  return new Promise((resolve) => engine.sendMessage(message, { onMessageSent: (code, sent) => resolve({ code, message: sent }) }));
}

let engine: RCIMIWEngine;
beforeEach(async () => {
  engine = RCIMIWEngine.create(getWorld().appKey);
  const token = getWorld().server.issueToken('alice');
  await new Promise((resolve) => engine.connect(token, 0, { onConnected: resolve }));
});
afterEach(() => engine.destroy());

test('a lost request times out with 30003 after the SDK ack timeout; the resend gets through once', async () => {
  const world = getWorld();
  const phone = currentDevice();
  phone.network.loss(1); // every packet is lost from now on (seeded, so every run loses the same ones)
  const message = await engine.createTextMessage(RCIMIWConversationType.PRIVATE, 'bob', '', 'hello?');
  const first = send(engine, message);
  await world.clock.advance(ACK_TIMEOUT_MS); // nothing is reported before the timeout runs out
  const failed = await first;
  expect(failed.code).toBe(RC.MSG_RESPONSE_TIMEOUT);

  phone.network.loss(0);
  const retry = await send(engine, failed.message!); // resending the same message reuses its row
  expect(retry.code).toBe(0);
  expect(world.server.offlineCount('bob')).toBe(1); // bob gets it once, when he next connects
  expect(phone.log.format()).toContain('packet lost');
});

test('the server fails the next send; a cloud outage drops the connection and the SDK reconnects on its schedule', async () => {
  const world = getWorld();
  world.server.failNext('sendMessage', RC.MSG_RESPONSE_TIMEOUT, { userId: 'alice' });
  const message = await engine.createTextMessage(RCIMIWConversationType.PRIVATE, 'bob', '', 'try me');
  expect((await send(engine, message)).code).toBe(RC.MSG_RESPONSE_TIMEOUT);

  const statuses: number[] = [];
  engine.setOnConnectionStatusChangedListener((status) => statuses.push(status));
  world.server.outage(10_000); // the cloud is unreachable for 10 s of virtual time
  await world.settle();
  expect(statuses[0]).toBe(ConnectionStatus.NETWORK_UNAVAILABLE);
  await world.clock.advance(20_000); // retries at 0, 0.25, 0.5, 1, 2, 4, 8 s: the one after 10 s gets in
  expect(statuses[statuses.length - 1]).toBe(ConnectionStatus.CONNECTED);
  expect((await send(engine, message)).code).toBe(0);
});
