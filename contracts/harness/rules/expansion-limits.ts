// expansion-limits: message expansion through the wrapper: at most 20 pairs per update, keys of at most 32
// characters, values of at most 4096, at most 300 pairs on a message (else 34010); only a private or group
// message sent with expansion enabled can be expanded (else 34008); the peer hears accepted updates as a Map.
import fc from 'fast-check';
import { createWorld } from '../../../simulator';
import { isMapOf, same } from '../equality';
import type { Platform } from '../types';
import { Violation } from '../violation';
import { call, connect, listen, only, openApp, ruleCheck, text } from './app';

const RULE = 'expansion-limits';
const TOO_BIG = 34010;
const CANT_EXPAND = 34008;

const update = fc.record({
  pairs: fc.integer({ min: 1, max: 22 }),
  longKey: fc.boolean(),
  longValue: fc.boolean(),
});

export const expansionLimits = ruleCheck(
  RULE,
  ['connect', 'createTextMessage', 'sendMessage', 'updateMessageExpansion'],
  10,
  fc.record({
    platform: fc.constantFrom<Platform>('android', 'ios'),
    enabled: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    prefill: fc.constantFrom(0, 0, 280, 290),
    updates: fc.array(update, { minLength: 1, maxLength: 4 }),
  }),
  async (ctx, { platform, enabled, prefill, updates }) => {
    const world = createWorld({ seed: ctx.seed });
    const alice = openApp(world, ctx.load, 'alice-phone', platform);
    const bob = openApp(world, ctx.load, 'bob-phone');
    for (const [app, user] of [[alice, 'alice'], [bob, 'bob']] as const) {
      if ((await connect(world, app, RULE, user)) !== 0) throw new Violation(RULE, `${user} could not connect`);
    }
    const heard = listen(world, bob, 'setOnRemoteMessageExpansionUpdatedListener');
    const draft = await text(alice, 1, 'bob', 'expand me', RULE);
    draft.expansion = enabled ? {} : null;
    const sent = only(await call(world, alice, RULE, 'sendMessage', [draft], ['onMessageSent']), 'onMessageSent', RULE, 'sendMessage')[1] as { messageUId: string };
    const onMessage = new Set<string>();
    let counter = 0;
    const batches: Array<Map<string, string>> = [];
    for (let done = 0; done < prefill; done += 20) batches.push(new Map(Array.from({ length: Math.min(20, prefill - done) }, () => [`p${counter++}`, 'v'] as [string, string])));
    const plan = [...batches.map((b) => ({ entries: b, prefill: true })), ...updates.map((u) => ({
      prefill: false,
      entries: new Map(Array.from({ length: u.pairs }, (_, i) => [i === 0 && u.longKey ? 'k'.repeat(33) : `u${counter++}`, i === 0 && u.longValue ? 'v'.repeat(4097) : 'value'] as [string, string])),
    }))];
    for (const { entries, prefill: isPrefill } of plan) {
      const keys = [...entries.keys()];
      const perCall = entries.size > 20 || keys.some((k) => k.length > 32) || [...entries.values()].some((v) => v.length > 4096);
      const total = new Set([...onMessage, ...keys]).size;
      // When both apply, which check runs first is not documented: either code is right.
      const allowed = !enabled ? (perCall ? [CANT_EXPAND, TOO_BIG] : [CANT_EXPAND]) : perCall || total > 300 ? [TOO_BIG] : [0];
      const expected = allowed.length === 1 ? allowed[0] : allowed;
      heard.length = 0;
      const [code] = only(await call(world, alice, RULE, 'updateMessageExpansion', [sent.messageUId, entries], ['onMessageExpansionUpdated']), 'onMessageExpansionUpdated', RULE, 'updateMessageExpansion');
      if (!allowed.includes(code as number)) {
        throw new Violation(RULE, `${isPrefill ? 'prefill' : 'update'} of ${entries.size} pairs (longest key ${Math.max(...keys.map((k) => k.length))}, value ${Math.max(...[...entries.values()].map((v) => v.length))}) on a message ${enabled ? `holding ${onMessage.size} pairs` : 'sent without expansion'}`, { expected, actual: code });
      }
      if (allowed[0] !== 0) continue;
      for (const k of keys) onMessage.add(k);
      const [expansion, message] = heard[0]?.args ?? [];
      const whole = Object.keys((message as { expansion?: object } | undefined)?.expansion ?? {}).sort();
      if (heard.length !== 1 || !isMapOf(expansion, Object.fromEntries(entries)) || !same(whole, [...onMessage].sort())) {
        throw new Violation(RULE, 'the peer must hear each accepted update once: the changed pairs as a Map, and the message with its whole expansion', {
          expected: { calls: 1, expansion: entries, messageExpansionKeys: onMessage.size },
          actual: { calls: heard.length, expansion, messageExpansionKeys: whole.length },
        });
      }
    }
  },
);
