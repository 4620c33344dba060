// offline-packages: messages kept for an offline user arrive on the next connect, in order, in packages of
// at most 200: `left` counts down to 0 within each package, `hasPackage` is true until the last package,
// `offline` is true (the onMessageReceived listener, through the wrapper).
import fc from 'fast-check';
import { createWorld, type World, type Device } from '../../../simulator';
import { same } from '../equality';
import type { Platform } from '../types';
import { Violation } from '../violation';
import { call, connect, listen, openApp, ruleCheck, settle } from './app';

const RULE = 'offline-packages';
const PACKAGE = 200;

/** [left, offline, hasPackage] for each of n offline messages. */
export function packageShape(n: number): Array<[number, boolean, boolean]> {
  const out: Array<[number, boolean, boolean]> = [];
  for (let start = 0; start < n; start += PACKAGE) {
    const size = Math.min(PACKAGE, n - start);
    for (let i = 0; i < size; i++) out.push([size - 1 - i, true, start + PACKAGE < n]);
  }
  return out;
}

/** The sender is a plain native client: only the receiver's wrapper is under test here. */
async function sendMany(world: World, sender: Device, to: string, n: number): Promise<void> {
  const native = sender.rn.native;
  for (let i = 0; i < n; i++) {
    const message = await native.createTextMessage(1, to, '', `m${i}`);
    await native.sendMessage(message, `offline-${i}`);
  }
  await world.settle();
}

export const offlinePackages = ruleCheck(
  RULE,
  ['connect', 'disconnect', 'createTextMessage', 'sendMessage'],
  6,
  fc.record({
    platform: fc.constantFrom<Platform>('android', 'ios'),
    n: fc.oneof(fc.constantFrom(0, 1, 199, 200, 201, 400, 401), fc.integer({ min: 0, max: 450 })),
  }),
  async (ctx, { platform, n }) => {
    // The rate limit is not what this rule is about: lift it so hundreds of sends take no virtual time.
    const world = createWorld({ seed: ctx.seed, limits: { sendsPerSecond: 1_000_000 } });
    const bob = openApp(world, ctx.load, 'bob-phone', platform);
    const alice = world.device({ id: 'alice-phone' });
    alice.rn.native.create(world.appKey, {});
    await alice.rn.native.connect(world.server.issueToken('alice'), 0, 'alice-connect');
    if ((await connect(world, bob, RULE, 'bob')) !== 0) throw new Violation(RULE, 'bob could not connect');
    await call(world, bob, RULE, 'disconnect', [false], []);
    await sendMany(world, alice, 'bob', n);
    const heard = listen(world, bob, 'setOnMessageReceivedListener');
    if ((await connect(world, bob, RULE, 'bob')) !== 0) throw new Violation(RULE, 'bob could not reconnect');
    await settle(world, RULE);
    const expected = packageShape(n).map(([left, offline, hasPackage], i) => [`m${i}`, left, offline, hasPackage]);
    const actual = heard.map((h) => [(h.args[0] as { text?: unknown } | undefined)?.text, h.args[1], h.args[2], h.args[3]]);
    if (!same(actual, expected)) {
      const at = actual.findIndex((a, i) => !same(a, expected[i]));
      throw new Violation(RULE, `${n} offline messages: onMessageReceived(message, left, offline, hasPackage) differs at message ${at < 0 ? actual.length : at}`, {
        expected: expected.slice(Math.max(0, at), Math.max(0, at) + 3),
        actual: actual.slice(Math.max(0, at), Math.max(0, at) + 3),
      });
    }
  },
);
