/** Public type of the class `bindRCIMIWEngine` returns: the spec's documented `RCIMIWEngine`. */
import type { RCIMIWEngine } from '../../../specs/rongcloud-rn/RCIMEngine';

export type RCIMIWEngineClass = typeof RCIMIWEngine;
export type RCIMIWEngineInstance = RCIMIWEngine;
