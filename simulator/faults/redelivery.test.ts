import { ACK_TIMEOUT_MS } from '../device/network';
import { createWorld, type Device, type World } from '../index';
import { callWithEvents, connectAs, record, sendText } from '../testing/rn';
import { REDELIVERY_AREA, type Redelivery } from './redelivery';

const PRIVATE = 1;
const RECEIVED = 'IRCIMIWListener:onMessageReceived';
const COMMAND_POLICY = 0; // CustomMessagePolicy.COMMAND: not stored, so no UId dedupe through the store

async function pair() {
  const world = createWorld({ seed: 21 });
  const alice = world.device({ id: 'alice-phone' });
  const bob = world.device({ id: 'bob-phone' });
  await connectAs(world, alice, 'alice');
  await connectAs(world, bob, 'bob');
  return { world, alice, bob };
}

/** Loses exactly the next packet `device` sends or receives, through the real loss machinery. */
function dropNextPacket(device: Device): void {
  const network = device.network;
  const carry = network.carry;
  network.carry = (arrive, lost) => {
    network.carry = carry;
    const rate = network.currentLoss;
    network.loss(1);
    try {
      return carry.call(network, arrive, lost);
    } finally {
      network.loss(rate);
    }
  };
}

const texts = (events: Array<{ data: any }>) => events.map((e) => e.data.message.text ?? e.data.message.fields?.n);
const redelivery = (world: World) => world.cloud.areas.get(REDELIVERY_AREA) as Redelivery;

async function sendCommand(world: World, alice: Device, n: string) {
  const message = await alice.rn.native.createCustomMessage(PRIVATE, 'bob', '', COMMAND_POLICY, 'app:ping', { n });
  const sent = await callWithEvents(alice, 'sendMessage', [message], ['onMessageSent']);
  await world.settle();
  return sent.events.onMessageSent[0];
}

describe('the cloud keeps unacknowledged deliveries: nothing lost, nothing twice', () => {
  test('a delivery lost to packet loss is sent again at the ack timeout until it gets through', async () => {
    const { world, alice, bob } = await pair();
    const inbox = record(bob, [RECEIVED]);
    bob.network.loss(1);
    const { events } = await sendText(world, alice, PRIVATE, 'bob', 'through the noise');
    expect(events.onMessageSent[0].code).toBe(0);
    await world.clock.advance(2 * ACK_TIMEOUT_MS);
    expect(inbox).toHaveLength(0);
    expect(bob.log.filter('cloud', 'delivery retried: no ack').length).toBeGreaterThanOrEqual(1);
    bob.network.loss(0);
    await world.clock.advance(ACK_TIMEOUT_MS);
    expect(texts(inbox)).toEqual(['through the noise']);
    await world.clock.advance(5 * ACK_TIMEOUT_MS);
    expect(texts(inbox)).toEqual(['through the noise']);
    expect(redelivery(world).pendingRetries()).toBe(0);
  });

  test('a lost ack makes the cloud send again; the device drops the repeat (stored message, by UId)', async () => {
    const { world, alice, bob } = await pair();
    const inbox = record(bob, [RECEIVED]);
    bob.network.latency(100);
    await sendText(world, alice, PRIVATE, 'bob', 'once');
    bob.network.loss(1); // the delivery is already on its way; its ack will not make it back
    await world.clock.advance(100);
    expect(texts(inbox)).toEqual(['once']);
    bob.network.loss(0);
    await world.clock.advance(ACK_TIMEOUT_MS + 200);
    expect(bob.log.filter('note', 'duplicate delivery dropped')).toHaveLength(1);
    expect(texts(inbox)).toEqual(['once']);
    expect(bob.engine!.store.timeline(PRIVATE, 'alice', '')).toHaveLength(1);
  });

  test('a repeat of a message the device does not store is dropped by its delivery id', async () => {
    const { world, alice, bob } = await pair();
    const inbox = record(bob, [RECEIVED]);
    bob.network.latency(100);
    expect((await sendCommand(world, alice, '1')).code).toBe(0);
    bob.network.loss(1);
    await world.clock.advance(100);
    bob.network.loss(0);
    await world.clock.advance(ACK_TIMEOUT_MS + 200);
    expect(bob.log.filter('note', 'duplicate delivery dropped')).toHaveLength(1);
    expect(texts(inbox)).toEqual(['1']);
  });

  test('a link cut while a delivery is in flight: it waits for the device and arrives once after the reconnect', async () => {
    const { world, alice, bob } = await pair();
    const inbox = record(bob, [RECEIVED]);
    bob.network.latency(100);
    await sendText(world, alice, PRIVATE, 'bob', 'in flight');
    await world.clock.advance(50);
    bob.network.down();
    await world.clock.advance(ACK_TIMEOUT_MS);
    expect(redelivery(world).waitingFor('bob-phone', 'bob')).toBe(1);
    expect(world.server.offlineCount('bob')).toBe(0); // kept for this device, not for whichever logs in next
    bob.network.up();
    await world.clock.advance(1_000);
    expect(texts(inbox)).toEqual(['in flight']);
    expect(inbox[0].data).toMatchObject({ offline: true, left: 0, hasPackage: false });
    await world.clock.advance(10 * ACK_TIMEOUT_MS);
    expect(texts(inbox)).toEqual(['in flight']);
  });

  test('offline messages that reach a device whose login answer was lost are not taken, and come back', async () => {
    const { world, alice, bob } = await pair();
    await bob.rn.native.disconnect(true);
    await world.settle();
    for (const text of ['a', 'b', 'c']) await sendText(world, alice, PRIVATE, 'bob', text);
    expect(world.server.offlineCount('bob')).toBe(3);
    const inbox = record(bob, [RECEIVED]);
    // Lose exactly the login answer: the cloud has a session and sends the offline package to a device
    // that is still waiting for its answer.
    const login = world.cloud.login.bind(world.cloud);
    world.cloud.login = (...args) => {
      world.cloud.login = login;
      const result = login(...args);
      dropNextPacket(bob);
      return result;
    };
    const connect = await callWithEvents(bob, 'connect', [world.server.issueToken('bob'), 0], ['onConnected']);
    await world.settle();
    expect(bob.log.filter('net', 'delivery not taken: not connected')).toHaveLength(3);
    expect(inbox).toHaveLength(0);
    await world.clock.advance(2 * ACK_TIMEOUT_MS);
    expect(connect.events.onConnected.map((e) => e.code)).toEqual([0]);
    expect(texts(inbox)).toEqual(['a', 'b', 'c']);
    expect(bob.log.filter('net', 'connect attempt').map((e) => e.data)).toEqual([{ attempt: 1 }, { attempt: 1 }, { attempt: 2 }]);
  });

  test('a world with retries pending refuses a snapshot; once they ran, the filed messages travel in it', async () => {
    const { world, alice, bob } = await pair();
    bob.network.latency(100);
    await sendText(world, alice, PRIVATE, 'bob', 'filed');
    await world.clock.advance(50);
    bob.network.down();
    await world.clock.advance(100);
    expect(() => world.snapshot()).toThrow(/pending timer/);
    await world.clock.advance(ACK_TIMEOUT_MS);
    const copy = createWorld({ from: world.snapshot() });
    const phone = copy.devices.find((d) => d.id === 'bob-phone')!;
    expect(redelivery(copy).waitingFor('bob-phone', 'bob')).toBe(1);
    const inbox = record(phone, [RECEIVED]);
    phone.network.up();
    await copy.clock.advance(1_000);
    expect(texts(inbox)).toEqual(['filed']);
  });
});
