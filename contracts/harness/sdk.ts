// The contracts of one SDK, as the harness reads them (generated from the spec; see contracts/generated).
import type {
  EventPayloadSchema,
  ListenerContract,
  MethodContract,
  NativeMethodContract,
} from '../contract-types';
import * as rongcloudRn from '../generated/rongcloud-rn';

export interface SdkContracts {
  name: string;
  engineMethods: Record<string, MethodContract>;
  listenerSetters: Record<string, ListenerContract>;
  nativeMethods: Record<string, NativeMethodContract>;
  nativeCallEvents: Record<string, EventPayloadSchema>;
  nativeGlobalEvents: Record<string, EventPayloadSchema>;
  enums: Record<string, Record<string, number>>;
  codes: Record<number, string>;
  /** Prefix of global listener events. */
  globalPrefix: string;
}

const sdks: Record<string, SdkContracts> = {
  'rongcloud-rn': {
    name: 'rongcloud-rn',
    engineMethods: rongcloudRn.engineMethods,
    listenerSetters: rongcloudRn.listenerSetters,
    nativeMethods: rongcloudRn.nativeMethods,
    nativeCallEvents: rongcloudRn.nativeCallEvents,
    nativeGlobalEvents: rongcloudRn.nativeGlobalEvents,
    enums: rongcloudRn.enums as unknown as Record<string, Record<string, number>>,
    codes: rongcloudRn.codes,
    globalPrefix: 'IRCIMIWListener:',
  },
};

export const sdkNames: readonly string[] = Object.keys(sdks);

export function loadSdk(name: string): SdkContracts {
  const sdk = Object.prototype.hasOwnProperty.call(sdks, name) ? sdks[name] : undefined;
  if (!sdk) throw new RangeError(`unknown sdk ${JSON.stringify(name)} (known: ${sdkNames.join(', ')})`);
  return sdk;
}

/** `getConversation` -> `GetConversation`: the prefix of its per-call event names. */
export function pascal(method: string): string {
  return method.charAt(0).toUpperCase() + method.slice(1);
}
