// reconnect-schedule: after the link drops the SDK retries at 0, 0.25, 0.5, 1, 2, 4, 8, 16, 32 s intervals,
// then every 64 s (RongCloud's documented back-off), each retry showing CONNECTING then NETWORK_UNAVAILABLE,
// and reconnects at once when the network returns.
// reconnect-kick: a reconnecting device meets another mobile device of the same user that logged in
// meanwhile: by default it kicks that device; with kickReconnectDevice it gives up and the other stays.
import fc from 'fast-check';
import { createWorld } from '../../../simulator';
import { same } from '../equality';
import type { SdkContracts } from '../sdk';
import type { Platform } from '../types';
import { Violation } from '../violation';
import { connect, listen, openApp, ruleCheck, settle } from './app';

const DOCUMENTED_DELAYS_MS = [0, 250, 500, 1000, 2000, 4000, 8000, 16000, 32000];
const STEADY_DELAY_MS = 64000;

/** Attempt times after a drop at 0, up to `until`. */
export function reconnectAttempts(until: number): number[] {
  const times: number[] = [];
  for (let k = 0, t = 0; ; k++) {
    t += k < DOCUMENTED_DELAYS_MS.length ? DOCUMENTED_DELAYS_MS[k] : STEADY_DELAY_MS;
    if (t > until) return times;
    times.push(t);
  }
}

export function reconnectSchedule(sdk: SdkContracts) {
  const S = sdk.enums.RCIMIWConnectionStatus;
  const RULE = 'reconnect-schedule';
  return ruleCheck(
    RULE,
    ['connect'],
    10,
    fc.record({ platform: fc.constantFrom<Platform>('android', 'ios'), downFor: fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 400_000 })) }),
    async (ctx, { platform, downFor }) => {
      const world = createWorld({ seed: ctx.seed });
      const alice = openApp(world, ctx.load, 'alice-phone', platform);
      const heard = listen(world, alice, 'setOnConnectionStatusChangedListener');
      if ((await connect(world, alice, RULE, 'alice')) !== 0) throw new Violation(RULE, 'alice could not connect');
      heard.length = 0;
      const t0 = world.clock.now();
      alice.device.network.down();
      await settle(world, RULE, downFor);
      alice.device.network.up();
      await settle(world, RULE);
      const expected: Array<[number, number]> = [[0, S.NETWORK_UNAVAILABLE]];
      for (const t of reconnectAttempts(downFor)) expected.push([t, S.CONNECTING], [t, S.NETWORK_UNAVAILABLE]);
      expected.push([downFor, S.CONNECTING], [downFor, S.CONNECTED]);
      const actual = heard.map((h) => [h.t - t0, h.args[0]]);
      if (!same(actual, expected)) {
        throw new Violation(RULE, `link down for ${downFor} ms then up: the statuses heard (ms after the drop, status) differ from the documented back-off`, { expected, actual });
      }
    },
  );
}

export function reconnectKick(sdk: SdkContracts) {
  const S = sdk.enums.RCIMIWConnectionStatus;
  const RULE = 'reconnect-kick';
  return ruleCheck(
    RULE,
    ['connect'],
    10,
    fc.record({
      kick: fc.boolean(),
      downMs: fc.integer({ min: 0, max: 40_000 }),
      platforms: fc.tuple(fc.constantFrom<Platform>('android', 'ios'), fc.constantFrom<Platform>('android', 'ios')),
    }),
    async (ctx, { kick, downMs, platforms }) => {
      const world = createWorld({ seed: ctx.seed });
      const a = openApp(world, ctx.load, 'phone-a', platforms[0], { kickReconnectDevice: kick });
      const b = openApp(world, ctx.load, 'phone-b', platforms[1]);
      const aHeard = listen(world, a, 'setOnConnectionStatusChangedListener');
      const bHeard = listen(world, b, 'setOnConnectionStatusChangedListener');
      if ((await connect(world, a, RULE, 'alice')) !== 0) throw new Violation(RULE, 'phone A could not connect');
      a.device.network.down();
      await settle(world, RULE, downMs);
      if ((await connect(world, b, RULE, 'alice')) !== 0) throw new Violation(RULE, 'phone B could not connect while A was away');
      aHeard.length = 0;
      bHeard.length = 0;
      a.device.network.up();
      await settle(world, RULE, 10 * 60_000);
      const online = world.server.sessionsOf('alice');
      const aLast = aHeard.at(-1)?.args[0];
      const bStatuses = bHeard.map((h) => h.args[0]);
      const expected = kick
        ? { online: ['phone-b'], aEndsConnected: false, b: [] }
        : { online: ['phone-a'], aEndsConnected: true, b: [S.KICKED_OFFLINE_BY_OTHER_CLIENT] };
      const actual = { online, aEndsConnected: aLast === S.CONNECTED, b: bStatuses };
      if (!same(actual, expected)) {
        throw new Violation(RULE, `kickReconnectDevice: ${kick}, A away ${downMs} ms while B logged in: ${kick ? 'A must give up and B stay' : 'A must reconnect and kick B'}`, { expected, actual });
      }
    },
  );
}
