// Domain-aware arguments for a method, from its parameter contracts and documented limits: real user,
// group and chatroom ids, conversation types that match their target, messages the simulator really made
// (see fixture.ts), values inside each @limit, its boundaries, and now and then a value just outside it or
// otherwise invalid (INVALID type, empty targetId, a message without messageType) that native must refuse.
import fc from 'fast-check';
import type { LimitFact, MethodContract, ParamContract } from '../contract-types';
import type { Template } from './fixture';
import type { SdkContracts } from './sdk';
import { keyArb, zodArbitrary } from './zod-arbitrary';

type Arb = fc.Arbitrary<unknown>;

/** Mostly valid values, sometimes boundary ones, rarely invalid ones. */
function mix(valid: Arb, boundary?: Arb, invalid?: Arb): Arb {
  const parts: Array<fc.WeightedArbitrary<unknown>> = [{ weight: 8, arbitrary: valid }];
  if (boundary) parts.push({ weight: 2, arbitrary: boundary });
  if (invalid) parts.push({ weight: 1, arbitrary: invalid });
  return parts.length === 1 ? valid : fc.oneof(...parts);
}

const clone = <T>(v: T): T => structuredClone(v);
const fresh = <T>(...values: T[]): fc.Arbitrary<T> => fc.constantFrom(...values).map(clone);

const CONVERSATIONS: Array<[number, string]> = [[1, 'bob'], [1, 'carol'], [2, 'g1'], [3, 'room1'], [4, 'system'], [5, 'ug1']];
const USERS = ['bob', 'carol', 'alice'];
const chatKey = fc.stringMatching(/^[A-Za-z0-9+=_-]{1,16}$/);

function limitsOf(m: MethodContract, p: ParamContract): LimitFact[] {
  return m.limits.filter((l) => l.param === p.name);
}

function numberArb(m: MethodContract, p: ParamContract, t: Template, limits: LimitFact[]): Arb {
  const range = limits.find((l) => l.kind === 'range');
  if (range && range.min !== undefined && range.max !== undefined) {
    return mix(fc.integer({ min: range.min, max: Math.min(range.max, Number.MAX_SAFE_INTEGER) }), fc.constantFrom(range.min, range.max), fc.constantFrom(range.min - 1, range.max + 1));
  }
  const ids = [t.messages.sent.messageId, t.messages.received.messageId, t.messages.sentGroup.messageId] as number[];
  switch (p.name) {
    case 'messageId':
      return mix(fc.constantFrom(...ids), undefined, fc.constantFrom(0, -1, 987654));
    case 'count':
      return mix(fc.integer({ min: 1, max: 20 }), undefined, fc.constant(0));
    case 'timestamp':
    case 'sentTime':
    case 'startTime':
    case 'endTime':
      return fc.constantFrom(0, t.now, t.now - 60_000, t.now + 60_000);
    case 'offset':
      return fc.integer({ min: 0, max: 5 });
    case 'duration':
      return mix(fc.integer({ min: 1, max: 60 }), undefined, fc.constant(0));
    case 'timeout':
      return fc.constantFrom(0, 0, 5);
    case 'longitude':
      return fc.double({ min: -180, max: 180, noNaN: true });
    case 'latitude':
      return fc.double({ min: -90, max: 90, noNaN: true });
    default:
      return fc.integer({ min: 0, max: 100 });
  }
}

function stringArb(m: MethodContract, p: ParamContract, t: Template, limits: LimitFact[]): Arb {
  const pattern = limits.find((l) => l.kind === 'pattern');
  const length = limits.find((l) => l.kind === 'length');
  if (p.name === 'key') {
    const max = length?.max ?? 128;
    return mix(chatKey, fc.constant('k'.repeat(max)), fc.constantFrom('', 'k'.repeat(max + 1), 'bad key!'));
  }
  if (pattern && p.name === 'startTime') {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    return mix(fc.tuple(two(23), two(59), two(59)).map((x) => x.join(':')), fc.constant('00:00:00'), fc.constantFrom('24:00:00', '9:00', ''));
  }
  switch (p.name) {
    case 'targetId':
      if (/ChatRoom/.test(m.name)) return mix(fc.constantFrom('room1', 'room2'), undefined, fc.constant(''));
      if (/UltraGroup/.test(m.name)) return mix(fc.constantFrom('ug1'), undefined, fc.constant(''));
      return mix(fc.constantFrom('bob', 'g1', 'carol'), undefined, fc.constant(''));
    case 'channelId':
      return mix(fc.constant(''), fc.constant('ch1'), length?.max !== undefined ? fc.constant('c'.repeat(length.max + 1)) : undefined);
    case 'userId':
      return mix(fc.constantFrom(...USERS), undefined, fc.constant(''));
    case 'messageUId':
      return mix(fc.constantFrom(t.messages.sent.messageUId, t.messages.received.messageUId, t.messages.sentGroup.messageUId) as Arb, fc.constant('AAAA-BBBB-CCCC-DDDD'), fc.constant(''));
    case 'token':
      return mix(fc.constant(t.token), undefined, fc.constantFrom('not-a-token', ''));
    case 'appKey':
      return fc.constant(t.appKey);
    case 'path':
    case 'thumbnailPath':
      return mix(fc.constantFrom('/sdcard/DCIM/photo.jpg', '/sdcard/Download/report.pdf'), undefined, fc.constant(''));
    case 'value':
      return mix(fc.string({ maxLength: 12 }), length?.max !== undefined ? fc.constant('v'.repeat(length.max)) : undefined, length?.max !== undefined ? fc.constant('v'.repeat(length.max + 1)) : undefined);
    case 'language':
      return fc.constantFrom('zh_CN', 'en_US', 'ar_SA');
    case 'messageIdentifier':
      return mix(fc.constantFrom('app:custom', 'app:poll'), undefined, fc.constant(''));
    case 'deviceToken':
      return fc.constantFrom('device-token-1', '');
    default:
      return fc.string({ maxLength: 12 });
  }
}

function messageArb(t: Template, type: string): Arb {
  const m = t.messages;
  const { messageType: _dropped, ...untyped } = m.created;
  const invalid = fc.constantFrom<Record<string, unknown>>(untyped, { ...m.created, conversationType: 0 }, { ...m.created, targetId: '' }).map(clone);
  if (type === 'RCIMIWMediaMessage') return mix(fresh(m.createdMedia), undefined, invalid);
  return mix(fresh(m.created, m.sent, m.sentGroup, m.received, m.createdMedia), undefined, invalid);
}

function itemsLimit(limits: LimitFact[]): number | undefined {
  return limits.find((l) => l.kind === 'items')?.max;
}

/** Arrays within the items limit, sometimes one over it. */
function arrayOf(item: Arb, limits: LimitFact[], fallbackMax = 3): Arb {
  const max = itemsLimit(limits);
  const valid = fc.array(item, { minLength: 1, maxLength: Math.min(max ?? fallbackMax, fallbackMax) });
  return max === undefined ? valid : mix(valid, fc.array(item, { minLength: max, maxLength: max }), fc.array(item, { minLength: max + 1, maxLength: max + 1 }));
}

function paramArb(sdk: SdkContracts, m: MethodContract, p: ParamContract, t: Template): Arb {
  const limits = limitsOf(m, p);
  const enumValues = (name: string) => Object.values(sdk.enums[name] ?? {});
  if (p.isMap) {
    const key = /ChatRoom/.test(m.name) ? chatKey : keyArb;
    return arrayOf(fc.tuple(key, fc.string({ maxLength: 8 })), limits).map((entries) => new Map(entries as Array<[string, string]>));
  }
  if (sdk.enums[p.type]) {
    const values = enumValues(p.type);
    // Out of range: Android's bridge throws (a rejected promise), iOS clamps.
    return mix(fc.constantFrom(...values), undefined, fc.constant(values.length));
  }
  if (p.type.endsWith('[]') && sdk.enums[p.type.slice(0, -2)]) {
    return fc.subarray(enumValues(p.type.slice(0, -2)), { minLength: 1 });
  }
  switch (p.type) {
    case 'number':
      return numberArb(m, p, t, limits);
    case 'string':
      return stringArb(m, p, t, limits);
    case 'boolean':
      return fc.boolean();
    case 'string[]':
      return p.name === 'userIds' ? fc.subarray(['bob', 'carol'], { minLength: 1 }) : arrayOf(chatKey, limits);
    case 'RCIMIWEngineOptions':
      return fc.constantFrom({}, { kickReconnectDevice: true }).map(clone);
    case 'RCIMIWMessage[]':
      return arrayOf(messageArb(t, 'RCIMIWMessage'), limits);
  }
  if (/^RCIMIW\w*Message$/.test(p.type)) return messageArb(t, p.type);
  return zodArbitrary(p.schema);
}

/** Value arguments of `m`, in order; `type` and `targetId` are drawn together so they match. */
export function domainArgs(sdk: SdkContracts, m: MethodContract, t: Template): fc.Arbitrary<unknown[]> {
  const params = m.params.filter((p) => p.kind === 'value');
  const iType = params.findIndex((p) => p.name === 'type' && p.type === 'RCIMIWConversationType');
  const iTarget = params.findIndex((p) => p.name === 'targetId');
  const arbs = params.map((p) => paramArb(sdk, m, p, t));
  if (iType < 0 || iTarget < 0) return fc.tuple(...arbs);
  const pair = mix(fc.constantFrom(...CONVERSATIONS), undefined, fc.constantFrom<[number, string]>([0, 'bob'], [1, ''])) as fc.Arbitrary<[number, string]>;
  return fc.tuple(pair, fc.tuple(...arbs)).map(([[type, target], rest]) => {
    const args = [...rest];
    args[iType] = type;
    args[iTarget] = target;
    return args;
  });
}
