// model:multi-device: random command sequences over three devices (two of alice's phones, one of bob's),
// each app on its own copy of the wrapper, checked step by step against the model (model/model.ts).
import fc from 'fast-check';
import { createWorld } from '../../../simulator';
import { runProperty, type Check, type CheckContext } from '../check';
import { listen, openApp, type App } from '../rules/app';
import type { SdkContracts } from '../sdk';
import { Violation } from '../violation';
import { commandArbs, startCommands, RULE, type Real, type Start } from './commands';
import { DEVICES, emptySeen, Model, type DeviceId, type Seen } from './model';

const REQUIRES = ['connect', 'disconnect', 'createTextMessage', 'sendMessage', 'joinChatRoom', 'leaveChatRoom', 'addChatRoomEntry', 'removeChatRoomEntry'];

export function modelCheck(sdk: SdkContracts): Check {
  const KICKED = sdk.enums.RCIMIWConnectionStatus.KICKED_OFFLINE_BY_OTHER_CLIENT;
  return {
    id: RULE,
    kind: 'rule',
    feeds: [],
    defaultRuns: 150,
    async run(ctx: CheckContext) {
      const missing = REQUIRES.filter((m) => !ctx.simulated.android.has(m));
      if (missing.length) return { status: 'skipped', runs: 0, reason: `native methods ${missing.join(', ')} not simulated yet` };
      // A model failure's path is `<fast-check path>|<fc.commands replay path>`: both are needed to replay it.
      const [path, replayPath] = (ctx.path ?? '').split('|');
      const commands = fc.commands(commandArbs, { maxCommands: 30, size: 'medium', replayPath: replayPath || undefined });
      const property = fc.asyncProperty(fc.constantFrom<Start>('nobody online', 'online', 'in the room', 'in the room'), commands, async (start, cmds) => {
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
          // Most interesting states need devices online (and in the room): runs start from one of three states.
          await fc.asyncModelRun(setup, [...startCommands(start), ...cmds]);
        } catch (error) {
          if (error instanceof Violation) {
            error.details.calls = [...startCommands(start), ...cmds].map(String).join(', ');
            error.details.replayPath = /replayPath="([^"]*)"/.exec(String(cmds))?.[1];
          }
          throw error;
        }
      });
      return runProperty(RULE, property, { ...ctx, path: path || undefined }, ctx.numRuns ?? this.defaultRuns);
    },
  };
}
