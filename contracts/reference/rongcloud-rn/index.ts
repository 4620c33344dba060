export { bindRCIMIWEngine } from './engine';
export type { RCIMIWEngineClass, RCIMIWEngineInstance } from './engine-type';
export type { BindHooks, BindOptions, EmitterLike, ReactNativeLike, Subscription } from './types';
export { NATIVE_METHODS, SPECIAL_METHODS, type CallbackRow, type NativeMethodRow } from './native-methods';
export { LISTENERS, LISTENER_PREFIX, type ListenerRow } from './listeners';
export { mutants, type Mutant } from './mutants';
