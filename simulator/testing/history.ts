/**
 * Test helpers of the history area (recall, receipts, expansion, search ...): people signed in on their
 * own phones, messages sent one virtual second apart, and per-call answers awaited. Tests only.
 */
import type { Device } from '../device/device';
import { createWorld, type World } from '../world';
import { callWithEvents, connectAs } from './rn';

export const PRIVATE = 1;
export const GROUP = 2;
export const CHATROOM = 3;
export const L = (name: string) => `IRCIMIWListener:${name}`;

/** A world with one connected android phone per user id (`<id>-phone`). */
export async function people<const Id extends string>(ids: readonly Id[], options: { seed?: number; limits?: Record<string, number> } = {}): Promise<{ world: World } & { [K in Id]: Device }> {
  const world = createWorld({ seed: options.seed ?? 7, limits: options.limits });
  const devices: Record<string, Device> = {};
  for (const id of ids) {
    devices[id] = world.device({ id: `${id}-phone` });
    await connectAs(world, devices[id], id);
  }
  return { world, ...devices } as { world: World } & { [K in Id]: Device };
}

/** `createTextMessage` on a device, typed loosely for tests that adjust the message before using it. */
export async function textMessage(device: Device, conversationType: number, targetId: string, text: string): Promise<any> {
  return device.rn.native.createTextMessage(conversationType, targetId, '', text);
}

/**
 * Sends texts one virtual second apart (so every message has its own sentTime, as on a real phone) and
 * returns the sent messages as `onMessageSent` reported them.
 */
export async function sendTexts(world: World, device: Device, conversationType: number, targetId: string, texts: string[], stepMs = 1000): Promise<any[]> {
  const sent: any[] = [];
  for (const text of texts) {
    await world.clock.advance(stepMs);
    const message = await device.rn.native.createTextMessage(conversationType, targetId, '', text);
    const { events } = await callWithEvents(device, 'sendMessage', [message], ['onMessageSent']);
    await world.settle();
    const result = events.onMessageSent[0];
    if (!result || result.code !== 0) throw new Error(`send of ${JSON.stringify(text)} failed: ${JSON.stringify(result)}`);
    sent.push(result.message);
  }
  return sent;
}

/**
 * Calls a native method with an eventId and waits for the world to settle: the immediate code and the
 * first payload of each named callback (undefined when none came).
 */
export async function ask(world: World, device: Device, method: string, args: unknown[], callbacks: string[] = ['onSuccess', 'onError']): Promise<{ code: unknown; [callback: string]: any }> {
  const { code, events } = await callWithEvents(device, method, args, callbacks);
  await world.settle();
  const out: { code: unknown; [callback: string]: any } = { code };
  for (const cb of callbacks) {
    if (events[cb].length > 1) throw new Error(`${method}: ${cb} came ${events[cb].length} times`);
    out[cb] = events[cb][0];
  }
  return out;
}

/** `getMessages` and the messages' texts, for short assertions. */
export async function texts(world: World, device: Device, conversationType: number, targetId: string, sentTime: number, order: number, policy: number, count: number): Promise<string[]> {
  const r = await ask(world, device, 'getMessages', [conversationType, targetId, '', sentTime, order, policy, count]);
  if (!r.onSuccess) throw new Error(`getMessages failed: ${JSON.stringify(r)}`);
  return r.onSuccess.t.map((m: any) => m.text ?? `#${m.messageType}`);
}
