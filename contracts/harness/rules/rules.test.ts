// The semantic rules and the model pass on the reference wrapper and fail on a wrapper with a bug they are
// about (each bug planted by patching the reference engine instance, or a mutant of the reference).
import { mutants } from '../../reference/rongcloud-rn';
import { bindLoader, referenceLoader } from '../reference-loader';
import { runConformance } from '../run';
import type { EngineInstance, Loader } from '../types';

type Fn = (...args: any[]) => any;

/** The reference wrapper, with `patch` applied to the engine instance create returns (`original`: its unpatched methods). */
function patched(patch: (engine: EngineInstance, original: Record<string, Fn>) => void, options?: { dropCreateOptions?: boolean }): Loader {
  return (device) => {
    const Engine = referenceLoader(device) as unknown as { create(k: string, o?: object): EngineInstance };
    const done = new WeakSet<object>();
    return {
      create: (appKey: string, engineOptions?: object) => {
        const engine = options?.dropCreateOptions ? Engine.create(appKey) : Engine.create(appKey, engineOptions);
        if (!done.has(engine)) {
          done.add(engine);
          const bound: Record<string, Fn> = {};
          for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(engine))) bound[name] = (engine[name] as Fn).bind(engine);
          patch(engine, bound);
        }
        return engine;
      },
    };
  };
}

const mutant = (id: string) => bindLoader(mutants.find((m) => m.id === id)!.bind);

const cases: Array<[rule: string, bug: string, load: Loader]> = [
  ['send-rate-limit', 'onMessageSent always reports 0', patched((e, o) => {
    e.sendMessage = (m: unknown, cb?: Record<string, Fn>) => o.sendMessage(m, cb && { ...cb, onMessageSent: (_code: number, msg: unknown) => cb.onMessageSent?.(0, msg) });
  })],
  ['reconnect-schedule', 'the status listener hides CONNECTING', patched((e, o) => {
    e.setOnConnectionStatusChangedListener = (l?: Fn) => o.setOnConnectionStatusChangedListener(l && ((s: number) => (s === 2 ? undefined : l(s))));
  })],
  ['reconnect-kick', 'create drops the engine options (kickReconnectDevice)', patched(() => undefined, { dropCreateOptions: true })],
  ['offline-packages', 'mutant listener-fields-lost', mutant('listener-fields-lost')],
  ['chatroom-kv', 'addChatRoomEntry always overwrites', patched((e, o) => {
    e.addChatRoomEntry = (t: string, k: string, v: string, d: boolean, _ow: boolean, cb?: unknown) => o.addChatRoomEntry(t, k, v, d, true, cb);
  })],
  ['recall', 'onMessageRecalled loses the notice', patched((e, o) => {
    e.recallMessage = (m: unknown, cb?: Record<string, Fn>) => o.recallMessage(m, cb && { onMessageRecalled: (code: number) => cb.onMessageRecalled?.(code) });
  })],
  ['expansion-limits', 'updateMessageExpansion silently keeps only 20 pairs', patched((e, o) => {
    e.updateMessageExpansion = (uid: string, x: Map<string, string>, cb?: unknown) => o.updateMessageExpansion(uid, new Map([...x].slice(0, 20)), cb);
  })],
  ['model:multi-device', 'mutant callback-misrouted', mutant('callback-misrouted')],
];

describe('semantic rules and the model', () => {
  test.each(cases)('%s fails when %s, and passes on the reference', async (rule, _bug, load) => {
    const bad = await runConformance({ sdk: 'rongcloud-rn', load, only: rule, numRuns: 10 });
    expect(bad.checks[0]).toMatchObject({ id: rule, status: 'failed', failure: { rule } });
    // Seed and path replay the shrunk counterexample in one run (for the model, the path carries fc.commands' own).
    const { seed, path, counterexample } = bad.checks[0].failure!;
    const replay = await runConformance({ sdk: 'rongcloud-rn', load, only: rule, seed, path });
    expect(replay.checks[0]).toMatchObject({ status: 'failed', runs: 1, failure: { rule, counterexample } });
    const good = await runConformance({ sdk: 'rongcloud-rn', load: referenceLoader, only: rule, numRuns: 4 });
    expect(good.checks[0]).toMatchObject({ id: rule, status: 'passed', runs: 4 });
  });
});
