import { bindRCIMIWEngine } from './engine';
import { NATIVE_METHODS, SPECIAL_METHODS } from './native-methods';
import { LISTENERS } from './listeners';
import { fakeRN } from './testing/fake-rn';

type Loose = Record<string, (...args: any[]) => any>;

const generic = NATIVE_METHODS.filter((r) => !SPECIAL_METHODS.has(r.name));

function setup(os = 'android') {
  const rn = fakeRN(os);
  const Engine = bindRCIMIWEngine(rn);
  const engine = Engine.create('appkey') as unknown as Loose;
  rn.calls.length = 0;
  return { rn, Engine, engine };
}

/** Distinct per-position arguments; Map params get a Map so conversion is visible. */
const argsFor = (row: (typeof NATIVE_METHODS)[number]) =>
  row.params.map((p, i) => (row.maps?.includes(p) ? new Map([[p, `v${i}`]]) : `${row.name}#${i}`));

describe('methods: arguments to native', () => {
  it('connect passes token, timeout, then a fresh eventId', () => {
    const { rn, engine } = setup();
    engine.connect('tok', 5000, {});
    engine.connect('tok2', 0);
    expect(rn.calls).toEqual([
      { name: 'connect', args: ['tok', 5000, '1'] },
      { name: 'connect', args: ['tok2', 0, '2'] },
    ]);
  });

  it('loadMessages passes its 7 arguments in order and no eventId', () => {
    const { rn, engine } = setup();
    engine.loadMessages(1, 'bob', '', 100, 0, 2, 20);
    expect(rn.last('loadMessages')?.args).toEqual([1, 'bob', '', 100, 0, 2, 20]);
  });

  it('joinChatRoom keeps messageCount before autoCreate', () => {
    const { rn, engine } = setup();
    engine.joinChatRoom('room', 10, true, {});
    expect(rn.last('joinChatRoom')?.args).toEqual(['room', 10, true, '1']);
  });

  it.each(generic.map((r) => [r.name, r] as const))('%s: arguments in order, eventId where due', (_n, row) => {
    const { rn, engine } = setup();
    const answer = Promise.resolve(-103);
    rn.answer = () => answer;
    const args = argsFor(row);
    const returned = engine[row.name](...args);
    expect(returned).toBe(answer); // native's promise as-is
    const expected = row.params.map((p, i) => (row.maps?.includes(p) ? { [p]: `v${i}` } : args[i]));
    expect(rn.calls).toEqual([{ name: row.name, args: row.eventId ? [...expected, '1'] : expected }]);
  });

  it('converts Map params to plain objects and throws synchronously on a non-Map', () => {
    const { rn, engine } = setup();
    engine.createCustomMessage(1, 't', '', 1, 'app:x', new Map([['a', '1'], ['b', '2']]));
    const fields = rn.last('createCustomMessage')?.args[5];
    expect(fields).toEqual({ a: '1', b: '2' });
    expect(fields).not.toBeInstanceOf(Map);
    expect(() => engine.addChatRoomEntries('room', undefined, false, false, {})).toThrow(TypeError);
    expect(() => engine.updateMessageExpansion('uid', { a: '1' }, {})).toThrow(TypeError);
  });

  it('stringifies arguments like the real logger, so a BigInt throws', () => {
    const logged: string[] = [];
    const rn = fakeRN();
    const engine = bindRCIMIWEngine(rn, { log: (n, j) => logged.push(`${n} ${j}`) }).create('k') as unknown as Loose;
    engine.getMessageById(7, {});
    expect(logged).toContain('getMessageById {"messageId":7}');
    expect(() => engine.getMessageById(BigInt(7), {})).toThrow(TypeError);
  });

  it('uses the newEventId option', () => {
    const rn = fakeRN();
    let n = 100;
    const engine = bindRCIMIWEngine(rn, { newEventId: () => `id${n++}` }).create('k') as unknown as Loose;
    engine.getBlacklist({});
    engine.getBlacklist();
    expect(rn.calls.filter((c) => c.name === 'getBlacklist').map((c) => c.args)).toEqual([['id100'], ['id101']]);
  });
});

const callbackCases = generic.flatMap((r) => (r.callbacks ?? []).map((c) => [c.event, r, c] as const));

describe('methods: per-call callbacks', () => {
  it.each(callbackCases)('%s reaches its callback once with its fields', (_e, row, cb) => {
    const { rn, engine } = setup();
    const callback: Record<string, jest.Mock> = {};
    for (const c of row.callbacks ?? []) callback[c.callback] = jest.fn();
    const seen: unknown[] = [];
    callback[cb.callback] = jest.fn(function (this: unknown, ...a: unknown[]) {
      seen.push(this);
      return a;
    });
    engine[row.name](...argsFor(row), callback);
    const payload = Object.fromEntries(cb.fields.map((f) => [f, `${f}!`]));
    rn.device.emit(cb.event, { ...payload, eventId: 'other' });
    expect(callback[cb.callback]).not.toHaveBeenCalled();
    rn.device.emit(cb.event, { ...payload, eventId: '1', type: cb.callback });
    expect(callback[cb.callback].mock.calls).toEqual([cb.fields.map((f) => `${f}!`)]);
    expect(seen).toEqual([callback]);
    rn.device.emit(cb.event, { ...payload, eventId: '1' });
    expect(callback[cb.callback]).toHaveBeenCalledTimes(cb.keepSubscription ? 2 : 1);
    expect(rn.device.count(cb.event)).toBe(cb.keepSubscription ? 1 : 0);
    for (const other of row.callbacks ?? []) if (other !== cb) expect(callback[other.callback]).not.toHaveBeenCalled();
  });

  it('subscribes only the callbacks actually supplied, and none without a callback object', () => {
    const { rn, engine } = setup();
    engine.sendMessage({ messageType: 2 }, { onMessageSent: jest.fn() });
    expect(rn.device.count('SendMessage:onMessageSent')).toBe(1);
    expect(rn.device.count('SendMessage:onMessageSaved')).toBe(0);
    engine.getUnreadCount(1, 't', '');
    expect(rn.device.count('GetUnreadCount:onSuccess')).toBe(0);
    expect(rn.last('getUnreadCount')?.args).toEqual([1, 't', '', '2']);
  });

  it('subscribes before calling native, so a synchronous emit is delivered', () => {
    const { rn, engine } = setup();
    rn.answer = ({ args }) => {
      rn.device.emit('GetTotalUnreadCount:onSuccess', { eventId: args[1], t: 4 });
      return Promise.resolve(0);
    };
    const onSuccess = jest.fn();
    engine.getTotalUnreadCount('', { onSuccess });
    expect(onSuccess).toHaveBeenCalledWith(4);
  });

  it('invents nothing when native answers a non-zero code', async () => {
    const { rn, engine } = setup();
    rn.answer = () => Promise.resolve(-101);
    const callback = { onSuccess: jest.fn(), onError: jest.fn() };
    await expect(engine.getConversation(0, '', '', callback)).resolves.toBe(-101);
    expect(callback.onSuccess).not.toHaveBeenCalled();
    expect(callback.onError).not.toHaveBeenCalled();
  });
});

describe('listener setters', () => {
  it.each(LISTENERS.map((l) => [l.setter, l] as const))('%s replaces, passes fields in order, converts Maps', (_s, row) => {
    const { rn, engine } = setup();
    const name = `IRCIMIWListener:${row.name}`;
    const foreign = jest.fn();
    rn.device.addListener(name, foreign);
    const first = jest.fn();
    const second = jest.fn();
    engine[row.setter](first);
    engine[row.setter](second);
    const payload = Object.fromEntries(
      row.fields.map((f) => [f, row.mapFields?.includes(f) ? { [f]: 1 } : `${f}!`]),
    );
    rn.device.emit(name, payload);
    expect(foreign).not.toHaveBeenCalled(); // removeAllListeners drops other subscribers too
    expect(first).not.toHaveBeenCalled();
    expect(second.mock.calls).toEqual([
      row.fields.map((f) => (row.mapFields?.includes(f) ? new Map([[f, 1]]) : `${f}!`)),
    ]);
    engine[row.setter](undefined);
    expect(rn.device.count(name)).toBe(0);
  });

  it('throws inside the handler on a null payload or a missing →Map field', () => {
    const { rn, engine } = setup();
    engine.setOnMessageReceivedListener(jest.fn());
    expect(() => rn.device.emit('IRCIMIWListener:onMessageReceived', null)).toThrow(TypeError);
    engine.setOnChatRoomEntryLoadedListener(jest.fn());
    expect(() => rn.device.emit('IRCIMIWListener:onChatRoomEntryLoaded', { code: 0, targetId: 'r' })).toThrow(TypeError);
  });
});

describe('singleton, platforms', () => {
  it('create calls native once and returns the same instance until destroy', () => {
    const rn = fakeRN();
    const Engine = bindRCIMIWEngine(rn);
    const a = Engine.create('k1') as unknown as Loose;
    expect(Engine.create('k2', {})).toBe(a);
    expect(rn.calls).toEqual([{ name: 'create', args: ['k1', {}] }]);
    rn.answer = ({ name }) => (name === 'destroy' ? 'native-destroy' : undefined);
    expect(a.destroy()).toBe('native-destroy');
    const b = Engine.create('k3', { naviServer: 'y' } as any);
    expect(b).not.toBe(a);
    expect(rn.last('create')?.args).toEqual(['k3', { naviServer: 'y' }]);
  });

  it('destroy clears the singleton before native runs', () => {
    const rn = fakeRN();
    const Engine = bindRCIMIWEngine(rn);
    const a = Engine.create('k') as unknown as Loose;
    rn.answer = () => {
      throw new Error('native failed');
    };
    expect(() => a.destroy()).toThrow('native failed');
    rn.answer = () => undefined;
    expect(Engine.create('k')).not.toBe(a);
  });

  it('bindings are independent (one per simulated device)', () => {
    const [r1, r2] = [fakeRN(), fakeRN()];
    const e1 = bindRCIMIWEngine(r1).create('k') as unknown as Loose;
    const e2 = bindRCIMIWEngine(r2).create('k') as unknown as Loose;
    expect(e1).not.toBe(e2);
    e1.getBlacklist({});
    e1.getBlacklist({});
    e2.getBlacklist({});
    expect(r1.calls.map((c) => c.args)).toEqual([['k', {}], ['1'], ['2']]);
    expect(r2.calls.map((c) => c.args)).toEqual([['k', {}], ['1']]);
  });

  it('setDeviceToken resolves 0 without native on Android, calls native on iOS (read at call time)', async () => {
    const { rn, engine } = setup('android');
    await expect(engine.setDeviceToken('tok')).resolves.toBe(0);
    expect(rn.calls).toEqual([]);
    rn.Platform.OS = 'ios';
    rn.answer = () => Promise.resolve(-1);
    await expect(engine.setDeviceToken('tok')).resolves.toBe(-1);
    expect(rn.calls).toEqual([{ name: 'setDeviceToken', args: ['tok'] }]);
  });

  it('iOS listens on new NativeEventEmitter(native), never on DeviceEventEmitter', () => {
    const { rn, engine } = setup('ios');
    expect(rn.constructedWith).toHaveLength(1);
    expect(rn.constructedWith[0]).toBe(rn.NativeModules.RCReactNativeIM);
    const onConnected = jest.fn();
    const status = jest.fn();
    engine.connect('tok', 0, { onConnected });
    engine.setOnConnectionStatusChangedListener(status);
    rn.device.emit('Connect:onConnected', { eventId: '1', code: 0, userId: 'u' });
    rn.device.emit('IRCIMIWListener:onConnectionStatusChanged', { status: 1 });
    expect([onConnected.mock.calls, status.mock.calls]).toEqual([[], []]);
    rn.ios.emit('Connect:onConnected', { eventId: '1', type: 'onConnected', code: 0, userId: 'u' });
    rn.ios.emit('IRCIMIWListener:onConnectionStatusChanged', { status: 1 });
    expect([onConnected.mock.calls, status.mock.calls]).toEqual([[[0, 'u']], [[1]]]);
  });

  it('Android constructs no NativeEventEmitter', () => {
    expect(setup('android').rn.constructedWith).toEqual([]);
  });
});
