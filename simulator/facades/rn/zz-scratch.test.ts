import { createWorld } from '../../index';
import { connectAs } from '../../testing/rn';
test('scratch', async () => {
  const world = createWorld();
  const a = world.device({ id: 'a' });
  await connectAs(world, a, 'alice');
  const ref = Object.assign(Object.create(null), { conversationType: 4, messageType: 3, targetId: '', channelId: '', text: 'X' });
  const r: any = await a.rn.native.createReferenceMessage(3, 'AAAA', 'room-1', { conversationType: 2, messageType: 0, targetId: 'fz-i', referenceMessage: ref, fields: Object.assign(Object.create(null), {a: ''}) }, 'x');
  const walk = (v: any, p: string): void => { if (v && typeof v === 'object') { console.log(p, Object.getPrototypeOf(v) === null ? 'NULLPROTO' : ''); for (const [k, x] of Object.entries(v)) walk(x, p + '.' + k); } else if (v === undefined || typeof v === 'function') console.log(p, 'BAD', v); };
  walk(r, 'r');
});
