// The check of one wrapper method: fast-check runs that call it (once, or twice overlapping) and verify the
// boundary rules (calls.ts). Each run goes either to the contract native (scripted answers, every method)
// or to the simulator (real semantics, only for native methods it implements), on Android or iOS.
import fc from 'fast-check';
import { DeviceEmitter, type World } from '../../simulator';
import { runBatch, turns, type BatchEnv, type PlannedCall } from './calls';
import { verifyBatch } from './verify';
import { isSimulated, runProperty, slotFor, withCalls, type Check, type CheckContext } from './check';
import { ContractNative, type NativeScript } from './contract-native';
import { domainArgs } from './domain-args';
import { buildFixture, FIXTURE_NATIVES, templateFor, type LinkState, type Template } from './fixture';
import { EventObserver } from './observer';
import { NativeRecorder } from './recorder';
import { scriptArb } from './scripts';
import type { SdkContracts } from './sdk';
import type { DeviceView, Platform } from './types';
import { Violation } from './violation';

/** The platforms a React Native wrapper runs on. */
type RnPlatform = Extract<Platform, 'android' | 'ios'>;
const PLATFORMS: readonly RnPlatform[] = ['android', 'ios'];
const CONTRACT_APP_KEY = 'contract-app-key';
/** Virtual time after the calls, so timed outcomes (connect timeouts, uploads) are reported too. */
const AFTER_MS = 6_000;

interface ContractInput {
  layer: 'contract';
  platform: RnPlatform;
  calls: PlannedCall[];
  native: NativeScript[];
  /** Answer the second call first (events and promises). */
  reverse: boolean;
}

interface SimulatorInput {
  layer: 'simulator';
  platform: RnPlatform;
  state: LinkState;
  calls: PlannedCall[];
}

type Input = ContractInput | SimulatorInput;

export function methodFeeds(sdk: SdkContracts, name: string): string[] {
  const m = sdk.engineMethods[name];
  const feeds = ['api-surface', 'argument-order', 'immediate-code', 'event-schema'];
  if (m.params.some((p) => p.isMap && p.kind === 'value')) feeds.push('map-conversion');
  if (sdk.nativeMethods[name]?.eventId) feeds.push('event-correlation');
  if (m.params.some((p) => p.kind === 'callback')) feeds.push('callback-once', 'callback-payload');
  return [...new Set(feeds)];
}

function callsArb(sdk: SdkContracts, name: string, t: Template): fc.Arbitrary<PlannedCall[]> {
  const m = sdk.engineMethods[name];
  const members = m.params.find((p) => p.kind === 'callback')?.callback?.members.map((x) => x.name);
  const callback: fc.Arbitrary<string[] | null> = members
    ? fc.option(fc.subarray(members), { nil: null, freq: 6 })
    : fc.constant(null);
  const one = fc.record({ method: fc.constant(name), args: domainArgs(sdk, m, t), callback });
  // Two overlapping calls of one method are what tell the eventIds (and so the answers) apart.
  return fc.array(one, { minLength: 1, maxLength: 2 });
}

function render(input: Input): unknown {
  const calls = input.calls.map((c) => ({ method: c.method, args: c.args, callback: c.callback ?? 'none' }));
  return input.layer === 'contract'
    ? { layer: 'contract native', platform: input.platform, calls, native: input.native, reverse: input.reverse }
    : { layer: 'simulator', platform: input.platform, state: input.state, calls };
}

/** Settles the world; a wrapper handler that threw inside an event becomes a handler error. */
async function step(world: World, observer: EventObserver, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    observer.handlerErrors.push({ event: 'an event', error });
  }
  for (const e of world.takeErrors()) observer.handlerErrors.push({ event: 'an event', error: e.error });
}

export function methodCheck(sdk: SdkContracts, name: string): Check {
  return {
    id: name,
    kind: 'method',
    feeds: methodFeeds(sdk, name),
    defaultRuns: 40,
    async run(ctx: CheckContext) {
      const fixtureReady = (p: RnPlatform) => FIXTURE_NATIVES.every((n) => isSimulated(ctx, n, p));
      const simPlatforms = PLATFORMS.filter((p) => fixtureReady(p) && (isSimulated(ctx, name, p) || (name === 'setDeviceToken' && p === 'android')));
      const templates: Record<RnPlatform, Template> = { android: await templateFor('android'), ios: await templateFor('ios') };

      const contractArb: fc.Arbitrary<Input> = fc.constantFrom(...PLATFORMS).chain((platform) =>
        callsArb(sdk, name, templates[platform]).chain((calls) =>
          fc.record({
            layer: fc.constant('contract' as const),
            platform: fc.constant(platform),
            calls: fc.constant(calls),
            native: fc.array(scriptArb(sdk, name), { minLength: calls.length, maxLength: calls.length }),
            reverse: fc.boolean(),
          }),
        ),
      );
      const arbs: Array<fc.WeightedArbitrary<Input>> = [{ weight: 1, arbitrary: contractArb }];
      if (simPlatforms.length) {
        const simArb: fc.Arbitrary<Input> = fc.constantFrom(...simPlatforms).chain((platform) =>
          fc.record({
            layer: fc.constant('simulator' as const),
            platform: fc.constant(platform),
            state: fc.constantFrom<LinkState>('connected', 'connected', 'connected', 'disconnected', 'offline'),
            calls: callsArb(sdk, name, templates[platform]),
          }),
        );
        arbs.push({ weight: 1, arbitrary: simArb });
      }

      const runContract = async (input: ContractInput) => {
        const emitter = new DeviceEmitter((error, event) => observer.handlerErrors.push({ event, error }));
        const observer = new EventObserver(emitter);
        const native = new ContractNative(sdk, input.platform, emitter);
        const recorder = new NativeRecorder(native.module);
        const view: DeviceView = { id: 'contract-native', platform: input.platform, rn: { native: recorder.native, emitter } };
        const slot = slotFor(ctx, `contract-${input.platform}`, input.platform, view, CONTRACT_APP_KEY);
        slot.point(view);
        recorder.reset();
        observer.clear();
        native.script(name, input.native);
        const env: BatchEnv = {
          sdk, platform: input.platform, engine: slot.engine, recorder, observer,
          releaseOrder: input.reverse ? 'lifo' : 'fifo',
          beforeRelease: async () => { native.flush('before', input.reverse); await turns(3); },
          afterRelease: async () => { native.flush('after', input.reverse); await turns(3); },
        };
        verifyBatch(env, await runBatch(env, input.calls), 0);
      };

      const runSimulator = async (input: SimulatorInput) => {
        const fx = await buildFixture((first) => slotFor(ctx, `alice-${input.platform}`, input.platform, first, templates[input.platform].appKey), input.platform, input.state);
        const env: BatchEnv = {
          sdk, platform: input.platform, engine: fx.engine, recorder: fx.recorder, observer: fx.observer,
          beforeRelease: () => step(fx.world, fx.observer, () => fx.world.settle()),
          afterRelease: () => step(fx.world, fx.observer, () => fx.world.clock.advance(AFTER_MS)),
        };
        verifyBatch(env, await runBatch(env, input.calls), 0);
      };

      const property = fc.asyncProperty(fc.oneof(...arbs), async (input) => {
        try {
          if (input.layer === 'contract') await runContract(input);
          else await runSimulator(input);
        } catch (error) {
          if (error instanceof Violation) withCalls(error, render(input));
          throw error;
        }
      });
      const runs = ctx.numRuns ?? this.defaultRuns;
      const result = await runProperty(name, property, ctx, runs);
      if (result.status === 'passed' && simPlatforms.length === 0) {
        return { ...result, status: 'skipped', reason: `native method ${name} is not simulated yet: checked against the contract native only` };
      }
      return result;
    },
  };
}
