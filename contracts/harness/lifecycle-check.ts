// `create` and `destroy`: the singleton (boundary §1). create calls native.create(appKey, options ?? {}) only
// while there is no instance and returns the instance synchronously; the instance has every documented
// method; destroy calls native.destroy(), returns its answer, and lets the next create make a new engine.
// Each run loads a fresh copy of the wrapper, since the singleton lives in it.
import fc from 'fast-check';
import { createWorld } from '../../simulator';
import { same, show } from './equality';
import { runProperty, withCalls, type Check, type CheckContext } from './check';
import { recordedView } from './fixture';
import type { SdkContracts } from './sdk';
import type { EngineInstance, Platform } from './types';
import { ensure, Violation } from './violation';
import { turns } from './calls';

const thenable = (v: unknown): v is PromiseLike<unknown> => typeof (v as { then?: unknown } | null)?.then === 'function';

export function lifecycleCheck(sdk: SdkContracts, which: 'create' | 'destroy'): Check {
  const instanceMethods = [
    ...Object.values(sdk.engineMethods).filter((m) => !m.static).map((m) => m.name),
    ...Object.keys(sdk.listenerSetters),
  ];
  return {
    id: which,
    kind: 'method',
    feeds: ['api-surface', 'singleton', 'argument-order', 'immediate-code'],
    defaultRuns: 5,
    async run(ctx: CheckContext) {
      const input = fc.record({
        platform: fc.constantFrom<Platform>('android', 'ios'),
        options: fc.option(fc.constantFrom({}, { kickReconnectDevice: true }, { kickReconnectDevice: false }), { nil: undefined }),
        secondKey: fc.constantFrom('imsim-app-key', 'another-key'),
      });
      const property = fc.asyncProperty(input, async ({ platform, options, secondKey }) => {
        const steps: string[] = [];
        try {
          const world = createWorld({ seed: ctx.seed });
          const device = world.device({ platform });
          const { view, recorder } = recordedView(device);
          const Engine = ctx.load(view);
          const appKey = world.appKey;
          const nativeCalls = () => recorder.calls.splice(0).map((c) => ({ method: c.method, args: c.args }));
          nativeCalls();
          steps.push(`create(${show(appKey)}${options === undefined ? '' : `, ${show(options)}`})`);
          const engine = (options === undefined ? Engine.create(appKey) : Engine.create(appKey, options)) as EngineInstance;
          const created = nativeCalls();
          const expectedCreate = [{ method: 'create', args: [appKey, options ?? {}] }];
          ensure(same(created, expectedCreate), 'argument-order', `create must call native.create(appKey, options ?? {}) once`, { method: 'create', expected: expectedCreate, actual: created });
          ensure(engine !== null && typeof engine === 'object' && !thenable(engine), 'singleton', 'create must return the engine instance synchronously', { method: 'create', expected: 'an RCIMIWEngine', actual: engine });
          const missing = instanceMethods.filter((n) => typeof engine[n] !== 'function');
          ensure(missing.length === 0, 'api-surface', `the engine lacks ${missing.length} documented method(s): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`, { method: 'create', expected: 'every documented method', actual: missing });
          if (which === 'create') {
            steps.push(`create(${show(secondKey)})`);
            const again = Engine.create(secondKey);
            const calls = nativeCalls();
            ensure(again === engine, 'singleton', 'a second create must return the same instance', { method: 'create', expected: 'the first instance', actual: again });
            ensure(calls.length === 0, 'singleton', 'a second create must not call native while an instance exists', { method: 'create', expected: [], actual: calls });
            return;
          }
          steps.push('destroy()');
          recorder.hold = true;
          const returned = engine.destroy();
          await world.settle();
          const early = thenable(returned) ? await Promise.race([Promise.resolve(returned).then(() => true, () => true), turns(3).then(() => false)]) : false;
          recorder.hold = false;
          recorder.release();
          const destroyCalls = nativeCalls();
          ensure(same(destroyCalls.map((c) => [c.method, c.args]), [['destroy', []]]), 'argument-order', 'destroy must call native.destroy() once, with no arguments', { method: 'destroy', expected: [{ method: 'destroy', args: [] }], actual: destroyCalls });
          ensure(thenable(returned) && !early, 'immediate-code', 'destroy must return native.destroy()\'s promise and settle only when native answered', { method: 'destroy', expected: 'native\'s promise', actual: returned });
          const nativeValue = platform === 'ios' ? null : 0;
          const value = await returned;
          ensure(same(value, nativeValue), 'immediate-code', `destroy must resolve with native's answer (${show(nativeValue)} on ${platform})`, { method: 'destroy', expected: nativeValue, actual: value });
          steps.push(`create(${show(appKey)})`);
          const next = Engine.create(appKey) as EngineInstance;
          const recreate = nativeCalls();
          ensure(recreate.length === 1 && recreate[0].method === 'create', 'singleton', 'create after destroy must create a new native engine', { method: 'destroy', expected: [{ method: 'create', args: [appKey, {}] }], actual: recreate });
          ensure(typeof next?.connect === 'function', 'singleton', 'create after destroy must return an engine', { method: 'destroy', expected: 'an RCIMIWEngine', actual: next });
        } catch (error) {
          if (error instanceof Violation) withCalls(error, { platform, calls: steps });
          throw error;
        }
      });
      return runProperty(which, property, ctx, ctx.numRuns ?? this.defaultRuns);
    },
  };
}
