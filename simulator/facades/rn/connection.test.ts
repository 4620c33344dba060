import { ConnectionStatus, RC, createWorld, reconnectDelaysMs } from '../../index';
import { callWithEvents, connectAs, record } from '../../testing/rn';

const STATUS = 'IRCIMIWListener:onConnectionStatusChanged';

describe('RN native: engine lifecycle', () => {
  test('every method before create rejects like the Android module', async () => {
    const world = createWorld();
    const phone = world.device({ platform: 'android' });
    await expect(phone.rn.native.connect('t', 0, 'e1')).rejects.toMatchObject({ code: 'ENGINE_DESTROYED', message: 'engine is null' });
    expect(phone.rn.native.create(world.appKey, {})).toBeUndefined();
    await expect(phone.rn.native.destroy()).resolves.toBe(0);
    await expect(phone.rn.native.disconnect(true)).rejects.toMatchObject({ code: 'ENGINE_DESTROYED' });
  });

  test('iOS rejects with "-102", resolves create with null and adds `type` to per-call payloads', async () => {
    const world = createWorld();
    const phone = world.device({ platform: 'ios' });
    await expect(phone.rn.native.disconnect(true)).rejects.toMatchObject({ code: '-102', message: 'engine is nil' });
    await expect(phone.rn.native.create(world.appKey, {})).resolves.toBeNull();
    const { events } = await callWithEvents(phone, 'connect', [world.server.issueToken('alice'), 0], ['onConnected']);
    await world.settle();
    expect(events.onConnected[0]).toEqual({ code: 0, userId: 'alice', eventId: expect.any(String), type: 'onConnected' });
    await expect(phone.rn.native.destroy()).resolves.toBeNull();
  });
});

describe('RN native: connect', () => {
  test('connect opens the database, then connects, through CONNECTING to CONNECTED', async () => {
    const world = createWorld();
    const phone = world.device();
    const statuses = record(phone, [STATUS]);
    phone.rn.native.create(world.appKey, {});
    const { code, events, eventId } = await callWithEvents(phone, 'connect', [world.server.issueToken('alice'), 0], ['onDatabaseOpened', 'onConnected']);
    expect(code).toBe(0);
    await world.settle();
    expect(events.onDatabaseOpened).toEqual([{ code: 0, eventId }]);
    expect(events.onConnected).toEqual([{ code: 0, userId: 'alice', eventId }]);
    expect(statuses.map((s) => s.data.status)).toEqual([ConnectionStatus.CONNECTING, ConnectionStatus.CONNECTED]);
    expect(world.server.onlineUsers()).toEqual(['alice']);
  });

  test('a bad or expired token gives 31004 and TOKEN_INCORRECT, with no retry', async () => {
    const world = createWorld();
    const phone = world.device();
    const statuses = record(phone, [STATUS]);
    phone.rn.native.create(world.appKey, {});
    const token = world.server.issueToken('alice');
    world.server.expireToken('alice');
    const { events } = await callWithEvents(phone, 'connect', [token, 0], ['onConnected']);
    await world.settle();
    expect(events.onConnected.map((e) => e.code)).toEqual([RC.CONN_TOKEN_INCORRECT]);
    await world.clock.advance(600_000);
    expect(statuses.map((s) => s.data.status)).toEqual([ConnectionStatus.CONNECTING, ConnectionStatus.TOKEN_INCORRECT]);

    const garbage = await callWithEvents(phone, 'connect', ['not-a-token', 0], ['onDatabaseOpened', 'onConnected']);
    await world.settle();
    expect(garbage.events.onDatabaseOpened).toEqual([]);
    expect(garbage.events.onConnected.map((e) => e.code)).toEqual([RC.CONN_TOKEN_INCORRECT]);
  });

  test('a token of another app key is refused with 31004', async () => {
    const world = createWorld();
    const phone = world.device();
    phone.rn.native.create('another-app', {});
    const { events } = await callWithEvents(phone, 'connect', [world.server.issueToken('alice'), 0], ['onConnected']);
    await world.settle();
    expect(events.onConnected[0].code).toBe(RC.CONN_TOKEN_INCORRECT);
  });

  test('connecting while connected answers 34001', async () => {
    const world = createWorld();
    const phone = world.device();
    await connectAs(world, phone, 'alice');
    const again = await callWithEvents(phone, 'connect', [world.server.issueToken('alice'), 0], ['onConnected']);
    await world.settle();
    expect(again.events.onConnected).toEqual([{ code: RC.CONNECTION_EXIST, userId: 'alice', eventId: again.eventId }]);
  });

  test('timeout > 0 that runs out gives 34006 and the SDK stops trying', async () => {
    const world = createWorld();
    const phone = world.device();
    phone.rn.native.create(world.appKey, {});
    phone.network.down();
    const { events } = await callWithEvents(phone, 'connect', [world.server.issueToken('alice'), 5], ['onConnected']);
    await world.clock.advance(4_999);
    expect(events.onConnected).toEqual([]);
    await world.clock.advance(1);
    expect(events.onConnected.map((e) => e.code)).toEqual([RC.CONNECT_TIMEOUT]);
    phone.network.up();
    await world.clock.advance(300_000);
    expect(world.server.onlineUsers()).toEqual([]);
    expect(phone.engine!.status).toBe(ConnectionStatus.TIMEOUT);
  });

  test('timeout <= 0 keeps trying until the network comes back', async () => {
    const world = createWorld();
    const phone = world.device();
    phone.rn.native.create(world.appKey, {});
    phone.network.down();
    const { events } = await callWithEvents(phone, 'connect', [world.server.issueToken('alice'), 0], ['onConnected']);
    await world.clock.advance(3_600_000);
    expect(events.onConnected).toEqual([]);
    phone.network.up();
    await world.settle();
    expect(events.onConnected.map((e) => e.code)).toEqual([0]);
  });

  test('a blocked user gets 31009 and CONN_USER_BLOCKED', async () => {
    const world = createWorld();
    const phone = world.device();
    world.server.blockUser('alice', 10);
    const statuses = record(phone, [STATUS]);
    const result = await connectAs(world, phone, 'alice');
    expect(result.code).toBe(RC.CONN_USER_BLOCKED);
    expect(statuses.at(-1)!.data.status).toBe(ConnectionStatus.CONN_USER_BLOCKED);
    await world.clock.advance(10 * 60_000);
    expect((await connectAs(world, phone, 'alice')).code).toBe(0);
  });
});

describe('RN native: reconnect', () => {
  async function droppedPhone() {
    const world = createWorld();
    const phone = world.device();
    await connectAs(world, phone, 'alice');
    const statuses = record(phone, [STATUS]);
    const t0 = world.clock.now();
    phone.network.down();
    return { world, phone, statuses, t0 };
  }

  test('a dropped link retries on the documented schedule 0, 0.25, 0.5, 1, 2, 4, 8, 16, 32 s, then every 64 s', async () => {
    const { world, phone, t0 } = await droppedPhone();
    await world.clock.advance(63_750 + 64_000 * 3);
    const attempts = phone.log.filter('net', 'reconnect attempt').map((e) => e.time - t0);
    const expectedGaps = [...reconnectDelaysMs, 64_000, 64_000, 64_000];
    const gaps = attempts.map((t, i) => t - (i === 0 ? 0 : attempts[i - 1]));
    expect(gaps).toEqual(expectedGaps);
    expect(phone.engine!.status).toBe(ConnectionStatus.NETWORK_UNAVAILABLE);
  });

  test('each retry shows CONNECTING then NETWORK_UNAVAILABLE; the network coming back reconnects at once', async () => {
    const { world, phone, statuses } = await droppedPhone();
    await world.clock.advance(10_000);
    expect(statuses[0].data.status).toBe(ConnectionStatus.NETWORK_UNAVAILABLE);
    expect(statuses.slice(1, 3).map((s) => s.data.status)).toEqual([ConnectionStatus.CONNECTING, ConnectionStatus.NETWORK_UNAVAILABLE]);
    phone.network.up();
    await world.settle();
    expect(statuses.at(-1)!.data.status).toBe(ConnectionStatus.CONNECTED);
    expect(world.server.onlineUsers()).toEqual(['alice']);
  });

  test('the schedule restarts when the network comes back', async () => {
    const { world, phone, t0 } = await droppedPhone();
    await world.clock.advance(20_000);
    world.server.failNext('connect', RC.NETWORK_UNAVAILABLE, { times: 3 });
    phone.network.up();
    const up = world.clock.now();
    await world.clock.advance(1_000);
    const after = phone.log.filter('net', 'reconnect attempt').map((e) => e.time).filter((t) => t >= up);
    expect(after.map((t) => t - up)).toEqual([0, 250, 750, 1750].filter((t) => t <= 1000));
    expect(t0).toBeLessThan(up);
  });

  test('disconnect ends reconnecting', async () => {
    const { world, phone } = await droppedPhone();
    await world.clock.advance(1_000);
    const before = phone.log.filter('net', 'reconnect attempt').length;
    await phone.rn.native.disconnect(false);
    await world.clock.advance(600_000);
    expect(phone.log.filter('net', 'reconnect attempt').length).toBe(before);
    expect(phone.engine!.status).toBe(ConnectionStatus.SIGN_OUT);
  });
});

describe('RN native: multi-device', () => {
  test('a new mobile login kicks the older mobile device, which does not reconnect', async () => {
    const world = createWorld();
    const android = world.device({ platform: 'android' });
    const ios = world.device({ platform: 'ios' });
    const web = world.device({ platform: 'web' });
    await connectAs(world, android, 'alice');
    await connectAs(world, web, 'alice');
    const statuses = record(android, [STATUS]);
    await connectAs(world, ios, 'alice');
    expect(statuses.map((s) => s.data.status)).toEqual([ConnectionStatus.KICKED_OFFLINE_BY_OTHER_CLIENT]);
    await world.clock.advance(300_000);
    expect(world.server.sessionsOf('alice').sort()).toEqual(['ios-1', 'web-1']);
  });

  async function reconnectRace(kickReconnectDevice: boolean) {
    const world = createWorld();
    const a = world.device({ id: 'phone-a' });
    const b = world.device({ id: 'phone-b' });
    await connectAs(world, a, 'alice', { kickReconnectDevice });
    a.network.down(); // A is stuck reconnecting
    await world.clock.advance(1_000);
    await connectAs(world, b, 'alice'); // B logs in meanwhile
    const aStatuses = record(a, [STATUS]);
    const bStatuses = record(b, [STATUS]);
    a.network.up(); // A's reconnect now succeeds or gives up
    await world.clock.advance(1_000);
    return { world, a, b, aStatuses, bStatuses };
  }

  test('kickReconnectDevice: false (default): the reconnecting device kicks the online one', async () => {
    const { world, bStatuses } = await reconnectRace(false);
    expect(world.server.sessionsOf('alice')).toEqual(['phone-a']);
    expect(bStatuses.map((s) => s.data.status)).toEqual([ConnectionStatus.KICKED_OFFLINE_BY_OTHER_CLIENT]);
  });

  test('kickReconnectDevice: true: the reconnecting device gives up (31023) and the online one stays', async () => {
    const { world, a, aStatuses, bStatuses } = await reconnectRace(true);
    expect(world.server.sessionsOf('alice')).toEqual(['phone-b']);
    expect(bStatuses).toEqual([]);
    expect(aStatuses.at(-1)!.data.status).toBe(ConnectionStatus.UNCONNECTED);
    expect(a.log.filter('note', 'connection refused').map((e) => (e.data as any).code)).toEqual([RC.CONN_OTHER_DEVICE_LOGIN]);
    await world.clock.advance(600_000);
    expect(world.server.sessionsOf('alice')).toEqual(['phone-b']);
  });

  test('a server kick ends every session with KICKED_OFFLINE_BY_OTHER_CLIENT and logs the fault', async () => {
    const world = createWorld();
    const phone = world.device();
    await connectAs(world, phone, 'alice');
    const statuses = record(phone, [STATUS]);
    expect(world.server.kick('alice')).toBe(1);
    await world.settle();
    expect(statuses.map((s) => s.data.status)).toEqual([ConnectionStatus.KICKED_OFFLINE_BY_OTHER_CLIENT]);
    expect(phone.log.filter('fault').map((e) => e.name)).toContain('kicked by the server');
  });
});

describe('RN native: regression (found by the conformance model, seed 1)', () => {
  test('a device kicked by a newer login leaves its chatroom presence behind', async () => {
    const world = createWorld();
    const a = world.device({ id: 'phone-a' });
    const b = world.device({ id: 'phone-b' });
    const carol = world.device({ id: 'carol' });
    await connectAs(world, a, 'alice');
    await connectAs(world, carol, 'carol');
    await callWithEvents(a, 'joinChatRoom', ['room', -1, true], ['onChatRoomJoined']);
    await callWithEvents(carol, 'joinChatRoom', ['room', -1, true], ['onChatRoomJoined']);
    await world.settle();
    await connectAs(world, b, 'alice'); // kicks phone-a
    await connectAs(world, a, 'alice'); // a fresh connect: phone-a is in no room now
    const inbox = record(a, ['IRCIMIWListener:onMessageReceived']);
    const message = await carol.rn.native.createTextMessage(3, 'room', '', 'to the room');
    await callWithEvents(carol, 'sendMessage', [message], ['onMessageSent']);
    await world.settle();
    expect(inbox).toEqual([]);
  });
});
