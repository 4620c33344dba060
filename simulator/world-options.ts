import { defaultCloudLimits } from './cloud/cloud';
import type { DeviceOptions, Platform } from './device/device';
import { describe } from './describe-value';
import type { WorldOptions } from './world';

/**
 * Checks what a test hands to `createWorld(options)` and `world.device(options)` before anything is built:
 * a typo (`{ sed: 1 }`), a wrong type or a nonsense limit is a clear TypeError/RangeError naming the
 * option, never a crash deep inside (or a silently ignored setting). `undefined` values mean "not given".
 */
const worldKeys = ['seed', 'now', 'appKey', 'appSecret', 'limits', 'logLimit', 'from'] as const;
const deviceKeys = ['platform', 'id'] as const;
const platforms: readonly Platform[] = ['android', 'ios', 'web', 'miniprogram'];
/** Limits that count things: whole numbers (or Infinity, "no limit"). */
const countLimits = new Set(['sendsPerSecond', 'maxMessageBytes', 'offlinePackageSize']);

export function checkWorldOptions(options: unknown): WorldOptions {
  if (options === undefined) return {};
  const o = requireObject('createWorld(options)', options);
  checkKeys('createWorld', o, worldKeys);
  if (o.limits !== undefined) {
    const limits = requireObject('createWorld({ limits })', o.limits);
    checkKeys('createWorld({ limits })', limits, Object.keys(defaultCloudLimits));
    for (const [key, value] of Object.entries(limits)) {
      if (value === undefined) continue;
      const where = `createWorld({ limits: { ${key} } })`;
      if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) throw new RangeError(`${where} must be a number > 0, got ${describe(value)}`);
      if (countLimits.has(key) && Number.isFinite(value) && !Number.isInteger(value)) throw new RangeError(`${where} must be a whole number (or Infinity), got ${value}`);
      if (key === 'mediaStepPercent' && value > 100) throw new RangeError(`${where} must be at most 100, got ${value}`);
    }
  }
  const logLimit = o.logLimit;
  if (logLimit !== undefined && !(typeof logLimit === 'number' && (logLimit === Infinity || (Number.isInteger(logLimit) && logLimit >= 1)))) {
    throw new RangeError(`createWorld({ logLimit }) must be a whole number >= 1 (or Infinity), got ${describe(logLimit)}`);
  }
  if (o.seed !== undefined && (typeof o.seed !== 'number' || !Number.isSafeInteger(o.seed))) {
    throw new TypeError(`createWorld({ seed }): seed must be an integer, got ${describe(o.seed)}`);
  }
  if (o.now !== undefined && (typeof o.now !== 'number' || !Number.isFinite(o.now))) throw new TypeError(`createWorld({ now }): now must be a finite number of ms, got ${describe(o.now)}`);
  if (o.from !== undefined && (o.from === null || typeof o.from !== 'object')) throw new TypeError('createWorld({ from }): from must be a snapshot taken with world.snapshot()');
  return o as WorldOptions;
}

export function checkDeviceOptions(options: unknown): DeviceOptions {
  if (options === undefined) return {};
  const o = requireObject('world.device(options)', options);
  checkKeys('world.device', o, deviceKeys);
  if (o.platform !== undefined && !platforms.includes(o.platform as Platform)) {
    throw new TypeError(`world.device({ platform }): platform must be one of ${platforms.join(', ')}, got ${describe(o.platform)}`);
  }
  if (o.id !== undefined && (typeof o.id !== 'string' || o.id.length === 0)) throw new TypeError(`world.device({ id }): id must be a non-empty string, got ${describe(o.id)}`);
  return o as DeviceOptions;
}

function requireObject(where: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`${where} must be an object, got ${describe(value)}`);
  return value as Record<string, unknown>;
}

function checkKeys(where: string, o: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(o)) {
    if (!known.includes(key)) throw new TypeError(`${where}: unknown option ${JSON.stringify(key)} (known: ${known.join(', ')})`);
  }
}
