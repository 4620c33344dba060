import fc from 'fast-check';
import { CHATROOMS_AREA, type ChatRooms } from '../cloud/chatrooms';
import type { CloudClient } from '../cloud/client';
import type { Message } from '../rongcloud/message';
import { REDELIVERY_AREA, type Redelivery } from '../faults/redelivery';
import type { LocalStore } from '../rongcloud/local-store';
import { scenarioArb } from './actions';
import { violations } from './checks';
import { ROOM, setUp, type ScenarioHooks } from './scenario';

/**
 * Deliberately broken simulators, built by patching one world instance: the property of
 * invariants.test.ts must catch each, with the invariant that names its bug.
 */
async function caught(hooks: () => ScenarioHooks, numRuns = 60): Promise<string> {
  let first = '';
  const result = await fc.check(
    fc.asyncProperty(scenarioArb, async ({ seed, actions }) => {
      const s = await setUp(seed, hooks());
      for (const action of actions) await s.run(action);
      await s.heal();
      const found = violations(s);
      if (found.length > 0) {
        first ||= found.join('\n');
        return false;
      }
      return true;
    }),
    { seed: 20_241_123, numRuns, endOnFailure: true },
  );
  expect(result.failed).toBe(true);
  return first;
}

const storesOf = (devices: readonly { engine: { store: LocalStore } | null }[]) => devices.map((d) => d.engine!.store);

describe('mutant simulators the invariants catch', () => {
  test('one delivery in a thousand dropped', async () => {
    let deliveries = 0; // across worlds: the bug is "one in a thousand", not "one per world"
    const found = await caught(() => ({
      beforeObserve(world) {
        const deliverTo = world.cloud.deliverTo.bind(world.cloud);
        world.cloud.deliverTo = (userId, message, keepOffline) => {
          if (++deliveries % 1000 !== 0) deliverTo(userId, message, keepOffline);
        };
      },
    }), 200);
    expect(found).toMatch(/reached .* 0 time\(s\), expected 1/);
  }, 300_000);

  test('lost deliveries never sent again (no redelivery)', async () => {
    const found = await caught(() => ({
      beforeObserve(world) {
        (world.cloud.areas.get(REDELIVERY_AREA) as Redelivery).lost = () => undefined;
      },
    }));
    expect(found).toMatch(/reached .* 0 time\(s\), expected 1/);
  }, 300_000);

  test('double delivery on reconnect, with the device dedupe disabled', async () => {
    const found = await caught(() => ({
      beforeObserve: replayOnReconnect((m) => m),
      afterSetup({ devices }) {
        for (const store of storesOf(devices)) store.getByUId = () => undefined;
      },
    }));
    expect(found).toMatch(/reached .* 2 time\(s\), expected 1/);
  }, 300_000);

  test('double delivery on reconnect under a new UId', async () => {
    let n = 0;
    const found = await caught(() => ({ beforeObserve: replayOnReconnect((m) => ({ ...m, messageUId: `DUPE-DUPE-DUPE-${++n}` })) }));
    expect(found).toMatch(/received DUPE-.*which the cloud never accepted/);
  }, 300_000);

  test('designated users ignored: the whole group gets it', async () => {
    const found = await caught(() => ({
      beforeObserve(world) {
        const send = world.cloud.send.bind(world.cloud);
        world.cloud.send = (client, senderId, message, options = {}) => send(client, senderId, message, { ...options, designatedUserIds: undefined });
      },
    }));
    expect(found).toMatch(/received .*, meant for/);
  }, 300_000);

  test('the blacklist ignored', async () => {
    const found = await caught(() => ({
      afterSetup({ world }) {
        const blacklist = world.cloud.accounts.user('u3').blacklist;
        blacklist.has = () => false;
      },
    }), 200);
    expect(found).toMatch(/whom it blacklisted/);
  }, 300_000);

  test('a chatroom leave that leaves the device in the room', async () => {
    const found = await caught(() => ({
      afterSetup({ world }) {
        const rooms = world.cloud.areas.get(CHATROOMS_AREA) as ChatRooms;
        rooms.leave = () => 0;
      },
    }), 200);
    expect(found).toMatch(/after it left the room/);
  }, 300_000);

  test('an unread count off by one now and then', async () => {
    const found = await caught(() => ({
      afterSetup({ devices }) {
        for (const store of storesOf(devices)) {
          const insert = store.insert.bind(store);
          let n = 0;
          store.insert = (message: Message) => {
            const row = insert(message);
            if (++n % 7 === 0) store.ensureConversation(row.conversationType, row.targetId, row.channelId).unreadCount++;
            return row;
          };
        }
      },
    }));
    expect(found).toMatch(/unread \d+ \/ mentioned \d+, store holds/);
  }, 300_000);

  test('a UId given out twice', async () => {
    const found = await caught(() => ({
      beforeObserve(world) {
        const next = world.cloud.newMessageUId.bind(world.cloud);
        let last = '';
        let n = 0;
        world.cloud.newMessageUId = () => (++n % 9 === 0 && last ? last : (last = next()));
      },
    }));
    expect(found).toMatch(/accepted two messages with UId/);
  }, 300_000);

  test('a clock that steps back', async () => {
    const found = await caught(() => ({
      afterSetup({ world }) {
        const scheduler = world.cloud.scheduler;
        const now = scheduler.now.bind(scheduler);
        let n = 0;
        scheduler.now = () => now() - (++n % 50 === 0 ? 1 : 0);
      },
    }));
    expect(found).toMatch(/runs? backwards/);
  }, 300_000);

  test('a KV overwrite that keeps the old owner', async () => {
    const found = await caught(() => ({
      afterSetup({ world }) {
        const kv = (world.cloud.areas.get(CHATROOMS_AREA) as ChatRooms).rooms.get(ROOM)!.kv;
        const set = kv.set.bind(kv);
        kv.set = (userId, items, deleteWhenLeft, overwrite, now) => {
          const owners = new Map(items.map(([key]) => [key, kv.entries.get(key)?.setter]));
          const outcome = set(userId, items, deleteWhenLeft, overwrite, now);
          for (const [key, owner] of owners) {
            const entry = kv.entries.get(key);
            if (owner && entry) entry.setter = owner;
          }
          return outcome;
        };
      },
    }), 200);
    expect(found).toMatch(/is owned by .*, who never tried to set that value/);
  }, 300_000);

  test('a signal that loses its payload on the way (a recall seen as a raw command message)', async () => {
    const found = await caught(() => ({
      beforeObserve(world) {
        const deliverTo = world.cloud.deliverTo.bind(world.cloud);
        world.cloud.deliverTo = (userId, message, keepOffline) => {
          const { signal: _signal, ...stripped } = message;
          deliverTo(userId, message.name === 'imsim:signal' ? (stripped as Message) : message, keepOffline);
        };
      },
    }), 200);
    expect(found).toMatch(/received .*which the cloud never accepted/);
  }, 300_000);

  test('mutes ignored: muted members still send to the group and the room', async () => {
    const found = await caught(() => ({
      beforeObserve(world) {
        world.cloud.groups.isMuted = () => false;
        (world.cloud.areas.get(CHATROOMS_AREA) as ChatRooms).isMuted = () => false;
      },
    }), 200);
    expect(found).toMatch(/while muted there/);
  }, 300_000);
});

/**
 * A cloud that, on every reconnect login, delivers the user's last message again (as `twin` makes it):
 * the classic "replay the sync window" bug.
 */
function replayOnReconnect(twin: (m: Message) => Message): ScenarioHooks['beforeObserve'] {
  return (world) => {
    const cloud = world.cloud;
    const last = new Map<string, Message>();
    const deliverTo = cloud.deliverTo.bind(cloud);
    cloud.deliverTo = (userId, message, keepOffline) => {
      last.set(userId, message);
      deliverTo(userId, message, keepOffline);
    };
    const login = cloud.login.bind(cloud);
    cloud.login = (token: string, appKey: string, client: CloudClient, options) => {
      const result = login(token, appKey, client, options);
      const message = last.get(result.userId);
      if (result.code === 0 && options.reconnect && message) {
        cloud.scheduler.defer(() => client.deliver(twin({ ...message, offLine: true }), { left: 0, offline: true, hasPackage: false }));
      }
      return result;
    };
  };
}
