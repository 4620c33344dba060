import { RC, createWorld, type Device, type World } from '../../index';
import { callWithEvents, connectAs, record, sendText } from '../../testing/rn';

const CHATROOM = 3;
const RECEIVED = 'IRCIMIWListener:onMessageReceived';
const JOINING = 'IRCIMIWListener:onChatRoomJoining';
const STATUS = 'IRCIMIWListener:onChatRoomStatusChanged';
const MEMBERS = 'IRCIMIWListener:onChatRoomMemberChanged';
const SYNCED = 'IRCIMIWListener:onChatRoomEntriesSynced';
const BEFORE = 0;
const AFTER = 1;

async function people<N extends string>(names: N[], options: { limits?: Record<string, number> } = {}): Promise<{ world: World } & Record<N, Device>> {
  const world = createWorld({ seed: 7, limits: options.limits });
  const devices = {} as Record<N, Device>;
  for (const name of names) {
    devices[name] = world.device({ id: `${name}-phone` });
    await connectAs(world, devices[name], name);
  }
  return { world, ...devices };
}

async function join(world: World, device: Device, roomId: string, messageCount = -1, autoCreate = true) {
  const result = await callWithEvents(device, 'joinChatRoom', [roomId, messageCount, autoCreate], ['onChatRoomJoined']);
  await world.settle();
  return { code: result.code, joined: result.events.onChatRoomJoined };
}

async function leave(world: World, device: Device, roomId: string) {
  const result = await callWithEvents(device, 'leaveChatRoom', [roomId], ['onChatRoomLeft']);
  await world.settle();
  return result.events.onChatRoomLeft;
}

async function history(world: World, device: Device, roomId: string, timestamp: number, order: number, count: number) {
  const result = await callWithEvents(device, 'getChatRoomMessages', [roomId, timestamp, order, count], ['onSuccess', 'onError']);
  await world.settle();
  return { code: result.code, ok: result.events.onSuccess, error: result.events.onError };
}

const texts = (events: Array<{ data: any }>) => events.map((e) => e.data.message.text);
const localChatroom = (device: Device, roomId: string) => device.engine!.store.timeline(CHATROOM, roomId, '');

describe('RN native: joining and leaving chatrooms', () => {
  test('join emits onChatRoomJoining, then JoinChatRoom:onChatRoomJoined {code, targetId}; autoCreate creates the room', async () => {
    const { world, alice } = await people(['alice']);
    const joining = record(alice, [JOINING]);
    const { code, joined } = await join(world, alice, 'live', -1, true);
    expect(code).toBe(0);
    expect(joining.map((e) => e.data)).toEqual([{ targetId: 'live' }]);
    expect(joined).toEqual([{ code: 0, targetId: 'live', eventId: expect.any(String) }]);
    expect(world.server.chatRoomExists('live')).toBe(true);
    expect(world.server.chatRoomMembers('live')).toEqual(['alice']);
  });

  test('autoCreate false on a missing room answers 23410 and creates nothing; an existing room joins', async () => {
    const { world, alice } = await people(['alice']);
    expect((await join(world, alice, 'ghost', -1, false)).joined.map((e) => e.code)).toEqual([RC.CHATROOM_NOT_EXIST]);
    expect(world.server.chatRooms()).toEqual([]);
    world.server.createChatRoom('ghost');
    expect((await join(world, alice, 'ghost', -1, false)).joined.map((e) => e.code)).toEqual([0]);
  });

  test('bad arguments answer -101 with no event and no state change', async () => {
    const { world, alice } = await people(['alice']);
    const joining = record(alice, [JOINING]);
    for (const args of [['', 0, true], [null, 0, true], ['r', -2, true], ['r', 1.5, true]]) {
      const { code, joined } = await join(world, alice, ...(args as [string, number, boolean]));
      expect(code).toBe(-101);
      expect(joined).toEqual([]);
    }
    expect(await alice.rn.native.leaveChatRoom('', 'e')).toBe(-101);
    await world.settle();
    expect(joining).toEqual([]);
    expect(world.server.chatRooms()).toEqual([]);
  });

  test('a 5.2.4 wrapper (no eventId) gets the global onChatRoomJoined / onChatRoomLeft', async () => {
    const { world, alice } = await people(['alice']);
    const globals = record(alice, ['IRCIMIWListener:onChatRoomJoined', 'IRCIMIWListener:onChatRoomLeft']);
    expect(await alice.rn.native.joinChatRoom('r', -1, true)).toBe(0);
    await world.settle();
    expect(await alice.rn.native.leaveChatRoom('r')).toBe(0);
    await world.settle();
    expect(globals.map((e) => [e.name, e.data])).toEqual([
      ['IRCIMIWListener:onChatRoomJoined', { code: 0, targetId: 'r' }],
      ['IRCIMIWListener:onChatRoomLeft', { code: 0, targetId: 'r' }],
    ]);
  });

  test('joining while disconnected answers 30002; before any connect 33001', async () => {
    const { world, alice } = await people(['alice']);
    alice.network.down();
    expect((await join(world, alice, 'r')).joined.map((e) => e.code)).toEqual([RC.NETWORK_UNAVAILABLE]);
    const fresh = world.device({ id: 'fresh' });
    fresh.rn.native.create(world.appKey, {});
    expect((await join(world, fresh, 'r')).joined.map((e) => e.code)).toEqual([RC.CLIENT_NOT_INIT]);
    expect(world.server.chatRooms()).toEqual([]);
  });

  test('a planned cloud failure is answered as is', async () => {
    const { world, alice } = await people(['alice']);
    world.server.failNext('joinChatRoom', RC.CHATROOM_IS_FULL, { userId: 'alice' });
    expect((await join(world, alice, 'r')).joined.map((e) => e.code)).toEqual([RC.CHATROOM_IS_FULL]);
    expect((await join(world, alice, 'r')).joined.map((e) => e.code)).toEqual([0]);
  });

  test('leave answers {code, targetId}, clears the local chatroom messages; leaving again gives 23406', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    await sendText(world, alice, CHATROOM, 'r', 'hi');
    expect(localChatroom(bob, 'r')).toHaveLength(1);
    expect(localChatroom(alice, 'r')).toHaveLength(1);
    expect((await leave(world, bob, 'r')).map((e) => [e.code, e.targetId])).toEqual([[0, 'r']]);
    expect(localChatroom(bob, 'r')).toHaveLength(0);
    expect(bob.engine!.store.conversation(CHATROOM, 'r', '')).toBeUndefined();
    expect(world.server.chatRoomMembers('r')).toEqual(['alice']);
    expect((await leave(world, bob, 'r')).map((e) => e.code)).toEqual([RC.NOT_IN_CHATROOM]);
    expect(localChatroom(alice, 'r')).toHaveLength(1);
  });

  test('one room per user by default: joining another leaves the first (its messages go); multi-join is a console option', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'a');
    await join(world, bob, 'a');
    await sendText(world, bob, CHATROOM, 'a', 'in a');
    await join(world, alice, 'b');
    expect(world.server.chatRoomMembers('a')).toEqual(['bob']);
    expect(world.server.chatRoomMembers('b')).toEqual(['alice']);
    expect(localChatroom(alice, 'a')).toHaveLength(0);
    const inbox = record(alice, [RECEIVED]);
    await sendText(world, bob, CHATROOM, 'a', 'after');
    expect(inbox).toEqual([]);

    world.server.configureChatRooms({ multipleRooms: true });
    await join(world, alice, 'a');
    expect(world.server.chatRoomMembers('a')).toEqual(['bob', 'alice']);
    expect(world.server.chatRoomMembers('b')).toEqual(['alice']);
  });

  test('the user\'s other device drops the room when the user joins another room there', async () => {
    const world = createWorld({ seed: 2 });
    const phone = world.device({ id: 'phone' });
    const web = world.device({ id: 'web', platform: 'web' });
    await connectAs(world, phone, 'alice');
    await connectAs(world, web, 'alice');
    await join(world, phone, 'a');
    await join(world, web, 'a');
    const all = await callWithEvents(web, 'getChatRoomAllEntries', ['a'], ['onSuccess', 'onError']);
    await world.settle();
    expect(all.events.onSuccess).toHaveLength(1);
    await join(world, phone, 'b');
    const after = await callWithEvents(web, 'getChatRoomAllEntries', ['a'], ['onSuccess', 'onError']);
    await world.settle();
    expect(after.events.onError.map((e) => e.code)).toEqual([RC.NOT_IN_CHATROOM]);
    expect(world.server.chatRoomMembers('a')).toEqual([]);
  });
});

describe('RN native: chatroom messages', () => {
  test('only members present now receive; a non-member sending gets 23406; never unread', async () => {
    const { world, alice, bob, carol } = await people(['alice', 'bob', 'carol']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    const bobInbox = record(bob, [RECEIVED]);
    const carolInbox = record(carol, [RECEIVED]);
    const sent = await sendText(world, alice, CHATROOM, 'r', 'hello room');
    expect(sent.events.onMessageSent[0].code).toBe(0);
    expect(bobInbox.map((e) => e.data.message)).toEqual([expect.objectContaining({ text: 'hello room', targetId: 'r', conversationType: CHATROOM, senderUserId: 'alice', direction: 1 })]);
    expect(bobInbox[0].data).toMatchObject({ left: 0, offline: false, hasPackage: false });
    expect(carolInbox).toEqual([]);
    expect(bob.engine!.store.conversation(CHATROOM, 'r', '')!.unreadCount).toBe(0);
    const intruder = await sendText(world, carol, CHATROOM, 'r', 'let me in');
    expect(intruder.events.onMessageSent[0]).toMatchObject({ code: RC.NOT_IN_CHATROOM, message: { sentStatus: 1 } });
    expect((await sendText(world, carol, CHATROOM, 'nowhere', 'x')).events.onMessageSent[0].code).toBe(RC.NOT_IN_CHATROOM);
    expect(bobInbox).toHaveLength(1);
  });

  test('members offline when a message is sent never get it, and nothing is kept for them', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    bob.network.down();
    await sendText(world, alice, CHATROOM, 'r', 'while away');
    expect(world.server.offlineCount('bob')).toBe(0);
    const inbox = record(bob, [RECEIVED]);
    bob.network.up();
    await world.settle();
    // The rejoin after the reconnect asked for no history (messageCount -1), so nothing arrives.
    expect(inbox).toEqual([]);
    await sendText(world, alice, CHATROOM, 'r', 'back');
    expect(texts(inbox)).toEqual(['back']);
  });

  test('messageCount: -1 none, 0 the latest 10, n the latest n, at most 50, oldest first with left counting down', async () => {
    const { world, alice, bob } = await people(['alice', 'bob'], { limits: { sendsPerSecond: 10_000 } });
    await join(world, alice, 'r');
    for (let i = 0; i < 60; i++) await sendText(world, alice, CHATROOM, 'r', `m${i}`);
    const cases: Array<[number, number]> = [[-1, 0], [0, 10], [3, 3], [50, 50], [80, 50]];
    for (const [count, expected] of cases) {
      const inbox = record(bob, [RECEIVED]);
      await join(world, bob, 'r', count);
      expect(inbox).toHaveLength(expected);
      expect(texts(inbox)).toEqual(Array.from({ length: expected }, (_, i) => `m${60 - expected + i}`));
      expect(inbox.map((e) => e.data.left)).toEqual(Array.from({ length: expected }, (_, i) => expected - 1 - i));
      bob.rn.emitter.removeAllListeners(RECEIVED);
      await leave(world, bob, 'r');
    }
  });

  test('join history shows the joiner\'s own earlier messages as sent, and is not duplicated', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    await sendText(world, bob, CHATROOM, 'r', 'mine');
    await sendText(world, alice, CHATROOM, 'r', 'theirs');
    const inbox = record(bob, [RECEIVED]);
    await join(world, bob, 'r', 10);
    // Both are in bob's local database already (sent, then received): nothing new is reported.
    expect(inbox).toEqual([]);
    await leave(world, bob, 'r');
    await join(world, bob, 'r', 10);
    expect(inbox.map((e) => [e.data.message.text, e.data.message.direction])).toEqual([['mine', 0], ['theirs', 1]]);
  });

  test('remote history: BEFORE newest first, AFTER oldest first, syncTime for the next page', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await world.clock.advance(1_000);
      times.push(world.clock.now());
      await sendText(world, alice, CHATROOM, 'r', `m${i}`);
    }
    const latest = await history(world, bob, 'r', 0, BEFORE, 3);
    expect(latest.ok[0].t.map((m: any) => m.text)).toEqual(['m4', 'm3', 'm2']);
    const older = await history(world, bob, 'r', times[2], BEFORE, 50);
    expect(older.ok[0].t.map((m: any) => m.text)).toEqual(['m1', 'm0']);
    const newer = await history(world, bob, 'r', times[1], AFTER, 2);
    expect(newer.ok[0].t.map((m: any) => [m.text, m.direction])).toEqual([['m2', 1], ['m3', 1]]);

    const loaded = record(bob, ['IRCIMIWListener:onChatRoomMessagesLoaded']);
    expect(await bob.rn.native.loadChatRoomMessages('r', 0, BEFORE, 2)).toBe(0);
    await world.settle();
    expect(loaded[0].data).toMatchObject({ code: 0, targetId: 'r', syncTime: times[3] });
    expect(loaded[0].data.messages.map((m: any) => m.text)).toEqual(['m4', 'm3']);
  });

  test('remote history rules: count 1..50 and timestamp >= 0 (-101), members only (23406), service off (23414)', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    for (const [ts, count] of [[0, 0], [0, 51], [-1, 10], [0, 2.5]]) expect((await history(world, alice, 'r', ts, BEFORE, count)).code).toBe(-101);
    expect((await history(world, bob, 'r', 0, BEFORE, 10)).error.map((e) => e.code)).toEqual([RC.NOT_IN_CHATROOM]);
    world.server.configureChatRooms({ historyEnabled: false });
    expect((await history(world, alice, 'r', 0, BEFORE, 10)).error.map((e) => e.code)).toEqual([RC.ROAMING_SERVICE_UNAVAILABLE_CHATROOM]);
    const loaded = record(alice, ['IRCIMIWListener:onChatRoomMessagesLoaded']);
    await alice.rn.native.loadChatRoomMessages('r', 0, BEFORE, 10);
    await world.settle();
    expect(loaded[0].data).toEqual({ code: RC.ROAMING_SERVICE_UNAVAILABLE_CHATROOM, targetId: 'r', messages: [], syncTime: 0 });
  });
});

describe('RN native: chatroom members and lifecycle', () => {
  test('member-change events (a console option) tell the others who joined and left', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'quiet');
    const silent = record(alice, [MEMBERS]);
    await join(world, bob, 'quiet');
    expect(silent).toEqual([]);

    world.server.configureChatRooms({ memberEvents: true });
    await join(world, alice, 'r');
    const seen = record(alice, [MEMBERS]);
    const own = record(bob, [MEMBERS]);
    await join(world, bob, 'r');
    await leave(world, bob, 'r');
    expect(seen.slice(-2).map((e) => e.data)).toEqual([
      { targetId: 'r', actions: [{ userId: 'bob', actionType: 1 }] },
      { targetId: 'r', actions: [{ userId: 'bob', actionType: 2 }] },
    ]);
    expect(own).toEqual([]);
  });

  test('after a reconnect the SDK rejoins by itself and resyncs the KV; the member never left the room', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    const joining = record(bob, [JOINING, SYNCED]);
    bob.network.down();
    await world.settle();
    expect(world.server.chatRoomMemberInfo('r')).toEqual([
      { userId: 'alice', joinedAt: expect.any(Number), online: true },
      { userId: 'bob', joinedAt: expect.any(Number), online: false },
    ]);
    bob.network.up();
    await world.settle();
    expect(joining.map((e) => [e.name, e.data])).toEqual([[JOINING, { targetId: 'r' }], [SYNCED, { roomId: 'r' }]]);
    expect(world.server.chatRoomMemberInfo('r').map((m) => m.online)).toEqual([true, true]);
    const inbox = record(bob, [RECEIVED]);
    await sendText(world, alice, CHATROOM, 'r', 'welcome back');
    expect(texts(inbox)).toEqual(['welcome back']);
  });

  test('an app disconnect forgets the rooms: no rejoin on the next connect, local messages gone', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    await sendText(world, alice, CHATROOM, 'r', 'x');
    await bob.rn.native.disconnect(false);
    await world.settle();
    expect(localChatroom(bob, 'r')).toHaveLength(0);
    const joining = record(bob, [JOINING]);
    await connectAs(world, bob, 'bob');
    expect(joining).toEqual([]);
    const inbox = record(bob, [RECEIVED]);
    await sendText(world, alice, CHATROOM, 'r', 'y');
    expect(inbox).toEqual([]);
  });

  test('offline auto-kick: the 31st message within 30 s of going offline removes the member', async () => {
    const { world, alice, bob } = await people(['alice', 'bob'], { limits: { sendsPerSecond: 10_000 } });
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    bob.network.down();
    await world.settle();
    for (let i = 0; i < 30; i++) await sendText(world, alice, CHATROOM, 'r', `m${i}`);
    await world.clock.advance(29_999);
    expect(world.server.chatRoomMembers('r')).toEqual(['alice', 'bob']);
    await sendText(world, alice, CHATROOM, 'r', 'thirty-first');
    expect(world.server.chatRoomMembers('r')).toEqual(['alice']);
  });

  test('offline auto-kick: after 30 s offline any new message removes the member; a silent room never does', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    await world.server.configureChatRooms({ memberEvents: true });
    const seen = record(alice, [MEMBERS]);
    bob.network.down();
    await world.clock.advance(29_999);
    await sendText(world, alice, CHATROOM, 'r', 'early');
    expect(world.server.chatRoomMembers('r')).toEqual(['alice', 'bob']);
    await world.clock.advance(10 * 60_000 - 29_999);
    expect(world.server.chatRoomMembers('r')).toEqual(['alice', 'bob']);
    await sendText(world, alice, CHATROOM, 'r', 'late');
    expect(world.server.chatRoomMembers('r')).toEqual(['alice']);
    expect(seen.map((e) => e.data.actions)).toEqual([[{ userId: 'bob', actionType: 2 }]]);
  });

  test('a kicked member\'s device rejoins as a new member when its link comes back', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    bob.network.down();
    await world.clock.advance(30_000);
    await sendText(world, alice, CHATROOM, 'r', 'kick');
    expect(world.server.chatRoomMembers('r')).toEqual(['alice']);
    bob.network.up();
    await world.settle();
    expect(world.server.chatRoomMembers('r')).toEqual(['alice', 'bob']);
  });

  test('auto-destroy after 1 h without joins, leaves or messages: status DESTROY_AUTO (2) to members, KV gone', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    expect(world.server.setChatRoomEntry('r', 'k', 'v')).toBe(0);
    await world.clock.advance(59 * 60_000);
    await sendText(world, alice, CHATROOM, 'r', 'still here');
    const statuses = record(bob, [STATUS]);
    await world.clock.advance(60 * 60_000 - 1);
    expect(world.server.chatRoomExists('r')).toBe(true);
    await world.clock.advance(1);
    expect(world.server.chatRoomExists('r')).toBe(false);
    expect(statuses.map((e) => e.data)).toEqual([{ targetId: 'r', status: 2 }]);
    expect(localChatroom(bob, 'r')).toHaveLength(0);
    world.server.createChatRoom('r');
    expect(world.server.chatRoomEntries('r')).toEqual({});
  });

  test('keep-alive rooms are never destroyed; the wait is a console setting', async () => {
    const { world, alice } = await people(['alice']);
    world.server.createChatRoom('kept', { keepAlive: true });
    world.server.createChatRoom('short');
    world.server.configureChatRooms({ autoDestroyMs: 10 * 60_000 });
    await world.clock.advance(10 * 60_000);
    expect(world.server.chatRooms()).toEqual(['kept']);
    await join(world, alice, 'kept');
    await world.clock.advance(24 * 3_600_000);
    expect(world.server.chatRoomMembers('kept')).toEqual(['alice']);
    expect(() => world.server.configureChatRooms({ autoDestroyMs: 25 * 3_600_000 })).toThrow(RangeError);
  });

  test('a server destroy sends DESTROY_MANUAL (1) and the devices forget the room', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    const statuses = record(bob, [STATUS]);
    world.server.destroyChatRoom('r');
    await world.settle();
    expect(statuses.map((e) => e.data)).toEqual([{ targetId: 'r', status: 1 }]);
    expect((await sendText(world, bob, CHATROOM, 'r', 'x')).events.onMessageSent[0].code).toBe(RC.NOT_IN_CHATROOM);
    expect((await leave(world, bob, 'r')).map((e) => e.code)).toEqual([RC.NOT_IN_CHATROOM]);
    expect(() => world.server.destroyChatRoom('r')).toThrow(/no chatroom/);
  });

  test('a room destroyed and created again while the device was away is RESET (0) on the rejoin', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    bob.network.down();
    world.server.destroyChatRoom('r');
    world.server.createChatRoom('r');
    const statuses = record(bob, [STATUS]);
    bob.network.up();
    await world.settle();
    expect(statuses.map((e) => e.data)).toEqual([{ targetId: 'r', status: 0 }]);
    expect(world.server.chatRoomMembers('r')).toEqual(['bob']);
  });

  test('a rejoin into a room that is gone drops the room silently', async () => {
    const { world, bob } = await people(['bob']);
    await join(world, bob, 'r', -1, false).catch(() => undefined);
    world.server.createChatRoom('solo');
    await join(world, bob, 'solo', -1, false);
    bob.network.down();
    world.server.destroyChatRoom('solo');
    bob.network.up();
    await world.settle();
    expect(world.server.chatRooms()).toEqual([]);
    const all = await callWithEvents(bob, 'getChatRoomAllEntries', ['solo'], ['onSuccess', 'onError']);
    await world.settle();
    expect(all.events.onError.map((e) => e.code)).toEqual([RC.NOT_IN_CHATROOM]);
    expect(bob.log.filter('note', 'chatroom rejoin failed')).toHaveLength(1);
  });

  test('one message reaches every present member once (fan-out)', async () => {
    const world = createWorld({ seed: 5 });
    const devices: Device[] = [];
    for (let i = 0; i < 40; i++) {
      const d = world.device({ id: `d${i}` });
      await connectAs(world, d, `u${i}`);
      await join(world, d, 'big');
      devices.push(d);
    }
    const counts = devices.map((d) => record(d, [RECEIVED]));
    await sendText(world, devices[0], CHATROOM, 'big', 'to all');
    expect(counts.map((c) => c.length)).toEqual([0, ...Array(39).fill(1)]);
  });

  test('the same seed and calls give identical logs', async () => {
    async function scenario() {
      const { world, alice, bob } = await people(['alice', 'bob']);
      await join(world, alice, 'r');
      await join(world, bob, 'r', 5);
      await callWithEvents(alice, 'addChatRoomEntry', ['r', 'k', 'v', true, false], []);
      await sendText(world, alice, CHATROOM, 'r', 'a');
      bob.network.down();
      await world.clock.advance(31_000);
      await sendText(world, alice, CHATROOM, 'r', 'b');
      bob.network.up();
      await world.clock.advance(1_000);
      return [alice.log.toJSON(), bob.log.toJSON()];
    }
    const first = await scenario();
    expect(await scenario()).toEqual(first);
  });
});

describe('chatroom rules set by the app server: mute, ban, protect', () => {
  const MINUTE = 60_000;
  const sentCode = async (world: World, device: Device, text: string) => (await sendText(world, device, CHATROOM, 'r', text)).events.onMessageSent[0].code;

  test('a muted member still receives but cannot send (23408) until the mute ends or is lifted', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    const heard = record(bob, [RECEIVED]);
    world.server.muteInChatRoom('r', ['bob'], 2);
    expect(await sentCode(world, bob, 'let me speak')).toBe(RC.FORBIDDEN_IN_CHATROOM);
    expect(await sentCode(world, alice, 'hello bob')).toBe(RC.SUCCESS);
    expect(heard.map((e) => e.data.message.text)).toEqual(['hello bob']);
    await world.clock.advance(2 * MINUTE);
    expect(await sentCode(world, bob, 'free again')).toBe(RC.SUCCESS);
    world.server.muteInChatRoom('r', ['bob'], 10);
    world.server.unmuteInChatRoom('r', ['bob']);
    expect(await sentCode(world, bob, 'lifted')).toBe(RC.SUCCESS);
  });

  test('a whole-room mute spares only its exceptions; a global mute holds in every room', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    world.server.muteChatRoom('r', true, { except: ['alice'] });
    expect([await sentCode(world, alice, 'host'), await sentCode(world, bob, 'guest')]).toEqual([RC.SUCCESS, RC.FORBIDDEN_IN_CHATROOM]);
    world.server.muteChatRoom('r', false);
    world.server.muteInAllChatRooms(['bob'], 1);
    expect(await sentCode(world, bob, 'still muted')).toBe(RC.FORBIDDEN_IN_CHATROOM);
    world.server.unmuteInAllChatRooms(['bob']);
    expect(await sentCode(world, bob, 'everywhere again')).toBe(RC.SUCCESS);
  });

  test('a ban takes the member out at once and refuses their joins (23409) until it ends', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    world.server.banFromChatRoom('r', ['bob'], 5);
    await world.settle();
    expect(world.server.chatRoomMembers('r')).toEqual(['alice']);
    expect(bob.log.format()).toContain('chatroom left on another device');
    expect((await join(world, bob, 'r')).joined[0].code).toBe(RC.KICKED_FROM_CHATROOM);
    expect(world.server.chatRoomMembers('r')).toEqual(['alice']);
    await world.clock.advance(5 * MINUTE);
    expect((await join(world, bob, 'r')).joined[0].code).toBe(RC.SUCCESS);
    world.server.banFromChatRoom('r', ['bob'], 5);
    world.server.unbanFromChatRoom('r', ['bob']);
    expect((await join(world, bob, 'r')).joined[0].code).toBe(RC.SUCCESS);
  });

  test('a protected member is never auto-kicked for being offline', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    await join(world, alice, 'r');
    await join(world, bob, 'r');
    world.server.protectInChatRoom('r', ['bob']);
    bob.network.down();
    await world.clock.advance(60_000);
    await sendText(world, alice, CHATROOM, 'r', 'anyone?');
    expect(world.server.chatRoomMembers('r')).toEqual(['alice', 'bob']);
    world.server.protectInChatRoom('r', ['bob'], false);
    await sendText(world, alice, CHATROOM, 'r', 'now you go');
    expect(world.server.chatRoomMembers('r')).toEqual(['alice']);
  });

  test('bad rule requests are refused and change nothing', async () => {
    const { world, alice } = await people(['alice']);
    await join(world, alice, 'r');
    for (const bad of [
      () => world.server.muteInChatRoom('r', ['alice'], 0),
      () => world.server.muteInChatRoom('r', ['alice'], 43_201),
      () => world.server.muteInChatRoom('r', ['alice'], 1.5),
      () => world.server.muteInChatRoom('ghost', ['alice'], 1),
      () => world.server.banFromChatRoom('r', 'alice' as never, 1),
      () => world.server.muteChatRoom('r', 'yes' as never),
      () => world.server.muteChatRoom('r', true, { except: [7] as never }),
      () => world.server.protectInChatRoom('r', [''], true),
    ]) expect(bad).toThrow(/must|no chatroom/);
    expect(await sentCode(world, alice, 'unaffected')).toBe(RC.SUCCESS);
    expect(world.server.chatRoomMembers('r')).toEqual(['alice']);
  });
});
