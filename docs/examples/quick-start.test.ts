import { RCIMIWConversationType, RCIMIWEngine } from '@rongcloud/react-native-im-wrapper';
import { RC } from 'imsim';
import { getWorld } from 'imsim/jest';

// The app code under test: connect, then send a text message and report its final code.
async function connect(engine: RCIMIWEngine, token: string): Promise<number> {
  return new Promise((resolve) => engine.connect(token, 0, { onConnected: (code) => resolve(code) }));
}

async function sendText(engine: RCIMIWEngine, to: string, text: string): Promise<number> {
  const message = await engine.createTextMessage(RCIMIWConversationType.PRIVATE, to, '', text);
  return new Promise((resolve) => engine.sendMessage(message, { onMessageSent: (code) => resolve(code) }));
}

let engine: RCIMIWEngine;
beforeEach(() => {
  engine = RCIMIWEngine.create(getWorld().appKey);
});
afterEach(() => engine.destroy());

test('alice connects and sends bob a message', async () => {
  const world = getWorld(); // a fresh simulated cloud and phone for every test
  expect(await connect(engine, world.server.issueToken('alice'))).toBe(0);
  expect(await sendText(engine, 'bob', 'hi bob')).toBe(0);
  expect(world.server.offlineCount('bob')).toBe(1); // bob is offline: the cloud keeps it for him
});

test('the sixth message within a second is refused, as RongCloud refuses it', async () => {
  const world = getWorld();
  await connect(engine, world.server.issueToken('alice'));
  for (let i = 0; i < 5; i++) expect(await sendText(engine, 'bob', `#${i}`)).toBe(0);
  expect(await sendText(engine, 'bob', 'one too many')).toBe(RC.SEND_MSG_FREQUENCY_OVERRUN); // 20604
  await world.clock.advance(1_000); // virtual time: the test never sleeps
  expect(await sendText(engine, 'bob', 'later')).toBe(0);
});
