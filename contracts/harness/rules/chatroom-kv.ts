// chatroom-kv: chatroom attributes through the wrapper against a model of the documented rules: a plain
// set or remove of a key someone else set fails with 23424 (forced ones succeed), removing a missing key
// 23427, a new key beyond 100 per room 23423, a batch over 10 entries 23429, a partly failed batch 23428
// with the failed keys, a malformed key or value is refused and changes nothing, a non-member gets 23406.
import fc from 'fast-check';
import { createWorld } from '../../../simulator';
import { same, show } from '../equality';
import { Violation } from '../violation';
import { call, connect, openApp, ruleCheck, settle, type App } from './app';

const RULE = 'chatroom-kv';
const ROOM = 'room1';
const C = { OK: 0, NOT_IN_ROOM: 23406, MAX_KEYS: 23423, NOT_OWNER: 23424, NO_KEY: 23427, PARTIAL: 23428, BATCH_TOO_BIG: 23429 };

type Who = 'alice' | 'bob';
type Op =
  | { op: 'set'; who: Who; key: string; value: string; overwrite: boolean }
  | { op: 'remove'; who: Who; key: string; force: boolean }
  | { op: 'batch'; who: Who; n: number; overwrite: boolean }
  | { op: 'bad'; who: Who; key: string; value: string }
  | { op: 'outsider'; key: string };

const who = fc.constantFrom<Who>('alice', 'bob');
const key = fc.constantFrom('k1', 'k2', 'b0', 'b1');
const value = fc.string({ minLength: 1, maxLength: 6 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('set' as const), who, key, value, overwrite: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('remove' as const), who, key, force: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('batch' as const), who, n: fc.integer({ min: 1, max: 12 }), overwrite: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('bad' as const), who, key: fc.constantFrom('', 'k'.repeat(129), 'bad key', 'k1'), value: fc.constantFrom('', 'v'.repeat(4097), 'ok') }).filter((o) => o.key !== 'k1' || o.value !== 'ok') },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('outsider' as const), key }) },
);

interface Entry {
  value: string;
  owner: string;
}

export const chatroomKv = ruleCheck(
  RULE,
  ['connect', 'joinChatRoom', 'addChatRoomEntry', 'addChatRoomEntries', 'removeChatRoomEntry'],
  15,
  fc.record({ prefill: fc.constantFrom(0, 0, 97, 99), ops: fc.array(opArb, { minLength: 1, maxLength: 8 }) }),
  async (ctx, { prefill, ops }) => {
    const world = createWorld({ seed: ctx.seed });
    const apps: Record<Who | 'carol', App> = {
      alice: openApp(world, ctx.load, 'alice-phone'),
      bob: openApp(world, ctx.load, 'bob-phone'),
      carol: openApp(world, ctx.load, 'carol-phone'),
    };
    for (const user of ['alice', 'bob', 'carol'] as const) {
      if ((await connect(world, apps[user], RULE, user)) !== 0) throw new Violation(RULE, `${user} could not connect`);
    }
    for (const user of ['alice', 'bob'] as const) {
      const joined = await call(world, apps[user], RULE, 'joinChatRoom', [ROOM, -1, true], ['onChatRoomJoined']);
      if (joined.onChatRoomJoined[0]?.[0] !== 0) throw new Violation(RULE, `${user} could not join ${ROOM}`, { actual: joined.onChatRoomJoined });
    }
    const model = new Map<string, Entry>();
    for (let i = 0; i < prefill; i++) {
      world.server.setChatRoomEntry(ROOM, `pre${i}`, 'v', { userId: 'server' });
      model.set(`pre${i}`, { value: 'v', owner: 'server' });
    }
    // Let the operations-per-second window of the prefill pass: that limit is not what is checked here.
    await settle(world, RULE, 1_000);
    const set = (user: string, k: string, v: string, overwrite: boolean): number => {
      const cur = model.get(k);
      if (cur && cur.owner !== user && !overwrite) return C.NOT_OWNER;
      if (!cur && model.size >= 100) return C.MAX_KEYS;
      model.set(k, { value: v, owner: user });
      return C.OK;
    };
    const done: string[] = [];
    for (const op of ops) {
      done.push(show(op));
      let expected: unknown;
      let actual: unknown;
      if (op.op === 'set') {
        expected = set(op.who, op.key, op.value, op.overwrite);
        actual = (await call(world, apps[op.who], RULE, 'addChatRoomEntry', [ROOM, op.key, op.value, false, op.overwrite], ['onChatRoomEntryAdded'])).onChatRoomEntryAdded.map((a) => a[0]);
        expected = [expected];
      } else if (op.op === 'remove') {
        const cur = model.get(op.key);
        const code = !cur ? C.NO_KEY : cur.owner !== op.who && !op.force ? C.NOT_OWNER : C.OK;
        if (code === C.OK) model.delete(op.key);
        expected = [code];
        actual = (await call(world, apps[op.who], RULE, 'removeChatRoomEntry', [ROOM, op.key, op.force], ['onChatRoomEntryRemoved'])).onChatRoomEntryRemoved.map((a) => a[0]);
      } else if (op.op === 'batch') {
        const entries = new Map(Array.from({ length: op.n }, (_, i) => [`b${i}`, `v${i}`] as [string, string]));
        let code = C.BATCH_TOO_BIG;
        const errors: Record<string, number> = {};
        if (op.n <= 10) {
          for (const [k, v] of entries) {
            const c = set(op.who, k, v, op.overwrite);
            if (c !== C.OK) errors[k] = c;
          }
          code = Object.keys(errors).length ? C.PARTIAL : C.OK;
        }
        const got = (await call(world, apps[op.who], RULE, 'addChatRoomEntries', [ROOM, entries, false, op.overwrite], ['onChatRoomEntriesAdded'])).onChatRoomEntriesAdded;
        expected = [[code, code === C.PARTIAL ? errors : undefined]];
        actual = got.map(([c, e]) => [c, c === C.PARTIAL ? e : undefined]);
      } else if (op.op === 'bad') {
        // Refused either at once (-101) or through the callback (an IMLib parameter code).
        const answer = await call(world, apps[op.who], RULE, 'addChatRoomEntry', [ROOM, op.key, op.value, false, true], ['onChatRoomEntryAdded']);
        const got = answer.onChatRoomEntryAdded;
        expected = ['refused'];
        const refused = answer.$code !== 0 ? got.length === 0 : got.length === 1 && got[0][0] !== 0;
        actual = refused ? ['refused'] : { immediate: answer.$code, callbacks: got };
      } else {
        expected = [C.NOT_IN_ROOM];
        actual = (await call(world, apps.carol, RULE, 'addChatRoomEntry', [ROOM, op.key, 'x', false, true], ['onChatRoomEntryAdded'])).onChatRoomEntryAdded.map((a) => a[0]);
      }
      if (!same(actual, expected)) throw new Violation(RULE, `after ${done.join('; ')}: the callback's code differs from the documented KV rules`, { expected, actual });
      await settle(world, RULE, 100);
    }
    const want = Object.fromEntries([...model].map(([k, e]) => [k, e.value]));
    const held = world.server.chatRoomEntries(ROOM);
    if (!same(sorted(held), sorted(want))) throw new Violation(RULE, `after ${done.join('; ')}: the room's attributes differ from the model`, { expected: want, actual: held });
  },
);

const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
