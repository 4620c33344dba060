/**
 * The test's current world and the device `react-native` speaks for. Kept on `globalThis` (one per jest
 * test file, as jest gives each file its own global), so every copy of these modules sees the same slot:
 * the one `imsim/jest` resets, and copies evaluated inside `jest.isolateModules`.
 */
import { createWorld, type Device, type Platform, type World, type WorldOptions } from '../../simulator/index';

/** Options for the worlds `imsim/jest` creates and the device `react-native` creates by default. */
export interface CurrentOptions {
  /** Options of each new world (seed, appKey, limits ...). */
  world?: Omit<WorldOptions, 'from'>;
  /** Platform of the default app device (default 'android'). */
  platform?: Platform;
}

interface Slot {
  world: World | null;
  /** The device chosen with `useDevice`, or the default app device once created. */
  device: Device | null;
  options: CurrentOptions;
  /** The world was replaced while the app device still had an engine: later "engine is null" gets a hint. */
  leftoverEngine: boolean;
  /** Set by `isolatedWrapper` while it loads: the next `react-native` evaluated binds to this device for good. */
  isolated: { device: Device; bound: boolean } | null;
}

const KEY = Symbol.for('imsim.react-native.current');
const holder = globalThis as unknown as Record<symbol, Slot | undefined>;

function slot(): Slot {
  return (holder[KEY] ??= { world: null, device: null, options: {}, leftoverEngine: false, isolated: null });
}

/** The id of the device `react-native` creates for the app when the test picked none. */
export const APP_DEVICE_ID = 'app';

export function currentWorld(): World {
  const s = slot();
  return (s.world ??= createWorld(s.options.world));
}

/** The device `react-native` speaks for: the one picked with `useDevice`, else the app device of the current world. */
export function currentDevice(): Device {
  const s = slot();
  if (!s.device) {
    const world = currentWorld();
    s.device = world.devices.find((d) => d.id === APP_DEVICE_ID) ?? world.device({ id: APP_DEVICE_ID, platform: defaultPlatform() });
  }
  return s.device;
}

/** `Platform.OS` before any device exists: the chosen device's, else the configured default. */
export function currentPlatform(): Platform {
  return slot().device?.platform ?? defaultPlatform();
}

function defaultPlatform(): Platform {
  return slot().options.platform ?? 'android';
}

export function chooseDevice(device: Device): void {
  slot().device = device;
}

/** Starts over with `world` (default: a new world from the configured options); the app device follows it. */
export function replaceWorld(world?: World): World {
  const s = slot();
  s.leftoverEngine = s.device?.engine != null;
  s.world = world ?? createWorld(s.options.world);
  s.device = null;
  return s.world;
}

export function configureCurrent(options: CurrentOptions): void {
  const s = slot();
  s.options = { ...s.options, ...options };
}

/** A hint to add to "engine is null" rejections when an earlier test's engine is the likely cause. */
export function leftoverEngineHint(device: Device): string | null {
  const s = slot();
  if (!s.leftoverEngine || device !== s.device || device.engine) return null;
  return (
    ' (imsim: each test gets a fresh world, but the wrapper still holds the RCIMIWEngine created in an earlier test;' +
    ' call RCIMIWEngine.create(...) in every test and engine.destroy() in afterEach)'
  );
}

/**
 * Runs `load` with `device` as the device a freshly evaluated `react-native` binds to; returns whether one
 * was evaluated (or installFakeNative bound `device`) during the load.
 */
export function withIsolatedDevice<T>(device: Device, load: () => T): { value: T; bound: boolean } {
  const s = slot();
  if (s.isolated) throw new Error('isolatedWrapper cannot be nested');
  const isolated = { device, bound: false };
  s.isolated = isolated;
  try {
    return { value: load(), bound: isolated.bound };
  } finally {
    s.isolated = null;
  }
}

/** Called when a `react-native` copy is evaluated (or installed): the isolated device to bind to, if loading one. */
export function claimIsolatedDevice(device?: Device): Device | null {
  const isolated = slot().isolated;
  if (!isolated || (device && device !== isolated.device)) return null;
  isolated.bound = true;
  return isolated.device;
}
