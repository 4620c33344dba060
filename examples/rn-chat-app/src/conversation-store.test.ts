import { setupServer } from 'msw/node';
import { getWorld, isolatedWrapper } from 'imsim/jest';
import { createServerApiHandlers } from 'imsim/server-api';
import { backend } from '../test/backend';
import { connect, send, text } from '../test/im-helpers';
import { ConversationStore } from './conversation-store';
import { RCIMIWConversationType, RCIMIWEngine, type Engine } from './im';

const { PRIVATE, GROUP } = RCIMIWConversationType;

// The Server API answers from the current test's world.
const server = setupServer(...createServerApiHandlers(getWorld));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let engine: Engine;
let store: ConversationStore;
beforeEach(() => {
  engine = RCIMIWEngine.create(getWorld().appKey);
  store = new ConversationStore(engine);
  store.start();
});
afterEach(async () => {
  store.stop();
  await engine.destroy();
});

/** Bob's phone: a second device in the same world, with its own copy of the wrapper. */
async function bobsPhone(): Promise<Engine> {
  const world = getWorld();
  const im = isolatedWrapper(world.device({ id: 'bob-phone' }), () => require('./im') as typeof import('./im'));
  const bob = im.RCIMIWEngine.create(world.appKey);
  expect(await connect(bob, await backend.token('bob'))).toBe(0);
  return bob;
}

test('rows per conversation, newest first, with unread counts; an open conversation stays read', async () => {
  const world = getWorld();
  expect(await connect(engine, await backend.token('alice'))).toBe(0);
  const bob = await bobsPhone();
  await backend.createGroup('team', ['alice', 'bob'], 'Team');

  await send(bob, await text(bob, PRIVATE, 'alice', 'first'));
  await world.clock.advance(1_000);
  await send(bob, await text(bob, PRIVATE, 'alice', 'second'));
  await world.clock.advance(1_000);
  await backend.announce('team', 'standup at 10');
  await world.settle();

  expect(store.list()).toEqual([
    { type: GROUP, targetId: 'team', preview: 'standup at 10', time: world.clock.now(), unread: 1 },
    { type: PRIVATE, targetId: 'bob', preview: 'second', time: world.clock.now() - 1_000, unread: 2 },
  ]);
  expect(store.totalUnread()).toBe(3);

  store.openConversation(PRIVATE, 'bob');
  await world.clock.advance(1_000);
  await send(bob, await text(bob, PRIVATE, 'alice', 'are you there?'));
  await world.settle();
  expect(store.list()[0]).toMatchObject({ targetId: 'bob', preview: 'are you there?', unread: 0 });
  expect(store.totalUnread()).toBe(1);
  await bob.destroy();
});

test('messages kept while the phone was off arrive in packages: one list update per package, all counted', async () => {
  const world = getWorld();
  const token = await backend.token('alice');
  for (let i = 0; i < 210; i++) await backend.notify('alice', `deal ${i}`);
  expect(world.server.offlineCount('alice')).toBe(210);

  const updates: number[] = [];
  store.subscribe((rows) => updates.push(rows[0]?.unread ?? 0));
  expect(await connect(engine, token)).toBe(0);
  await world.settle();
  // 200 + 10: RongCloud delivers offline messages in packages of 200.
  expect(updates).toEqual([200, 210]);
  expect(store.list()).toEqual([{ type: PRIVATE, targetId: 'shop', preview: 'deal 209', time: expect.any(Number), unread: 210 }]);
});

test("the app's own messages show in the list without counting as unread", async () => {
  const world = getWorld();
  expect(await connect(engine, await backend.token('alice'))).toBe(0);
  const message = await text(engine, PRIVATE, 'carol', 'lunch?');
  const sent = await new Promise<any>((resolve) => void engine.sendMessage(message, { onMessageSent: (code, m) => resolve({ code, m }) }));
  expect(sent.code).toBe(0);
  store.noteSent(sent.m);
  expect(store.list()).toEqual([{ type: PRIVATE, targetId: 'carol', preview: 'lunch?', time: world.clock.now(), unread: 0 }]);
  expect(world.server.offlineCount('carol')).toBe(1);
});
