// Each mutant really carries its bug: one scenario per mutant, observed on the reference and on the
// mutant. The reference must give the documented result and the mutant something else.
import { bindRCIMIWEngine } from '../engine';
import { fakeRN, type FakeRN } from '../testing/fake-rn';
import { mutants } from './index';

type Bind = typeof bindRCIMIWEngine;
type Scenario = { reference: unknown; run: (bind: Bind) => Promise<unknown> | unknown };

function start(bind: Bind) {
  const rn: FakeRN = fakeRN();
  const engine = bind(rn).create('k') as unknown as Record<string, (...args: any[]) => any>;
  rn.calls.length = 0;
  return { rn, engine };
}

/** Native that answers every per-call request synchronously with the given payload. */
const echo = (rn: FakeRN, event: string, payload: object) => {
  rn.answer = ({ args }) => {
    rn.device.emit(event, { ...payload, eventId: args[args.length - 1] });
    return Promise.resolve(0);
  };
};

const scenarios: Record<string, Scenario> = {
  'listener-not-replaced': {
    reference: { afterReplace: [[], [[1]]], afterClear: [] },
    run(bind) {
      const { rn, engine } = start(bind);
      const a = jest.fn();
      const b = jest.fn();
      engine.setOnConnectionStatusChangedListener(a);
      engine.setOnConnectionStatusChangedListener(b);
      rn.device.emit('IRCIMIWListener:onConnectionStatusChanged', { status: 1 });
      const afterReplace = [a.mock.calls, b.mock.calls];
      engine.setOnConnectionStatusChangedListener(undefined);
      b.mockClear();
      rn.device.emit('IRCIMIWListener:onConnectionStatusChanged', { status: 2 });
      return { afterReplace, afterClear: b.mock.calls };
    },
  },
  'eventid-dropped': {
    reference: { args: [1, 't', '', 0, 0, 0, 10, '1'], results: [[['m']]] },
    run(bind) {
      const { rn, engine } = start(bind);
      echo(rn, 'GetMessages:onSuccess', { t: ['m'] });
      const onSuccess = jest.fn();
      engine.getMessages(1, 't', '', 0, 0, 0, 10, { onSuccess });
      return { args: rn.last('getMessages')?.args, results: onSuccess.mock.calls };
    },
  },
  'eventid-fixed': {
    reference: { a: [[1]], b: [[2]] },
    run(bind) {
      const { rn, engine } = start(bind);
      const ids: unknown[] = [];
      rn.answer = ({ args }) => (ids.push(args[1]), Promise.resolve(0));
      const a = jest.fn();
      const b = jest.fn();
      engine.getTotalUnreadCount('', { onSuccess: a });
      engine.getTotalUnreadCount('', { onSuccess: b });
      // Answers come back in reverse order, each echoing its own call's eventId.
      rn.device.emit('GetTotalUnreadCount:onSuccess', { eventId: ids[1], t: 2 });
      rn.device.emit('GetTotalUnreadCount:onSuccess', { eventId: ids[0], t: 1 });
      return { a: a.mock.calls, b: b.mock.calls };
    },
  },
  'arguments-swapped': {
    reference: ['room', 10, true, '1'],
    run(bind) {
      const { rn, engine } = start(bind);
      engine.joinChatRoom('room', 10, true, {});
      return rn.last('joinChatRoom')?.args;
    },
  },
  'map-param-unconverted': {
    reference: { isMap: false, json: '{"k":"v"}' },
    run(bind) {
      const { rn, engine } = start(bind);
      engine.addChatRoomEntries('room', new Map([['k', 'v']]), false, true, {});
      const entries = rn.last('addChatRoomEntries')?.args[1];
      return { isMap: entries instanceof Map, json: JSON.stringify(entries) };
    },
  },
  'resolves-early': {
    reference: { code: -101, nativeCalled: true },
    async run(bind) {
      const { rn, engine } = start(bind);
      rn.answer = () => Promise.resolve(-101);
      const code = await engine.sendMessage({}, {});
      return { code, nativeCalled: rn.calls.length === 1 };
    },
  },
  'callback-twice': {
    reference: [[0, 'alice']],
    run(bind) {
      const { rn, engine } = start(bind);
      echo(rn, 'Connect:onConnected', { code: 0, userId: 'alice' });
      const onConnected = jest.fn();
      engine.connect('tok', 0, { onConnected });
      return onConnected.mock.calls;
    },
  },
  'callback-fabricated': {
    reference: { code: -101, onError: [] },
    async run(bind) {
      const { rn, engine } = start(bind);
      rn.answer = () => Promise.resolve(-101);
      const onError = jest.fn();
      const code = await engine.getConversation(0, '', '', { onSuccess: jest.fn(), onError });
      return { code, onError: onError.mock.calls };
    },
  },
  'callback-misrouted': {
    reference: { saved: [['m']], sent: [[0, 'm']] },
    run(bind) {
      const { rn, engine } = start(bind);
      const callback = { onMessageSaved: jest.fn(), onMessageSent: jest.fn() };
      engine.sendMessage({ messageType: 2 }, callback);
      rn.device.emit('SendMessage:onMessageSaved', { eventId: '1', message: 'm' });
      rn.device.emit('SendMessage:onMessageSent', { eventId: '1', code: 0, message: 'm' });
      return { saved: callback.onMessageSaved.mock.calls, sent: callback.onMessageSent.mock.calls };
    },
  },
  'listener-fields-lost': {
    reference: [['m', 3, true, false]],
    run(bind) {
      const { rn, engine } = start(bind);
      const listener = jest.fn();
      engine.setOnMessageReceivedListener(listener);
      rn.device.emit('IRCIMIWListener:onMessageReceived', { message: 'm', left: 3, offline: true, hasPackage: false });
      return listener.mock.calls;
    },
  },
  'listener-map-unconverted': {
    reference: { isMap: true, entries: [['k', 'v']] },
    run(bind) {
      const { rn, engine } = start(bind);
      let got: unknown;
      engine.setOnChatRoomAllEntriesLoadedListener((_c: number, _t: string, entries: unknown) => (got = entries));
      rn.device.emit('IRCIMIWListener:onChatRoomAllEntriesLoaded', { code: 0, targetId: 'r', entries: { k: 'v' } });
      return { isMap: got instanceof Map, entries: got instanceof Map ? [...got] : got };
    },
  },
};

describe('mutants', () => {
  it('has a scenario for every mutant, unique ids, and at least the 11 required bugs', () => {
    expect(mutants.map((m) => m.id).sort()).toEqual(Object.keys(scenarios).sort());
    expect(mutants.length).toBeGreaterThanOrEqual(11);
  });

  it.each(mutants.map((m) => [m.id, m] as const))('%s: reference behaves as documented, mutant does not', async (id, m) => {
    const scenario = scenarios[id];
    expect(await scenario.run(bindRCIMIWEngine)).toEqual(scenario.reference);
    expect(await scenario.run(m.bind)).not.toEqual(scenario.reference);
  });

  it.each(mutants.map((m) => [m.id, m] as const))('%s: breaks nothing else on a plain call', (_id, m) => {
    // Outside its bug a mutant is the reference: an unrelated method and listener behave identically.
    const run = (bind: Bind) => {
      const { rn, engine } = start(bind);
      const onSuccess = jest.fn();
      engine.getUnreadCount(1, 't', '', { onSuccess });
      rn.device.emit('GetUnreadCount:onSuccess', { eventId: rn.last('getUnreadCount')?.args[3], t: 5 });
      const status = jest.fn();
      engine.setOnTypingStatusChangedListener(status);
      rn.device.emit('IRCIMIWListener:onTypingStatusChanged', { type: 1, targetId: 't', channelId: '', userTypingStatus: [] });
      return [rn.calls.map((c) => c.args.length), onSuccess.mock.calls, status.mock.calls];
    };
    expect(run(m.bind)).toEqual(run(bindRCIMIWEngine));
  });

  it('names a documented rule and, where it is one method, a method the reference has', () => {
    const Engine = bindRCIMIWEngine(fakeRN());
    for (const m of mutants) {
      expect(m.expect.rule).toBeDefined();
      if (m.expect.method) expect(typeof (Engine.prototype as any)[m.expect.method]).toBe('function');
    }
  });
});
