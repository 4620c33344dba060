// Arbitraries for what the contract native answers (see contract-native.ts): an immediate code, a rejection,
// or a created message; then the call's events in declared order with schema-valid payloads, progress events
// repeated, sent inside the call, before native's promise is released, or after.
import fc from 'fast-check';
import type { NativeScript, ScriptedEvent } from './contract-native';
import type { SdkContracts } from './sdk';
import { zodArbitrary } from './zod-arbitrary';

const hasKey = (schema: unknown, key: string): boolean =>
  Object.prototype.hasOwnProperty.call((schema as { shape?: object }).shape ?? {}, key);

function payloadArb(sdk: SdkContracts, event: string): fc.Arbitrary<Record<string, unknown>> {
  return zodArbitrary(sdk.nativeCallEvents[event]).map((v) => {
    const { eventId: _e, type: _t, ...rest } = v as Record<string, unknown>;
    return rest;
  });
}

export function scriptArb(sdk: SdkContracts, method: string): fc.Arbitrary<NativeScript> {
  const native = sdk.nativeMethods[method];
  const engine = sdk.engineMethods[method];
  const documented = engine.codes.map((c) => c.code).filter((c) => c !== 0 && c !== -102);
  const value: fc.Arbitrary<unknown> = engine.returns === 'Promise<number>'
    ? fc.oneof(
        // Non-zero answers are where wrappers go wrong (callbacks fabricated, events awaited): ask for them often.
        { weight: 3, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.constant(-101) },
        { weight: 1, arbitrary: fc.constantFrom(-103, -104, ...documented) },
      )
    : fc.oneof({ weight: 4, arbitrary: zodArbitrary(native.result) }, { weight: 1, arbitrary: fc.constant(null) });
  const outcome = fc.oneof(
    { weight: 8, arbitrary: value.map((v) => ({ kind: 'resolve' as const, value: v })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'reject' as const }) },
  );
  const perEvent = native.callEvents.map((event) => {
    const callback = event.slice(event.indexOf(':') + 1);
    const progress = hasKey(sdk.nativeCallEvents[event], 'progress');
    return fc
      .array(payloadArb(sdk, event), { maxLength: progress ? 2 : 1 })
      .map((payloads) => payloads.map((payload): ScriptedEvent => ({ callback, payload })));
  });
  const events = fc.tuple(...perEvent).map((lists) => lists.flat());
  return fc.record({
    outcome,
    events,
    timing: fc.constantFrom('sync' as const, 'before' as const, 'after' as const),
    foreign: fc.boolean(),
  });
}
