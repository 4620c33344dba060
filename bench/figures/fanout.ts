import { createWorld, type Device, type World } from '../../simulator';
import { fmt, nowMs, type Figure } from '../measure';

const GROUP = 2;
const CHATROOM = 3;

/**
 * Fan-out: one message into a chatroom of N present members (N = 100 / 1,000 / 10,000) and into a group of
 * 3,000, until every member's device has it. Baseline: the same message into a room (group) with a single
 * other member, so the ratio is the cost per delivery against one delivery alone.
 */
export async function fanoutFigures(scale: number): Promise<Figure[]> {
  const sizes = [100, 1_000, 10_000].map((n) => Math.max(10, Math.round(n * scale)));
  const groupSize = Math.max(10, Math.round(3_000 * scale));
  const members = sizes[2];
  const setupStart = nowMs();
  const world = createWorld({ seed: 9, limits: { sendsPerSecond: Number.POSITIVE_INFINITY }, logLimit: 50 });
  world.server.configureChatRooms({ multipleRooms: true });
  const rooms = ['pair', ...sizes.map((n) => `room-${n}`)];
  for (const room of rooms) world.server.createChatRoom(room, { keepAlive: true });
  const devices: Device[] = [];
  for (let i = 0; i < members; i++) {
    const device = world.device({ id: `m${i}` });
    device.rn.native.create(world.appKey, {});
    void device.rn.native.connect(world.server.issueToken(`u${i}`), 0, 'c');
    devices.push(device);
  }
  await world.settle();
  // Member i joins every room of size > i, and the pair room holds u0 and u1 only.
  for (let i = 0; i < members; i++) {
    for (const [k, n] of sizes.entries()) if (i < n) void devices[i].rn.native.joinChatRoom(`room-${sizes[k]}`, -1, false, 'j');
    if (i < 2) void devices[i].rn.native.joinChatRoom('pair', -1, false, 'j');
  }
  await world.settle();
  world.server.createGroup('big-group', devices.slice(0, groupSize).map((_, i) => `u${i}`));
  world.server.createGroup('pair-group', ['u0', 'u1']);
  let received = 0;
  for (const device of devices) device.rn.emitter.addListener('IRCIMIWListener:onMessageReceived', () => received++);
  const setupMs = nowMs() - setupStart;

  const sender = devices[0];
  /** Best of `repeat` times for one message into `targetId`, checking every other member got it. */
  async function oneMessage(type: number, targetId: string, expected: number, repeat = 3): Promise<number> {
    let best = Infinity;
    for (let r = 0; r <= repeat; r++) {
      const message = await sender.rn.native.createTextMessage(type, targetId, '', `fan-out ${r}`);
      received = 0;
      const start = nowMs();
      void sender.rn.native.sendMessage(message, `f${r}`);
      await world.settle();
      const ms = nowMs() - start;
      if (received !== expected) throw new Error(`bench: ${targetId} reached ${received} of ${expected} members`);
      if (r > 0) best = Math.min(best, ms); // the first run warms up
    }
    return best;
  }

  const pairRoom = await oneMessage(CHATROOM, 'pair', 1, 20);
  const roomTimes: number[] = [];
  for (const n of sizes) roomTimes.push(await oneMessage(CHATROOM, `room-${n}`, n - 1, n >= 10_000 ? 2 : 3));
  const pairGroup = await oneMessage(GROUP, 'pair-group', 1, 20);
  const groupTime = await oneMessage(GROUP, 'big-group', groupSize - 1);
  void (world as World);

  const perDelivery = (ms: number, n: number) => (ms * 1000) / (n - 1);
  const growth = sizes.map((n, i) => (perDelivery(roomTimes[i], n) / perDelivery(roomTimes[0], sizes[0])).toFixed(2)).join(' / ');
  return [
    {
      name: `fan-out: 1 message into a chatroom of ${fmt(members, 0)}`,
      value: `${roomTimes[2].toFixed(1)} ms (${perDelivery(roomTimes[2], members).toFixed(1)} us/delivery)`,
      baseline: `${(pairRoom * 1000).toFixed(1)} us (room of 2: 1 delivery)`,
      ratio: `${(perDelivery(roomTimes[2], members) / (pairRoom * 1000)).toFixed(2)}x per delivery`,
      note: `growth per delivery 1x/10x/100x (${sizes.join('/')} members): ${growth}; setup of ${members} connected devices ${(setupMs / 1000).toFixed(1)} s`,
    },
    {
      name: `fan-out: 1 message into a group of ${fmt(groupSize, 0)}`,
      value: `${groupTime.toFixed(1)} ms (${perDelivery(groupTime, groupSize).toFixed(1)} us/delivery)`,
      baseline: `${(pairGroup * 1000).toFixed(1)} us (group of 2: 1 delivery)`,
      ratio: `${(perDelivery(groupTime, groupSize) / (pairGroup * 1000)).toFixed(2)}x per delivery`,
    },
  ];
}
