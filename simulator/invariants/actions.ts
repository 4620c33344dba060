import fc from 'fast-check';

/** What the seeded scenario does, one step at a time (see scenario.ts for what each step means). */
export type Action =
  | { kind: 'send'; device: number; to: 'private' | 'group' | 'designated' | 'chatroom'; target: number; burst: number }
  | { kind: 'down' | 'up' | 'reconnect' | 'disconnect' | 'join' | 'leave'; device: number }
  | { kind: 'latency'; device: number; ms: number }
  | { kind: 'loss'; device: number; p: number }
  | { kind: 'kick' | 'expireToken'; user: number }
  | { kind: 'failNext'; operation: 'sendMessage' | 'connect' | 'joinChatRoom'; user: number; times: number }
  | { kind: 'outage'; ms: number }
  | { kind: 'advance'; ms: number }
  | { kind: 'kv'; device: number; key: number; force: boolean }
  | { kind: 'mute'; user: number; where: 'group' | 'chatroom'; on: boolean }
  | { kind: 'recall'; device: number };

export const USERS = 4;
export const DEVICES = 6;

const device = fc.integer({ min: 0, max: DEVICES - 1 });
const user = fc.integer({ min: 0, max: USERS - 1 });

export const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('send' as const), device, to: fc.constantFrom('private' as const, 'group' as const, 'designated' as const, 'chatroom' as const), target: user, burst: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.constantFrom(0, 10, 150, 1_000, 5_000, 20_000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('down' as const, 'up' as const), device }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('latency' as const), device, ms: fc.constantFrom(0, 20, 200, 3_000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('loss' as const), device, p: fc.constantFrom(0, 0.1, 0.5, 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('kick' as const, 'expireToken' as const), user }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('reconnect' as const, 'disconnect' as const), device }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('failNext' as const), operation: fc.constantFrom('sendMessage' as const, 'connect' as const, 'joinChatRoom' as const), user, times: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('outage' as const), ms: fc.constantFrom(500, 5_000, 20_000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('join' as const, 'leave' as const), device }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('kv' as const), device, key: fc.integer({ min: 0, max: 2 }), force: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('mute' as const), user, where: fc.constantFrom('group' as const, 'chatroom' as const), on: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('recall' as const), device }) },
);

export const scenarioArb = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  actions: fc.array(actionArb, { minLength: 20, maxLength: 80, size: 'max' }),
});
