import { L, people, PRIVATE, GROUP } from '../../testing/history';
import { connectAs, record } from '../../testing/rn';
import { TYPING_INTERVAL_MS } from '../../rongcloud/typing';

const TYPING = L('onTypingStatusChanged');

describe('RN native: typing status', () => {
  test('the peer hears who is typing, and an empty list once 6 virtual seconds pass without news', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const heard = record(bob, [TYPING]);
    const start = world.clock.now();
    expect(await alice.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:TxtMsg')).toBe(0);
    await world.settle();
    expect(heard.map((e) => e.data)).toEqual([
      { type: PRIVATE, targetId: 'alice', channelId: '', userTypingStatus: [{ userId: 'alice', contentType: 'RC:TxtMsg', sentTime: start }] },
    ]);
    await world.clock.advance(TYPING_INTERVAL_MS - 1);
    expect(heard).toHaveLength(1);
    await world.clock.advance(1);
    expect(heard.map((e) => e.data.userTypingStatus)).toEqual([[{ userId: 'alice', contentType: 'RC:TxtMsg', sentTime: start }], []]);
    expect(TYPING_INTERVAL_MS).toBe(6_000);
  });

  test('a message from the typer ends the indicator at once; the expiry that was due later reports nothing more', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const heard = record(bob, [TYPING, L('onMessageReceived')]);
    await alice.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:TxtMsg');
    await world.clock.advance(2_000);
    const message = await alice.rn.native.createTextMessage(PRIVATE, 'bob', '', 'done typing');
    await alice.rn.native.sendMessage(message, 's1');
    await world.settle();
    await world.clock.advance(TYPING_INTERVAL_MS);
    expect(heard.map((e) => [e.name, e.data.userTypingStatus ?? e.data.message?.text])).toEqual([
      [TYPING, [{ userId: 'alice', contentType: 'RC:TxtMsg', sentTime: expect.any(Number) }]],
      [L('onMessageReceived'), 'done typing'],
      [TYPING, []],
    ]);
  });

  test('a sender sends at most one status per conversation every 6 s', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const heard = record(bob, [TYPING]);
    await alice.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:TxtMsg');
    await world.clock.advance(3_000);
    await alice.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:TxtMsg'); // throttled: not sent
    await world.clock.advance(3_000);
    // The first status expired: nothing arrived in between.
    expect(heard.map((e) => e.data.userTypingStatus.length)).toEqual([1, 0]);
    await alice.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:TxtMsg');
    await world.clock.advance(5_000);
    await world.clock.advance(1_000);
    await alice.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:TxtMsg');
    await world.settle();
    // Each indicator ends 6 s after its status; the next status starts a new one.
    expect(heard.map((e) => e.data.userTypingStatus.length)).toEqual([1, 0, 1, 0, 1]);
    expect(alice.log.filter('note', /typing status/).map((e) => e.name)).toEqual([
      'typing status sent', 'typing status throttled', 'typing status sent', 'typing status sent',
    ]);
  });

  test('a change of content type is news; the same type again only extends the indicator', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const aliceWeb = world.device({ id: 'alice-web', platform: 'web' });
    await connectAs(world, aliceWeb, 'alice');
    const heard = record(bob, [TYPING]);
    await alice.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:TxtMsg');
    await world.clock.advance(3_000);
    // Alice's other device has its own throttle: its status refreshes the indicator without an event.
    await aliceWeb.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:TxtMsg');
    await world.clock.advance(TYPING_INTERVAL_MS - 1);
    expect(heard.map((e) => e.data.userTypingStatus.length)).toEqual([1]);
    await world.clock.advance(1);
    expect(heard.map((e) => e.data.userTypingStatus.length)).toEqual([1, 0]);
    await alice.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:TxtMsg');
    await world.settle();
    await aliceWeb.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:VcMsg');
    await world.settle();
    expect(heard.map((e) => e.data.userTypingStatus.map((s: any) => s.contentType))).toEqual([['RC:TxtMsg'], [], ['RC:TxtMsg'], ['RC:VcMsg']]);
  });

  test('private chats only; online devices only (a status message is never kept for later); -101 for no conversation', async () => {
    const { world, alice, bob, carol } = await people(['alice', 'bob', 'carol']);
    world.server.createGroup('g1', ['alice', 'bob', 'carol']);
    const bobHeard = record(bob, [TYPING]);
    expect(await alice.rn.native.sendTypingStatus(GROUP, 'g1', '', 'RC:TxtMsg')).toBe(0);
    await world.settle();
    expect(bobHeard).toEqual([]);
    expect(alice.log.filter('note', 'typing status not private')).toHaveLength(1);

    await carol.rn.native.disconnect(true);
    await world.settle();
    expect(await alice.rn.native.sendTypingStatus(PRIVATE, 'carol', '', 'RC:TxtMsg')).toBe(0);
    const carolHeard = record(carol, [TYPING]);
    await connectAs(world, carol, 'carol');
    await world.clock.advance(10_000);
    expect(carolHeard).toEqual([]);
    expect(await alice.rn.native.sendTypingStatus(0, 'bob', '', 'RC:TxtMsg')).toBe(-101);
    expect(await alice.rn.native.sendTypingStatus(PRIVATE, '', '', 'RC:TxtMsg')).toBe(-101);
  });

  test('a blacklist blocks typing status too; while offline nothing is sent', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    bob.engine!.host.cloud.accounts.user('bob').blacklist.add('alice');
    const heard = record(bob, [TYPING]);
    await alice.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:TxtMsg');
    await world.settle();
    expect(heard).toEqual([]);
    alice.network.down();
    await alice.rn.native.sendTypingStatus(PRIVATE, 'carol', '', 'RC:TxtMsg');
    expect(alice.log.filter('note', /typing status/).map((e) => e.name)).toEqual(['typing status refused', 'typing status offline']);
  });

  test('every online device of the peer hears it', async () => {
    const { world, alice, bob } = await people(['alice', 'bob']);
    const web = world.device({ id: 'bob-web', platform: 'web' });
    await connectAs(world, web, 'bob');
    const heard = [bob, web].map((d) => record(d, [TYPING]));
    await alice.rn.native.sendTypingStatus(PRIVATE, 'bob', '', 'RC:TxtMsg');
    await world.settle();
    expect(heard.map((h) => h.length)).toEqual([1, 1]);
  });
});
