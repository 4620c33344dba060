// The simulated world a method check runs in: alice's phone (the wrapper under test, behind the recorder)
// and bob's phone, a group, and a few real messages made by the native create/send methods. Built the
// same way every run (fixed world seed), so values seen once (ids, UIds) are valid in every run.
import { createWorld, type Device, type World } from '../../simulator';
import { EventObserver } from './observer';
import { NativeRecorder } from './recorder';
import type { Slot } from './slot';
import type { DeviceView, EngineInstance, Platform } from './types';

export const FIXTURE_WORLD_SEED = 20240101;

export type LinkState = 'connected' | 'disconnected' | 'offline';

/** Values of one fixture, for building arguments (identical in every run on the same platform). */
export interface Template {
  platform: Platform;
  appKey: string;
  now: number;
  token: string;
  messages: {
    created: Record<string, unknown>;
    createdMedia: Record<string, unknown>;
    sent: Record<string, unknown>;
    sentGroup: Record<string, unknown>;
    received: Record<string, unknown>;
  };
}

export interface Fixture {
  world: World;
  device: Device;
  peer: Device;
  recorder: NativeRecorder;
  observer: EventObserver;
  view: DeviceView;
  /** The wrapper's engine (absent when building a template). */
  engine: EngineInstance;
  template: Template;
}

/** A device view whose native module is behind a recorder; what the wrapper is loaded with. */
export function recordedView(device: Device): { view: DeviceView; recorder: NativeRecorder } {
  const recorder = new NativeRecorder(device.rn.native);
  return { recorder, view: { id: device.id, platform: device.platform, rn: { native: recorder.native, emitter: device.rn.emitter } } };
}

/** Calls a native method directly (not through the wrapper) and waits for its per-call event. */
async function rawCall(world: World, device: Device, method: string, args: unknown[], event: string): Promise<any> {
  const eventId = `fixture-${device.log.all().length}`;
  let payload: unknown;
  const sub = device.rn.emitter.addListener(event, (data) => {
    if (data?.eventId === eventId) payload = data;
  });
  await device.rn.native[method](...args, eventId);
  await world.settle();
  sub.remove();
  if (payload === undefined) throw new Error(`fixture: ${method} on ${device.id} sent no ${event}`);
  return payload;
}

async function receiveOne(world: World, device: Device, run: () => Promise<unknown>): Promise<Record<string, unknown>> {
  let message: Record<string, unknown> | undefined;
  const sub = device.rn.emitter.addListener('IRCIMIWListener:onMessageReceived', (data) => (message ??= data?.message));
  await run();
  await world.settle();
  sub.remove();
  if (!message) throw new Error(`fixture: ${device.id} received nothing`);
  return message;
}

/** Builds the world and points the slot's wrapper copy at alice's phone (no slot: template only). */
export async function buildFixture(getSlot: ((first: DeviceView) => Slot) | null, platform: Platform, state: LinkState = 'connected'): Promise<Fixture> {
  const world = createWorld({ seed: FIXTURE_WORLD_SEED });
  const device = world.device({ platform, id: 'alice-phone' });
  const peer = world.device({ platform: 'android', id: 'bob-phone' });
  const { view, recorder } = recordedView(device);
  const observer = new EventObserver(device.rn.emitter);
  const slot = getSlot?.(view) ?? null;
  slot?.point(view);
  const native = device.rn.native;
  // The slot's engine instance already exists; the new device needs its native engine, as create makes it.
  native.create(world.appKey, {});
  peer.rn.native.create(world.appKey, {});
  world.server.createGroup('g1', ['alice', 'bob']);
  const token = world.server.issueToken('alice');
  await rawCall(world, device, 'connect', [token, 0], 'Connect:onConnected');
  await rawCall(world, peer, 'connect', [world.server.issueToken('bob'), 0], 'Connect:onConnected');
  const toBob = await native.createTextMessage(1, 'bob', '', 'hello bob');
  const sent = (await rawCall(world, device, 'sendMessage', [toBob], 'SendMessage:onMessageSent')).message;
  const toGroup = await native.createTextMessage(2, 'g1', '', 'hello group');
  const sentGroup = (await rawCall(world, device, 'sendMessage', [toGroup], 'SendMessage:onMessageSent')).message;
  const received = await receiveOne(world, device, async () => {
    const toAlice = await peer.rn.native.createTextMessage(1, 'alice', '', 'hello alice');
    await rawCall(world, peer, 'sendMessage', [toAlice], 'SendMessage:onMessageSent');
  });
  const created = (await native.createTextMessage(1, 'bob', '', 'not sent yet')) as Record<string, unknown>;
  const createdMedia = (await native.createImageMessage(1, 'bob', '', '/sdcard/DCIM/photo.jpg')) as Record<string, unknown>;
  if (state === 'disconnected') await native.disconnect(false);
  if (state === 'offline') device.network.down();
  await world.settle();
  recorder.reset();
  observer.clear();
  const template: Template = {
    platform,
    appKey: world.appKey,
    now: world.clock.now(),
    token,
    messages: { created, createdMedia, sent, sentGroup, received },
  };
  return { world, device, peer, recorder, observer, view, engine: slot?.engine ?? {}, template };
}

/** Native methods the fixture itself calls: without them no method runs on the simulator. */
export const FIXTURE_NATIVES: readonly string[] = ['create', 'connect', 'disconnect', 'createTextMessage', 'createImageMessage', 'sendMessage'];

const templates = new Map<Platform, Promise<Template>>();

/** Plain message shapes (boundary §5.4), for when the simulator cannot build the fixture. */
function syntheticTemplate(platform: Platform): Template {
  const base = { conversationType: 1, messageType: 2, targetId: 'bob', channelId: '', messageId: 0, messageUId: '', offLine: false, receivedTime: 0, sentTime: 0, receivedStatus: 0, sentStatus: 0, senderUserId: 'alice', direction: 0, extra: '', expansion: null, text: 'hello' };
  const sent = { ...base, messageId: 1, messageUId: 'AAAA-BBBB-CCCC-0001', sentStatus: 2 };
  const { text: _text, ...withoutText } = base;
  return {
    platform,
    appKey: 'imsim-app-key',
    now: Date.UTC(2024, 0, 1),
    token: 'no-token',
    messages: {
      created: base,
      createdMedia: { ...withoutText, messageType: 4, local: '/sdcard/DCIM/photo.jpg', remote: '', thumbnailBase64String: '', original: false },
      sent,
      sentGroup: { ...sent, conversationType: 2, targetId: 'g1', messageId: 2, messageUId: 'AAAA-BBBB-CCCC-0002' },
      received: { ...sent, senderUserId: 'bob', direction: 1, messageId: 3, messageUId: 'AAAA-BBBB-CCCC-0003' },
    },
  };
}

/** The fixture's values on one platform (built once per process; synthetic if the simulator cannot). */
export function templateFor(platform: Platform): Promise<Template> {
  let t = templates.get(platform);
  if (!t) templates.set(platform, (t = buildFixture(null, platform).then((f) => f.template, () => syntheticTemplate(platform))));
  return t;
}
