// Every check of an SDK, in report order: methods, listener setters, semantic rules, the model.
import type { Check } from './check';
import { lifecycleCheck } from './lifecycle-check';
import { listenerCheck } from './listener-check';
import { methodCheck } from './method-check';
import { modelCheck } from './model/multi-device';
import { semanticRules } from './rules';
import type { SdkContracts } from './sdk';

export function allChecks(sdk: SdkContracts): Check[] {
  const methods = Object.keys(sdk.engineMethods).map((name) =>
    name === 'create' || name === 'destroy' ? lifecycleCheck(sdk, name) : methodCheck(sdk, name),
  );
  const listeners = Object.keys(sdk.listenerSetters).map((setter) => listenerCheck(sdk, setter));
  return [...methods, ...listeners, ...semanticRules(sdk), modelCheck(sdk)];
}
