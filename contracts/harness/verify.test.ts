// verifyBatch against tiny hand-made engines: each boundary rule fails when its bug is there, and only
// then. Runs on the contract native with fixed scripts, so each case is one exact scenario.
import { DeviceEmitter } from '../../simulator';
import { runBatch, type BatchEnv, type PlannedCall } from './calls';
import { verifyBatch } from './verify';
import { ContractNative, type NativeScript } from './contract-native';
import { EventObserver } from './observer';
import { NativeRecorder } from './recorder';
import { loadSdk } from './sdk';
import type { EngineInstance } from './types';
import { Violation } from './violation';

const sdk = loadSdk('rongcloud-rn');
type Native = Record<string, (...a: any[]) => any>;

/** Runs `calls` on an engine made by `make(native, emitter)`; returns the Violation's rule, or 'ok'. */
async function verdict(make: (native: Native, emitter: DeviceEmitter) => EngineInstance, calls: PlannedCall[], scripts: NativeScript[], timing: 'before' | 'after' = 'after'): Promise<string> {
  const emitter = new DeviceEmitter();
  const observer = new EventObserver(emitter);
  const contract = new ContractNative(sdk, 'android', emitter);
  const recorder = new NativeRecorder(contract.module);
  contract.script(calls[0].method, scripts.map((s) => ({ ...s, timing })));
  const env: BatchEnv = {
    sdk, platform: 'android', engine: make(recorder.native, emitter), recorder, observer,
    beforeRelease: async () => contract.flush('before'),
    afterRelease: async () => contract.flush('after'),
  };
  try {
    verifyBatch(env, await runBatch(env, calls), 0);
    return 'ok';
  } catch (e) {
    if (e instanceof Violation) return e.rule;
    throw e;
  }
}

const ok = (code = 0): NativeScript => ({ outcome: { kind: 'resolve', value: code }, events: [{ callback: 'onSuccess', payload: { t: 3 } }], timing: 'after', foreign: true });
const getUnread = (callback: string[] | null = ['onSuccess', 'onError']): PlannedCall => ({ method: 'getUnreadCount', args: [1, 'bob', ''], callback });

/** A correct getUnreadCount, with knobs for one bug at a time. */
function engine(bug: Partial<{ fixedId: boolean; swap: boolean; early: boolean; twice: boolean; wrongField: boolean; anyId: boolean; noId: boolean }> = {}) {
  let n = 0;
  return (native: Native, emitter: DeviceEmitter): EngineInstance => ({
    getUnreadCount(type: number, targetId: string, channelId: string, cb?: Record<string, (...a: unknown[]) => void>) {
      const id = bug.fixedId ? 'same' : String(++n);
      for (const member of ['onSuccess', 'onError'] as const) {
        if (!cb?.[member]) continue;
        const times = bug.twice && member === 'onSuccess' ? 2 : 1;
        for (let i = 0; i < times; i++) {
          const sub = emitter.addListener(`GetUnreadCount:${member}`, (data) => {
            if (!bug.anyId && data?.eventId !== id) return;
            cb[member](bug.wrongField ? data?.code : member === 'onSuccess' ? data?.t : data?.code);
            sub.remove();
          });
        }
      }
      const args = bug.swap ? [type, channelId, targetId] : [type, targetId, channelId];
      const answer = native.getUnreadCount(...args, ...(bug.noId ? [] : [id]));
      return bug.early ? Promise.resolve(0) : answer;
    },
  });
}

describe('verifyBatch', () => {
  test('a correct method passes, alone or with an overlapping call answered first', async () => {
    expect(await verdict(engine(), [getUnread()], [ok()])).toBe('ok');
    expect(await verdict(engine(), [getUnread(), getUnread(['onSuccess'])], [ok(), ok()], 'before')).toBe('ok');
    expect(await verdict(engine(), [getUnread(null)], [ok(-101)])).toBe('ok');
  });

  test('each planted bug breaks its rule', async () => {
    expect(await verdict(engine({ swap: true }), [getUnread()], [ok()])).toBe('argument-order');
    expect(await verdict(engine({ noId: true }), [getUnread()], [ok()])).toBe('event-correlation');
    expect(await verdict(engine({ fixedId: true }), [getUnread(), getUnread()], [ok(), ok()])).toBe('event-correlation');
    expect(await verdict(engine({ anyId: true }), [getUnread()], [ok()])).toBe('event-correlation');
    expect(await verdict(engine({ early: true }), [getUnread()], [ok()])).toBe('immediate-code');
    expect(await verdict(engine({ early: true }), [getUnread()], [ok(-101)])).toBe('immediate-code');
    expect(await verdict(engine({ twice: true }), [getUnread()], [ok()])).toBe('callback-once');
    expect(await verdict(engine({ wrongField: true }), [getUnread()], [ok()])).toBe('callback-payload');
    expect(await verdict(() => ({}), [getUnread()], [ok()])).toBe('api-surface');
  });

  test('a native event that breaks its contract is reported as the native side\'s fault', async () => {
    const bad: NativeScript = { outcome: { kind: 'resolve', value: 0 }, events: [{ callback: 'onSuccess', payload: { t: 'three' } }], timing: 'after', foreign: false };
    expect(await verdict(engine(), [getUnread()], [bad])).toBe('event-schema');
  });
});
