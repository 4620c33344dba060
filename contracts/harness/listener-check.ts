// The check of one listener setter: any sequence of set(A) / set(B) / set(undefined) leaves at most one
// subscription on the event and only the last listener live; an emitted payload (schema-valid, from the
// contract) reaches it once, fields in the listener's parameter order, →Map fields as Maps; and another
// event's listener is untouched by it.
import fc from 'fast-check';
import { createWorld } from '../../simulator';
import type { ListenerContract } from '../contract-types';
import { runProperty, slotFor, withCalls, type Check, type CheckContext } from './check';
import { isMapOf, same, show } from './equality';
import { EventObserver } from './observer';
import type { SdkContracts } from './sdk';
import type { Platform } from './types';
import { Violation } from './violation';
import { zodArbitrary } from './zod-arbitrary';

type Op = 'A' | 'B' | 'clear';

export function listenerFeeds(l: ListenerContract): string[] {
  return ['api-surface', 'listener-replacement', 'listener-payload', ...(l.params.some((p) => p.isMap) ? ['map-conversion'] : [])];
}

export function listenerCheck(sdk: SdkContracts, setter: string): Check {
  const contract = sdk.listenerSetters[setter];
  const setters = Object.keys(sdk.listenerSetters);
  // A neighbour whose listener must survive everything done to this one.
  const other = sdk.listenerSetters[setters[(setters.indexOf(setter) + 1) % setters.length]];
  const eventName = sdk.globalPrefix + contract.event;
  const otherEvent = sdk.globalPrefix + other.event;
  return {
    id: setter,
    kind: 'method',
    feeds: listenerFeeds(contract),
    defaultRuns: 20,
    async run(ctx: CheckContext) {
      const input = fc.record({
        platform: fc.constantFrom<Platform>('android', 'ios'),
        ops: fc.array(fc.constantFrom<Op>('A', 'B', 'clear'), { minLength: 1, maxLength: 4 }),
        payload: zodArbitrary(sdk.nativeGlobalEvents[eventName]) as fc.Arbitrary<Record<string, unknown>>,
        otherPayload: zodArbitrary(sdk.nativeGlobalEvents[otherEvent]) as fc.Arbitrary<Record<string, unknown>>,
      });
      const property = fc.asyncProperty(input, async ({ platform, ops, payload, otherPayload }) => {
        try {
          // A simulated device: payloads go out through its emitter, as the facade sends them.
          const world = createWorld({ seed: ctx.seed });
          const device = world.device({ platform, id: 'listener-phone' });
          const emitter = device.rn.emitter;
          const observer = new EventObserver(emitter);
          const slot = slotFor(ctx, `listeners-${platform}`, platform, device, world.appKey);
          slot.point(device);
          const engine = slot.engine;
          if (typeof engine[setter] !== 'function') throw new Violation('api-surface', `the engine has no method ${setter}`, { method: setter });
          // The neighbour is only a witness; a wrapper without it is reported by the create check.
          const withNeighbour = typeof engine[other.setter] === 'function';
          if (withNeighbour) engine[other.setter](observer.spy('listener:C', 'C'));
          const spies = { A: observer.spy('listener:A', 'A'), B: observer.spy('listener:B', 'B') };
          const done: string[] = [];
          for (const op of ops) {
            try {
              engine[setter](op === 'clear' ? undefined : spies[op]);
            } catch (error) {
              throw new Violation('listener-replacement', `${setter}(${op === 'clear' ? 'undefined' : op}) threw ${show(error)}`, { method: setter, actual: error });
            }
            done.push(op === 'clear' ? `${setter}(undefined)` : `${setter}(${op})`);
            const count = emitter.listenerCount(eventName);
            if (count > 1) {
              throw new Violation('listener-replacement', `after ${done.join(', ')} there are ${count} subscriptions to ${eventName}; a setter replaces the previous listener`, { method: setter, expected: '<= 1', actual: count });
            }
          }
          emitter.emit(eventName, payload);
          for (const e of world.takeErrors()) observer.handlerErrors.push({ event: eventName, error: e.error });
          const last = ops[ops.length - 1];
          const calls = (who: string) => observer.invocations.filter((i) => i.owner === `listener:${who}`);
          const error = observer.handlerErrors[0];
          if (error) throw new Violation('listener-payload', `the wrapper's handler for ${error.event} threw: ${String((error.error as Error)?.message ?? error.error)}`, { method: setter, actual: error.error });
          for (const who of ['A', 'B'] as const) {
            const n = calls(who).length;
            const expected = who === last ? 1 : 0;
            if (n !== expected) {
              throw new Violation('listener-replacement', `after ${done.join(', ')}, listener ${who} was called ${n} times for one ${eventName}`, { method: setter, expected, actual: n });
            }
          }
          if (last !== 'clear') {
            const got = calls(last)[0].args;
            const expected = contract.params.map((p) => (p.isMap ? new Map(Object.entries(payload[p.name] as object)) : payload[p.name]));
            contract.params.forEach((p, i) => {
              if (p.isMap) {
                if (!isMapOf(got[i], payload[p.name])) {
                  throw new Violation('map-conversion', `${setter}: ${p.name} must reach the listener as new Map(Object.entries(payload.${p.name}))`, { method: setter, expected: expected[i], actual: got[i] });
                }
              } else if (!same(got[i], payload[p.name])) {
                throw new Violation('listener-payload', `${setter}: argument ${i + 1} must be payload.${p.name} (${show(payload[p.name])})`, { method: setter, expected, actual: got });
              }
            });
            if (got.length !== contract.params.length) {
              throw new Violation('listener-payload', `${setter}: the listener got ${got.length} arguments; the payload has ${contract.params.length} fields for it`, { method: setter, expected, actual: got });
            }
          }
          if (withNeighbour) emitter.emit(otherEvent, otherPayload);
          for (const e of world.takeErrors()) observer.handlerErrors.push({ event: otherEvent, error: e.error });
          if (observer.handlerErrors.length) throw new Violation('listener-payload', `the wrapper's handler for ${otherEvent} threw: ${String((observer.handlerErrors[0].error as Error)?.message ?? observer.handlerErrors[0].error)}`, { method: other.setter });
          if (withNeighbour && calls('C').length !== 1) {
            throw new Violation('listener-replacement', `${setter} also dropped the ${other.setter} listener (called ${calls('C').length} times for its event)`, { method: setter, expected: 1, actual: calls('C').length });
          }
        } catch (error) {
          if (error instanceof Violation) withCalls(error, { platform, calls: [`${other.setter}(C)`, ...ops.map((op) => `${setter}(${op === 'clear' ? 'undefined' : op})`)], emitted: { [eventName]: payload } });
          throw error;
        }
      });
      return runProperty(setter, property, ctx, ctx.numRuns ?? this.defaultRuns);
    },
  };
}
