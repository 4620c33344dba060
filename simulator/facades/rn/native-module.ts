import { EngineCode } from '../../codes';
import type { Scheduler } from '../../core/scheduler';
import type { DeviceEmitter } from '../../device/emitter';
import type { EventLog } from '../../device/event-log';
import { RongCloudEngine } from '../../rongcloud/engine';
import type { EngineHost, EngineOptions } from '../../rongcloud/host';
import { BridgeArgumentError, checkArg, isPlainObject, type Platform } from './args';
import { bridgeCopy } from './bridge-copy';
import { nativeMethodDefs, pascal, type NativeCall, type NativeMethodDef } from './define';
import './methods';

export interface RnFacadeDeps {
  readonly platform: Platform;
  readonly scheduler: Scheduler;
  readonly emitter: DeviceEmitter;
  readonly log: EventLog;
  /** Builds the engine host for this device (network, cloud ...), with `emit` wired to this facade. */
  hostFor(emit: EngineHost['emit']): EngineHost;
}

const GLOBAL_PREFIX = 'IRCIMIWListener:';

/**
 * The fake `NativeModules.RCReactNativeIM` of one device: every native method of the RN wrapper, with the
 * real argument order, immediate codes, per-call events echoing the eventId, and global listener events.
 */
export class RnFacade {
  /** The object to install as `NativeModules.RCReactNativeIM`. */
  readonly native: Record<string, (...args: unknown[]) => unknown>;
  engine: RongCloudEngine | null = null;

  constructor(private readonly deps: RnFacadeDeps) {
    const native: Record<string, (...args: unknown[]) => unknown> = {
      create: (appKey: unknown, options: unknown) => this.create(appKey, options),
      destroy: () => this.destroy(),
      // NativeEventEmitter (iOS) calls these on the module; RCTEventEmitter provides them.
      addListener: () => undefined,
      removeListeners: () => undefined,
    };
    for (const [name, def] of nativeMethodDefs) native[name] = (...args: unknown[]) => this.invoke(name, def, args);
    if (deps.platform !== 'ios') delete native.setDeviceToken; // Android has no setDeviceToken method.
    this.native = native;
  }

  /** Emits a global listener event to JS on a later turn. */
  emitGlobal(event: string, payload: Record<string, unknown>): void {
    this.deps.scheduler.defer(() => this.deliver(GLOBAL_PREFIX + event, this.platformPayload(payload, true)));
  }

  private deliver(name: string, payload: Record<string, unknown>): void {
    this.deps.log.add('event', name, payload);
    this.deps.emitter.emit(name, payload);
  }

  private create(appKey: unknown, options: unknown): unknown {
    this.deps.log.add('call', 'create', bridgeCopy([appKey, options]));
    if (typeof appKey !== 'string' || (options !== undefined && options !== null && !isPlainObject(options))) {
      const error = new BridgeArgumentError(`RCReactNativeIM.create(appKey, options): appKey must be a string and options an object, got ${typeof appKey} and ${typeof options}`);
      if (this.deps.platform === 'ios') return Promise.reject(error);
      throw error;
    }
    this.engine?.destroy();
    this.engine = new RongCloudEngine(this.deps.hostFor((event, payload) => this.emitGlobal(event, payload)), appKey, { ...((options as EngineOptions) ?? {}) });
    this.deps.log.add('result', 'create', { kickReconnectDevice: this.engine.options.kickReconnectDevice === true });
    // Android's create is a void method; iOS resolves nil.
    return this.deps.platform === 'ios' ? Promise.resolve(null) : undefined;
  }

  private destroy(): Promise<number | null> {
    this.deps.log.add('call', 'destroy');
    this.engine?.destroy();
    this.engine = null;
    return Promise.resolve(this.deps.platform === 'ios' ? null : 0);
  }

  private invoke(method: string, def: NativeMethodDef, rawArgs: unknown[]): Promise<unknown> {
    const { platform, log } = this.deps;
    log.add('call', method, bridgeCopy(rawArgs));
    if (platform === 'ios' && !this.engine) return this.rejectNoEngine(method);
    const args: Record<string, unknown> = {};
    let eventId: string | undefined;
    try {
      for (let i = 0; i < def.args.length; i++) {
        const [name, kind] = def.args[i];
        args[name] = checkArg(method, i, name, kind, rawArgs[i], platform);
      }
      if (def.eventId) {
        const raw = rawArgs[def.args.length];
        if (raw !== undefined && typeof raw !== 'string') {
          throw new BridgeArgumentError(`RCReactNativeIM.${method}: argument ${def.args.length + 1} (eventId) must be a string`);
        }
        if (raw === undefined && !def.legacy && !def.resolvesWithoutEventId) {
          throw new BridgeArgumentError(`RCReactNativeIM.${method} got ${rawArgs.length} arguments, expected ${def.args.length + 1}`);
        }
        eventId = raw as string | undefined;
      }
    } catch (error) {
      if (!(error instanceof BridgeArgumentError)) throw error;
      log.add('reject', method, { code: error.code, message: error.message });
      return Promise.reject(error);
    }
    if (!this.engine) return this.rejectNoEngine(method);
    const call = this.makeCall(method, def, args, eventId);
    let outcome: number | { value: unknown };
    try {
      outcome = def.run(call);
    } catch (error) {
      // A simulator bug must never crash the app under test: answer "native operation error" and log it.
      log.add('note', `internal error in ${method}`, { message: error instanceof Error ? error.message : String(error) });
      outcome = EngineCode.NATIVE_OPERATION_ERROR;
    }
    const value = typeof outcome === 'number' ? outcome : outcome.value;
    log.add('result', method, typeof outcome === 'number' ? codeResult(outcome) : { value });
    return Promise.resolve(value);
  }

  private rejectNoEngine(method: string): Promise<never> {
    const ios = this.deps.platform === 'ios';
    const error = Object.assign(new Error(ios ? 'engine is nil' : 'engine is null'), { code: ios ? '-102' : 'ENGINE_DESTROYED' });
    this.deps.log.add('reject', method, { code: error.code, message: error.message });
    return Promise.reject(error);
  }

  private makeCall(method: string, def: NativeMethodDef, args: Record<string, unknown>, eventId: string | undefined): NativeCall {
    const engine = this.engine!;
    return {
      method,
      args,
      platform: this.deps.platform,
      legacyCall: def.eventId === true && eventId === undefined,
      engine,
      reply: (callback, payload) => {
        if (eventId !== undefined) {
          // Callers hand over a fresh literal (the Reply contract), so it becomes the event as it is.
          const body = payload;
          body.eventId = eventId;
          if (this.deps.platform === 'ios') body.type = callback;
          const name = eventName(method, callback);
          this.deps.scheduler.defer(() => this.deliver(name, this.platformPayload(body, false)));
          return;
        }
        const route = def.legacy?.[callback];
        if (!route) return;
        const body: Record<string, unknown> = {};
        // Echoed arguments are the app's own objects: copy them so payloads never alias app state.
        for (const key of route.echo ?? []) body[key] = copyEcho(args[key]);
        for (const [key, value] of Object.entries(route.with ?? {})) body[key] = structuredClone(value);
        for (const [key, value] of Object.entries(payload)) body[route.rename?.[key] ?? key] = value;
        this.emitGlobal(route.event ?? callback, body);
      },
      emit: (event, payload) => this.emitGlobal(event, payload),
      trace: (name, data) => this.deps.log.add('note', name, data),
    };
  }

  /**
   * Null handling (boundary §5.3): both platforms leave out a null `message`/`t` (Android skips null objects,
   * iOS skips nil values); only iOS global events write "" for other null values.
   */
  private platformPayload(payload: Record<string, unknown>, global: boolean): Record<string, unknown> {
    for (const key in payload) {
      const value = payload[key];
      if (value === undefined) delete payload[key];
      else if (value === null) {
        if (key === 'message' || key === 't') delete payload[key];
        else if (global && this.deps.platform === 'ios') payload[key] = '';
      }
    }
    return payload;
  }
}

function copyEcho(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? structuredClone(value) : value;
}

// Per-call event names (`SendMessage:onMessageSent`) and `{ code }` log entries are made once, not per call.
const eventNames = new Map<string, Map<string, string>>();
function eventName(method: string, callback: string): string {
  let byCallback = eventNames.get(method);
  if (!byCallback) eventNames.set(method, (byCallback = new Map()));
  let name = byCallback.get(callback);
  if (name === undefined) byCallback.set(callback, (name = `${pascal(method)}:${callback}`));
  return name;
}

const codeResults = new Map<number, Readonly<{ code: number }>>();
function codeResult(code: number): Readonly<{ code: number }> {
  let result = codeResults.get(code);
  if (!result) codeResults.set(code, (result = Object.freeze({ code })));
  return result;
}
