import { ConnectionStatus, RC, createWorld } from '../index';
import { callWithEvents, connectAs, record, sendText } from '../testing/rn';

const PRIVATE = 1;
const RECEIVED = 'IRCIMIWListener:onMessageReceived';
const STATUS = 'IRCIMIWListener:onConnectionStatusChanged';

async function pair() {
  const world = createWorld({ seed: 31 });
  const alice = world.device({ id: 'alice-phone' });
  const bob = world.device({ id: 'bob-phone' });
  await connectAs(world, alice, 'alice');
  await connectAs(world, bob, 'bob');
  return { world, alice, bob };
}

describe('world.server.outage(ms): the cloud unreachable for a while', () => {
  test('every device drops to NETWORK_UNAVAILABLE, retries on the schedule with 30002, and is back after the outage', async () => {
    const { world, alice, bob } = await pair();
    const statuses = record(alice, [STATUS]);
    const start = world.clock.now();
    world.server.outage(10_000);
    await world.settle();
    expect(world.server.onlineUsers()).toEqual([]);
    expect(statuses.map((e) => e.data.status).slice(0, 2)).toEqual([ConnectionStatus.NETWORK_UNAVAILABLE, ConnectionStatus.CONNECTING]);
    expect(alice.log.filter('fault', 'cloud outage').map((e) => e.data)).toEqual([{ ms: 10_000 }]);
    // Sending during the outage fails at once: there is no connection.
    expect((await sendText(world, alice, PRIVATE, 'bob', 'now?')).events.onMessageSent[0].code).toBe(RC.NETWORK_UNAVAILABLE);
    await world.clock.advance(20_000);
    const attempts = alice.log.filter('net', 'reconnect attempt').map((e) => e.time - start);
    // The SDK's schedule: 0, 0.25, 0.5, 1, 2, 4, 8 s between attempts; the first after 10 s gets in.
    expect(attempts).toEqual([0, 250, 750, 1_750, 3_750, 7_750, 15_750]);
    expect(alice.log.filter('net', 'connect attempt failed').every((e) => (e.data as { code: number }).code === RC.NETWORK_UNAVAILABLE)).toBe(true);
    expect(world.server.onlineUsers()).toEqual(['alice', 'bob']);
    expect(statuses[statuses.length - 1].data.status).toBe(ConnectionStatus.CONNECTED);
    const inbox = record(bob, [RECEIVED]);
    await sendText(world, alice, PRIVATE, 'bob', 'back');
    expect(inbox.map((e) => e.data.message.text)).toEqual(['back']);
  });

  test('messages the app server sends during the outage wait in the offline inbox', async () => {
    const { world, bob } = await pair();
    world.server.outage(5_000);
    await world.settle();
    const inbox = record(bob, [RECEIVED]);
    const message = { conversationType: PRIVATE, messageType: 2, targetId: 'bob', channelId: '', messageId: 0, messageUId: '', offLine: false, receivedTime: 0, sentTime: 0, receivedStatus: 0, sentStatus: 0, senderUserId: 'system', direction: 0, extra: '', expansion: null, text: 'from the server' };
    expect(world.cloud.send(null, 'system', message, { fromServer: true }).code).toBe(0);
    expect(world.server.offlineCount('bob')).toBe(1);
    await world.clock.advance(20_000);
    expect(inbox.map((e) => [e.data.message.text, e.data.offline])).toEqual([['from the server', true]]);
  });
});

describe('a session the cloud ends while its login answer is on the way', () => {
  async function reconnectingSlowly() {
    const { world, alice, bob } = await pair();
    bob.network.latency(3_000);
    bob.network.down();
    bob.network.up(); // a reconnect attempt at once: the login lands at 3 s, its answer at 6 s
    await world.clock.advance(4_000);
    expect(world.server.sessionsOf('bob')).toEqual(['bob-phone']); // the cloud has the session ...
    expect(bob.engine!.status).toBe(ConnectionStatus.CONNECTING); // ... the device does not know yet
    return { world, alice, bob };
  }

  test('an outage then: the answer is void, the SDK tries again, and the device is really online after', async () => {
    const { world, alice, bob } = await reconnectingSlowly();
    world.server.outage(500);
    await world.clock.advance(2_000);
    expect(bob.log.filter('net', 'login answer for a session the cloud has ended')).toHaveLength(1);
    await world.clock.advance(20_000);
    expect(bob.engine!.status).toBe(ConnectionStatus.CONNECTED);
    expect(world.server.sessionsOf('bob')).toEqual(['bob-phone']);
    bob.network.latency(0);
    const inbox = record(bob, [RECEIVED]);
    await sendText(world, alice, PRIVATE, 'bob', 'you are really back');
    expect(inbox.map((e) => e.data.message.text)).toEqual(['you are really back']);
  });

  test('a kick then: the device stops as kicked instead of believing the late answer', async () => {
    const { world, bob } = await reconnectingSlowly();
    world.server.kick('bob');
    await world.clock.advance(5_000);
    expect(bob.engine!.status).toBe(ConnectionStatus.KICKED_OFFLINE_BY_OTHER_CLIENT);
    expect(world.server.sessionsOf('bob')).toEqual([]);
  });
});

describe('world.server.failFor / failNext: planned cloud answers', () => {
  test('failFor fails every matching request for a window of virtual time, then the cloud answers normally', async () => {
    const { world, alice } = await pair();
    world.server.failFor('sendMessage', RC.MSG_RESPONSE_TIMEOUT, 2_000, { userId: 'alice' });
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) codes.push((await sendText(world, alice, PRIVATE, 'bob', `m${i}`)).events.onMessageSent[0].code);
    await world.clock.advance(2_000);
    codes.push((await sendText(world, alice, PRIVATE, 'bob', 'after')).events.onMessageSent[0].code);
    expect(codes).toEqual([RC.MSG_RESPONSE_TIMEOUT, RC.MSG_RESPONSE_TIMEOUT, RC.MSG_RESPONSE_TIMEOUT, 0]);
    expect(alice.log.filter('fault', 'planned failure window')).toHaveLength(1);
  });

  test('a failure window does not consume the failures planned after it', async () => {
    const { world, alice } = await pair();
    world.server.failFor('sendMessage', RC.MSG_RESPONSE_TIMEOUT, 1_000);
    world.server.failNext('sendMessage', RC.SEND_MSG_FREQUENCY_OVERRUN);
    expect((await sendText(world, alice, PRIVATE, 'bob', 'a')).events.onMessageSent[0].code).toBe(RC.MSG_RESPONSE_TIMEOUT);
    await world.clock.advance(1_000);
    expect((await sendText(world, alice, PRIVATE, 'bob', 'b')).events.onMessageSent[0].code).toBe(RC.SEND_MSG_FREQUENCY_OVERRUN);
    expect((await sendText(world, alice, PRIVATE, 'bob', 'c')).events.onMessageSent[0].code).toBe(0);
  });

  test('failNext works for the operations other areas honour, e.g. joinChatRoom -> 23410', async () => {
    const { world, alice } = await pair();
    world.server.failNext('joinChatRoom', RC.CHATROOM_NOT_EXIST, { userId: 'alice' });
    const first = await callWithEvents(alice, 'joinChatRoom', ['room', -1, true], ['onChatRoomJoined']);
    await world.settle();
    const second = await callWithEvents(alice, 'joinChatRoom', ['room', -1, true], ['onChatRoomJoined']);
    await world.settle();
    expect([...first.events.onChatRoomJoined, ...second.events.onChatRoomJoined].map((e) => e.code)).toEqual([RC.CHATROOM_NOT_EXIST, 0]);
  });

  test('an operation name no request uses is refused with the nearest real one', () => {
    const world = createWorld();
    expect(() => world.server.failNext('sendMesage', 30003)).toThrow(/unknown operation "sendMesage" \(did you mean "sendMessage"\?\)/);
    expect(() => world.server.failFor('conect', 30003, 10)).toThrow(/did you mean "connect"/);
    expect(() => world.server.failNext('sendMessage', 0)).toThrow(/non-zero integer/);
    expect(() => world.server.failNext('uploadMedia', 30003, { times: 0 })).toThrow(/times must be an integer >= 1/);
    expect(world.cloud.faults.pending()).toEqual([]);
  });
});

describe('server faults in the middle of things', () => {
  test('a kick while a send is on its way: the cloud refuses it (30001), nothing is delivered, the device is offline', async () => {
    const { world, alice, bob } = await pair();
    const inbox = record(bob, [RECEIVED]);
    alice.network.latency(100);
    const message = await alice.rn.native.createTextMessage(PRIVATE, 'bob', '', 'mid-send');
    const sent = await callWithEvents(alice, 'sendMessage', [message], ['onMessageSent']);
    await world.clock.advance(50);
    expect(world.server.kick('alice')).toBe(1);
    await world.clock.advance(200);
    expect(sent.events.onMessageSent.map((e) => e.code)).toEqual([RC.CHANNEL_INVALID]);
    expect(inbox).toEqual([]);
    expect(alice.engine!.status).toBe(ConnectionStatus.KICKED_OFFLINE_BY_OTHER_CLIENT);
  });

  test('an expired token: online devices stay; the next reconnect gets 31004; a new token connects again', async () => {
    const { world, alice } = await pair();
    world.server.expireToken('alice');
    alice.network.down();
    alice.network.up();
    await world.clock.advance(1_000);
    expect(alice.engine!.status).toBe(ConnectionStatus.TOKEN_INCORRECT);
    const again = await callWithEvents(alice, 'connect', [world.server.issueToken('alice'), 0], ['onConnected']);
    await world.settle();
    expect(again.events.onConnected.map((e) => e.code)).toEqual([0]);
  });
});
