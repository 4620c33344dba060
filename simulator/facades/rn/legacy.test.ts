import { readFileSync } from 'fs';
import { join } from 'path';
import { createWorld, type Device, type World } from '../../index';
import { connectAs, record } from '../../testing/rn';
import type { ArgKind } from './args';
import { nativeMethodDefs } from './define';

/**
 * 5.2.4-style calls: the older wrappers never pass a trailing eventId, and listen for results on the global
 * `IRCIMIWListener:*` events with the echoed arguments.
 */
const L = (name: string) => `IRCIMIWListener:${name}`;
const PRIVATE = 1;
const GROUP = 2;

async function pair() {
  const world = createWorld({ seed: 5 });
  const alice = world.device({ id: 'alice-phone' });
  const bob = world.device({ id: 'bob-phone' });
  await connectAs(world, bob, 'bob');
  return { world, alice, bob };
}

/** Records the payloads of global events by short name. */
function globals(device: Device, names: string[]): Record<string, any[]> {
  const out: Record<string, any[]> = {};
  for (const name of names) {
    out[name] = [];
    device.rn.emitter.addListener(L(name), (data) => out[name].push(data));
  }
  return out;
}

/** Per-call event names the device emitted (nothing legacy should produce them). */
function perCallEvents(device: Device): string[] {
  return device.log.filter('event').map((e) => e.name).filter((n) => !n.startsWith('IRCIMIWListener:'));
}

async function legacyConnect(world: World, device: Device, userId: string) {
  device.rn.native.create(world.appKey, {});
  const code = await device.rn.native.connect(world.server.issueToken(userId), 0);
  await world.settle();
  return code;
}

describe('legacy (5.2.4) calls without eventId', () => {
  test('connect reports onDatabaseOpened and onConnected as global events', async () => {
    const world = createWorld();
    const phone = world.device();
    const events = globals(phone, ['onDatabaseOpened', 'onConnected']);
    expect(await legacyConnect(world, phone, 'alice')).toBe(0);
    expect(events).toEqual({ onDatabaseOpened: [{ code: 0 }], onConnected: [{ code: 0, userId: 'alice' }] });
    expect(perCallEvents(phone)).toEqual([]);
  });

  test('sendMessage reports onMessageAttached and onMessageSent; the peer receives it', async () => {
    const { world, alice, bob } = await pair();
    await legacyConnect(world, alice, 'alice');
    const events = globals(alice, ['onMessageAttached', 'onMessageSent']);
    const inbox = record(bob, [L('onMessageReceived')]);
    const message = await alice.rn.native.createTextMessage(PRIVATE, 'bob', '', 'old wrapper');
    expect(await alice.rn.native.sendMessage(message)).toBe(0);
    await world.settle();
    expect(events.onMessageAttached).toEqual([{ message: expect.objectContaining({ text: 'old wrapper', sentStatus: 0, messageId: expect.any(Number) }) }]);
    expect(events.onMessageSent).toEqual([{ code: 0, message: expect.objectContaining({ text: 'old wrapper', sentStatus: 2 }) }]);
    expect(inbox.map((e) => e.data.message.text)).toEqual(['old wrapper']);
    expect(perCallEvents(alice)).toEqual([]);
  });

  test('sendGroupMessageToDesignatedUsers reports onGroupMessageToDesignatedUsersAttached / Sent', async () => {
    const { world, alice } = await pair();
    await legacyConnect(world, alice, 'alice');
    world.server.createGroup('g1', ['alice', 'bob']);
    const events = globals(alice, ['onGroupMessageToDesignatedUsersAttached', 'onGroupMessageToDesignatedUsersSent']);
    const message = await alice.rn.native.createTextMessage(GROUP, 'g1', '', 'hi bob');
    expect(await alice.rn.native.sendGroupMessageToDesignatedUsers(message, ['bob'])).toBe(0);
    await world.settle();
    expect(events.onGroupMessageToDesignatedUsersAttached.map((e) => e.message.text)).toEqual(['hi bob']);
    expect(events.onGroupMessageToDesignatedUsersSent.map((e) => [e.code, e.message.sentStatus])).toEqual([[0, 2]]);
  });

  test('sendMediaMessage reports attached, sending progress and sent; a cancel answers onSendingMediaMessageCanceled {code, message}', async () => {
    const { world, alice, bob } = await pair();
    await legacyConnect(world, alice, 'alice');
    const events = globals(alice, ['onMediaMessageAttached', 'onMediaMessageSending', 'onMediaMessageSent', 'onSendingMediaMessageCanceled']);
    const inbox = record(bob, [L('onMessageReceived')]);
    const first = await alice.rn.native.createImageMessage(PRIVATE, 'bob', '', '/sdcard/a.jpg');
    expect(await alice.rn.native.sendMediaMessage(first)).toBe(0);
    await world.clock.advance(400);
    expect(events.onMediaMessageAttached.map((e) => e.message.local)).toEqual(['/sdcard/a.jpg']);
    expect(events.onMediaMessageSending.map((e) => e.progress)).toEqual([25, 50, 75, 100]);
    expect(events.onMediaMessageSent).toEqual([{ code: 0, message: expect.objectContaining({ sentStatus: 2, remote: expect.stringMatching(/^https:/) }) }]);
    expect(inbox).toHaveLength(1);

    const second = await alice.rn.native.createImageMessage(PRIVATE, 'bob', '', '/sdcard/b.jpg');
    await alice.rn.native.sendMediaMessage(second);
    await world.clock.advance(100);
    const attached = events.onMediaMessageAttached[1].message;
    expect(await alice.rn.native.cancelSendingMediaMessage(attached)).toBe(0);
    await world.clock.advance(1_000);
    expect(events.onSendingMediaMessageCanceled).toEqual([{ code: 0, message: expect.objectContaining({ messageId: attached.messageId, sentStatus: 6 }) }]);
    expect(events.onMediaMessageSent).toHaveLength(1);
    expect(inbox).toHaveLength(1);
    expect(perCallEvents(alice)).toEqual([]);
  });

  test('downloadMediaMessage reports downloading and downloaded; a cancel answers onDownloadingMediaMessageCanceled {code, message}', async () => {
    const { world, alice, bob } = await pair();
    await legacyConnect(world, alice, 'alice');
    const inbox = record(bob, [L('onMessageReceived')]);
    await alice.rn.native.sendMediaMessage(await alice.rn.native.createFileMessage(PRIVATE, 'bob', '', '/sdcard/f.pdf'));
    await world.clock.advance(400);
    const received = inbox[0].data.message;
    const events = globals(bob, ['onMediaMessageDownloading', 'onMediaMessageDownloaded', 'onDownloadingMediaMessageCanceled']);
    expect(await bob.rn.native.downloadMediaMessage(received)).toBe(0);
    await world.clock.advance(400);
    expect(events.onMediaMessageDownloading.map((e) => e.progress)).toEqual([25, 50, 75, 100]);
    expect(events.onMediaMessageDownloaded).toEqual([{ code: 0, message: expect.objectContaining({ local: expect.stringMatching(/f\.pdf$/) }) }]);
    await bob.rn.native.downloadMediaMessage(received);
    await world.clock.advance(100);
    expect(await bob.rn.native.cancelDownloadingMediaMessage(received)).toBe(0);
    await world.clock.advance(1_000);
    expect(events.onDownloadingMediaMessageCanceled).toEqual([{ code: 0, message: expect.objectContaining({ messageId: received.messageId }) }]);
    expect(events.onMediaMessageDownloaded).toHaveLength(1);
  });

  test('on iOS, legacy global events carry no eventId and no `type`', async () => {
    const world = createWorld();
    const phone = world.device({ platform: 'ios' });
    const events = globals(phone, ['onConnected']);
    await phone.rn.native.create(world.appKey, {});
    await phone.rn.native.connect(world.server.issueToken('alice'), 0);
    await world.settle();
    expect(events.onConnected).toEqual([{ code: 0, userId: 'alice' }]);
  });
});

/** A value of each kind that passes the bridge checks, so only the missing eventId can fail a call. */
function plausible(kind: ArgKind): unknown {
  if (typeof kind === 'object') return 'enum' in kind ? 1 : [1];
  switch (kind) {
    case 'string': return 'x';
    case 'number': return 1;
    case 'boolean': return true;
    case 'object': return {};
    case 'stringRecord': return {};
    case 'message': return { conversationType: 1, messageType: 2, targetId: 'bob', channelId: '', text: 'x' };
    case 'messages': return [];
    case 'stringArray': return [];
  }
}

describe('the registry', () => {
  const eventIdMethods = [...nativeMethodDefs].filter(([, def]) => def.eventId);

  test.each(['android', 'ios'] as const)('every eventId method without a legacy route rejects when the eventId is missing (%s)', async (platform) => {
    const world = createWorld();
    const phone = world.device({ platform });
    await connectAs(world, phone, 'alice');
    const checked: string[] = [];
    for (const [name, def] of eventIdMethods) {
      if (def.legacy || def.resolvesWithoutEventId || !(name in phone.rn.native)) continue;
      const args = def.args.map(([, kind]) => plausible(kind));
      await expect(phone.rn.native[name](...args)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining(`expected ${args.length + 1}`) });
      // The same arguments with an eventId are accepted by the bridge (the code is the engine's business).
      await expect(phone.rn.native[name](...args, 'e')).resolves.toEqual(expect.any(Number));
      checked.push(name);
    }
    await world.settle();
    expect(world.takeErrors()).toEqual([]);
    expect(checked.length + eventIdMethods.filter(([, d]) => d.legacy || d.resolvesWithoutEventId).length).toBe(eventIdMethods.length);
  });

  test('every legacy route goes to a global event the wrapper declares (specs/rongcloud-rn/native.ts)', () => {
    const spec = readFileSync(join(__dirname, '../../../specs/rongcloud-rn/native.ts'), 'utf8');
    const declared = new Set([...spec.matchAll(/'IRCIMIWListener:(\w+)'/g)].map((m) => m[1]));
    expect(declared.size).toBeGreaterThan(100);
    const routes = [...nativeMethodDefs].flatMap(([name, def]) => Object.entries(def.legacy ?? {}).map(([callback, route]) => [name, route.event ?? callback]));
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter(([, event]) => !declared.has(event))).toEqual([]);
  });
});
