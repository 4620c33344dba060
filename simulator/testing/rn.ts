/**
 * Test helpers for driving a device through its RN native module the way a wrapper does: explicit
 * eventIds, emitter subscriptions, and collected events. Tests only (excluded from the build).
 */
import type { Device } from '../device/device';
import { pascal } from '../facades/rn/define';
import type { World } from '../world';

export interface Recorded {
  name: string;
  data: any;
}

/** Records every event the device emits to JS (by name prefix) from now on. */
export function record(device: Device, names: string[]): Recorded[] {
  const out: Recorded[] = [];
  for (const name of names) device.rn.emitter.addListener(name, (data) => out.push({ name, data }));
  return out;
}

const counters = new WeakMap<Device, number>();
/** A per-device counter, so two runs of a scenario pass the same eventIds. */
export function eventId(device: Device): string {
  const n = (counters.get(device) ?? 0) + 1;
  counters.set(device, n);
  return `${device.id}-ev-${n}`;
}

/** Calls a native method with a fresh eventId and collects its per-call events. */
export async function callWithEvents(device: Device, method: string, args: unknown[], callbacks: string[]): Promise<{ code: unknown; eventId: string; events: Record<string, any[]> }> {
  const id = eventId(device);
  const events: Record<string, any[]> = {};
  const prefix = pascal(method);
  for (const cb of callbacks) {
    events[cb] = [];
    device.rn.emitter.addListener(`${prefix}:${cb}`, (data) => {
      if (data?.eventId === id) events[cb].push(data);
    });
  }
  const code = await device.rn.native[method](...args, id);
  return { code, eventId: id, events };
}

/** create + connect a device as `userId`; resolves after onConnected. */
export async function connectAs(world: World, device: Device, userId: string, options: Record<string, unknown> = {}): Promise<{ code: number; userId: string }> {
  if (!device.engine) device.rn.native.create(world.appKey, options);
  const token = world.server.issueToken(userId);
  const result = await callWithEvents(device, 'connect', [token, 0], ['onDatabaseOpened', 'onConnected']);
  await world.settle();
  const connected = result.events.onConnected[0];
  if (!connected) throw new Error(`connect of ${userId} on ${device.id} did not answer`);
  return { code: connected.code, userId: connected.userId };
}

/** Builds a text message on a device (as createTextMessage does) and sends it; returns the per-call events. */
export async function sendText(world: World, device: Device, conversationType: number, targetId: string, text: string) {
  const message = await device.rn.native.createTextMessage(conversationType, targetId, '', text);
  const result = await callWithEvents(device, 'sendMessage', [message], ['onMessageSaved', 'onMessageSent']);
  await world.settle();
  return result;
}

/** Calls a get… method and settles: its immediate code and its onSuccess (or onError) payload. */
export async function ask(world: World, device: Device, method: string, args: unknown[]) {
  const { code, events } = await callWithEvents(device, method, args, ['onSuccess', 'onError']);
  await world.settle();
  return { code, ok: events.onSuccess[0], error: events.onError[0] };
}

/** Calls an operation and settles: its immediate code and its one per-call event. */
export async function act(world: World, device: Device, method: string, args: unknown[], callback: string) {
  const { code, events } = await callWithEvents(device, method, args, [callback]);
  await world.settle();
  return { code, event: events[callback][0] };
}
