import fc from 'fast-check';
import { RC, createWorld, type Device } from '../../index';
import { enumSizes } from '../../rongcloud/enums';
import { connectAs, record, sendText } from '../../testing/rn';
import type { ArgKind } from './args';
import { nativeMethodDefs, type NativeMethodDef } from './define';

/**
 * Junk at the bridge: every registered native method (read from the registry, so methods other areas add
 * are covered too) gets wrong types, missing and extra arguments, out-of-range enums, huge strings, NaN,
 * functions, BigInt, cycles and class instances, on Android and iOS, connected and before `create`. The
 * simulator must never throw, must answer a code, an object or null, or reject with a string `code`, must
 * leave the local database alone when it refuses, and must still work normally afterwards.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20240101);
// FUZZ_RUNS=200 npx jest fuzz digs deeper; the default keeps the suite at a few seconds.
const RUNS_PER_METHOD = Number(process.env.FUZZ_RUNS ?? 20);
const HUGE = 'x'.repeat(200_000);

class Gadget {
  readonly size = 3;
}
function cyclic(): Record<string, unknown> {
  const o: Record<string, unknown> = { messageType: 2, conversationType: 1, targetId: 'bob' };
  o.self = o;
  return o;
}

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308, -1, 0.5, HUGE, '', null, undefined),
  fc.func(fc.integer()),
  fc.bigInt(),
  fc.constant(Symbol('junk')),
  fc.constant(new Gadget()),
  fc.constant(new Date(0)),
  fc.constant(cyclic()),
  fc.constant([cyclic()]),
);

/** Mostly the right kind of value (so calls get past the bridge into the engine), sometimes junk. */
const saneOr = <T>(sane: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 5, arbitrary: sane }, { weight: 1, arbitrary: junk });

const ids = fc.constantFrom('', 'bob', 'fz-a', 'fz-i', 'g1', 'room-1', 'ug-1', 'nobody', 'AAAA-BBBB-CCCC-0001');
const str = fc.oneof({ weight: 4, arbitrary: ids }, { weight: 2, arbitrary: fc.string({ maxLength: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(HUGE, null) });
const num = fc.oneof(fc.integer({ min: -3, max: 60 }), fc.constantFrom(0, -1, 1e13, 1_704_067_200_000, 2 ** 31, 0.25, -0));
const enumOf = (name: keyof typeof enumSizes) => fc.integer({ min: -2, max: enumSizes[name] + 2 });
const strings = fc.array(str, { maxLength: 4 });
const stringRecord = fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(str.filter((s) => s !== null), fc.constant('v')), { maxKeys: 4 });

const simpleMessage = fc.record({
  conversationType: fc.integer({ min: 0, max: 5 }),
  messageType: fc.integer({ min: 0, max: 12 }),
  targetId: ids,
  channelId: fc.constant(''),
  text: fc.string({ maxLength: 5 }),
});

/** Values that cross the bridge fine but have the wrong type for the key they sit under. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5, max: 5 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1, values: [fc.string({ maxLength: 4 }), fc.integer()] }),
);

function saneKeys() {
  return {
    conversationType: fc.integer({ min: -1, max: 6 }),
    messageType: fc.integer({ min: -1, max: 13 }),
    targetId: ids,
    channelId: fc.constantFrom('', 'c1'),
    messageId: fc.integer({ min: -1, max: 40 }),
    messageUId: ids,
    sentTime: num,
    sentStatus: fc.integer({ min: -1, max: 7 }),
    receivedStatus: fc.integer({ min: -1, max: 6 }),
    direction: fc.integer({ min: -1, max: 2 }),
    senderUserId: ids,
    extra: str,
    expansion: fc.oneof(fc.constant(null), stringRecord),
    text: fc.oneof(fc.string({ maxLength: 10 }), fc.constant(HUGE)),
    local: fc.constantFrom('', '/sdcard/a.jpg', 'file:///x/b.mp4'),
    remote: fc.constantFrom('', 'https://files.imsim.invalid/k/1/a.jpg', 'http://example.com/x'),
    duration: fc.integer({ min: -1, max: 200 }),
    name: str,
    data: str,
    identifier: str,
    policy: fc.integer({ min: -1, max: 4 }),
    fields: stringRecord,
    referenceMessage: simpleMessage,
    originalMessage: simpleMessage,
    mentionedInfo: fc.record({ type: fc.integer({ min: 0, max: 2 }), userIdList: strings, mentionedContent: str }),
    userInfo: fc.record({ userId: ids, name: str, portrait: str }),
    pushOptions: fc.record({ disableNotification: fc.boolean(), pushTitle: str }),
    groupReadReceiptInfo: fc.record({ readReceiptMessage: fc.boolean(), hasRespond: fc.boolean(), respondUserIds: fc.dictionary(fc.string({ maxLength: 4 }), num) }),
  };
}

const saneMessage = fc.record(saneKeys(), { requiredKeys: ['conversationType', 'messageType', 'targetId'] });

/** Where a wrong-typed value goes: a key of the message, or a key of one of its nested objects. */
const spoilPaths = [
  ...Object.keys(saneKeys()),
  'mentionedInfo.type', 'mentionedInfo.userIdList', 'mentionedInfo.mentionedContent',
  'userInfo.userId', 'userInfo.name', 'pushOptions.pushTitle', 'pushOptions.disableNotification',
  'groupReadReceiptInfo.readReceiptMessage', 'groupReadReceiptInfo.hasRespond', 'groupReadReceiptInfo.respondUserIds',
  'expansion.k', 'fields.k', 'referenceMessage.messageType', 'referenceMessage.targetId', 'referenceMessage.text', 'originalMessage.messageType',
];

/** Puts one to three wrong-typed values in an otherwise sane message (creating the nested object if needed). */
const spoiled = fc.tuple(saneMessage, fc.array(fc.tuple(fc.constantFrom(...spoilPaths), wrongType), { minLength: 1, maxLength: 3 })).map(([m, spoils]) => {
  const out: Record<string, unknown> = { ...m };
  for (const [path, bad] of spoils) {
    const [key, inner] = path.split('.');
    if (inner === undefined) out[key] = bad;
    else {
      const parent = out[key];
      out[key] = { ...(parent && typeof parent === 'object' && !Array.isArray(parent) ? parent : {}), [inner]: bad };
    }
  }
  return out;
});

const message: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: saneMessage }, { weight: 3, arbitrary: spoiled }, { weight: 1, arbitrary: junk });

function arbitraryOf(kind: ArgKind): fc.Arbitrary<unknown> {
  if (typeof kind === 'object') return 'enum' in kind ? saneOr(enumOf(kind.enum)) : saneOr(fc.array(enumOf(kind.enumArray), { maxLength: 4 }));
  switch (kind) {
    case 'string': return saneOr(str);
    case 'number': return saneOr(num);
    case 'boolean': return saneOr(fc.boolean());
    case 'object': return saneOr(fc.oneof(fc.constant(null), fc.object({ maxDepth: 1 })));
    case 'stringRecord': return saneOr(stringRecord);
    case 'message': return message;
    case 'messages': return saneOr(fc.array(message, { maxLength: 3 }));
    case 'stringArray': return saneOr(strings);
  }
}

/** The argument list: the method's own kinds, then one of a few ways to break it, then maybe an eventId. */
function argumentLists(def: NativeMethodDef): fc.Arbitrary<unknown[]> {
  const own = fc.tuple(...def.args.map(([, kind]) => arbitraryOf(kind))) as fc.Arbitrary<unknown[]>;
  const broken = fc.oneof(
    { weight: 3, arbitrary: own },
    { weight: 1, arbitrary: fc.tuple(own, fc.nat(), junk).map(([a, i, j]) => a.map((v, k) => (k === i % Math.max(1, a.length) ? j : v))) },
    { weight: 1, arbitrary: fc.tuple(own, fc.nat()).map(([a, n]) => a.slice(0, n % (a.length + 1))) },
    { weight: 1, arbitrary: fc.array(junk, { maxLength: def.args.length + 3 }) },
  );
  const tail = fc.oneof({ weight: 4, arbitrary: fc.constant(['fuzz-event']) }, { weight: 1, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(junk, { minLength: 1, maxLength: 3 }) });
  return fc.tuple(broken, tail).map(([args, rest]) => [...args, ...rest]);
}

/**
 * What the wrapper's logger needs of everything native hands to JS: JSON without loss or crash. Returns
 * the path of the first value that is not, or null.
 */
function unsafePath(value: unknown, path = 'value', seen = new Set<object>()): string | null {
  switch (typeof value) {
    case 'function':
    case 'symbol':
    case 'bigint':
    case 'undefined':
      return `${path} (${typeof value})`;
    case 'number':
      return Number.isFinite(value) ? null : `${path} (${value})`;
    case 'object': {
      if (value === null) return null;
      if (seen.has(value)) return `${path} (cycle)`;
      const proto = Object.getPrototypeOf(value);
      // Any realm's Object.prototype will do (the one jest's vm context has, or Node's own).
      if (!Array.isArray(value) && proto !== null && Object.getPrototypeOf(proto) !== null) return `${path} (${proto?.constructor?.name ?? 'instance'})`;
      seen.add(value);
      for (const [k, v] of Object.entries(value)) {
        const bad = unsafePath(v, `${path}.${k}`, seen);
        if (bad) return bad;
      }
      seen.delete(value);
      return null;
    }
    default:
      return null;
  }
}
const jsonSafe = (value: unknown) => unsafePath(value) === null;

type Outcome = { threw: unknown } | { resolved: unknown } | { rejected: unknown };

async function callNative(device: Device, method: string, args: unknown[]): Promise<Outcome> {
  let returned: unknown;
  try {
    returned = device.rn.native[method](...args);
  } catch (threw) {
    return { threw };
  }
  if (!(returned instanceof Promise)) return { threw: new Error(`${method} returned ${String(returned)} instead of a promise`) };
  return returned.then((resolved) => ({ resolved }), (rejected) => ({ rejected }));
}

function checkOutcome(method: string, outcome: Outcome): void {
  if ('threw' in outcome) throw new Error(`${method} threw synchronously: ${String(outcome.threw)}`);
  if ('rejected' in outcome) {
    const error = outcome.rejected as { code?: unknown };
    if (!(error instanceof Error) || typeof error.code !== 'string') throw new Error(`${method} rejected without an Error carrying a string code: ${String(error)}`);
    return;
  }
  const value = outcome.resolved;
  const ok = (typeof value === 'number' && Number.isInteger(value)) || value === null || (typeof value === 'object' && jsonSafe(value));
  if (!ok) throw new Error(`${method} resolved ${typeof value === 'object' ? `an object with ${unsafePath(value)}` : String(value)}`);
}

/** A cheap fingerprint of a device's database (no allocation per row): what a refused call must not change. */
function fingerprint(device: Device): string {
  const engine = device.engine;
  if (!engine || !engine.hasStore) return 'no database';
  const store = engine.store;
  let rows = 0;
  for (const m of store.messages.values()) rows = (rows * 31 + m.messageId * 7 + Number(m.sentStatus) * 3 + Number(m.receivedStatus) + m.messageUId.length) % 1_000_000_007;
  let conversations = 0;
  for (const c of store.conversations.values()) {
    conversations = (conversations * 31 + c.unreadCount * 7 + c.mentionedCount * 5 + c.lastMessageId * 3 + c.notificationLevel + c.draft.length + (c.top ? 11 : 0) + (c.hidden ? 13 : 0) + (c.blocked ? 17 : 0)) % 1_000_000_007;
  }
  return `${store.messages.size}/${rows}/${store.conversations.size}/${conversations}`;
}

/** fast-check's report, with the huge strings cut short so a failure stays readable. */
function report<T>(details: fc.RunDetails<T>): void {
  const message = fc.defaultReportMessage(details);
  if (message === undefined) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${cause}\n${message}`.replace(/(.)\1{60,}/g, (run, c: string) => `${c.repeat(8)}…(${run.length} chars)`));
}

const refused = (outcome: Outcome) => 'rejected' in outcome || ('resolved' in outcome && typeof outcome.resolved === 'number' && outcome.resolved !== 0);

describe('RN native: junk at the bridge', () => {
  const world = createWorld({ seed: 99 });
  const connected = [world.device({ id: 'fz-android', platform: 'android' }), world.device({ id: 'fz-ios', platform: 'ios' })];
  const users = ['fz-a', 'fz-i'];
  const bare = [world.device({ id: 'bare-android', platform: 'android' }), world.device({ id: 'bare-ios', platform: 'ios' })];
  const methods = [...nativeMethodDefs.keys()].sort();

  beforeAll(async () => {
    world.server.createGroup('g1', ['fz-a', 'fz-i', 'bob']);
    for (let i = 0; i < connected.length; i++) await connectAs(world, connected[i], users[i]);
  });

  test('the registry has the methods of this area', () => {
    expect(methods).toEqual(expect.arrayContaining(['connect', 'sendMessage', 'sendMediaMessage', 'cancelSendingMediaMessage', 'downloadMediaMessage', 'cancelDownloadingMediaMessage']));
  });

  test.each(methods)('%s never throws and refuses without side effects', async (method) => {
    const def = nativeMethodDefs.get(method)!;
    await fc.assert(
      fc.asyncProperty(argumentLists(def), async (args) => {
        for (let i = 0; i < connected.length; i++) if (!connected[i].engine?.connected) await connectAs(world, connected[i], users[i]);
        for (const device of [...connected, ...bare]) {
          if (!(method in device.rn.native)) continue; // setDeviceToken exists on iOS only
          const before = fingerprint(device);
          const logBefore = device.log.all().length;
          const outcome = await callNative(device, method, args);
          checkOutcome(method, outcome);
          await world.settle();
          if (refused(outcome) && fingerprint(device) !== before) throw new Error(`${method} was refused on ${device.id} but changed its database`);
          // The facade answers -103 when a method throws inside the simulator: that is a simulator bug.
          const internal = device.log.all().slice(logBefore).filter((e) => e.kind === 'note' && e.name.startsWith('internal error'));
          if (internal.length > 0) throw new Error(`${method} on ${device.id}: ${JSON.stringify(internal[0].data)}`);
          if (device.engine === null && !('rejected' in outcome)) throw new Error(`${method} before create did not reject`);
        }
        await world.clock.advance(250);
      }),
      { seed: SEED + methods.indexOf(method), numRuns: RUNS_PER_METHOD, endOnFailure: true, reporter: report },
    );
    expect(world.takeErrors()).toEqual([]);
  });

  test('create and destroy take junk too: only Android create throws, as a void bridge method does', async () => {
    const createArgs = fc.array(saneOr(fc.oneof(fc.constant('imsim-app-key'), fc.constant({}), fc.constant(null), fc.record({ kickReconnectDevice: fc.boolean() }))), { maxLength: 3 });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(createArgs, async (args) => {
        for (const platform of ['android', 'ios'] as const) {
          const device = world.device({ id: `create-${platform}-${++n}`, platform });
          const options = args[1];
          const plainOptions = typeof options === 'object' && options !== null && !Array.isArray(options) && [Object.prototype, null].includes(Object.getPrototypeOf(options));
          const valid = typeof args[0] === 'string' && (options === undefined || options === null || plainOptions);
          let returned: unknown;
          try {
            returned = device.rn.native.create(...args);
          } catch (error) {
            if (platform !== 'android' || valid) throw error;
            if (typeof (error as { code?: unknown }).code !== 'string') throw error;
            continue;
          }
          if (platform === 'android') {
            if (returned !== undefined || !valid) throw new Error(`android create returned ${typeof returned} for ${valid ? 'valid' : 'invalid'} arguments`);
          } else {
            if (!(returned instanceof Promise)) throw new Error(`iOS create returned ${String(returned)} instead of a promise`);
            checkOutcome('create', await returned.then((resolved) => ({ resolved }), (rejected) => ({ rejected })));
            if (valid !== (device.engine !== null)) throw new Error('iOS create made an engine from bad arguments, or none from good ones');
          }
          checkOutcome('destroy', await callNative(device, 'destroy', [...args, () => 1]));
          if (device.engine !== null) throw new Error('destroy left an engine');
        }
        await world.settle();
      }),
      { seed: SEED, numRuns: 40, reporter: report },
    );
  });

  test('every event the fuzzing produced was JSON-safe, and per-call events echoed a string eventId', () => {
    const events = [...connected, ...bare].flatMap((d) => d.log.filter('event'));
    expect(events.length).toBeGreaterThan(50);
    expect(events.filter((e) => !jsonSafe(e.data)).map((e) => `${e.name}: ${unsafePath(e.data)}`)).toEqual([]);
    const perCall = events.filter((e) => !e.name.startsWith('IRCIMIWListener:'));
    expect(perCall.filter((e) => typeof (e.data as { eventId?: unknown }).eventId !== 'string').map((e) => e.name)).toEqual([]);
  });

  test('afterwards the same world still works: connect two users, send and receive, and the rate limit counts right', async () => {
    const alice = world.device({ id: 'after-alice' });
    const bob = world.device({ id: 'after-bob', platform: 'ios' });
    expect((await connectAs(world, alice, 'after-alice')).code).toBe(0);
    expect((await connectAs(world, bob, 'after-bob')).code).toBe(0);
    const inbox = record(bob, ['IRCIMIWListener:onMessageReceived']);
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await sendText(world, alice, 1, 'after-bob', `m${i}`)).events.onMessageSent[0].code);
    expect(codes).toEqual([0, 0, 0, 0, 0, RC.SEND_MSG_FREQUENCY_OVERRUN]);
    expect(inbox.map((e) => e.data.message.text)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    await world.clock.advance(1_000);
    expect((await sendText(world, alice, 1, 'after-bob', 'again')).events.onMessageSent[0].code).toBe(0);
    expect(world.takeErrors()).toEqual([]);
  });
});

describe('RN native: bad message maps, by example', () => {
  async function phones() {
    const world = createWorld();
    const android = world.device({ id: 'android', platform: 'android' });
    const ios = world.device({ id: 'ios', platform: 'ios' });
    await connectAs(world, android, 'alice');
    await connectAs(world, ios, 'bob');
    return { world, android, ios };
  }
  const text = (targetId: string, extra: Record<string, unknown>) => ({ conversationType: 1, messageType: 2, targetId, channelId: '', text: 'hi', ...extra });

  test.each([
    ['a number where the converter reads a string', { senderUserId: 5 }, 'message key senderUserId must be a string'],
    ['a string where it reads a number', { sentTime: '12' }, 'message key sentTime must be a number'],
    ['an expansion with a non-string value', { expansion: { k: 1 } }, 'message key expansion must be a plain object of strings'],
    ['a mentionedInfo whose userIdList is not a list', { mentionedInfo: { type: 1, userIdList: 'bob' } }, 'mentionedInfo.userIdList must be an array of strings'],
    ['a userInfo that is not an object', { userInfo: 'bob' }, 'message key userInfo must be an object'],
    ['a quoted message with a bad key', { messageType: 9, referenceMessage: { messageType: 2, conversationType: 1, targetId: 'x', sentTime: 'soon' } }, 'message key sentTime must be a number'],
  ])('%s cannot cross the bridge: rejected, nothing stored', async (_what, extra, reason) => {
    const { world, android, ios } = await phones();
    for (const [device, peer] of [[android, 'bob'], [ios, 'alice']] as const) {
      await expect(device.rn.native.sendMessage(text(peer, extra), 'e')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining(reason) });
      await world.settle();
      expect(device.engine!.store.messages.size).toBe(0);
    }
  });

  test('content keys of other types are not read, so their types do not matter', async () => {
    const { world, android } = await phones();
    await expect(android.rn.native.sendMessage(text('bob', { duration: 'long', local: 7 }), 'e')).resolves.toBe(0);
    await world.settle();
    expect(android.engine!.store.messages.size).toBe(1);
  });

  test('an out-of-range status rejects on Android and clamps to the last member on iOS, like enum arguments', async () => {
    const { world, android, ios } = await phones();
    const message = (peer: string) => text(peer, { receivedStatus: 42 });
    await expect(android.rn.native.sendMessage(message('bob'), 'e')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('receivedStatus') });
    expect(android.engine!.store.messages.size).toBe(0);
    await expect(ios.rn.native.sendMessage(message('alice'), 'e')).resolves.toBe(0);
    await world.settle();
    expect([...ios.engine!.store.messages.values()].map((m) => m.receivedStatus)).toEqual([5]); // MULTIPLE_RECEIVE
  });

  test('a message native handed out crosses the bridge again: quoting a received message with userInfo and mentions', async () => {
    const { world, android, ios } = await phones();
    world.server.createGroup('g1', ['alice', 'bob']);
    const inbox = record(ios, ['IRCIMIWListener:onMessageReceived']);
    const original = (await android.rn.native.createTextMessage(2, 'g1', '', '@bob look')) as Record<string, unknown>;
    const withExtras = { ...original, userInfo: { userId: 'alice', name: 'Alice', portrait: '' }, mentionedInfo: { type: 1, userIdList: ['bob'], mentionedContent: '' } };
    await expect(android.rn.native.sendMessage(withExtras, 'e1')).resolves.toBe(0);
    await world.settle();
    const received = inbox[0].data.message;
    expect(received).toMatchObject({ userInfo: { name: 'Alice' }, mentionedInfo: { userIdList: ['bob'] } });
    const reply = await ios.rn.native.createReferenceMessage(2, 'g1', '', received, 'seen');
    expect(reply).toMatchObject({ referenceMessage: { userInfo: { name: 'Alice' } } });
    await expect(ios.rn.native.sendMessage(reply, 'e2')).resolves.toBe(0);
    await expect(ios.rn.native.sendMessage({ ...received, conversationType: 2, targetId: 'g1', messageId: 0 }, 'e3')).resolves.toBe(0);
    await world.settle();
    expect(world.takeErrors()).toEqual([]);
  });

  test('a mention without a userIdList (an @all) is sent and received', async () => {
    const { world, android, ios } = await phones();
    world.server.createGroup('g1', ['alice', 'bob']);
    const inbox = record(ios, ['IRCIMIWListener:onMessageReceived']);
    const all = { conversationType: 2, messageType: 2, targetId: 'g1', channelId: '', text: '@all', mentionedInfo: { type: 0 } };
    await expect(android.rn.native.sendMessage(all, 'e')).resolves.toBe(0);
    await world.settle();
    expect(inbox[0].data.message.mentionedInfo).toEqual({ type: 0, userIdList: [] });
    expect(ios.engine!.store.conversation(2, 'g1', '')!.mentionedCount).toBe(1);
  });
});
