import { createWorld } from '../simulator';
async function main() {
  const world = createWorld({ seed: 1, limits: { sendsPerSecond: Number.POSITIVE_INFINITY }, logLimit: 1_000 });
  const alice = world.device({ id: 'alice' }); const bob = world.device({ id: 'bob' });
  for (const [d, u] of [[alice, 'alice'], [bob, 'bob']] as const) { d.rn.native.create(world.appKey, {}); await d.rn.native.connect(world.server.issueToken(u), 0, u); await world.settle(); }
  let count = 0; bob.rn.emitter.addListener('IRCIMIWListener:onMessageReceived', () => count++);
  const message = await alice.rn.native.createTextMessage(1, 'bob', '', 'hello');
  for (let r = 0; r < 2; r++) {
    const n = 50000; const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) void alice.rn.native.sendMessage(message, `s${i}`);
    await world.settle();
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    console.log(`${n} in ${ms.toFixed(0)} ms = ${(n / ms * 1000).toFixed(0)}/s, received ${count}`);
  }
}
main();
