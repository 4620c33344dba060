import { RC, createWorld, type Device, type World } from '../../index';
import { ServerHistory } from '../../cloud/history';
import { callWithEvents, connectAs, record, sendText } from '../../testing/rn';

const RECEIVED = 'IRCIMIWListener:onMessageReceived';
const PRIVATE = 1;
const GROUP = 2;
const DAY = 24 * 3600 * 1000;
const MessageType = { CUSTOM: 1, TEXT: 2, RECALL: 8, COMMAND: 10, COMMAND_NOTIFICATION: 11 };
const Policy = { COMMAND: 0, NORMAL: 1, STATUS: 2, STORAGE: 3 };

/** alice on a phone; bob on a phone and in a browser (two platform classes, both online at once). */
async function trio() {
  const world = createWorld({ seed: 11, limits: { sendsPerSecond: 1_000 } });
  const alice = world.device({ id: 'alice-phone' });
  const bobPhone = world.device({ id: 'bob-phone', platform: 'android' });
  const bobWeb = world.device({ id: 'bob-web', platform: 'web' });
  await connectAs(world, alice, 'alice');
  await connectAs(world, bobPhone, 'bob');
  await connectAs(world, bobWeb, 'bob');
  return { world, alice, bobPhone, bobWeb };
}

async function send(world: World, device: Device, message: unknown) {
  const result = await callWithEvents(device, 'sendMessage', [message], ['onMessageSaved', 'onMessageSent']);
  await world.settle();
  return result;
}

/** A message of a type no create… method builds (command, recall ...), as an app would hand-write it. */
async function handMade(device: Device, targetId: string, messageType: number, content: Record<string, unknown>) {
  const base = (await device.rn.native.createTextMessage(PRIVATE, targetId, '', '')) as Record<string, unknown>;
  delete base.text;
  return { ...base, messageType, ...content };
}

async function custom(device: Device, policy: number, identifier: string) {
  return device.rn.native.createCustomMessage(PRIVATE, 'bob', '', policy, identifier, { k: 'v' });
}

describe('messaging rules: two devices of one user', () => {
  test('a phone and a browser of the same user are both online and both receive, each into its own database', async () => {
    const { world, alice, bobPhone, bobWeb } = await trio();
    expect(world.server.sessionsOf('bob').sort()).toEqual(['bob-phone', 'bob-web']);
    const phoneInbox = record(bobPhone, [RECEIVED]);
    const webInbox = record(bobWeb, [RECEIVED]);
    const { events } = await sendText(world, alice, PRIVATE, 'bob', 'to both');
    const uid = events.onMessageSent[0].message.messageUId;
    for (const [inbox, device] of [[phoneInbox, bobPhone], [webInbox, bobWeb]] as const) {
      expect(inbox.map((e) => [e.data.message.text, e.data.message.messageUId, e.data.offline])).toEqual([['to both', uid, false]]);
      expect(device.engine!.store.getByUId(uid)).toMatchObject({ text: 'to both', direction: 1 });
      expect(device.engine!.store.conversation(PRIVATE, 'alice', '')!.unreadCount).toBe(1);
    }
  });
});

describe('messaging rules: what is stored and counted', () => {
  test('command messages and custom COMMAND/STATUS messages are not stored on either side (no local messageId)', async () => {
    const { world, alice, bobPhone, bobWeb } = await trio();
    const inbox = record(bobPhone, [RECEIVED]);
    const messages = [
      await handMade(alice, 'bob', MessageType.COMMAND, { name: 'refresh', data: '{"page":1}' }),
      await custom(alice, Policy.COMMAND, 'app:cmd'),
      await custom(alice, Policy.STATUS, 'app:typing'),
    ];
    for (const message of messages) {
      const { events } = await send(world, alice, message);
      expect(events.onMessageSaved[0].message.messageId).toBe(0);
      expect(events.onMessageSent[0]).toMatchObject({ code: 0, message: { messageId: 0, sentStatus: 2, messageUId: expect.any(String) } });
    }
    expect(inbox.map((e) => [e.data.message.messageType, e.data.message.messageId])).toEqual([
      [MessageType.COMMAND, 0],
      [MessageType.CUSTOM, 0],
      [MessageType.CUSTOM, 0],
    ]);
    expect(inbox[0].data.message).toMatchObject({ name: 'refresh', data: '{"page":1}' });
    for (const device of [alice, bobPhone, bobWeb]) {
      expect(device.engine!.store.messages.size).toBe(0);
      expect(device.engine!.store.conversations.size).toBe(0);
    }
  });

  test('status messages never reach offline users; command messages wait for them', async () => {
    const { world, alice, bobPhone, bobWeb } = await trio();
    await bobPhone.rn.native.disconnect(true);
    await bobWeb.rn.native.disconnect(true);
    await world.settle();
    await send(world, alice, await custom(alice, Policy.STATUS, 'app:typing'));
    expect(world.server.offlineCount('bob')).toBe(0);
    await send(world, alice, await custom(alice, Policy.COMMAND, 'app:cmd'));
    await send(world, alice, await handMade(alice, 'bob', MessageType.COMMAND, { name: 'sync', data: '' }));
    expect(world.server.offlineCount('bob')).toBe(2);
    const inbox = record(bobPhone, [RECEIVED]);
    await connectAs(world, bobPhone, 'bob');
    expect(inbox.map((e) => [e.data.message.messageType, e.data.message.identifier ?? e.data.message.name, e.data.offline])).toEqual([
      [MessageType.CUSTOM, 'app:cmd', true],
      [MessageType.COMMAND, 'sync', true],
    ]);
  });

  test('recall, command-notification and custom STORAGE messages are stored but not counted; text and custom NORMAL are counted', async () => {
    const { world, alice, bobPhone } = await trio();
    const sent = [
      await alice.rn.native.createTextMessage(PRIVATE, 'bob', '', 'counted'),
      await handMade(alice, 'bob', MessageType.RECALL, { admin: false, deleted: false, recallTime: 1, recallActionTime: 2 }),
      await handMade(alice, 'bob', MessageType.COMMAND_NOTIFICATION, { name: 'group-renamed', data: 'g' }),
      await custom(alice, Policy.STORAGE, 'app:stored'),
      await custom(alice, Policy.NORMAL, 'app:normal'),
    ];
    for (const message of sent) {
      const { events } = await send(world, alice, message);
      expect(events.onMessageSent[0].code).toBe(0);
      expect(events.onMessageSaved[0].message.messageId).toBeGreaterThan(0);
    }
    const store = bobPhone.engine!.store;
    expect(store.timeline(PRIVATE, 'alice', '').map((m) => m.messageType)).toEqual([MessageType.TEXT, MessageType.RECALL, MessageType.COMMAND_NOTIFICATION, MessageType.CUSTOM, MessageType.CUSTOM]);
    expect(store.timeline(PRIVATE, 'alice', '').every((m) => m.messageId > 0)).toBe(true);
    expect(store.conversation(PRIVATE, 'alice', '')!.unreadCount).toBe(2);
    expect(alice.engine!.store.timeline(PRIVATE, 'bob', '')).toHaveLength(5);
  });
});

describe('messaging rules: the offline inbox keeps messages 7 days', () => {
  async function away(ms: number) {
    const { world, alice, bobPhone, bobWeb } = await trio();
    await bobPhone.rn.native.disconnect(true);
    await bobWeb.rn.native.disconnect(true);
    await world.settle();
    await sendText(world, alice, PRIVATE, 'bob', 'while away');
    await world.clock.advance(ms);
    const inbox = record(bobPhone, [RECEIVED]);
    await connectAs(world, bobPhone, 'bob');
    return inbox.map((e) => e.data.message.text);
  }

  test('exactly 7 days later the message is still delivered', async () => {
    expect(await away(7 * DAY)).toEqual(['while away']);
  });

  test('7 days and 1 ms later it is gone', async () => {
    expect(await away(7 * DAY + 1)).toEqual([]);
  });
});

describe('messaging rules: group messages to designated users', () => {
  async function group() {
    const setup = await trio();
    const carol = setup.world.device({ id: 'carol-phone' });
    const dave = setup.world.device({ id: 'dave-phone' });
    await connectAs(setup.world, carol, 'carol');
    setup.world.server.createGroup('g1', ['alice', 'bob', 'carol', 'dave']);
    return { ...setup, carol, dave };
  }

  test('only the designated members get it, on all their devices; the others get nothing, now or later; no server history', async () => {
    const { world, alice, bobPhone, bobWeb, carol, dave } = await group();
    const inboxes = [bobPhone, bobWeb, carol].map((d) => record(d, [RECEIVED]));
    const message = await alice.rn.native.createTextMessage(GROUP, 'g1', '', 'bob only');
    const { code, events, eventId } = await callWithEvents(alice, 'sendGroupMessageToDesignatedUsers', [message, ['bob']], ['onMessageSaved', 'onMessageSent']);
    await world.settle();
    expect(code).toBe(0);
    expect(events.onMessageSaved).toEqual([{ eventId, message: expect.objectContaining({ text: 'bob only', targetId: 'g1' }) }]);
    expect(events.onMessageSent).toEqual([{ eventId, code: 0, message: expect.objectContaining({ sentStatus: 2 }) }]);
    expect(inboxes.map((inbox) => inbox.map((e) => e.data.message.text))).toEqual([['bob only'], ['bob only'], []]);
    expect(world.server.offlineCount('dave')).toBe(0);
    const daveInbox = record(dave, [RECEIVED]);
    await connectAs(world, dave, 'dave');
    expect(daveInbox).toEqual([]);
    expect(world.cloud.history.conversation(ServerHistory.key(GROUP, 'alice', 'g1', ''))).toEqual([]);
    await sendText(world, alice, GROUP, 'g1', 'to all');
    expect(world.cloud.history.conversation(ServerHistory.key(GROUP, 'alice', 'g1', '')).map((m) => m.text)).toEqual(['to all']);
  });

  test('a designated member who is offline gets it on the next connect', async () => {
    const { world, alice, dave } = await group();
    const message = await alice.rn.native.createTextMessage(GROUP, 'g1', '', 'for dave');
    await alice.rn.native.sendGroupMessageToDesignatedUsers(message, ['dave'], 'e1');
    await world.settle();
    const inbox = record(dave, [RECEIVED]);
    await connectAs(world, dave, 'dave');
    expect(inbox.map((e) => [e.data.message.text, e.data.offline])).toEqual([['for dave', true]]);
  });

  test('no users, a private message or a non-member sender: -101 or 22406', async () => {
    const { world, alice } = await group();
    const groupText = await alice.rn.native.createTextMessage(GROUP, 'g1', '', 'x');
    const privateText = await alice.rn.native.createTextMessage(PRIVATE, 'bob', '', 'x');
    await expect(alice.rn.native.sendGroupMessageToDesignatedUsers(groupText, [], 'e1')).resolves.toBe(-101);
    await expect(alice.rn.native.sendGroupMessageToDesignatedUsers(privateText, ['bob'], 'e2')).resolves.toBe(-101);
    const eve = world.device({ id: 'eve-phone' });
    await connectAs(world, eve, 'eve');
    const intruder = await eve.rn.native.createTextMessage(GROUP, 'g1', '', 'x');
    const { events } = await callWithEvents(eve, 'sendGroupMessageToDesignatedUsers', [intruder, ['bob']], ['onMessageSent']);
    await world.settle();
    expect(events.onMessageSent.map((e) => e.code)).toEqual([RC.NOT_IN_GROUP]);
  });
});

describe('messaging rules: create…Message shapes (boundary §5.4)', () => {
  const base = ['conversationType', 'messageType', 'targetId', 'channelId', 'messageId', 'messageUId', 'offLine', 'receivedTime', 'sentTime', 'receivedStatus', 'sentStatus', 'senderUserId', 'direction', 'extra', 'expansion'];
  const ref = { conversationType: 1, messageType: 2, targetId: 'bob', channelId: '', text: 'quoted' };
  const cases: Array<[method: string, args: unknown[], messageType: number, keys: string[]]> = [
    ['createTextMessage', ['hello'], 2, ['text']],
    ['createVoiceMessage', ['/a.amr', 3], 3, ['local', 'remote', 'duration']],
    ['createImageMessage', ['/a.jpg'], 4, ['local', 'remote', 'thumbnailBase64String', 'original']],
    ['createFileMessage', ['/a.pdf'], 5, ['local', 'remote', 'name', 'fileType', 'size']],
    ['createSightMessage', ['/a.mp4', 10], 6, ['local', 'remote', 'duration', 'size', 'name', 'thumbnailBase64String']],
    ['createGIFMessage', ['/a.gif'], 7, ['local', 'remote', 'dataSize', 'width', 'height']],
    ['createReferenceMessage', [ref, 'reply'], 9, ['text', 'referenceMessage']],
    ['createCustomMessage', [1, 'app:card', { a: 'b' }], 1, ['identifier', 'policy', 'fields']],
    ['createLocationMessage', [116.4, 39.9, 'Tiananmen', '/thumb.jpg'], 12, ['longitude', 'latitude', 'poiName', 'thumbnailPath']],
  ];

  test.each(['android', 'ios'] as const)('every create…Message resolves the base keys plus its own keys (%s)', async (platform) => {
    const world = createWorld();
    const phone = world.device({ platform });
    await connectAs(world, phone, 'alice');
    // Android writes no sentStatus/receivedStatus for a new message (the null-status quirk of toMap).
    const expectedBase = platform === 'android' ? base.filter((k) => k !== 'sentStatus' && k !== 'receivedStatus') : base;
    for (const [method, args, messageType, keys] of cases) {
      const message = (await phone.rn.native[method](PRIVATE, 'bob', '', ...args)) as Record<string, unknown>;
      expect([method, Object.keys(message).sort()]).toEqual([method, [...expectedBase, ...keys].sort()]);
      expect(message).toMatchObject({ conversationType: PRIVATE, messageType, targetId: 'bob', channelId: '', messageId: 0, direction: 0, senderUserId: 'alice', expansion: null });
    }
    const reference = (await phone.rn.native.createReferenceMessage(PRIVATE, 'bob', '', ref, 'reply')) as Record<string, any>;
    expect(reference.referenceMessage).toMatchObject({ messageType: 2, text: 'quoted' });
    const customMessage = (await phone.rn.native.createCustomMessage(PRIVATE, 'bob', '', 3, 'app:card', { a: 'b' })) as Record<string, any>;
    expect(customMessage).toMatchObject({ identifier: 'app:card', policy: 3, fields: { a: 'b' } });
  });

  test.each(['android', 'ios'] as const)('invalid arguments resolve null (%s)', async (platform) => {
    const world = createWorld();
    const phone = world.device({ platform });
    await connectAs(world, phone, 'alice');
    const n = phone.rn.native;
    const nulls = [
      await n.createTextMessage(0, 'bob', '', 'INVALID conversation type'),
      await n.createTextMessage(PRIVATE, '', '', 'no target'),
      await n.createTextMessage(PRIVATE, null, '', 'null target'),
      await n.createImageMessage(PRIVATE, 'bob', '', ''),
      await n.createFileMessage(PRIVATE, 'bob', '', null),
      await n.createSightMessage(PRIVATE, 'bob', '', '', 5),
      await n.createVoiceMessage(PRIVATE, 'bob', '', '', 5),
      await n.createGIFMessage(PRIVATE, 'bob', '', ''),
      await n.createCustomMessage(PRIVATE, 'bob', '', 1, '', {}),
      await n.createReferenceMessage(PRIVATE, 'bob', '', { text: 'no messageType' }, 'reply'),
      await n.createLocationMessage(0, 'bob', '', 1, 2, 'p', '/t.jpg'),
    ];
    expect(nulls).toEqual(Array(nulls.length).fill(null));
  });

  test('an out-of-range conversation type rejects on Android and clamps to the last member on iOS', async () => {
    const world = createWorld();
    const android = world.device({ platform: 'android' });
    const ios = world.device({ platform: 'ios' });
    await connectAs(world, android, 'alice');
    await connectAs(world, ios, 'bob');
    await expect(android.rn.native.createTextMessage(9, 'bob', '', 'x')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(ios.rn.native.createTextMessage(9, 'alice', '', 'x')).resolves.toMatchObject({ conversationType: 5 });
  });
});

describe('group mutes set by the app server (22408)', () => {
  const sentCode = async (world: World, device: Device, text: string) => (await sendText(world, device, GROUP, 'g1', text)).events.onMessageSent[0].code;

  test('a muted member still receives but cannot send, until the mute ends; lifting it early works too', async () => {
    const { world, alice, bobPhone } = await trio();
    world.server.createGroup('g1', ['alice', 'bob']);
    const heard = record(bobPhone, [RECEIVED]);
    world.server.muteInGroup('g1', ['bob'], 1);
    expect(await sentCode(world, bobPhone, 'let me talk')).toBe(RC.FORBIDDEN_IN_GROUP);
    expect(await sentCode(world, alice, 'hi bob')).toBe(RC.SUCCESS);
    expect(heard.map((e) => e.data.message.text)).toEqual(['hi bob']);
    await world.clock.advance(60_000);
    expect(await sentCode(world, bobPhone, 'free')).toBe(RC.SUCCESS);
    world.server.muteInGroup('g1', ['bob'], 5);
    world.server.unmuteInGroup('g1', ['bob']);
    expect(await sentCode(world, bobPhone, 'lifted')).toBe(RC.SUCCESS);
  });

  test('a whole-group mute spares its exceptions; a mute in all groups holds everywhere; the server still publishes', async () => {
    const { world, alice, bobPhone } = await trio();
    world.server.createGroup('g1', ['alice', 'bob']);
    world.server.muteGroup('g1', true, { except: ['alice'] });
    expect([await sentCode(world, alice, 'admin'), await sentCode(world, bobPhone, 'member')]).toEqual([RC.SUCCESS, RC.FORBIDDEN_IN_GROUP]);
    world.server.muteGroup('g1', false);
    world.server.muteInAllGroups(['alice'], 10);
    expect(await sentCode(world, alice, 'everywhere')).toBe(RC.FORBIDDEN_IN_GROUP);
    expect(world.cloud.send(null, 'alice', { ...((await alice.rn.native.createTextMessage(GROUP, 'g1', '', 'from the server')) as object) } as never, { fromServer: true }).code).toBe(RC.SUCCESS);
    world.server.unmuteInAllGroups(['alice']);
    expect(await sentCode(world, alice, 'back')).toBe(RC.SUCCESS);
    expect(() => world.server.muteInGroup('nope', ['bob'], 1)).toThrow(/no group "nope"/);
    expect(() => world.server.muteInGroup('g1', ['bob'], 0)).toThrow(/whole number of minutes/);
  });
});
