import { setupServer } from 'msw/node';
import { ConnectionStatus, createWorld, RC, type World } from '../../simulator/index';
import { connectAs, record } from '../../simulator/testing/rn';
import { createServerApiHandlers, serverApiHeaders, serverApiSignature, ServerApiCode } from './index';

const API = 'https://api.rong-api.com';
const RECEIVED = 'IRCIMIWListener:onMessageReceived';

let world: World;
const server = setupServer(...createServerApiHandlers(() => world));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  world = createWorld({ seed: 5, appKey: 'key-1', appSecret: 'secret-1' });
});

/** A small app server, as a backend signs its calls: the real fetch, a nonce and a timestamp. */
function backend(credentials: { appKey: string; appSecret: string } = world) {
  let nonce = 0;
  return async (path: string, params: Array<[string, string]>, headers: Record<string, string> = {}) => {
    const response = await fetch(`${API}${path}`, {
      method: 'POST',
      headers: { ...serverApiHeaders(credentials, String(++nonce), world.clock.now()), ...headers },
      body: new URLSearchParams(params).toString(),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
}

describe('Server API: signatures', () => {
  test('a backend gets a token; the token connects a phone, which then receives a message published by the backend', async () => {
    const call = backend();
    const got = await call('/user/getToken.json', [['userId', 'alice'], ['name', 'Alice']]);
    expect(got).toEqual({ status: 200, body: { code: 200, userId: 'alice', token: expect.any(String) } });
    expect(world.cloud.accounts.user('alice').name).toBe('Alice');

    const phone = world.device();
    const statuses = record(phone, ['IRCIMIWListener:onConnectionStatusChanged']);
    const inbox = record(phone, [RECEIVED]);
    phone.rn.native.create(world.appKey, {});
    await phone.rn.native.connect(got.body.token, 0, 'c1');
    await world.settle();
    expect(statuses.map((s) => s.data.status)).toEqual([ConnectionStatus.CONNECTING, ConnectionStatus.CONNECTED]);

    const sent = await call('/message/private/publish.json', [
      ['fromUserId', 'system-bot'],
      ['toUserId', 'alice'],
      ['objectName', 'RC:TxtMsg'],
      ['content', JSON.stringify({ content: 'welcome!', extra: 'x', user: { id: 'system-bot', name: 'Bot' } })],
    ]);
    expect(sent.body).toEqual({ code: 200, messageUIDs: [{ userId: 'alice', messageUID: expect.stringMatching(/^\w{4}-\w{4}-\w{4}-\w{4}$/) }] });
    await world.settle();
    expect(inbox).toHaveLength(1);
    expect(inbox[0].data.message).toMatchObject({
      conversationType: 1, messageType: 2, text: 'welcome!', extra: 'x', targetId: 'system-bot', senderUserId: 'system-bot',
      messageUId: sent.body.messageUIDs[0].messageUID, userInfo: { userId: 'system-bot', name: 'Bot' },
    });
  });

  test('a wrong signature is refused with 1004 / HTTP 401, and nothing happens', async () => {
    const wrong = backend({ appKey: 'key-1', appSecret: 'not-the-secret' });
    expect(await wrong('/user/getToken.json', [['userId', 'alice']])).toEqual({
      status: 401,
      body: { code: ServerApiCode.SIGNATURE_ERROR, errorMessage: expect.stringContaining('signature error') },
    });
    expect(world.server.users()).toEqual([]);
  });

  test('missing headers give 1004; another app key gives 1001; RC- prefixed headers work', async () => {
    const bare = await fetch(`${API}/user/getToken.json`, { method: 'POST', body: 'userId=a', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(bare.status).toBe(401);
    expect(await bare.json()).toEqual({ code: 1004, errorMessage: 'missing header(s): App-Key, Nonce, Timestamp, Signature' });
    expect((await backend({ appKey: 'other', appSecret: 'secret-1' })('/user/getToken.json', [['userId', 'a']])).body.code).toBe(ServerApiCode.APP_KEY_MISMATCH);

    const prefixed = await fetch(`${API}/user/getToken.json`, {
      method: 'POST',
      body: 'userId=a',
      headers: {
        'RC-App-Key': 'key-1', 'RC-Nonce': '7', 'RC-Timestamp': '1700000000000',
        'RC-Signature': serverApiSignature('secret-1', '7', '1700000000000').toUpperCase(),
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    });
    expect(((await prefixed.json()) as { code: number }).code).toBe(200);
  });

  test('the signature matches the documented request example', () => {
    // docs.rongcloud.cn "API 调用签名规则": App Secret Y1W2MeFwwwRxa0, Nonce 14314, Timestamp 1408710653000.
    expect(serverApiSignature('Y1W2MeFwwwRxa0', '14314', '1408710653000')).toBe('30be0bbca9c9b2e27578701e9fda2358a814c88f');
    expect(serverApiSignature('Y1W2MeFwwwRxa0', '14314', 1408710653000)).toBe('30be0bbca9c9b2e27578701e9fda2358a814c88f');
  });
});

describe('Server API: parameters', () => {
  test('a missing parameter gives 1002, a too long one 1005, an empty body 1003, JSON instead of a form 1002', async () => {
    const call = backend();
    expect(await call('/user/getToken.json', [['name', 'x']])).toEqual({ status: 400, body: { code: 1002, errorMessage: 'userId is required' } });
    expect((await call('/user/getToken.json', [['userId', 'u'.repeat(65)]])).body).toEqual({ code: 1005, errorMessage: 'userId is longer than 64 characters' });
    expect((await call('/user/getToken.json', [])).body.code).toBe(ServerApiCode.NO_POST_DATA);
    const json = await call('/user/getToken.json', [['userId', 'a']], { 'Content-Type': 'application/json' });
    expect(json.body).toEqual({ code: 1002, errorMessage: expect.stringContaining('application/x-www-form-urlencoded') });
    expect((await call('/message/private/publish.json', [['fromUserId', 'a'], ['toUserId', 'b'], ['objectName', 'RC:TxtMsg'], ['content', 'not json']])).body.code).toBe(1002);
    expect((await call('/user/block.json', [['userId', 'a'], ['minute', '0']])).body.code).toBe(1002);
  });

  test('an unknown path under the API host answers 404', async () => {
    expect(await backend()('/user/nothing.json', [['a', 'b']])).toEqual({ status: 404, body: { code: 404, errorMessage: expect.stringContaining('/user/nothing.json') } });
  });
});

describe('Server API: users and groups', () => {
  test('block kicks the user off with 31009 until unblock', async () => {
    const call = backend();
    const phone = world.device();
    await connectAs(world, phone, 'alice');
    expect((await call('/user/block.json', [['userId', 'alice'], ['minute', '10']])).body).toEqual({ code: 200 });
    await world.settle();
    expect(phone.engine!.status).toBe(ConnectionStatus.CONN_USER_BLOCKED);
    expect((await connectAs(world, phone, 'alice')).code).toBe(RC.CONN_USER_BLOCKED);
    await call('/user/unblock.json', [['userId', 'alice']]);
    expect((await connectAs(world, phone, 'alice')).code).toBe(0);
  });

  test('create / join / quit / dismiss keep the member list; group publish reaches members (designated ones only when given)', async () => {
    const call = backend();
    expect((await call('/group/create.json', [['userId', 'alice'], ['userId', 'bob'], ['groupId', 'g1'], ['groupName', 'G']])).body).toEqual({ code: 200 });
    await call('/group/join.json', [['userId', 'carol'], ['groupId', 'g1']]);
    await call('/group/join.json', [['userId', 'dave'], ['groupId', 'g2'], ['groupName', 'New']]);
    expect(world.server.groupMembers('g1')).toEqual(['alice', 'bob', 'carol']);
    expect(world.server.groupMembers('g2')).toEqual(['dave']);
    await call('/group/quit.json', [['userId', 'carol'], ['groupId', 'g1']]);
    expect(world.server.groupMembers('g1')).toEqual(['alice', 'bob']);
    expect((await call('/group/quit.json', [['userId', 'x'], ['groupId', 'nope']])).body.code).toBe(200);
    expect((await call('/group/create.json', [['userId', 'a'], ['groupId', 'g3']])).body).toEqual({ code: 1002, errorMessage: 'groupName is required' });

    const phones = { alice: world.device(), bob: world.device() };
    await connectAs(world, phones.alice, 'alice');
    await connectAs(world, phones.bob, 'bob');
    const inboxes = { alice: record(phones.alice, [RECEIVED]), bob: record(phones.bob, [RECEIVED]) };
    const content = JSON.stringify({ content: 'hello group', mentionedInfo: { type: 2, userIdList: ['bob'], mentionedContent: '@bob' } });
    const all = await call('/message/group/publish.json', [['fromUserId', 'admin'], ['toGroupId', 'g1'], ['objectName', 'RC:TxtMsg'], ['content', content]]);
    expect(all.body).toEqual({ code: 200, messageUIDs: [{ groupId: 'g1', messageUID: expect.any(String) }] });
    await call('/message/group/publish.json', [['fromUserId', 'admin'], ['toGroupId', 'g1'], ['toUserId', 'bob'], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"just bob"}']]);
    await world.settle();
    expect(inboxes.alice.map((e) => e.data.message.text)).toEqual(['hello group']);
    expect(inboxes.bob.map((e) => e.data.message.text)).toEqual(['hello group', 'just bob']);
    expect(inboxes.bob[0].data.message).toMatchObject({ conversationType: 2, targetId: 'g1', mentionedInfo: { type: 1, userIdList: ['bob'] } });
    expect(phones.bob.engine!.store.conversation(2, 'g1', '')!.mentionedCount).toBe(1);

    await call('/group/dismiss.json', [['userId', 'admin'], ['groupId', 'g1']]);
    expect(world.cloud.groups.exists('g1')).toBe(false);
  });
});

describe('Server API: messages', () => {
  test('group mutes: gag a member (22408 on their sends) and the whole group, with rollbacks', async () => {
    const call = backend();
    await call('/group/create.json', [['userId', 'alice'], ['userId', 'bob'], ['groupId', 'g1'], ['groupName', 'G']]);
    const phone = world.device({ id: 'bob-phone' });
    await connectAs(world, phone, 'bob');
    const sendCode = async (eventId: string) => {
      const sent = record(phone, ['SendMessage:onMessageSent']);
      await phone.rn.native.sendMessage(await phone.rn.native.createTextMessage(2, 'g1', '', 'hi'), eventId);
      await world.settle();
      return sent[0].data.code;
    };
    expect((await call('/group/user/gag/add.json', [['userId', 'bob'], ['groupId', 'g1'], ['minute', '30']])).body).toEqual({ code: 200 });
    expect(await sendCode('s1')).toBe(RC.FORBIDDEN_IN_GROUP);
    await call('/group/user/gag/rollback.json', [['userId', 'bob'], ['groupId', 'g1']]);
    expect(await sendCode('s2')).toBe(RC.SUCCESS);
    await call('/group/ban/add.json', [['groupId', 'g1']]);
    expect(await sendCode('s3')).toBe(RC.FORBIDDEN_IN_GROUP);
    await call('/group/ban/rollback.json', [['groupId', 'g1']]);
    expect(await sendCode('s4')).toBe(RC.SUCCESS);
    expect((await call('/group/user/gag/add.json', [['userId', 'bob'], ['groupId', 'g1'], ['minute', '43201']])).body.code).toBe(ServerApiCode.PARAMETER_ERROR);
  });

  test('private publish to several users; offline users get it on their next connect', async () => {
    const call = backend();
    const bob = world.device();
    await connectAs(world, bob, 'bob');
    const bobInbox = record(bob, [RECEIVED]);
    const result = await call('/message/private/publish.json', [
      ['fromUserId', 'shop'], ['toUserId', 'bob'], ['toUserId', 'carol'], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"sale"}'],
    ]);
    expect(result.body.messageUIDs.map((m: any) => m.userId)).toEqual(['bob', 'carol']);
    await world.settle();
    expect(bobInbox.map((e) => e.data.message.text)).toEqual(['sale']);
    expect(world.server.offlineCount('carol')).toBe(1);
    const carol = world.device();
    const carolInbox = record(carol, [RECEIVED]);
    await connectAs(world, carol, 'carol');
    expect(carolInbox.map((e) => [e.data.message.text, e.data.offline])).toEqual([['sale', true]]);
  });

  test('verifyBlacklist=1 drops messages to users who blacklisted the sender; 0 delivers them', async () => {
    const call = backend();
    world.cloud.accounts.user('bob').blacklist.add('spammer');
    const params: Array<[string, string]> = [['fromUserId', 'spammer'], ['toUserId', 'bob'], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"buy"}']];
    expect((await call('/message/private/publish.json', [...params, ['verifyBlacklist', '1']])).body).toEqual({ code: 200, messageUIDs: [] });
    expect(world.server.offlineCount('bob')).toBe(0);
    await call('/message/private/publish.json', params);
    expect(world.server.offlineCount('bob')).toBe(1);
  });

  test('system messages, built-in media types, custom types (policy from isPersisted/isCounted) and unknown RC: types', async () => {
    const call = backend();
    const phone = world.device();
    await connectAs(world, phone, 'alice');
    const inbox = record(phone, [RECEIVED]);
    const publish = (objectName: string, content: object, extra: Array<[string, string]> = []) =>
      call('/message/system/publish.json', [['fromUserId', 'ops'], ['toUserId', 'alice'], ['objectName', objectName], ['content', JSON.stringify(content)], ...extra]);
    expect((await publish('RC:ImgMsg', { content: 'thumb', imageUri: 'https://img/1.jpg' })).body).toEqual({ code: 200 });
    await publish('RC:FileMsg', { name: 'a.pdf', size: 3, type: 'pdf', fileUrl: 'https://f/a.pdf' });
    await publish('App:Order', { orderId: 'o1', total: 12 });
    await publish('App:Ping', { n: '1' }, [['isPersisted', '0']]);
    await publish('RC:InfoNtf', { message: 'info' });
    await world.settle();
    const messages = inbox.map((e) => e.data.message);
    expect(messages.map((m) => [m.conversationType, m.targetId, m.messageType])).toEqual([[4, 'ops', 4], [4, 'ops', 5], [4, 'ops', 1], [4, 'ops', 1], [4, 'ops', 0]]);
    expect(messages[0]).toMatchObject({ remote: 'https://img/1.jpg', thumbnailBase64String: 'thumb' });
    expect(messages[1]).toMatchObject({ name: 'a.pdf', size: 3, fileType: 'pdf', remote: 'https://f/a.pdf' });
    expect(messages[2]).toMatchObject({ identifier: 'App:Order', policy: 1, fields: { orderId: 'o1', total: '12' } });
    expect(messages[3]).toMatchObject({ identifier: 'App:Ping', policy: 0, messageId: 0 }); // not stored
    expect(messages[4]).toMatchObject({ objectName: 'RC:InfoNtf', rawData: '{"message":"info"}' });
    expect(phone.engine!.store.conversation(4, 'ops', '')!.unreadCount).toBe(4);
  });

  test('a planned cloud failure answers 1000; content over 128 KB answers 1005', async () => {
    const call = backend();
    world.server.failNext('sendMessage', RC.MSG_RESPONSE_TIMEOUT, { userId: 'shop' });
    const params = (text: string): Array<[string, string]> => [['fromUserId', 'shop'], ['toUserId', 'bob'], ['objectName', 'RC:TxtMsg'], ['content', JSON.stringify({ content: text })]];
    expect((await call('/message/private/publish.json', params('x'))).body).toEqual({ code: 1000, errorMessage: 'the IM service refused the message (code 30003)' });
    expect((await call('/message/private/publish.json', params('x'.repeat(128 * 1024 + 1)))).body.code).toBe(1005);
    expect((await call('/message/private/publish.json', params('ok'))).body.code).toBe(200);
  });
});

describe('Server API: chatrooms', () => {
  test('create (chatroom[id]=name), query, destroy; members present in a destroyed room are told', async () => {
    const call = backend();
    expect((await call('/chatroom/create.json', [['chatroom[r1]', 'Room one'], ['chatroom[r2]', 'Room two']])).body).toEqual({ code: 200 });
    expect(world.server.chatRooms()).toEqual(['r1', 'r2']);
    const query = await call('/chatroom/query.json', [['chatroomId', 'r1'], ['chatroomId', 'missing']]);
    expect(query.body).toEqual({ code: 200, chatRooms: [{ chrmId: 'r1', name: 'Room one', time: '2024-01-01 00:00:00' }] });

    const phone = world.device();
    await connectAs(world, phone, 'alice');
    const statuses = record(phone, ['IRCIMIWListener:onChatRoomStatusChanged']);
    await phone.rn.native.joinChatRoom('r1', -1, false, 'j1');
    await world.settle();
    expect(world.server.chatRoomMembers('r1')).toEqual(['alice']);
    expect((await call('/chatroom/destroy.json', [['chatroomId', 'r1'], ['chatroomId', 'never-existed']])).body).toEqual({ code: 200 });
    await world.settle();
    expect(world.server.chatRooms()).toEqual(['r2']);
    expect(statuses.map((s) => s.data)).toEqual([{ targetId: 'r1', status: 1 }]);
    expect((await call('/chatroom/create.json', [['x', 'y']])).body.code).toBe(1002);
  });

  test('entries: set, query (all or some keys), remove; the IM code comes back for a missing room', async () => {
    const call = backend();
    await call('/chatroom/create.json', [['chatroom[r1]', 'R']]);
    const set = (key: string, value: string) => call('/chatroom/entry/set.json', [['chatroomId', 'r1'], ['userId', 'host'], ['key', key], ['value', value], ['autoDelete', '1']]);
    expect((await set('topic', 'launch')).body).toEqual({ code: 200 });
    await set('mode', 'quiet');
    expect(world.server.chatRoomEntries('r1')).toEqual({ topic: 'launch', mode: 'quiet' });
    const all = await call('/chatroom/entry/query.json', [['chatroomId', 'r1']]);
    expect(all.body).toEqual({
      code: 200,
      keys: [
        { key: 'topic', value: 'launch', userId: 'host', autoDelete: 1, lastSetTime: world.clock.now() },
        { key: 'mode', value: 'quiet', userId: 'host', autoDelete: 1, lastSetTime: world.clock.now() },
      ],
    });
    expect((await call('/chatroom/entry/query.json', [['chatroomId', 'r1'], ['keys', 'mode']])).body.keys.map((k: any) => k.key)).toEqual(['mode']);
    expect((await call('/chatroom/entry/remove.json', [['chatroomId', 'r1'], ['userId', 'host'], ['key', 'topic']])).body).toEqual({ code: 200 });
    expect(world.server.chatRoomEntries('r1')).toEqual({ mode: 'quiet' });
    const missing = await call('/chatroom/entry/set.json', [['chatroomId', 'nope'], ['userId', 'host'], ['key', 'k'], ['value', 'v']]);
    expect(missing).toEqual({ status: 200, body: { code: RC.CHATROOM_NOT_EXIST, errorMessage: 'the IM service answered 23410' } });
    expect((await call('/chatroom/entry/query.json', [['chatroomId', 'nope']])).body.code).toBe(RC.CHATROOM_NOT_EXIST);
  });

  test('chatroom publish reaches the present members live; a missing room answers 23410', async () => {
    const call = backend();
    await call('/chatroom/create.json', [['chatroom[r1]', 'R']]);
    const phone = world.device({ id: 'bob-phone' });
    await connectAs(world, phone, 'bob');
    await phone.rn.native.joinChatRoom('r1', -1, false, 'j1');
    await world.settle();
    const inbox = record(phone, [RECEIVED]);
    const publish = (room: string) => call('/message/chatroom/publish.json', [['fromUserId', 'host'], ['toChatroomId', room], ['objectName', 'RC:TxtMsg'], ['content', '{"content":"show starts"}']]);
    expect((await publish('r1')).body).toEqual({ code: 200 });
    await world.settle();
    expect(inbox.map((e) => [e.data.message.conversationType, e.data.message.targetId, e.data.message.text, e.data.message.senderUserId])).toEqual([[3, 'r1', 'show starts', 'host']]);
    expect((await publish('nope')).body.code).toBe(RC.CHATROOM_NOT_EXIST);
  });

  test('member rules: gag and block (with rollback), global ban, whitelist; bad minutes 1002, a missing room 23410', async () => {
    const call = backend();
    await call('/chatroom/create.json', [['chatroom[r1]', 'R']]);
    const phone = world.device({ id: 'bob-phone' });
    await connectAs(world, phone, 'bob');
    const joined = record(phone, ['JoinChatRoom:onChatRoomJoined']);
    await phone.rn.native.joinChatRoom('r1', -1, false, 'j1');
    await world.settle();
    const sendCode = async (eventId: string) => {
      const sent = record(phone, ['SendMessage:onMessageSent']);
      await phone.rn.native.sendMessage(await phone.rn.native.createTextMessage(3, 'r1', '', 'hi'), eventId);
      await world.settle();
      return sent[0].data.code;
    };
    const bob = (path: string, extra: Array<[string, string]> = []) => call(path, [['chatroomId', 'r1'], ['userId', 'bob'], ...extra]);

    expect((await bob('/chatroom/user/gag/add.json', [['minute', '10']])).body).toEqual({ code: 200 });
    expect(await sendCode('s1')).toBe(RC.FORBIDDEN_IN_CHATROOM);
    await bob('/chatroom/user/gag/rollback.json');
    expect(await sendCode('s2')).toBe(RC.SUCCESS);
    await call('/chatroom/user/ban/add.json', [['userId', 'bob'], ['minute', '1']]);
    expect(await sendCode('s3')).toBe(RC.FORBIDDEN_IN_CHATROOM);
    await call('/chatroom/user/ban/remove.json', [['userId', 'bob']]);
    await bob('/chatroom/user/whitelist/add.json');
    await bob('/chatroom/user/block/add.json', [['minute', '5']]);
    expect(world.server.chatRoomMembers('r1')).toEqual([]);
    await phone.rn.native.joinChatRoom('r1', -1, false, 'j2');
    await world.settle();
    await bob('/chatroom/user/block/rollback.json');
    await phone.rn.native.joinChatRoom('r1', -1, false, 'j3');
    await world.settle();
    expect(joined.map((e) => e.data.code)).toEqual([RC.SUCCESS, RC.KICKED_FROM_CHATROOM, RC.SUCCESS]);

    expect((await bob('/chatroom/user/gag/add.json', [['minute', '0']])).body.code).toBe(ServerApiCode.PARAMETER_ERROR);
    expect((await call('/chatroom/user/block/add.json', [['chatroomId', 'nope'], ['userId', 'bob'], ['minute', '1']])).body.code).toBe(RC.CHATROOM_NOT_EXIST);
  });
});

describe('Server API: options', () => {
  test('baseUrl picks the host; handlers read the world at each request', async () => {
    let current = createWorld({ appKey: 'k', appSecret: 's' });
    const other = setupServer(...createServerApiHandlers(() => current, { baseUrl: 'http://localhost:9999/api/' }));
    server.close();
    other.listen({ onUnhandledRequest: 'error' });
    try {
      const post = async () => {
        const response = await fetch('http://localhost:9999/api/user/getToken.json', { method: 'POST', headers: serverApiHeaders(current, '1', 1), body: 'userId=zed' });
        return ((await response.json()) as { code: number }).code;
      };
      expect(await post()).toBe(200);
      const first = current;
      current = createWorld({ appKey: 'k', appSecret: 's' });
      expect(await post()).toBe(200);
      expect([first.server.users(), current.server.users()]).toEqual([['zed'], ['zed']]);
    } finally {
      other.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});
