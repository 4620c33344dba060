import fc from 'fast-check';
import { RC, createWorld, type Device, type World } from '../../index';
import { callWithEvents, connectAs, record } from '../../testing/rn';

const CHANGED = 'IRCIMIWListener:onChatRoomEntriesChanged';
const SYNCED = 'IRCIMIWListener:onChatRoomEntriesSynced';
const UPDATE = 0;
const REMOVE = 1;

async function room(names: string[], roomId = 'r') {
  const world = createWorld({ seed: 11 });
  const devices: Device[] = [];
  for (const name of names) {
    const device = world.device({ id: `${name}-phone` });
    await connectAs(world, device, name);
    await call(world, device, 'joinChatRoom', [roomId, -1, true], ['onChatRoomJoined']);
    devices.push(device);
  }
  return { world, devices };
}

async function call(world: World, device: Device, method: string, args: unknown[], callbacks: string[]) {
  const result = await callWithEvents(device, method, args, callbacks);
  await world.settle();
  return result;
}

/** addChatRoomEntry(targetId, key, value, deleteWhenLeft, overwrite): the event's code. */
async function add(world: World, device: Device, key: string, value: string, options: { deleteWhenLeft?: boolean; overwrite?: boolean; roomId?: string } = {}) {
  const result = await call(world, device, 'addChatRoomEntry', [options.roomId ?? 'r', key, value, options.deleteWhenLeft ?? false, options.overwrite ?? false], ['onChatRoomEntryAdded']);
  return result.code === 0 ? result.events.onChatRoomEntryAdded[0].code : result.code;
}

async function addMany(world: World, device: Device, entries: Record<string, string>, overwrite = false) {
  const result = await call(world, device, 'addChatRoomEntries', ['r', entries, false, overwrite], ['onChatRoomEntriesAdded']);
  return result.code === 0 ? result.events.onChatRoomEntriesAdded[0] : { code: result.code };
}

async function remove(world: World, device: Device, key: string, force = false) {
  const result = await call(world, device, 'removeChatRoomEntry', ['r', key, force], ['onChatRoomEntryRemoved']);
  return result.code === 0 ? result.events.onChatRoomEntryRemoved[0].code : result.code;
}

async function removeMany(world: World, device: Device, keys: string[], force = false) {
  const result = await call(world, device, 'removeChatRoomEntries', ['r', keys, force], ['onChatRoomEntriesRemoved']);
  return result.code === 0 ? result.events.onChatRoomEntriesRemoved[0].code : result.code;
}

async function readAll(world: World, device: Device, roomId = 'r') {
  const { events } = await call(world, device, 'getChatRoomAllEntries', [roomId], ['onSuccess', 'onError']);
  return events.onSuccess[0] ? events.onSuccess[0].t : { error: events.onError[0].code };
}

describe('RN native: chatroom KV sync on join', () => {
  test('a joiner first gets every key (Update) then onChatRoomEntriesSynced; an empty room only the sync', async () => {
    const { world, devices: [alice] } = await room(['alice']);
    await add(world, alice, 'seat1', 'alice');
    await add(world, alice, 'seat2', 'free');
    const bob = world.device({ id: 'bob-phone' });
    await connectAs(world, bob, 'bob');
    const seen = record(bob, ['JoinChatRoom:onChatRoomJoined', CHANGED, SYNCED]);
    await call(world, bob, 'joinChatRoom', ['r', -1, true], []);
    expect(seen.map((e) => [e.name, e.data])).toEqual([
      ['JoinChatRoom:onChatRoomJoined', expect.objectContaining({ code: 0, targetId: 'r' })],
      [CHANGED, { operationType: UPDATE, roomId: 'r', entries: { seat1: 'alice', seat2: 'free' } }],
      [SYNCED, { roomId: 'r' }],
    ]);
    const carol = world.device({ id: 'carol-phone' });
    await connectAs(world, carol, 'carol');
    const empty = record(carol, [CHANGED, SYNCED]);
    await call(world, carol, 'joinChatRoom', ['quiet', -1, true], []);
    expect(empty.map((e) => e.name)).toEqual([SYNCED]);
  });

  test('reading before the join\'s sync lands gives 34004; outside the room 23406', async () => {
    const { world, devices: [alice] } = await room(['alice']);
    await add(world, alice, 'k', 'v');
    const bob = world.device({ id: 'bob-phone' });
    await connectAs(world, bob, 'bob');
    expect(await readAll(world, bob)).toEqual({ error: RC.NOT_IN_CHATROOM });
    bob.network.latency(50);
    await bob.rn.native.joinChatRoom('r', -1, true, 'j1');
    const early = await callWithEvents(bob, 'getChatRoomEntry', ['r', 'k'], ['onSuccess', 'onError']);
    await world.settle();
    expect(early.events.onError.map((e) => e.code)).toEqual([RC.KV_STORE_NOT_SYNC]);
    await world.clock.advance(100);
    const late = await callWithEvents(bob, 'getChatRoomEntry', ['r', 'k'], ['onSuccess', 'onError']);
    await world.settle();
    expect(late.events.onSuccess.map((e) => e.t)).toEqual([{ k: 'v' }]);
  });
});

describe('RN native: chatroom KV ownership (two users, two devices)', () => {
  test('plain set: a new key or one\'s own (overwrite false); someone else\'s key gives 23424; forced set takes it over', async () => {
    const { world, devices: [alice, bob] } = await room(['alice', 'bob']);
    expect(await add(world, alice, 'mic', 'alice')).toBe(0);
    expect(await add(world, alice, 'mic', 'alice-2')).toBe(0);
    expect(await add(world, bob, 'mic', 'bob')).toBe(RC.KV_TRY_OVERWRITE_INVALID_KEY);
    expect(world.server.chatRoomEntryInfo('r').mic).toEqual({ value: 'alice-2', setter: 'alice', deleteWhenLeft: false });
    expect(await add(world, bob, 'mic', 'bob', { overwrite: true })).toBe(0);
    expect(world.server.chatRoomEntryInfo('r').mic).toEqual({ value: 'bob', setter: 'bob', deleteWhenLeft: false });
    // Now bob owns it: alice's plain set is the one refused.
    expect(await add(world, alice, 'mic', 'back')).toBe(RC.KV_TRY_OVERWRITE_INVALID_KEY);
    expect(await readAll(world, alice)).toEqual({ mic: 'bob' });
    expect(await readAll(world, bob)).toEqual({ mic: 'bob' });
  });

  test('changes reach the other members as onChatRoomEntriesChanged (Update / Remove), not the caller', async () => {
    const { world, devices: [alice, bob] } = await room(['alice', 'bob']);
    const aliceSees = record(alice, [CHANGED]);
    const bobSees = record(bob, [CHANGED]);
    await add(world, alice, 'topic', 'cats');
    await remove(world, alice, 'topic');
    expect(aliceSees).toEqual([]);
    expect(bobSees.map((e) => e.data)).toEqual([
      { operationType: UPDATE, roomId: 'r', entries: { topic: 'cats' } },
      { operationType: REMOVE, roomId: 'r', entries: { topic: 'cats' } },
    ]);
  });

  test('plain remove takes only one\'s own keys (23424 otherwise), force any; a missing key gives 23427', async () => {
    const { world, devices: [alice, bob] } = await room(['alice', 'bob']);
    await add(world, alice, 'a', '1');
    await add(world, alice, 'b', '2');
    expect(await remove(world, bob, 'a')).toBe(RC.KV_TRY_OVERWRITE_INVALID_KEY);
    expect(world.server.chatRoomEntries('r')).toEqual({ a: '1', b: '2' });
    expect(await remove(world, bob, 'a', true)).toBe(0);
    expect(await remove(world, alice, 'b')).toBe(0);
    expect(await remove(world, alice, 'b')).toBe(RC.KV_KEY_NOT_EXIST);
    expect(await remove(world, alice, 'never', true)).toBe(RC.KV_KEY_NOT_EXIST);
    expect(await readAll(world, alice)).toEqual({});
    expect(await readAll(world, bob)).toEqual({});
  });

  test('deleteWhenLeft keys vanish when their setter leaves, without a change event; other keys stay', async () => {
    const { world, devices: [alice, bob] } = await room(['alice', 'bob']);
    await add(world, alice, 'seat', 'alice', { deleteWhenLeft: true });
    await add(world, alice, 'title', 'Live', { deleteWhenLeft: false });
    const bobSees = record(bob, [CHANGED]);
    await call(world, alice, 'leaveChatRoom', ['r'], []);
    expect(world.server.chatRoomEntries('r')).toEqual({ title: 'Live' });
    expect(await readAll(world, bob)).toEqual({ title: 'Live' });
    expect(bobSees).toEqual([]);
  });

  test('deleteWhenLeft keys also vanish when the setter\'s device drops offline', async () => {
    const { world, devices: [alice, bob] } = await room(['alice', 'bob']);
    await add(world, bob, 'seat', 'bob', { deleteWhenLeft: true });
    const aliceSees = record(alice, [CHANGED]);
    bob.network.down();
    await world.settle();
    expect(world.server.chatRoomEntries('r')).toEqual({});
    expect(world.server.chatRoomMembers('r')).toEqual(['alice', 'bob']);
    expect(await readAll(world, alice)).toEqual({});
    expect(aliceSees).toEqual([]);
  });
});

describe('RN native: chatroom KV limits and codes', () => {
  test('at most 100 keys per room: the 101st new key gives 23423; updating an existing key still works', async () => {
    const { world, devices: [alice] } = await room(['alice']);
    for (let i = 0; i < 99; i++) expect(world.server.setChatRoomEntry('r', `k${i}`, 'v', { userId: 'alice' })).toBe(0);
    expect(await add(world, alice, 'k99', 'v')).toBe(0);
    expect(await add(world, alice, 'k100', 'v')).toBe(RC.KV_EXCEED_MAX_SIZE);
    expect(await add(world, alice, 'k0', 'changed')).toBe(0);
    expect(Object.keys(world.server.chatRoomEntries('r'))).toHaveLength(100);
    expect(world.server.setChatRoomEntry('r', 'k100', 'v')).toBe(RC.KV_EXCEED_MAX_SIZE);
  });

  test('batch add: at most 10 (23429); a partial failure gives 23428 with per-key codes; all good gives 0 and {}', async () => {
    const { world, devices: [alice, bob] } = await room(['alice', 'bob']);
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']));
    expect(await addMany(world, alice, eleven)).toMatchObject({ code: RC.KV_STORE_OUT_OF_LIMIT, errors: {} });
    expect(world.server.chatRoomEntries('r')).toEqual({});
    expect(await addMany(world, alice, { a: '1', b: '2' })).toEqual({ code: 0, errors: {}, eventId: expect.any(String) });
    const partial = await addMany(world, bob, { a: 'x', c: '3' });
    expect(partial).toMatchObject({ code: RC.KV_STORE_NOT_ALL_SUCCESS, errors: { a: RC.KV_TRY_OVERWRITE_INVALID_KEY } });
    expect(world.server.chatRoomEntries('r')).toEqual({ a: '1', b: '2', c: '3' });
    expect(await addMany(world, bob, { a: 'x', b: 'y' }, true)).toMatchObject({ code: 0, errors: {} });
    expect(world.server.chatRoomEntries('r')).toEqual({ a: 'x', b: 'y', c: '3' });
  });

  test('batch remove: at most 10 (23429), partial failure 23428, force removes others\' keys', async () => {
    const { world, devices: [alice, bob] } = await room(['alice', 'bob']);
    await addMany(world, alice, { a: '1', b: '2' });
    await add(world, bob, 'c', '3');
    expect(await removeMany(world, bob, Array.from({ length: 11 }, (_, i) => `k${i}`))).toBe(RC.KV_STORE_OUT_OF_LIMIT);
    expect(await removeMany(world, bob, ['a', 'c'])).toBe(RC.KV_STORE_NOT_ALL_SUCCESS);
    expect(world.server.chatRoomEntries('r')).toEqual({ a: '1', b: '2' });
    expect(await removeMany(world, bob, ['a', 'b'], true)).toBe(0);
    expect(await readAll(world, alice)).toEqual({});
  });

  test('bad keys and values answer the invalid-parameter codes and change nothing; empty ids or batches are -101', async () => {
    const { world, devices: [alice] } = await room(['alice']);
    expect(await add(world, alice, 'bad key', 'v')).toBe(RC.INVALID_PARAMETER_KEY);
    expect(await add(world, alice, 'x'.repeat(129), 'v')).toBe(RC.INVALID_PARAMETER_KEY);
    expect(await add(world, alice, 'ok+=-_AZaz09', 'v'.repeat(4096))).toBe(0);
    expect(await add(world, alice, 'k', 'v'.repeat(4097))).toBe(RC.INVALID_PARAMETER_VALUE);
    expect(await add(world, alice, 'k', '')).toBe(RC.INVALID_PARAMETER_VALUE);
    expect((await addMany(world, alice, { good: 'v', 'bad!': 'v' })).code).toBe(RC.INVALID_PARAMETER_ENTRIES);
    expect(await removeMany(world, alice, ['ok+=-_AZaz09', 'no way'])).toBe(RC.INVALID_PARAMETER_KEYS);
    expect(await remove(world, alice, 'bad key')).toBe(RC.INVALID_PARAMETER_KEY);
    expect(await add(world, alice, '', 'v')).toBe(-101);
    expect(await add(world, alice, 'k', 'v', { roomId: '' })).toBe(-101);
    expect((await addMany(world, alice, {})).code).toBe(-101);
    expect(await removeMany(world, alice, [])).toBe(-101);
    expect(world.server.chatRoomEntries('r')).toEqual({ 'ok+=-_AZaz09': 'v'.repeat(4096) });
  });

  test('a non-member cannot write (23406); the KV service off gives 23426', async () => {
    const { world, devices: [alice] } = await room(['alice']);
    const carol = world.device({ id: 'carol-phone' });
    await connectAs(world, carol, 'carol');
    expect(await add(world, carol, 'k', 'v')).toBe(RC.NOT_IN_CHATROOM);
    expect(await remove(world, carol, 'k', true)).toBe(RC.NOT_IN_CHATROOM);
    world.server.configureChatRooms({ kvEnabled: false });
    expect(await add(world, alice, 'k', 'v')).toBe(RC.KV_STORE_NOT_AVAILABLE);
    expect(world.server.chatRoomEntries('r')).toEqual({});
  });

  test('at most 100 KV operations per second per room (a batch counts per key): then 23425 until the second is over', async () => {
    const { world, devices: [alice, bob] } = await room(['alice', 'bob']);
    for (let i = 0; i < 9; i++) expect((await addMany(world, alice, Object.fromEntries(Array.from({ length: 10 }, (_, j) => [`a${j}`, `${i}`])))).code).toBe(0);
    for (let i = 0; i < 10; i++) expect(await add(world, bob, `b${i}`, 'v')).toBe(0);
    expect(await add(world, bob, 'one-more', 'v')).toBe(RC.KV_EXCEED_MAX_CALL_API_SIZE);
    expect(await remove(world, alice, 'a0')).toBe(RC.KV_EXCEED_MAX_CALL_API_SIZE);
    await world.clock.advance(1_000);
    expect(await add(world, bob, 'one-more', 'v')).toBe(0);
  });

  test('a planned cloud failure (two clients setting one key at once: 23431) is answered and changes nothing', async () => {
    const { world, devices: [alice, bob] } = await room(['alice', 'bob']);
    world.server.failNext('addChatRoomEntry', RC.KV_CONCURRENT_SET_ERROR, { userId: 'bob' });
    const aliceSees = record(alice, [CHANGED]);
    expect(await add(world, bob, 'k', 'v')).toBe(RC.KV_CONCURRENT_SET_ERROR);
    expect(world.server.chatRoomEntries('r')).toEqual({});
    expect(aliceSees).toEqual([]);
    expect(await add(world, bob, 'k', 'v')).toBe(0);
  });

  test('writes while disconnected answer 30002 and change nothing', async () => {
    const { world, devices: [alice] } = await room(['alice']);
    alice.network.down();
    expect(await add(world, alice, 'k', 'v')).toBe(RC.NETWORK_UNAVAILABLE);
    expect(world.server.chatRoomEntries('r')).toEqual({});
  });
});

describe('RN native: chatroom KV reads and events', () => {
  test('get / load a key and all keys: plain objects, the right events, 23427 for a missing key', async () => {
    const { world, devices: [alice] } = await room(['alice']);
    await addMany(world, alice, { a: '1', b: '2' });
    const one = await call(world, alice, 'getChatRoomEntry', ['r', 'a'], ['onSuccess', 'onError']);
    expect(one.events.onSuccess.map((e) => e.t)).toEqual([{ a: '1' }]);
    const missing = await call(world, alice, 'getChatRoomEntry', ['r', 'zz'], ['onSuccess', 'onError']);
    expect(missing.events.onError.map((e) => e.code)).toEqual([RC.KV_KEY_NOT_EXIST]);
    const globals = record(alice, [
      'IRCIMIWListener:onChatRoomEntryLoaded', 'IRCIMIWListener:onChatRoomAllEntriesLoaded', 'IRCIMIWListener:onAllChatRoomEntriesLoaded',
    ]);
    expect(await alice.rn.native.loadChatRoomEntry('r', 'b')).toBe(0);
    expect(await alice.rn.native.loadChatRoomEntry('r', 'zz')).toBe(0);
    expect(await alice.rn.native.loadChatRoomAllEntries('r')).toBe(0);
    expect(await alice.rn.native.loadAllChatRoomEntries('elsewhere')).toBe(0);
    expect(await alice.rn.native.loadChatRoomEntry('', 'b')).toBe(-101);
    await world.settle();
    expect(globals.map((e) => e.data)).toEqual([
      { code: 0, targetId: 'r', entry: { b: '2' } },
      { code: RC.KV_KEY_NOT_EXIST, targetId: 'r', entry: {} },
      { code: 0, targetId: 'r', entries: { a: '1', b: '2' } },
      { code: RC.NOT_IN_CHATROOM, targetId: 'elsewhere', entries: {} },
    ]);
  });

  test('payloads are fresh copies: mutating one changes neither the device nor the cloud', async () => {
    const { world, devices: [alice, bob] } = await room(['alice', 'bob']);
    const bobSees = record(bob, [CHANGED]);
    await add(world, alice, 'k', 'v');
    bobSees[0].data.entries.k = 'tampered';
    const all = await readAll(world, bob);
    all.k = 'tampered too';
    expect(await readAll(world, bob)).toEqual({ k: 'v' });
    expect(world.server.chatRoomEntries('r')).toEqual({ k: 'v' });
  });

  test('a 5.2.4 wrapper (no eventId) gets the global result events with echoed arguments', async () => {
    const { world, devices: [alice] } = await room(['alice']);
    const globals = record(alice, [
      'IRCIMIWListener:onChatRoomEntryAdded', 'IRCIMIWListener:onChatRoomEntriesAdded',
      'IRCIMIWListener:onChatRoomEntryRemoved', 'IRCIMIWListener:onChatRoomEntriesRemoved',
    ]);
    const entries = { b: '2' };
    expect(await alice.rn.native.addChatRoomEntry('r', 'a', '1', false, false)).toBe(0);
    await world.settle();
    expect(await alice.rn.native.addChatRoomEntries('r', entries, false, false)).toBe(0);
    await world.settle();
    expect(await alice.rn.native.removeChatRoomEntry('r', 'a', false)).toBe(0);
    await world.settle();
    expect(await alice.rn.native.removeChatRoomEntries('r', ['b'], false)).toBe(0);
    await world.settle();
    expect(globals.map((e) => [e.name.split(':')[1], e.data])).toEqual([
      ['onChatRoomEntryAdded', { code: 0, targetId: 'r', key: 'a' }],
      ['onChatRoomEntriesAdded', { code: 0, targetId: 'r', entries: { b: '2' }, errorEntries: {} }],
      ['onChatRoomEntryRemoved', { code: 0, targetId: 'r', key: 'a' }],
      ['onChatRoomEntriesRemoved', { code: 0, targetId: 'r', keys: ['b'] }],
    ]);
    expect(globals[1].data.entries).not.toBe(entries);
  });

  test('server-side set and remove reach every present member; a destroyed room takes its KV along', async () => {
    const { world, devices: [alice, bob] } = await room(['alice', 'bob']);
    const aliceSees = record(alice, [CHANGED]);
    expect(world.server.setChatRoomEntry('r', 'notice', 'hello', { userId: 'alice' })).toBe(0);
    expect(world.server.removeChatRoomEntry('r', 'notice')).toBe(0);
    expect(world.server.removeChatRoomEntry('r', 'notice')).toBe(RC.KV_KEY_NOT_EXIST);
    expect(world.server.setChatRoomEntry('nowhere', 'k', 'v')).toBe(RC.CHATROOM_NOT_EXIST);
    expect(world.server.setChatRoomEntry('r', 'bad key', 'v')).toBe(RC.INVALID_PARAMETER_KEY);
    await world.settle();
    expect(aliceSees.map((e) => e.data.operationType)).toEqual([UPDATE, REMOVE]);
    await add(world, bob, 'k', 'v');
    world.server.destroyChatRoom('r');
    await world.settle();
    expect(await readAll(world, bob)).toEqual({ error: RC.NOT_IN_CHATROOM });
    world.server.createChatRoom('r');
    expect(world.server.chatRoomEntries('r')).toEqual({});
  });

  test('after a reconnect the rejoin resyncs every key, including changes made while the device was away', async () => {
    const { world, devices: [alice, bob] } = await room(['alice', 'bob']);
    await add(world, alice, 'k', 'before');
    bob.network.down();
    await add(world, alice, 'k', 'during');
    const bobSees = record(bob, [CHANGED, SYNCED]);
    bob.network.up();
    await world.settle();
    expect(bobSees.map((e) => e.data)).toEqual([{ operationType: UPDATE, roomId: 'r', entries: { k: 'during' } }, { roomId: 'r' }]);
    expect(await readAll(world, bob)).toEqual({ k: 'during' });
  });

  test('property: after any sequence of KV calls and link drops by two users, every device\'s copy equals the cloud\'s', async () => {
    const key = fc.constantFrom('a', 'b', 'c');
    const op = fc.record({
      who: fc.integer({ min: 0, max: 1 }),
      kind: fc.constantFrom('add', 'addMany', 'remove', 'removeMany', 'bounce'),
      keys: fc.uniqueArray(key, { minLength: 1, maxLength: 3 }),
      value: fc.constantFrom('x', 'y'),
      flag: fc.boolean(),
      deleteWhenLeft: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const { world, devices } = await room(['alice', 'bob']);
        for (const o of ops) {
          const d = devices[o.who];
          if (o.kind === 'add') await add(world, d, o.keys[0], o.value, { overwrite: o.flag, deleteWhenLeft: o.deleteWhenLeft });
          else if (o.kind === 'addMany') await addMany(world, d, Object.fromEntries(o.keys.map((k) => [k, o.value])), o.flag);
          else if (o.kind === 'remove') await remove(world, d, o.keys[0], o.flag);
          else if (o.kind === 'bounce') {
            // The link drops and comes back: auto-delete keys go, the device rejoins and resyncs.
            d.network.down();
            await world.settle();
            d.network.up();
            await world.settle();
          }
          else await removeMany(world, d, o.keys, o.flag);
        }
        const cloud = world.server.chatRoomEntries('r');
        expect(await readAll(world, devices[0])).toEqual(cloud);
        expect(await readAll(world, devices[1])).toEqual(cloud);
      }),
      { numRuns: 40, seed: 4 },
    );
  });
});
