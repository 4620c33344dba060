/**
 * Public type of the class `bindRCIMIWEngine` returns. Loose until the spec
 * (`specs/rongcloud-rn/RCIMEngine.ts`) lands; then this becomes `typeof RCIMIWEngine` from it.
 */
export interface RCIMIWEngineInstance {
  destroy(): Promise<number>;
  setDeviceToken(deviceToken: string): Promise<number>;
  [method: string]: any;
}

export interface RCIMIWEngineClass {
  create(appKey: string, options?: object): RCIMIWEngineInstance;
  readonly prototype: RCIMIWEngineInstance;
}
