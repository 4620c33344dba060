// Apps for the semantic rules and the model: a simulated device running its own copy of the wrapper, with
// helpers that go through the wrapper the way an app does (callbacks and listeners, never native).
import fc from 'fast-check';
import type { Device, World } from '../../../simulator';
import type { Check, CheckContext, CheckResult } from '../check';
import { runProperty } from '../check';
import type { EngineInstance, Loader, Platform } from '../types';
import { Violation } from '../violation';

export interface App {
  device: Device;
  engine: EngineInstance;
}

export function openApp(world: World, load: Loader, id: string, platform: Platform = 'android', options: object = {}): App {
  const device = world.device({ id, platform });
  const Engine = load(device);
  return { device, engine: Engine.create(world.appKey, options) as EngineInstance };
}

/** Settles the world; a wrapper handler that threw inside an event fails the rule. */
export async function settle(world: World, rule: string, ms = 0): Promise<void> {
  try {
    if (ms > 0) await world.clock.advance(ms);
    else await world.settle();
  } catch (error) {
    throw new Violation(rule, `a wrapper event handler threw: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** Awaits a wrapper call; a throw or a rejection (valid arguments here) breaks the rule being checked. */
export async function answer<T>(rule: string, method: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Violation(rule, `${method} ${error instanceof Error ? `failed: ${error.message.split('\n')[0]}` : `rejected with ${String(error)}`}`, { method, expected: 'an immediate code', actual: error });
  }
}

/** Callback arguments by member, plus the immediate code the call's promise resolved with. */
export type Calls = Record<string, unknown[][]> & { readonly $code?: unknown };

/** Calls `engine[method](...args, { [member]: record })` and returns every callback's arguments, by member. */
export async function call(world: World, app: App, rule: string, method: string, args: unknown[], members: string[]): Promise<Calls> {
  const got: Record<string, unknown[][]> = {};
  const callback: Record<string, (...a: unknown[]) => void> = {};
  for (const m of members) {
    got[m] = [];
    callback[m] = (...a: unknown[]) => void got[m].push(a);
  }
  const fn = app.engine[method];
  if (typeof fn !== 'function') throw new Violation('api-surface', `the engine has no method ${method}`, { method });
  const code = await answer(rule, method, () => fn.apply(app.engine, [...args, callback]));
  await settle(world, rule);
  return Object.assign(got, { $code: code });
}

/** The one call of `member` a call must produce, or a Violation. */
export function only(got: Record<string, unknown[][]>, member: string, rule: string, what: string): unknown[] {
  const calls = got[member] ?? [];
  if (calls.length !== 1) throw new Violation(rule, `${what}: ${member} was called ${calls.length} times, expected once`, { expected: 1, actual: calls.length });
  return calls[0];
}

/** Connects through the wrapper and returns onConnected's code (undefined if it has not come yet). */
export async function connect(world: World, app: App, rule: string, userId: string): Promise<number | undefined> {
  const got = await call(world, app, rule, 'connect', [world.server.issueToken(userId), 0], ['onConnected']);
  return got.onConnected[0]?.[0] as number | undefined;
}

/** Records every call of a listener set through the wrapper, with the virtual time it came at. */
export function listen(world: World, app: App, setter: string): Array<{ t: number; args: unknown[] }> {
  const heard: Array<{ t: number; args: unknown[] }> = [];
  if (typeof app.engine[setter] !== 'function') throw new Violation('api-surface', `the engine has no method ${setter}`, { method: setter });
  app.engine[setter]((...args: unknown[]) => heard.push({ t: world.clock.now(), args }));
  return heard;
}

/** A text message made by the wrapper's createTextMessage. */
export async function text(app: App, type: number, targetId: string, body: string, rule: string): Promise<Record<string, unknown>> {
  return (await answer(rule, 'createTextMessage', () => app.engine.createTextMessage(type, targetId, '', body))) as Record<string, unknown>;
}

/** A semantic rule: a property over the simulator, skipped while a native method it needs is missing. */
export function ruleCheck<T>(id: string, requires: readonly string[], defaultRuns: number, input: fc.Arbitrary<T>, body: (ctx: CheckContext, value: T) => Promise<void>): Check {
  return {
    id,
    kind: 'rule',
    feeds: [],
    defaultRuns,
    async run(ctx: CheckContext): Promise<CheckResult> {
      const missing = requires.filter((m) => !ctx.simulated.android.has(m));
      if (missing.length) return { status: 'skipped', runs: 0, reason: `native method${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not simulated yet` };
      const property = fc.asyncProperty(input, (value) => body(ctx, value));
      return runProperty(id, property, ctx, ctx.numRuns ?? defaultRuns);
    },
  };
}
