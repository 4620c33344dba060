import { createWorld, type Device, type World } from '../../simulator';
import { blankMessage, type Message } from '../../simulator/rongcloud/message';
import { fmt, gcFunction, nowMs, settledHeap, type Figure } from '../measure';

const PRIVATE = 1;
const TEXT = 2;
const BEFORE = 0;
const AFTER = 1;
const LOCAL = 0;
const PAGE = 20;

/** A received text message as the store keeps them: unique UId, increasing sentTime. */
function historyMessage(i: number, start: number): Message {
  const m = blankMessage(PRIVATE, 'bob', '', TEXT);
  m.messageUId = `H${i.toString(36).toUpperCase().padStart(6, '0')}-HIST-BNCH-0000`;
  m.sentTime = start + i * 10;
  m.receivedTime = m.sentTime;
  m.senderUserId = 'bob';
  m.direction = 1;
  m.sentStatus = 2;
  m.receivedStatus = 1;
  m.text = `history message number ${i}`;
  return m;
}

async function connectedDevice(): Promise<{ world: World; device: Device }> {
  const world = createWorld({ seed: 5, logLimit: 100 });
  const device = world.device({ id: 'phone' });
  device.rn.native.create(world.appKey, {});
  await device.rn.native.connect(world.server.issueToken('alice'), 0, 'c');
  await world.settle();
  return { world, device };
}

/** Fills the device's store directly (engine.store.insert), as a long-lived install would have it. */
function fill(device: Device, n: number, start: number): void {
  const store = device.engine!.store;
  for (let i = 0; i < n; i++) store.insert(historyMessage(i, start));
}

/** Mean time of a getMessages page through the native boundary, at the newest end, the middle and the oldest end. */
async function pageCost(world: World, device: Device, n: number, start: number, gc: () => void): Promise<number> {
  let pages = 0;
  device.rn.emitter.addListener('GetMessages:onSuccess', (e: { t: Message[] }) => {
    if (e.t.length !== PAGE) throw new Error(`bench: a page of ${e.t.length} messages`);
    pages++;
  });
  const windows: Array<[number, number]> = [];
  const perPlace = Math.min(100, Math.floor(n / PAGE / 4));
  for (let k = 0; k < perPlace; k++) {
    windows.push([k === 0 ? 0 : start + (n - 1 - k * PAGE) * 10, BEFORE]); // newest pages, backwards
    windows.push([start + Math.floor(n / 2) * 10 + k * PAGE * 10, AFTER]); // from the middle, forwards
    windows.push([start + (k * PAGE + PAGE) * 10, BEFORE]); // oldest pages
  }
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    // A collection the fill left due would land in the first pages: paging cost is what is measured.
    gc();
    pages = 0;
    const t = nowMs();
    for (const [sentTime, order] of windows) {
      void device.rn.native.getMessages(PRIVATE, 'bob', '', sentTime, order, LOCAL, PAGE, 'p');
      await world.settle();
    }
    best = Math.min(best, (nowMs() - t) / windows.length);
    if (pages !== windows.length) throw new Error(`bench: ${pages} of ${windows.length} pages answered`);
  }
  return best;
}

/**
 * History paging over 1,000,000 stored messages against 1,000 (goal: the same cost), and the memory of a
 * world holding those 1,000,000 messages against the same messages as plain JSON objects in an array.
 */
export async function historyFigures(scale: number): Promise<Figure[]> {
  const sizes = [1_000, 100_000, 1_000_000].map((n) => Math.max(PAGE * 50, Math.round(n * scale)));
  const start = Date.UTC(2023, 0, 1);
  const gc = gcFunction();
  const largest = sizes[2];
  // The baseline first, alone on the heap: the same messages as plain JSON objects in an array.
  let base = await settledHeap(gc);
  let plain: unknown[] | null = [];
  for (let i = 0; i < largest; i++) plain.push(JSON.parse(JSON.stringify(historyMessage(i, start))));
  const plainBytes = await settledHeap(gc) - base;
  // Read after the measurement, so the array is alive during it.
  if (plain.length !== largest) throw new Error('bench: the plain baseline is incomplete');
  plain = null;
  const costs: number[] = [];
  let worldBytes = 0;
  let fillMs = 0;
  for (const n of sizes) {
    base = await settledHeap(gc);
    const { world, device } = await connectedDevice();
    const t = nowMs();
    fill(device, n, start);
    if (n === largest) {
      fillMs = nowMs() - t;
      worldBytes = await settledHeap(gc) - base;
    }
    costs.push(await pageCost(world, device, n, start, gc));
    world.reset();
  }
  return [
    {
      name: `history: a page of ${PAGE} (getMessages) over ${fmt(largest, 0)} messages`,
      value: `${(costs[2] * 1000).toFixed(1)} us/page`,
      baseline: `${(costs[0] * 1000).toFixed(1)} us/page over ${fmt(sizes[0], 0)}`,
      ratio: `${(costs[2] / costs[0]).toFixed(2)}x`,
      note: `goal ~1.0 (independent of history size); ${sizes.map((n) => fmt(n, 0)).join('/')} messages: ${costs.map((c) => (c / costs[0]).toFixed(2)).join(' / ')}`,
    },
    {
      name: `memory: a world holding ${fmt(largest, 0)} messages`,
      value: `${(worldBytes / 1e6).toFixed(0)} MB (${(worldBytes / largest).toFixed(0)} B/message)`,
      baseline: `${(plainBytes / 1e6).toFixed(0)} MB (plain JSON objects in an array)`,
      ratio: `${(worldBytes / plainBytes).toFixed(2)}x`,
      note: `heap after GC, one device's store with its indexes (by id, by UId, timeline); filled in ${(fillMs / 1000).toFixed(1)} s`,
    },
  ];
}
