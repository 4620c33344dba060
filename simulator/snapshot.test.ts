import { createWorld, RC, type World } from './index';
import { SNAPSHOT_VERSION, type WorldSnapshot } from './snapshot';
import { hasHooks } from './snapshot/cloud';
import { isData } from './snapshot/data';

const PRIVATE = 1;
const GROUP = 2;

/** Drives a device by id with explicit eventIds, so two worlds driven alike see identical calls. */
function driver(world: World) {
  const phone = (id: string) => world.devices.find((d) => d.id === id)!;
  let n = 0;
  return {
    phone,
    async connect(id: string, userId: string) {
      const device = phone(id);
      if (!device.engine) device.rn.native.create(world.appKey, {});
      await device.rn.native.connect(world.server.issueToken(userId), 0, `c${++n}`);
      await world.settle();
    },
    async send(id: string, type: number, target: string, text: string) {
      const device = phone(id);
      const message = await device.rn.native.createTextMessage(type, target, '', text);
      await device.rn.native.sendMessage(message, `s${++n}`);
      await world.settle();
    },
  };
}

/** A world with history: messages, a group, an offline user with an inbox, a phone reconnecting on a dead link. */
async function scenario(): Promise<World> {
  const world = createWorld({ seed: 9, limits: { sendsPerSecond: 50 } });
  for (const id of ['alice-phone', 'bob-phone', 'carol-phone']) world.device({ id, platform: id === 'bob-phone' ? 'ios' : 'android' });
  const d = driver(world);
  await d.connect('alice-phone', 'alice');
  await d.connect('bob-phone', 'bob');
  await d.connect('carol-phone', 'carol');
  world.server.createGroup('g1', ['alice', 'bob', 'carol'], 'Friends');
  for (let i = 0; i < 4; i++) await d.send(i % 2 ? 'bob-phone' : 'alice-phone', PRIVATE, i % 2 ? 'alice' : 'bob', `hello ${i}`);
  await d.send('carol-phone', GROUP, 'g1', 'hi all');
  await d.phone('carol-phone').rn.native.disconnect(true);
  await world.settle();
  await d.send('alice-phone', PRIVATE, 'carol', 'while you were away');
  await d.send('alice-phone', GROUP, 'g1', 'group while away');
  world.cloud.accounts.user('bob').blacklist.add('mallory');
  world.server.muteInGroup('g1', ['mallory'], 60); // group rules are part of the cloud's state too
  world.server.failNext('sendMessage', RC.MSG_RESPONSE_TIMEOUT, { userId: 'alice', times: 2 });
  world.server.blockUser('dave', 30);
  d.phone('bob-phone').network.down();
  await world.clock.advance(3_000); // bob is in the middle of his reconnect schedule
  return world;
}

/** The same continuation on any world: reconnects, sends (two of them failing by plan), time passing. */
async function continuation(world: World) {
  const d = driver(world);
  await d.send('alice-phone', PRIVATE, 'bob', 'after 1');
  await d.send('alice-phone', PRIVATE, 'bob', 'after 2');
  await d.send('alice-phone', PRIVATE, 'bob', 'after 3');
  await world.clock.advance(5_000);
  d.phone('bob-phone').network.up();
  await world.settle();
  await d.connect('carol-phone', 'carol');
  await d.send('bob-phone', GROUP, 'g1', 'bob is back');
  await world.clock.advance(70_000);
  return {
    logs: world.devices.map((device) => device.log.toJSON().filter((e) => e.name !== 'restored from snapshot')),
    stores: world.devices.map((device) => {
      const store = device.engine!.store;
      return [...store.conversations.values()].map((c) => ({ ...c, timeline: store.timeline(c.conversationType, c.targetId, c.channelId).map((m) => [m.messageUId, m.text, m.sentStatus, m.sentTime]) }));
    }),
    online: world.server.onlineUsers(),
    offline: ['alice', 'bob', 'carol'].map((u) => world.server.offlineCount(u)),
    now: world.clock.now(),
  };
}

describe('world.snapshot() / createWorld({ from })', () => {
  test('a restored world continues exactly like the original (ids, times, events, databases)', async () => {
    const original = await scenario();
    const snapshot = original.snapshot();
    const logLengths = original.devices.map((d) => d.log.all().length);
    const restored = createWorld({ from: JSON.parse(JSON.stringify(snapshot)) as WorldSnapshot });

    expect(restored.clock.now()).toBe(original.clock.now());
    expect(restored.devices.map((d) => [d.id, d.platform, d.userId])).toEqual(original.devices.map((d) => [d.id, d.platform, d.userId]));
    expect(restored.server.onlineUsers()).toEqual(['alice']);
    expect(restored.server.offlineCount('carol')).toBe(2);
    expect(restored.clock.nextTimer()).toBe(original.clock.nextTimer()); // bob's next reconnect attempt

    const [a, b] = [await continuation(original), await continuation(restored)];
    // The original's logs hold the scenario too; compare what happened after the snapshot.
    a.logs = a.logs.map((log, i) => log.slice(logLengths[i]));
    expect(b).toEqual(a);
    expect(a.online).toEqual(['alice', 'bob', 'carol']);
    expect(a.logs[0].filter((e) => e.kind === 'event' && e.name === 'SendMessage:onMessageSent').map((e) => (e.data as any).code)).toEqual([
      RC.MSG_RESPONSE_TIMEOUT, RC.MSG_RESPONSE_TIMEOUT, 0,
    ]);
    expect(b.stores[2].find((c) => c.targetId === 'alice')!.timeline.map((m) => m[1])).toEqual(['while you were away']);
  });

  test('the snapshot is plain JSON and a restore gives back the same snapshot', async () => {
    const original = await scenario();
    const snapshot = original.snapshot();
    expect(snapshot).toMatchObject({ format: 'imsim.world', version: SNAPSHOT_VERSION, options: { seed: 9 } });
    const text = JSON.stringify(snapshot);
    expect(JSON.parse(text)).toEqual(snapshot);
    expect(createWorld({ from: JSON.parse(text) }).snapshot()).toEqual(snapshot);
  });

  test('user settings, push registrations and uploaded files travel with the snapshot', async () => {
    const world = createWorld({ seed: 4 });
    const d = driver(world);
    for (const id of ['alice-phone', 'bob-phone']) world.device({ id });
    await d.connect('alice-phone', 'alice');
    await d.connect('bob-phone', 'bob');
    const alice = d.phone('alice-phone');
    await alice.rn.native.changeConversationNotificationLevel(PRIVATE, 'bob', '', 5, 'level');
    await alice.rn.native.changeConversationTopStatus(PRIVATE, 'bob', '', true, 'top');
    const image = await alice.rn.native.createImageMessage(PRIVATE, 'bob', '', '/sdcard/a.jpg');
    await alice.rn.native.sendMediaMessage(image, 'media');
    await world.clock.advance(1_000);
    await d.phone('bob-phone').rn.native.disconnect(false);
    await world.settle();

    const restored = createWorld({ from: world.snapshot() });
    expect(restored.server.userSettings('alice')).toEqual(world.server.userSettings('alice'));
    expect(restored.server.userSettings('alice').levels).toEqual([{ type: PRIVATE, targetId: 'bob', channelId: '', level: 5 }]);
    const toBob = { ...(image as object), senderUserId: 'alice', targetId: 'alice', direction: 1 } as never;
    expect(restored.server.wouldPush('bob', toBob)).toEqual(world.server.wouldPush('bob', toBob));
    expect(restored.server.wouldPush('bob', toBob).push).toBe(false);

    // The next upload gets the same URL in both worlds: the file server's numbering travelled too.
    const urls: unknown[] = [];
    for (const w of [world, restored]) {
      const phone = driver(w).phone('alice-phone');
      const next = await phone.rn.native.createImageMessage(PRIVATE, 'bob', '', '/sdcard/b.jpg');
      phone.rn.emitter.addListener('SendMediaMessage:onMediaMessageSent', (e: { message?: { remote?: string } }) => urls.push(e.message?.remote));
      await phone.rn.native.sendMediaMessage(next, 'media2');
      await w.clock.advance(1_000);
    }
    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(/^https:\/\/files\.imsim\.invalid\/.+\/2\/b\.jpg$/);
    expect(urls[1]).toBe(urls[0]);
  });

  test('chatrooms travel with the snapshot: members, presence, KV owners, history, the offline kick and auto-destroy', async () => {
    const CHATROOM = 3;
    const build = async () => {
      const world = createWorld({ seed: 12, limits: { sendsPerSecond: 1000 } });
      for (const id of ['alice-phone', 'bob-phone', 'carol-phone']) world.device({ id });
      const d = driver(world);
      for (const [id, user] of [['alice-phone', 'alice'], ['bob-phone', 'bob'], ['carol-phone', 'carol']]) await d.connect(id, user);
      world.server.configureChatRooms({ autoDestroyMs: 600_000 });
      for (const id of ['alice-phone', 'bob-phone', 'carol-phone']) await d.phone(id).rn.native.joinChatRoom('room', 10, true, `join-${id}`);
      await world.settle();
      await d.phone('alice-phone').rn.native.addChatRoomEntry('room', 'topic', 'cats', false, false, 'kv1');
      await d.phone('bob-phone').rn.native.addChatRoomEntry('room', 'seat', 'bob', true, false, 'kv2');
      await d.send('alice-phone', CHATROOM, 'room', 'hello room');
      world.server.muteInChatRoom('room', ['alice'], 60); // rules travel too: her next send gets 23408
      d.phone('carol-phone').network.down(); // carol's membership now waits for the offline-kick rule
      await world.settle();
      for (const device of world.devices) device.log.clear(); // a restored world's logs start here too
      return world;
    };
    const continueIn = async (world: World) => {
      const d = driver(world);
      await world.clock.advance(31_000);
      await d.send('bob-phone', CHATROOM, 'room', 'after the snapshot'); // carol has been offline 30 s: kicked
      await d.send('alice-phone', CHATROOM, 'room', 'still muted?');
      await d.phone('bob-phone').rn.native.leaveChatRoom('room', 'leave');
      await world.settle();
      const view = { members: world.server.chatRoomMembers('room'), entries: world.server.chatRoomEntries('room') };
      await world.clock.advance(700_000); // nothing happens in the room: it is destroyed
      return {
        view,
        logs: world.devices.map((device) => device.log.toJSON().filter((e) => e.name !== 'restored from snapshot')),
        now: world.clock.now(),
      };
    };

    const original = await build();
    const snapshot = original.snapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    const restored = createWorld({ from: snapshot });
    expect(restored.server.chatRoomMembers('room')).toEqual(['alice', 'bob', 'carol']);
    expect(restored.server.chatRoomEntries('room')).toEqual({ topic: 'cats', seat: 'bob' });

    const reference = await continueIn(await build());
    const fromSnapshot = await continueIn(restored);
    expect(reference.view).toEqual({ members: ['alice'], entries: { topic: 'cats' } });
    expect(fromSnapshot.view).toEqual(reference.view);
    expect(fromSnapshot.now).toBe(reference.now);
    expect(fromSnapshot.logs).toEqual(reference.logs);
    expect(reference.logs[0].some((e) => e.name === 'IRCIMIWListener:onChatRoomStatusChanged')).toBe(true);
    expect(reference.logs[0].filter((e) => e.name === 'SendMessage:onMessageSent').map((e) => (e.data as { code: number }).code)).toEqual([RC.FORBIDDEN_IN_CHATROOM]);
  });

  test('a restored connected phone sends at once, without connecting again; the original is untouched by it', async () => {
    const original = await scenario();
    const restored = createWorld({ from: original.snapshot() });
    const d = driver(restored);
    const bobInbox = restored.server.offlineCount('bob');
    await d.send('alice-phone', PRIVATE, 'bob', 'planned failure 1');
    expect(restored.server.offlineCount('bob')).toBe(bobInbox); // the planned failure travelled with the snapshot
    expect(original.server.offlineCount('bob')).toBe(bobInbox);
    expect(d.phone('alice-phone').log.filter('call').map((e) => e.name)).toEqual(['createTextMessage', 'sendMessage']);
  });

  test('a connect still trying on a dead link keeps its retry schedule and its deadline', async () => {
    const world = createWorld({ seed: 2 });
    const phone = world.device({ id: 'p' });
    phone.rn.native.create(world.appKey, {});
    phone.network.down();
    await phone.rn.native.connect(world.server.issueToken('alice'), 10, 'c1');
    await world.clock.advance(2_100);
    const restored = createWorld({ from: world.snapshot() });
    const statusTimes = async (w: World) => {
      const start = w.devices[0].log.all().length;
      await w.clock.advance(10_000);
      // Status events only: the connect callback (JS side, waiting for an answer) is not carried.
      return w.devices[0].log.all().slice(start).filter((e) => e.name === 'IRCIMIWListener:onConnectionStatusChanged').map((e) => [e.time, (e.data as { status: number }).status]);
    };
    const [a, b] = [await statusTimes(world), await statusTimes(restored)];
    expect(b).toEqual(a);
    expect(a.at(-1)).toEqual([world.clock.now() - 2_100, 9]); // TIMEOUT at 10 s after the connect
  });

  test('snapshot() refuses what it cannot carry', async () => {
    const world = createWorld();
    const phone = world.device();
    phone.rn.native.create(world.appKey, {});
    void phone.rn.native.connect(world.server.issueToken('alice'), 0, 'c1');
    expect(() => world.snapshot()).toThrow(/zero-delay work is pending; await world\.settle\(\) first/);
    await world.settle();

    phone.network.latency(200);
    const message = await phone.rn.native.createTextMessage(PRIVATE, 'bob', '', 'slow');
    await phone.rn.native.sendMessage(message, 's1');
    await world.settle();
    expect(() => world.snapshot()).toThrow(/1 pending timer\(s\) cannot be carried.*advance the clock/);
    await world.clock.advance(400);
    expect(() => world.snapshot()).not.toThrow();
  });

  test('every cloud area can be carried: it is plain data or has snapshot hooks', () => {
    const world = createWorld();
    const areas = [...world.cloud.areas].map(([name, area]) => ({ name, carried: hasHooks(area) || isData(area) }));
    expect(areas.length).toBeGreaterThan(5);
    expect(areas.filter((a) => !a.carried)).toEqual([]);
  });

  test('createWorld({ from }) checks the snapshot and the options given with it', () => {
    const snapshot = createWorld({ seed: 3 }).snapshot();
    expect(() => createWorld({ from: { ...snapshot, version: 99 } as never })).toThrow(/snapshot version 99 is not supported/);
    expect(() => createWorld({ from: { nope: 1 } as never })).toThrow(/from must be a snapshot/);
    expect(() => createWorld({ from: snapshot, seed: 4 })).toThrow(/seed comes from the snapshot/);
    expect(createWorld({ from: snapshot, logLimit: 10 }).seed).toBe(3);
  });
});
