// send-rate-limit: at most 5 sends per client in any 1-second window; the next gets 20604 in onMessageSent,
// and sending works again once the window has moved on. Random gaps between sends, checked against that
// sliding-window rule.
import fc from 'fast-check';
import { createWorld } from '../../../simulator';
import { same } from '../equality';
import type { Platform } from '../types';
import { Violation } from '../violation';
import { call, connect, openApp, settle, text, ruleCheck } from './app';

const RULE = 'send-rate-limit';
const PER_SECOND = 5;
const OVERRUN = 20604;

export const sendRateLimit = ruleCheck(
  RULE,
  ['connect', 'createTextMessage', 'sendMessage'],
  10,
  fc.record({
    platform: fc.constantFrom<Platform>('android', 'ios'),
    gaps: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 700 }) }), { minLength: 6, maxLength: 10 }),
  }),
  async (ctx, { platform, gaps }) => {
    const world = createWorld({ seed: ctx.seed });
    const alice = openApp(world, ctx.load, 'alice-phone', platform);
    world.server.issueToken('bob');
    if ((await connect(world, alice, RULE, 'alice')) !== 0) throw new Violation(RULE, 'alice could not connect');
    const accepted: number[] = [];
    const expected: number[] = [];
    const actual: unknown[] = [];
    const send = async (i: number) => {
      const t = world.clock.now();
      const free = accepted.filter((a) => a > t - 1000).length < PER_SECOND;
      if (free) accepted.push(t);
      expected.push(free ? 0 : OVERRUN);
      const got = await call(world, alice, RULE, 'sendMessage', [await text(alice, 1, 'bob', `m${i}`, RULE)], ['onMessageSent']);
      actual.push(got.onMessageSent.map((a) => a[0]).join('|'));
    };
    for (const [i, gap] of gaps.entries()) {
      await settle(world, RULE, gap);
      await send(i);
    }
    await settle(world, RULE, 1000);
    await send(gaps.length);
    const want = expected.map(String);
    if (!same(actual, want)) {
      throw new Violation(RULE, `sends after gaps ${JSON.stringify(gaps)} ms then 1000 ms: onMessageSent codes differ from "5 per second, then 20604"`, { expected: want, actual });
    }
  },
);
