import { enumSizes, type EnumName } from '../../rongcloud/enums';
import { contentKeys } from '../../rongcloud/message';

/**
 * Argument kinds of the RN native methods, and how the fake bridge checks them.
 *
 * Two kinds of bad input, answered the way a device answers them:
 * - a value the bridge cannot convert (wrong JS type, missing argument, function, BigInt, cycle) makes the
 *   real bridge throw; the simulator rejects the promise with code `INVALID_ARGUMENT` and a clear message;
 * - a convertible but invalid value (empty targetId, INVALID conversation type, count out of range, a
 *   message without `messageType`) is the engine's business: it answers `-101` (checked in the methods).
 */
export type ArgKind =
  | 'string' // string or null (the bridge passes null strings through)
  | 'number'
  | 'boolean'
  | 'object' // plain object or null
  | 'stringRecord' // plain object of string values (converted Maps)
  | 'message'
  | 'messages'
  | 'stringArray'
  | { enum: EnumName }
  | { enumArray: EnumName };

export class BridgeArgumentError extends Error {
  readonly code = 'INVALID_ARGUMENT';
}

export type Platform = 'android' | 'ios' | 'web' | 'miniprogram';

/** `RCReactNativeIM.sendMessage: argument 1 (message)`, made once per method and argument, not per call. */
const argumentNames = new Map<string, string[]>();
function argumentName(method: string, index: number, name: string): string {
  let names = argumentNames.get(method);
  if (!names) argumentNames.set(method, (names = []));
  return (names[index] ??= `RCReactNativeIM.${method}: argument ${index + 1} (${name})`);
}

/** Checks one argument; returns the value to use (iOS clamps out-of-range enums) or throws BridgeArgumentError. */
export function checkArg(method: string, index: number, name: string, kind: ArgKind, value: unknown, platform: Platform): unknown {
  const where = argumentName(method, index, name);
  if (value === undefined) failArg(where, typeof kind === 'string' ? `a ${kind}` : 'an enum ordinal', value);
  if (typeof kind === 'object') {
    if ('enum' in kind) return enumOrFail(kind.enum, value, platform, where, null);
    if (!Array.isArray(value)) return failArg(where, `an array of ${kind.enumArray} ordinals`, value);
    return value.map((v) => enumOrFail(kind.enumArray, v, platform, where, null));
  }
  switch (kind) {
    case 'string':
      if (value !== null && typeof value !== 'string') failArg(where, 'a string', value);
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) failArg(where, 'a finite number', value);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') failArg(where, 'a boolean', value);
      return value;
    case 'object':
      if (value !== null && !isPlainObject(value)) failArg(where, 'an object', value);
      assertJsonSafe(where, value);
      return value;
    case 'message':
      if (value !== null && !isPlainObject(value)) failArg(where, 'an object', value);
      assertJsonSafe(where, value);
      return value === null ? value : checkMessageKeys(where, value as Record<string, unknown>, platform);
    case 'stringRecord':
      if (!isPlainObject(value)) failArg(where, 'a plain object of strings (a converted Map)', value);
      for (const v of Object.values(value as object)) if (typeof v !== 'string') failArg(where, 'a plain object of strings', value);
      return value;
    case 'messages':
      if (!Array.isArray(value)) failArg(where, 'an array of messages', value);
      for (const m of value as unknown[]) if (m !== null && !isPlainObject(m)) failArg(where, 'an array of message objects', value);
      assertJsonSafe(where, value);
      return checkMessageList(where, value as unknown[], platform);
    case 'stringArray':
      if (!Array.isArray(value)) failArg(where, 'an array of strings', value);
      for (const v of value as unknown[]) if (typeof v !== 'string') failArg(where, 'an array of strings', value);
      return value;
  }
}

/** An enum ordinal as the bridge reads it, or a BridgeArgumentError about argument `where` (or its message `key`). */
function enumOrFail(name: EnumName, value: unknown, platform: Platform, where: string, key: string | null): number {
  const size = enumSizes[name];
  let expected: string;
  if (typeof value !== 'number' || !Number.isInteger(value)) expected = `a ${name} ordinal (integer)`;
  else if (value >= 0 && value < size) return value;
  // iOS's ArgumentAdapter clamps to the last member; Android's Enum.values()[i] throws inside the bridge.
  else if (platform === 'ios') return size - 1;
  else expected = `a ${name} ordinal in 0..${size - 1}`;
  return key === null ? failArg(where, expected, value) : failKey(where, key, expected, value);
}

// Failures are plain functions, not closures: the checks run for every argument of every call.
function failArg(where: string, expected: string, value: unknown): never {
  throw new BridgeArgumentError(`${where} must be ${expected}, got ${describe(value)}`);
}

/*
 * The keys the native converter reads from a message map, by the type it reads them as (boundary §5.4).
 * Android's ReadableMap getters throw on a value of another type, inside the bridge call: such a message
 * cannot cross, like a function cannot. Content keys are read only for the message's own type, and null
 * means "not set". `conversationType` and `messageType` are not here: a map the converter cannot type
 * becomes no message at all, which the engine answers with -101.
 */
const messageKeyTypes: Record<string, 'string' | 'number' | 'boolean' | 'strings' | 'message' | { enum: EnumName }> = {
  targetId: 'string', channelId: 'string', messageUId: 'string', senderUserId: 'string', extra: 'string',
  messageId: 'number', sentTime: 'number', receivedTime: 'number',
  sentStatus: { enum: 'SentStatus' }, receivedStatus: { enum: 'ReceivedStatus' }, direction: { enum: 'MessageDirection' },
  expansion: 'strings',
  text: 'string', local: 'string', remote: 'string', thumbnailBase64String: 'string', name: 'string', fileType: 'string',
  identifier: 'string', poiName: 'string', thumbnailPath: 'string', data: 'string', rawData: 'string', objectName: 'string',
  duration: 'number', size: 'number', dataSize: 'number', width: 'number', height: 'number', longitude: 'number',
  latitude: 'number', recallTime: 'number', recallActionTime: 'number',
  original: 'boolean', admin: 'boolean', deleted: 'boolean',
  policy: { enum: 'CustomMessagePolicy' }, fields: 'strings',
  referenceMessage: 'message', originalMessage: 'message',
};
const nestedKeyTypes: Record<string, Record<string, 'string' | 'number' | 'boolean' | 'strings' | 'stringList' | 'numbers' | 'object' | { enum: EnumName }>> = {
  userInfo: { userId: 'string', name: 'string', alias: 'string', portrait: 'string', extra: 'string' },
  mentionedInfo: { type: { enum: 'MentionedType' }, userIdList: 'stringList', mentionedContent: 'string' },
  groupReadReceiptInfo: { readReceiptMessage: 'boolean', hasRespond: 'boolean', respondUserIds: 'numbers' },
  pushOptions: {
    disableNotification: 'boolean', voIPPush: 'boolean', disablePushTitle: 'boolean', forceShowDetailContent: 'boolean',
    pushTitle: 'string', pushData: 'string', pushContent: 'string', templateId: 'string', androidPushOptions: 'object', iOSPushOptions: 'object',
  },
};
const baseKeys = ['targetId', 'channelId', 'messageId', 'messageUId', 'sentTime', 'receivedTime', 'sentStatus', 'receivedStatus', 'senderUserId', 'direction', 'extra', 'expansion'];

function checkMessageList(where: string, list: unknown[], platform: Platform): unknown[] {
  let out = list;
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    const fixed = m === null ? m : checkMessageKeys(`${where}[${i}]`, m as Record<string, unknown>, platform);
    if (fixed !== m) {
      if (out === list) out = [...list];
      out[i] = fixed;
    }
  }
  return out;
}

type KeyKind = (typeof nestedKeyTypes)[string][string] | (typeof messageKeyTypes)[string];
// Precomputed once: every message sent crosses these checks, so they allocate nothing on the happy path.
const nestedKeyEntries = Object.entries(nestedKeyTypes).map(([key, spec]) => [key, Object.entries(spec)] as const);

type TypedKeys = ReadonlyArray<readonly [key: string, kind: KeyKind]>;
const typedKeys = (keys: readonly string[]): TypedKeys => keys.filter((key) => messageKeyTypes[key]).map((key) => [key, messageKeyTypes[key]] as const);
/** The typed keys the converter reads for each message type (base keys, then the type's content keys). */
const typedKeysByType = new Map<unknown, TypedKeys>(Object.entries(contentKeys).map(([type, keys]) => [Number(type), typedKeys([...baseKeys, ...keys])]));
const baseTypedKeys = typedKeys(baseKeys);

/** Checks a message map's typed keys (nested ones too); returns it, or on iOS a copy with enums clamped. */
function checkMessageKeys(where: string, message: Record<string, unknown>, platform: Platform, depth = 0): Record<string, unknown> {
  let out = message;
  const keys = typedKeysByType.get(message.messageType) ?? baseTypedKeys;
  for (let i = 0; i < keys.length; i++) {
    const [key, kind] = keys[i];
    const value = message[key];
    if (value === undefined || value === null) continue;
    const fixed = checkTyped(where, key, kind, value, platform, depth);
    if (fixed !== value) out = { ...out, [key]: fixed };
  }
  for (const [key, spec] of nestedKeyEntries) {
    const nested = message[key];
    if (nested === undefined || nested === null) continue;
    if (!isPlainObject(nested)) throw new BridgeArgumentError(`${where}: message key ${key} must be an object, got ${describe(nested)}`);
    let copy = nested;
    for (const [inner, kind] of spec) {
      const value = nested[inner];
      if (value === undefined || value === null) continue;
      const fixed = checkTyped(where, `${key}.${inner}`, kind, value, platform, -1);
      if (fixed !== value) copy = { ...copy, [inner]: fixed };
    }
    if (copy !== nested) out = { ...out, [key]: copy };
  }
  return out;
}

function failKey(where: string, key: string, expected: string, value: unknown): never {
  throw new BridgeArgumentError(`${where}: message key ${key} must be ${expected}, got ${describe(value)}`);
}

/** One typed key; `depth` -1 means a nested message is not followed (inside userInfo and the like). */
function checkTyped(where: string, key: string, kind: KeyKind, value: unknown, platform: Platform, depth: number): unknown {
  if (typeof kind === 'object') return enumOrFail(kind.enum, value, platform, where, key);
  switch (kind) {
    case 'string':
    case 'number':
    case 'boolean':
      if (typeof value !== kind) failKey(where, key, `a ${kind}`, value);
      return value;
    case 'strings':
    case 'numbers': {
      const want = kind === 'strings' ? 'string' : 'number';
      if (!isPlainObject(value)) failKey(where, key, `a plain object of ${want}s`, value);
      for (const k in value as Record<string, unknown>) if (typeof (value as Record<string, unknown>)[k] !== want) failKey(where, key, `a plain object of ${want}s`, value);
      return value;
    }
    case 'stringList':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) failKey(where, key, 'an array of strings', value);
      return value;
    case 'object':
      if (!isPlainObject(value)) failKey(where, key, 'an object', value);
      return value;
    case 'message':
      if (!isPlainObject(value)) failKey(where, key, 'a message object', value);
      return depth >= 0 && depth < 4 ? checkMessageKeys(where, value as Record<string, unknown>, platform, depth + 1) : value;
  }
}

const objectSource = Function.prototype.toString.call(Object);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return true;
  // A plain object of another realm: jest runs tests in a vm context, where Node's structuredClone (and
  // anything made outside the context) hands back objects whose Object.prototype is not the context's.
  // Without this, a received message with `userInfo` could not be quoted and sent back.
  const ctor = Object.getPrototypeOf(proto) === null ? (proto as { constructor?: unknown }).constructor : undefined;
  return typeof ctor === 'function' && Function.prototype.toString.call(ctor) === objectSource;
}

/** The bridge serialises arguments: functions, symbols, BigInt, cycles and class instances cannot cross. */
function assertJsonSafe(where: string, value: unknown): void {
  // Runs on every message sent: plain recursion over two stacks reused from call to call (no closures, no
  // Set); the path is built only to report a failure. A walk inside a walk (a Proxy's trap calling the
  // bridge) gets stacks of its own.
  const reuse = !walking;
  const keys = reuse ? sharedKeys : [];
  const ancestors = reuse ? sharedAncestors : [];
  walking = true;
  try {
    walkJson(where, value, keys, ancestors);
  } finally {
    if (reuse) {
      walking = false;
      // A walk leaves both stacks empty unless it failed. Setting length = 0 drops an array's storage
      // even when it is already empty, so the stacks would be reallocated on every message sent.
      if (sharedKeys.length !== 0) sharedKeys.length = 0;
      if (sharedAncestors.length !== 0) sharedAncestors.length = 0;
    }
  }
}

let walking = false;
const sharedKeys: Array<string | number> = [];
const sharedAncestors: object[] = [];

function walkJson(where: string, v: unknown, keys: Array<string | number>, ancestors: object[]): void {
  switch (typeof v) {
    case 'function':
    case 'symbol':
    case 'bigint':
      return failJson(where, keys, `is a ${typeof v}`);
    case 'number':
      if (!Number.isFinite(v)) failJson(where, keys, `is ${String(v)}`);
      return;
    case 'object': {
      if (v === null) return;
      if (keys.length > 64) failJson(where, keys, 'is nested too deeply');
      if (ancestors.includes(v)) failJson(where, keys, 'is a cycle');
      const array = Array.isArray(v);
      if (!array && !isPlainObject(v)) failJson(where, keys, `is a ${v.constructor?.name ?? 'non-plain object'}`);
      ancestors.push(v);
      if (array) {
        for (let i = 0; i < v.length; i++) {
          keys.push(i);
          walkJson(where, v[i], keys, ancestors);
          keys.pop();
        }
      } else {
        for (const k in v) {
          keys.push(k);
          walkJson(where, (v as Record<string, unknown>)[k], keys, ancestors);
          keys.pop();
        }
      }
      ancestors.pop();
      return;
    }
    default:
      return;
  }
}

function failJson(where: string, keys: ReadonlyArray<string | number>, why: string): never {
  const path = 'value' + keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  throw new BridgeArgumentError(`${where} cannot cross the bridge: ${path} ${why}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing (missing argument)';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return value.constructor?.name ? `a ${value.constructor.name}` : 'an object';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)})`;
  return `${typeof value} ${String(value)}`;
}
