// The boundary rules, checked on what one batch of calls showed (calls.ts): the native side kept its
// contract, the wrapper called native right, its promise settled as native's did, and each callback ran
// once for each event of its own call, with the payload fields in order.
import { valueParams, thenable, type BatchEnv, type CallObservation, type Settlement } from './calls';
import { same, isMapOf, isPlainObject, show } from './equality';
import { pascal } from './sdk';
import { Violation } from './violation';

/** Checks one batch against the boundary rules; throws the first Violation found. */
export function verifyBatch(env: BatchEnv, observations: CallObservation[], fromEvent: number): void {
  verifyNativeSide(env, fromEvent);
  const eventIds: string[] = [];
  observations.forEach((obs, i) => {
    const eid = verifyArguments(env, obs);
    if (eid !== undefined) {
      const clash = eventIds.indexOf(eid);
      if (clash >= 0) {
        throw new Violation('event-correlation', `two overlapping ${obs.planned.method} calls passed native the same eventId ${JSON.stringify(eid)}, so each call's events also reach the other's callbacks`, {
          method: obs.planned.method,
          expected: 'a distinct eventId per call',
          actual: [eventIds[clash], eid],
        });
      }
      eventIds.push(eid);
    }
    verifyResult(env, obs);
    verifyCallbacks(env, obs, i, eid, fromEvent);
  });
}

/**
 * Native writes null where a value is nil (Android; iOS leaves the key out, boundary §5.3), so a null field
 * counts as absent: optional fields may be null, required ones may not.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
  return out;
}

/** Native's own events must match the contracts, or nothing the wrapper does with them can be judged. */
function verifyNativeSide(env: BatchEnv, fromEvent: number): void {
  for (const event of env.observer.events) {
    if (event.seq <= fromEvent) continue;
    const schema = env.sdk.nativeCallEvents[event.name] ?? env.sdk.nativeGlobalEvents[event.name];
    if (!schema) continue;
    const parsed = schema.safeParse(withoutNulls(event.data));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Violation('event-schema', `native sent ${event.name} with a payload that breaks the contract at ${issue.path.join('.') || '(root)'}: ${issue.message}`, {
        expected: `payload of ${event.name} as in the contract`,
        actual: event.data,
      });
    }
  }
  const handlerError = env.observer.handlerErrors[0];
  if (handlerError) {
    throw new Violation('callback-payload', `the wrapper's handler for ${handlerError.event} threw: ${String((handlerError.error as Error)?.message ?? handlerError.error)}`, {
      actual: handlerError.error,
    });
  }
}

/** Same native method, same arguments in order, Maps converted, eventId last; returns the eventId passed. */
function verifyArguments(env: BatchEnv, obs: CallObservation): string | undefined {
  const name = obs.planned.method;
  const method = env.sdk.engineMethods[name];
  const native = env.sdk.nativeMethods[name];
  const shortcut = name === 'setDeviceToken' && env.platform !== 'ios';
  const others = obs.nativeCalls.filter((c) => c.method !== name);
  if (others.length) {
    throw new Violation('argument-order', `${name} called native.${others[0].method}; it must call only native.${name}`, { method: name, expected: `native.${name}(...)`, actual: `native.${others[0].method}(${show(others[0].args)})` });
  }
  if (shortcut) {
    // Android has no native setDeviceToken: the wrapper resolves 0 itself (boundary §1).
    if (obs.nativeCalls.length) throw new Violation('argument-order', `setDeviceToken called native on ${env.platform}, where the native method does not exist`, { method: name, expected: 'no native call', actual: obs.nativeCalls[0].args });
    return undefined;
  }
  if (obs.threw) {
    throw new Violation('immediate-code', `${name} threw ${show(obs.threw.error)} instead of returning native's promise`, { method: name, expected: `native.${name}'s promise`, actual: obs.threw.error });
  }
  if (obs.nativeCalls.length !== 1) {
    throw new Violation('argument-order', obs.nativeCalls.length ? `${name} called native.${name} ${obs.nativeCalls.length} times` : `${name} never called native.${name}`, { method: name, expected: 1, actual: obs.nativeCalls.length });
  }
  const passed = obs.nativeCalls[0].args;
  const params = valueParams(method);
  params.forEach((p, i) => {
    const given = obs.planned.args[i];
    const got = passed[i];
    if (p.isMap && given instanceof Map) {
      const expected = Object.fromEntries(given);
      if (got instanceof Map || !isPlainObject(got) || !same(got, expected)) {
        throw new Violation('map-conversion', `${name} must pass ${p.name} to native as Object.fromEntries(map)`, { method: name, expected, actual: got });
      }
      return;
    }
    if (!same(got, given)) {
      throw new Violation('argument-order', `${name} passed native ${show(got)} as argument ${i + 1} (${p.name}); the wrapper got ${show(given)} for it`, { method: name, expected: given, actual: got });
    }
  });
  const expectedLength = params.length + (native.eventId ? 1 : 0);
  if (native.eventId) {
    const eid = passed[params.length];
    if (typeof eid !== 'string' || eid.length === 0) {
      throw new Violation('event-correlation', `${name} must pass a fresh eventId string as native argument ${params.length + 1}; it passed ${show(eid)}`, { method: name, expected: 'eventId string', actual: passed.slice(params.length) });
    }
  }
  if (passed.length > expectedLength) {
    throw new Violation('argument-order', `${name} passed native ${passed.length} arguments; the native method takes ${expectedLength}`, { method: name, expected: expectedLength, actual: passed });
  }
  return native.eventId ? (passed[params.length] as string) : undefined;
}

/** The promise settles as native's did, with the same value, and not before native answered. */
function verifyResult(env: BatchEnv, obs: CallObservation): void {
  const name = obs.planned.method;
  const method = env.sdk.engineMethods[name];
  if (!method.returns.startsWith('Promise')) return;
  if (!thenable(obs.returned)) {
    throw new Violation('immediate-code', `${name} returned ${show(obs.returned)}; it must return a promise`, { method: name, expected: 'a promise', actual: obs.returned });
  }
  if (name === 'setDeviceToken' && env.platform !== 'ios') {
    if (obs.settlement.state !== 'resolved' || obs.settlement.value !== 0) {
      throw new Violation('immediate-code', `setDeviceToken on ${env.platform} must resolve 0 without native`, { method: name, expected: 0, actual: obs.settlement });
    }
    return;
  }
  const native = obs.nativeCalls[0];
  if (obs.settledEarly) {
    throw new Violation('immediate-code', `${name}'s promise ${obs.settlement.state} (${show(obs.settlement.value)}) before native had answered`, { method: name, expected: 'to settle only with native\'s answer', actual: obs.settlement });
  }
  const outcome = native.outcome;
  if (outcome.kind === 'resolved') {
    if (obs.settlement.state !== 'resolved' || !same(obs.settlement.value, outcome.value)) {
      throw new Violation('immediate-code', `native resolved ${name} with ${show(outcome.value)}; the wrapper's promise ${describeSettlement(obs.settlement)}`, { method: name, expected: outcome.value, actual: obs.settlement.state === 'resolved' ? obs.settlement.value : obs.settlement });
    }
  } else if (outcome.kind === 'rejected') {
    const reason = obs.settlement.value as { code?: unknown; message?: unknown } | undefined;
    const sameReason = reason === outcome.reason || (reason !== undefined && same(reason?.code, (outcome.reason as { code?: unknown })?.code) && same(reason?.message, (outcome.reason as { message?: unknown })?.message));
    if (obs.settlement.state !== 'rejected' || !sameReason) {
      throw new Violation('immediate-code', `native rejected ${name} (${show(outcome.reason)}); the wrapper's promise ${describeSettlement(obs.settlement)}`, { method: name, expected: { rejected: outcome.reason }, actual: obs.settlement });
    }
  }
}

function describeSettlement(s: Settlement): string {
  return s.state === 'pending' ? 'never settled' : `${s.state} with ${show(s.value)}`;
}

/** Each supplied callback runs once per event of its own call, with the payload fields in order. */
function verifyCallbacks(env: BatchEnv, obs: CallObservation, index: number, eid: string | undefined, fromEvent: number): void {
  const name = obs.planned.method;
  const method = env.sdk.engineMethods[name];
  const cb = method.params.find((p) => p.kind === 'callback')?.callback;
  if (!cb || !obs.planned.callback) return;
  const prefix = `${pascal(name)}:`;
  const owner = `call#${index}`;
  const mine = env.observer.invocations.filter((inv) => inv.owner === owner);
  const own = env.observer.events.filter((e) => e.seq > fromEvent && e.name.startsWith(prefix) && eid !== undefined && e.data?.eventId === eid);
  const outcome = obs.nativeCalls[0]?.outcome;
  const accepted = outcome?.kind === 'resolved' && outcome.value === 0;
  for (const inv of mine) {
    const ev = inv.event;
    if (ev && ev.name === prefix + inv.member && eid !== undefined && ev.data?.eventId === eid && ev.seq > fromEvent) continue;
    if (!accepted && own.length === 0) {
      throw new Violation('immediate-code', `${name}: ${inv.member} was called although native answered ${outcome?.kind === 'resolved' ? show(outcome.value) : outcome?.kind}; no event follows a non-zero code`, {
        method: name, expected: 'no callback', actual: `${inv.member}(${show(inv.args)})`,
      });
    }
    throw new Violation('event-correlation', `${name}: ${inv.member} ran while ${ev ? `${ev.name} (eventId ${show(ev.data?.eventId)})` : 'no event'} was being delivered; its call's eventId is ${show(eid)}`, {
      method: name,
      expected: ev ? `${ev.name.split(':')[1]} for that event, and only for eventId ${show(eid)}` : 'no call',
      actual: `${inv.member}(${show(inv.args)})`,
    });
  }
  const seenNames = new Set<string>();
  for (const ev of own) {
    const memberName = ev.name.slice(prefix.length);
    const repeated = seenNames.has(ev.name);
    seenNames.add(ev.name);
    if (!obs.planned.callback.includes(memberName)) continue;
    const member = cb.members.find((m) => m.name === memberName);
    if (!member) continue;
    const progress = member.params.some((p) => p.name === 'progress');
    const hits = mine.filter((inv) => inv.event === ev);
    if (hits.length === 0) {
      if (repeated && !progress) continue; // a repeated final event may be ignored: each member fires at most once
      throw new Violation('event-correlation', `${name}: native sent ${ev.name} with the call's eventId but ${memberName} was not called`, { method: name, expected: `${memberName}(${show(member.params.map((p) => ev.data?.[p.name]))})`, actual: 'no call' });
    }
    if (hits.length > 1) {
      throw new Violation('callback-once', `${name}: ${memberName} was called ${hits.length} times for one ${ev.name} event`, { method: name, expected: 1, actual: hits.length });
    }
    const expected = member.params.map((p) => ev.data?.[p.name]);
    const got = hits[0].args;
    const ok = got.length === expected.length && member.params.every((p, k) => same(got[k], expected[k]) || (p.isMap && isMapOf(got[k], expected[k])));
    if (!ok) {
      throw new Violation('callback-payload', `${name}: ${memberName} must get the ${ev.name} payload fields (${member.params.map((p) => p.name).join(', ')}) in that order`, { method: name, expected, actual: got });
    }
  }
}
