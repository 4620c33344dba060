// model:multi-device: random command sequences over three devices (two of alice's phones, one of bob's),
// each app on its own copy of the wrapper, checked step by step against the model.
import fc from 'fast-check';
import { createWorld } from '../../../simulator';
import { runProperty, type Check, type CheckContext } from '../check';
import { listen, openApp, type App } from '../rules/app';
import type { SdkContracts } from '../sdk';
import { Violation } from '../violation';
import { commandArbs, RULE, type Real } from './commands';
import { DEVICES, emptySeen, Model, type DeviceId, type Seen } from './model';

const REQUIRES = ['connect', 'disconnect', 'createTextMessage', 'sendMessage'];

export function modelCheck(sdk: SdkContracts): Check {
  const KICKED = sdk.enums.RCIMIWConnectionStatus.KICKED_OFFLINE_BY_OTHER_CLIENT;
  return {
    id: RULE,
    kind: 'rule',
    feeds: [],
    defaultRuns: 40,
    async run(ctx: CheckContext) {
      const missing = REQUIRES.filter((m) => !ctx.simulated.android.has(m));
      if (missing.length) return { status: 'skipped', runs: 0, reason: `native methods ${missing.join(', ')} not simulated yet` };
      const property = fc.asyncProperty(fc.commands(commandArbs, { maxCommands: 30 }), async (cmds) => {
        const setup = () => {
          const world = createWorld({ seed: ctx.seed });
          const apps = {} as Record<DeviceId, App>;
          const seen = {} as Record<DeviceId, Seen>;
          for (const id of Object.keys(DEVICES) as DeviceId[]) {
            apps[id] = openApp(world, ctx.load, id, DEVICES[id].platform);
            const s = (seen[id] = emptySeen());
            apps[id].engine.setOnMessageReceivedListener((message: { text?: unknown } | undefined, left: unknown, offline: unknown, hasPackage: unknown) =>
              s.received.push([message?.text, left, offline, hasPackage]));
            const statuses = listen(world, apps[id], 'setOnConnectionStatusChangedListener');
            Object.defineProperty(s, 'kicked', { enumerable: true, get: () => statuses.filter((h) => h.args[0] === KICKED).length });
          }
          const real: Real = { world, apps, seen, log: [] };
          return { model: new Model(), real };
        };
        try {
          await fc.asyncModelRun(setup, cmds);
        } catch (error) {
          if (error instanceof Violation && error.details.calls === undefined) error.details.calls = String(cmds);
          throw error;
        }
      });
      return runProperty(RULE, property, ctx, ctx.numRuns ?? this.defaultRuns);
    },
  };
}
