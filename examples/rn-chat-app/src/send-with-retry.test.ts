import { RC } from 'imsim';
import { currentDevice, getWorld, sleep } from 'imsim/jest';
import { connect, text } from '../test/im-helpers';
import { RCIMIWConversationType, RCIMIWEngine, type Engine } from './im';
import { sendWithRetry } from './send-with-retry';

const { PRIVATE } = RCIMIWConversationType;

let engine: Engine;
beforeEach(async () => {
  engine = RCIMIWEngine.create(getWorld().appKey);
  expect(await connect(engine, getWorld().server.issueToken('alice'))).toBe(0);
});
afterEach(async () => {
  await engine.destroy();
});

/** Bob's view of what reached him, read from the cloud (he is offline). */
const bobsInbox = () => getWorld().server.offlineCount('bob');

test('a send refused for rate (20604) goes out 1 s of virtual time later', async () => {
  const world = getWorld();
  for (let i = 0; i < 5; i++) {
    expect(await sendWithRetry(engine, await text(engine, PRIVATE, 'bob', `m${i}`), { sleep })).toMatchObject({ code: 0, attempts: 1 });
  }
  const start = world.clock.now();
  let outcome: Awaited<ReturnType<typeof sendWithRetry>> | undefined;
  void sendWithRetry(engine, await text(engine, PRIVATE, 'bob', 'sixth'), { sleep }).then((o) => (outcome = o));
  await world.clock.advance(999);
  expect(outcome).toBeUndefined();
  expect(bobsInbox()).toBe(5);
  await world.clock.advance(1);
  expect(outcome).toMatchObject({ code: 0, attempts: 2, message: { text: 'sixth', sentTime: start + 1_000 } });
  expect(bobsInbox()).toBe(6);
});

test('with no network: retries after 1 s, then 2 s; succeeds once the phone is back, and the message is stored once', async () => {
  const world = getWorld();
  const phone = currentDevice();
  const start = world.clock.now();
  phone.network.down();
  let outcome: Awaited<ReturnType<typeof sendWithRetry>> | undefined;
  void sendWithRetry(engine, await text(engine, PRIVATE, 'bob', 'hello?'), { sleep }).then((o) => (outcome = o));
  await world.clock.advance(2_500); // attempts at 0 s and 1 s failed with 30002
  expect(outcome).toBeUndefined();
  phone.network.up();
  await world.clock.advance(500); // the third attempt, at 3 s
  expect(outcome).toMatchObject({ code: 0, attempts: 3, message: { sentTime: start + 3_000 } });
  expect(phone.log.filter('event', 'SendMessage:onMessageSent').map((e) => (e.data as { code: number }).code)).toEqual([
    RC.NETWORK_UNAVAILABLE, RC.NETWORK_UNAVAILABLE, 0,
  ]);
  expect(phone.engine!.store.timeline(PRIVATE, 'bob', '').map((m) => m.text)).toEqual(['hello?']);
  expect(bobsInbox()).toBe(1);
});

test('gives up after the last attempt with its code; other failures are not retried', async () => {
  const world = getWorld();
  currentDevice().network.down();
  let outcome: Awaited<ReturnType<typeof sendWithRetry>> | undefined;
  void sendWithRetry(engine, await text(engine, PRIVATE, 'bob', 'x'), { sleep, attempts: 2, baseDelayMs: 100 }).then((o) => (outcome = o));
  await world.clock.advance(100);
  expect(outcome).toMatchObject({ code: RC.NETWORK_UNAVAILABLE, attempts: 2 });

  currentDevice().network.up();
  await world.settle();
  world.cloud.accounts.user('carol').blacklist.add('alice');
  expect(await sendWithRetry(engine, await text(engine, PRIVATE, 'carol', 'hi'), { sleep })).toMatchObject({ code: RC.REJECTED_BY_BLACKLIST, attempts: 1 });
});
