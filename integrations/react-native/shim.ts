/**
 * The four `react-native` exports the RongCloud wrapper uses (boundary §1), speaking for a simulated device:
 * `NativeModules.RCReactNativeIM`, `DeviceEventEmitter`, `NativeEventEmitter` and `Platform`.
 */
import type { Device, Platform as DevicePlatform, Subscription } from '../../simulator/index';
import { followingNativeModule } from './native-module';

export interface EmitterLike {
  addListener(eventName: string, handler: (data: any) => void, context?: unknown): Subscription;
  removeAllListeners(eventName?: string): void;
  emit(eventName: string, data?: unknown): void;
  listenerCount(eventName: string): number;
}

export interface ReactNativeShim {
  NativeModules: { RCReactNativeIM: Record<string, any> };
  DeviceEventEmitter: EmitterLike;
  NativeEventEmitter: new (nativeModule?: unknown) => EmitterLike;
  Platform: PlatformShim;
}

export interface PlatformShim {
  readonly OS: DevicePlatform;
  readonly Version: number | string;
  readonly isTesting: boolean;
  select<T>(choices: { [os: string]: T | undefined; default?: T }): T | undefined;
}

/**
 * `react-native` for one device, or for whatever device `resolve` names at each call (the test's current
 * device). Subscriptions stay with the device they were made on.
 */
export function reactNativeFor(target: Device | (() => Device), options: { platform?: () => DevicePlatform } = {}): ReactNativeShim {
  const resolve = typeof target === 'function' ? target : () => target;
  const os = options.platform ?? (() => resolve().platform);
  const DeviceEventEmitter: EmitterLike = {
    addListener: (eventName, handler, context) => resolve().rn.emitter.addListener(eventName, handler, context),
    removeAllListeners: (eventName) => resolve().rn.emitter.removeAllListeners(eventName),
    emit: (eventName, data) => resolve().rn.emitter.emit(eventName, data),
    listenerCount: (eventName) => resolve().rn.emitter.listenerCount(eventName),
  };
  const RCReactNativeIM = typeof target === 'function' ? followingNativeModule(resolve) : target.rn.native;
  return {
    NativeModules: { RCReactNativeIM },
    DeviceEventEmitter,
    NativeEventEmitter: nativeEventEmitterOver(DeviceEventEmitter),
    Platform: platformShim(os),
  };
}

/**
 * As in React Native, every NativeEventEmitter is a view of DeviceEventEmitter; on iOS it also tells the
 * native module how many listeners it has (`addListener`/`removeListeners`, no-ops on the fake).
 */
export function nativeEventEmitterOver(shared: Pick<EmitterLike, 'addListener' | 'removeAllListeners' | 'emit' | 'listenerCount'>): new (nativeModule?: unknown) => EmitterLike {
  return class NativeEventEmitter implements EmitterLike {
    private readonly module: { addListener?: (name: string) => void; removeListeners?: (n: number) => void } | undefined;

    constructor(nativeModule?: unknown) {
      this.module = (nativeModule ?? undefined) as NativeEventEmitter['module'];
    }

    addListener(eventName: string, handler: (data: any) => void, context?: unknown): Subscription {
      this.module?.addListener?.(eventName);
      const inner = shared.addListener(eventName, handler, context);
      let removed = false;
      return {
        remove: () => {
          if (removed) return;
          removed = true;
          this.module?.removeListeners?.(1);
          inner.remove();
        },
      };
    }

    removeAllListeners(eventName?: string): void {
      shared.removeAllListeners(eventName);
    }

    emit(eventName: string, data?: unknown): void {
      shared.emit(eventName, data);
    }

    listenerCount(eventName: string): number {
      return shared.listenerCount(eventName);
    }
  };
}

function platformShim(os: () => DevicePlatform): PlatformShim {
  return {
    get OS() {
      return os();
    },
    get Version() {
      return os() === 'ios' ? '17.0' : 34;
    },
    isTesting: true,
    select(choices) {
      const current = os();
      if (current in choices) return choices[current];
      if ((current === 'ios' || current === 'android') && 'native' in choices) return choices.native;
      return choices.default;
    },
  };
}
