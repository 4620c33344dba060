import { createWorld, type Device, type World } from '../../simulator';
import { best, fmt, growth, perSecond, usPerUnit, type Figure } from '../measure';
import { createStubNative } from '../stub-native';

const PRIVATE = 1;

async function connect(world: World, device: Device, userId: string): Promise<void> {
  device.rn.native.create(world.appKey, {});
  await device.rn.native.connect(world.server.issueToken(userId), 0, `${userId}-connect`);
  await world.settle();
}

async function connectedPair(): Promise<{ world: World; alice: Device; bob: Device; received: () => number }> {
  const world = createWorld({ seed: 1, limits: { sendsPerSecond: Number.POSITIVE_INFINITY }, logLimit: 1_000 });
  const alice = world.device({ id: 'alice' });
  const bob = world.device({ id: 'bob' });
  await connect(world, alice, 'alice');
  await connect(world, bob, 'bob');
  let count = 0;
  bob.rn.emitter.addListener('IRCIMIWListener:onMessageReceived', () => count++);
  return { world, alice, bob, received: () => count };
}

/**
 * Sends `n` text messages alice -> bob through the native boundary; returns the number bob received.
 * `batch`: how many are sent before the test awaits `world.settle()` (a test awaits its sends); `n` is
 * one burst of `n` unawaited sends, every one queued before the first is processed.
 */
async function simulatedSends(n: number, batch = n): Promise<number> {
  const { world, alice, received } = await connectedPair();
  const message = await alice.rn.native.createTextMessage(PRIVATE, 'bob', '', 'hello');
  for (let i = 0; i < n; i += batch) {
    for (let j = i; j < Math.min(n, i + batch); j++) void alice.rn.native.sendMessage(message, `s${j}`);
    await world.settle();
  }
  if (received() !== n) throw new Error(`bench: bob received ${received()} of ${n}`);
  return n;
}

async function stubSends(n: number): Promise<number> {
  const { native, emitter } = createStubNative();
  let sent = 0;
  emitter.addListener('SendMessage:onMessageSent', () => sent++);
  const message = { messageType: 2, conversationType: PRIVATE, targetId: 'bob', channelId: '', text: 'hello' };
  for (let i = 0; i < n; i++) void native.sendMessage(message, `s${i}`);
  await new Promise((r) => setImmediate(r));
  if (sent !== n) throw new Error(`bench: stub sent ${sent} of ${n}`);
  return n;
}

export async function messagingFigures(scale: number): Promise<Figure[]> {
  const sizes = [1_000, 10_000, 100_000].map((n) => Math.max(10, Math.round(n * scale)));
  const batched = [];
  // Five timed runs for the headline figure: on a shared machine the fastest of five is the least disturbed.
  for (const n of sizes) batched.push(await best(5, () => simulatedSends(n, 100)));
  const burst = [];
  for (const n of sizes) burst.push(await best(3, () => simulatedSends(n)));
  const stub = await best(3, () => stubSends(sizes[2]));
  const top = batched[2];

  const connectSim = await best(5, async () => {
    const world = createWorld({ seed: 2 });
    for (let i = 0; i < 100; i++) await connect(world, world.device({ id: `d${i}` }), `u${i}`);
    return 100;
  });
  const connectStub = await best(5, async () => {
    for (let i = 0; i < 100; i++) {
      const { native } = createStubNative();
      await native.connect('t', 0, 'e');
      await Promise.resolve();
    }
    return 100;
  });

  return [
    {
      name: 'throughput: messages/s, 2 devices, native boundary (batches of 100, each awaited)',
      value: `${fmt(perSecond(top))}/s`,
      baseline: `${fmt(perSecond(stub))}/s (jest.fn-style stub)`,
      ratio: `${(usPerUnit(top) / usPerUnit(stub)).toFixed(1)}x cost`,
      note: `goal >= 100k/s; growth per message 1x/10x/100x (${sizes.join('/')} msgs): ${growth(batched)}`,
    },
    {
      name: 'throughput: messages/s, one unawaited burst',
      value: `${fmt(perSecond(burst[2]))}/s`,
      baseline: `${fmt(perSecond(stub))}/s (jest.fn-style stub)`,
      ratio: `${(usPerUnit(burst[2]) / usPerUnit(stub)).toFixed(1)}x cost`,
      note: `all ${sizes[2]} sends queued before the first is processed; growth 1x/10x/100x: ${growth(burst)} (a 1k burst fits in V8's young generation; from 10k on every pending send survives a scavenge, so compare 10x with 100x)`,
    },
    {
      name: 'connect: create + connect + settle',
      value: `${usPerUnit(connectSim).toFixed(1)} us`,
      baseline: `${usPerUnit(connectStub).toFixed(1)} us (stub)`,
      ratio: `${(usPerUnit(connectSim) / usPerUnit(connectStub)).toFixed(1)}x cost`,
    },
  ];
}
