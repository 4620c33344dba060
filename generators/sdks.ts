// Per-SDK generation settings: where the spec lives, which class is the engine, and which interfaces
// describe the native boundary. Paths are relative to the package root.
export interface NativeNames {
  /** Interface whose methods are the native module's (e.g. NativeModules.RCReactNativeIM). */
  module: string;
  /** Interface mapping "<Method>:<callback>" to the per-call event payload. */
  callEvents: string;
  /** Interface mapping "IRCIMIWListener:<name>" to the global event payload. */
  globalEvents: string;
}

export interface SdkConfig {
  spec: string;
  engineClass: string;
  native?: NativeNames;
}

export const sdks: Record<string, SdkConfig> = {
  'rongcloud-rn': {
    spec: 'specs/rongcloud-rn',
    engineClass: 'RCIMIWEngine',
    native: {
      module: 'RCReactNativeIM',
      callEvents: 'RCReactNativeIMCallEvents',
      globalEvents: 'RCReactNativeIMGlobalEvents',
    },
  },
};

export const DEFAULT_SDK = 'rongcloud-rn';
