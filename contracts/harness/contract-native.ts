// A native module that follows the contracts and nothing else: it answers each call from a script the
// property generated (immediate code or rejection, then per-call events echoing the call's eventId with
// schema-valid payloads). It lets the harness check every wrapper method at the boundary, including the
// ones the simulator does not implement yet, and answer in orders the simulator never picks.
import type { SdkContracts } from './sdk';
import { pascal } from './sdk';
import type { EmitterLike, Platform } from './types';

type NativeFn = (...args: any[]) => any;

export type ScriptedOutcome = { kind: 'resolve'; value: unknown } | { kind: 'reject' };

export interface ScriptedEvent {
  callback: string;
  payload: Record<string, unknown>;
}

export interface NativeScript {
  outcome: ScriptedOutcome;
  /** Per-call events sent when the outcome is 0 (a non-zero code means no event follows). */
  events: ScriptedEvent[];
  /** When the events go out: inside the native call, before native's promise is released, or after. */
  timing: 'sync' | 'before' | 'after';
  /** Also send each event with another eventId first: no callback of this call may react to those. */
  foreign: boolean;
}

export const defaultScript: NativeScript = { outcome: { kind: 'resolve', value: 0 }, events: [], timing: 'after', foreign: false };

export class ContractNative {
  readonly module: Record<string, NativeFn> = {};
  private readonly scripts = new Map<string, NativeScript[]>();
  private readonly queued: Array<{ timing: 'before' | 'after'; group: number; emit: () => void }> = [];
  private callCount = 0;

  constructor(
    private readonly sdk: SdkContracts,
    private readonly platform: Platform,
    private readonly emitter: EmitterLike,
  ) {
    const ios = platform === 'ios';
    // create/destroy differ by platform (boundary §7): void vs promise of null, 0 vs null.
    this.module.create = () => (ios ? Promise.resolve(null) : undefined);
    this.module.destroy = () => Promise.resolve(ios ? null : 0);
    this.module.addListener = () => undefined;
    this.module.removeListeners = () => undefined;
    for (const name of Object.keys(sdk.nativeMethods)) {
      if (name === 'create' || name === 'destroy') continue;
      if (name === 'setDeviceToken' && !ios) continue; // Android has no such native method.
      this.module[name] = (...args: unknown[]) => this.call(name, args);
    }
  }

  /** Answers for the next calls of `method`, in order; further calls get `defaultScript`. */
  script(method: string, scripts: NativeScript[]): void {
    this.scripts.set(method, [...scripts]);
  }

  /** Sends queued events of one timing; `reverse` answers later calls first. */
  flush(timing: 'before' | 'after', reverse = false): void {
    const due = this.queued.filter((q) => q.timing === timing);
    for (let i = this.queued.length - 1; i >= 0; i--) if (this.queued[i].timing === timing) this.queued.splice(i, 1);
    const ordered = reverse ? [...due].sort((a, b) => b.group - a.group) : due;
    for (const q of ordered) q.emit();
  }

  private call(method: string, args: unknown[]): unknown {
    const contract = this.sdk.nativeMethods[method];
    const script = this.scripts.get(method)?.shift() ?? defaultScript;
    const group = ++this.callCount;
    let eventId: unknown;
    if (contract.eventId) {
      eventId = args[contract.params.length - 1];
      // The bridge cannot call a method with a missing argument: it rejects, as the simulator does.
      if (typeof eventId !== 'string') {
        return Promise.reject(Object.assign(new Error(`RCReactNativeIM.${method}: argument ${contract.params.length} (eventId) must be a string`), { code: 'INVALID_ARGUMENT' }));
      }
    }
    if (script.outcome.kind === 'reject') {
      const ios = this.platform === 'ios';
      return Promise.reject(Object.assign(new Error(ios ? 'engine is nil' : 'engine is null'), { code: ios ? '-102' : 'ENGINE_DESTROYED' }));
    }
    const value = script.outcome.value;
    if (contract.eventId && value === 0) {
      for (const event of script.events) {
        const emit = (id: string) => () => this.emitter.emit(`${pascal(method)}:${event.callback}`, this.payload(event, id));
        const sends = script.foreign ? [emit(`${eventId as string}~other`), emit(eventId as string)] : [emit(eventId as string)];
        for (const send of sends) {
          if (script.timing === 'sync') send();
          else this.queued.push({ timing: script.timing, group, emit: send });
        }
      }
    }
    return Promise.resolve(value);
  }

  private payload(event: ScriptedEvent, eventId: string): Record<string, unknown> {
    const body: Record<string, unknown> = { ...event.payload, eventId };
    if (this.platform === 'ios') body.type = event.callback; // iOS adds the callback name (boundary §5.2)
    return body;
  }
}
