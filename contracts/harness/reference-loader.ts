// Loaders for the in-repo reference wrapper (and its mutants, which share its factory signature).
import { bindRCIMIWEngine } from '../reference/rongcloud-rn';
import { reactNativeFor } from './rn-shim';
import type { EngineClass, Loader } from './types';

/** A loader from a `bindRCIMIWEngine`-shaped factory (the reference or one of its mutants). */
export function bindLoader(bind: typeof bindRCIMIWEngine): Loader {
  return (device) => bind(reactNativeFor(device)) as unknown as EngineClass;
}

/** The reference RCIMIWEngine bound to a simulated device. */
export const referenceLoader: Loader = bindLoader(bindRCIMIWEngine);
