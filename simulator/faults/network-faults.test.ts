import { ACK_TIMEOUT_MS } from '../device/network';
import { ConnectionStatus, RC, createWorld, type Device, type World } from '../index';
import { callWithEvents, connectAs, sendText } from '../testing/rn';

const PRIVATE = 1;
const RECEIVED = 'IRCIMIWListener:onMessageReceived';
const STATUS = 'IRCIMIWListener:onConnectionStatusChanged';

/** Records events with the virtual time they reached JS. */
function timed(world: World, device: Device, names: string[]): Array<{ name: string; at: number; data: any }> {
  const out: Array<{ name: string; at: number; data: any }> = [];
  for (const name of names) device.rn.emitter.addListener(name, (data) => out.push({ name, at: world.clock.now(), data }));
  return out;
}

async function pair() {
  const world = createWorld({ seed: 11 });
  const alice = world.device({ id: 'alice-phone' });
  const bob = world.device({ id: 'bob-phone' });
  await connectAs(world, alice, 'alice');
  await connectAs(world, bob, 'bob');
  return { world, alice, bob, start: world.clock.now() };
}

async function send(alice: Device, text: string) {
  const message = await alice.rn.native.createTextMessage(PRIVATE, 'bob', '', text);
  return callWithEvents(alice, 'sendMessage', [message], ['onMessageSaved', 'onMessageSent']);
}

describe('network.latency(ms): a one-way delay in virtual time', () => {
  test('a send answers after the round trip; the peer receives after both one-way delays', async () => {
    const { world, alice, bob, start } = await pair();
    alice.network.latency(120);
    bob.network.latency(30);
    const inbox = timed(world, bob, [RECEIVED]);
    const sent = await send(alice, 'slow');
    await world.settle();
    expect(sent.events.onMessageSaved).toHaveLength(1); // saved locally at once
    expect(sent.events.onMessageSent).toHaveLength(0);
    await world.clock.advance(149);
    expect(inbox).toHaveLength(0);
    await world.clock.advance(1);
    expect(inbox.map((e) => e.at - start)).toEqual([150]); // 120 up to the cloud, 30 down to bob
    await world.clock.advance(89);
    expect(sent.events.onMessageSent).toHaveLength(0);
    await world.clock.advance(1);
    expect(sent.events.onMessageSent.map((e) => e.code)).toEqual([0]); // 120 there and 120 back
    expect(alice.log.filter('net', 'network latency').map((e) => e.data)).toEqual([{ ms: 120 }]);
  });

  test('a link is FIFO: after the latency drops, a new packet waits behind the slower ones on their way', async () => {
    const { world, alice, bob } = await pair();
    const inbox = timed(world, bob, [RECEIVED]);
    alice.network.latency(3_000);
    await send(alice, 'first');
    alice.network.latency(0);
    await send(alice, 'second');
    await world.clock.advance(3_000);
    expect(inbox.map((e) => e.data.message.text)).toEqual(['first', 'second']);
  });

  test('latency 0 again makes everything immediate', async () => {
    const { world, alice, bob } = await pair();
    alice.network.latency(500);
    alice.network.latency(0);
    const inbox = timed(world, bob, [RECEIVED]);
    await sendText(world, alice, PRIVATE, 'bob', 'fast');
    expect(inbox).toHaveLength(1);
  });
});

describe('network.loss(p): lost packets and the SDK timeouts on top', () => {
  test('a lost send request: 30003 only when the ack timeout runs out, then a resend gets through once', async () => {
    const { world, alice, bob, start } = await pair();
    const inbox = timed(world, bob, [RECEIVED]);
    alice.network.loss(1);
    const sent = await send(alice, 'lost');
    await world.clock.advance(ACK_TIMEOUT_MS - 1);
    expect(sent.events.onMessageSent).toHaveLength(0); // not at once
    await world.clock.advance(1);
    expect(sent.events.onMessageSent.map((e) => [e.code, e.message.sentStatus])).toEqual([[RC.MSG_RESPONSE_TIMEOUT, 1]]);
    expect(world.clock.now() - start).toBe(ACK_TIMEOUT_MS);
    expect(alice.log.filter('net', 'packet lost')).toHaveLength(1);
    expect(inbox).toHaveLength(0);
    alice.network.loss(0);
    const again = await callWithEvents(alice, 'sendMessage', [sent.events.onMessageSent[0].message], ['onMessageSent']);
    await world.settle();
    expect(again.events.onMessageSent.map((e) => e.code)).toEqual([0]);
    expect(inbox.map((e) => e.data.message.text)).toEqual(['lost']);
  });

  test('a lost ack: the cloud took the message (bob has it) but alice sees 30003 after the timeout', async () => {
    const { world, alice, bob } = await pair();
    const inbox = timed(world, bob, [RECEIVED]);
    alice.network.latency(100);
    const sent = await send(alice, 'acked?');
    alice.network.loss(1); // the request is already on its way; the answer will be carried into a lossy link
    await world.clock.advance(100);
    expect(inbox).toHaveLength(1);
    await world.clock.advance(ACK_TIMEOUT_MS);
    expect(sent.events.onMessageSent.map((e) => e.code)).toEqual([RC.MSG_RESPONSE_TIMEOUT]);
  });

  test('other requests too: a lost blacklist request answers 30003 at the ack timeout, and the cloud never saw it', async () => {
    const { world, alice } = await pair();
    alice.network.loss(1);
    const added = await callWithEvents(alice, 'addToBlacklist', ['bob'], ['onBlacklistAdded']);
    await world.clock.advance(ACK_TIMEOUT_MS - 1);
    expect(added.events.onBlacklistAdded).toHaveLength(0);
    await world.clock.advance(1);
    expect(added.events.onBlacklistAdded.map((e) => e.code)).toEqual([RC.MSG_RESPONSE_TIMEOUT]);
    expect(world.server.blacklistOf('alice')).toEqual([]);
  });

  test('a lost login: the attempt fails at the ack timeout and the reconnect schedule applies', async () => {
    const world = createWorld({ seed: 12 });
    const phone = world.device({ id: 'phone' });
    phone.network.loss(1);
    phone.rn.native.create(world.appKey, {});
    const statuses = timed(world, phone, [STATUS]);
    const start = world.clock.now();
    const connect = await callWithEvents(phone, 'connect', [world.server.issueToken('carol'), 0], ['onConnected']);
    await world.clock.advance(3 * ACK_TIMEOUT_MS + 1_000);
    const attempts = phone.log.filter('net', /connect attempt/).map((e) => e.time - start);
    // Each attempt fails at its timeout, then waits the schedule's next delay: 0, 0.25 s, 0.5 s ...
    expect(attempts).toEqual([0, ACK_TIMEOUT_MS, 2 * ACK_TIMEOUT_MS + 250, 3 * ACK_TIMEOUT_MS + 750]);
    expect(connect.events.onConnected).toHaveLength(0);
    expect(statuses.map((e) => e.data.status)).toContain(ConnectionStatus.NETWORK_UNAVAILABLE);
    phone.network.loss(0);
    await world.clock.advance(60_000);
    expect(connect.events.onConnected.map((e) => e.code)).toEqual([0]);
    expect(world.server.sessionsOf('carol')).toEqual(['phone']);
  });

  test('loss is seeded: the same seed loses the same packets', async () => {
    async function run() {
      const { world, alice, bob } = await pair();
      alice.network.loss(0.5);
      const inbox = timed(world, bob, [RECEIVED]);
      const codes: number[] = [];
      alice.rn.emitter.addListener('SendMessage:onMessageSent', (e) => codes.push(e.code));
      for (let i = 0; i < 5; i++) await send(alice, `m${i}`);
      await world.clock.advance(5 * ACK_TIMEOUT_MS);
      return { codes, texts: inbox.map((e) => e.data.message.text) };
    }
    const first = await run();
    expect(first.codes).toContain(RC.MSG_RESPONSE_TIMEOUT);
    expect(first.codes).toContain(0);
    expect(await run()).toEqual(first);
  });
});
