import * as path from 'path';
import { createWorld } from '../../simulator';
import { runConformance } from './run';
import { WrapperLoadError, seededMath, wrapperLoader } from './wrapper-loader';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

describe('wrapperLoader', () => {
  test('compiles the entry and its relative imports, and gives each device its own copy wired to it', async () => {
    const load = wrapperLoader(fixture('wrapper/index.ts'));
    const world = createWorld();
    const phone = world.device({ platform: 'android' });
    const tablet = world.device({ platform: 'ios' });
    const A = load(phone) as any;
    const B = load(tablet) as any;
    expect(A).not.toBe(B); // module state (the singleton) is per device
    const a = A.create(world.appKey);
    expect(A.create('other')).toBe(a);
    expect(B.create(world.appKey)).not.toBe(a);
    expect(phone.engine).not.toBeNull();
    expect(tablet.engine).not.toBeNull();
    // react-native resolved to this device: the listener is on its emitter only.
    a.setOnConnectionStatusChangedListener(() => undefined);
    expect(phone.rn.emitter.listenerCount('IRCIMIWListener:onConnectionStatusChanged')).toBe(1);
    expect(tablet.rn.emitter.listenerCount('IRCIMIWListener:onConnectionStatusChanged')).toBe(0);
    const onConnected = jest.fn();
    await a.connect(world.server.issueToken('alice'), 0, { onConnected });
    await world.settle();
    expect(onConnected).toHaveBeenCalledWith(0, 'alice');
  });

  test('Math.random is seeded per device, so eventIds repeat from run to run', () => {
    const draw = (id: string) => Array.from({ length: 3 }, () => seededMath(id).random());
    expect(draw('a')).toEqual(draw('a'));
    expect(seededMath('a').random()).not.toBe(seededMath('b').random());
    expect(seededMath('a').floor(2.5)).toBe(2);
  });

  test('runs the conformance checks on the wrapper it loaded; a planted bug fails them', async () => {
    const only = ['connect', 'getUnreadCount', 'createCustomMessage', 'setOnConnectionStatusChangedListener'];
    const good = await runConformance({ sdk: 'rongcloud-rn', load: wrapperLoader(fixture('wrapper/index.ts')), only, numRuns: 6 });
    expect(good.checks.filter((c) => only.includes(c.id)).map((c) => [c.id, c.status])).toEqual(only.sort().map((id) => [id, 'passed']));
    const bad = await runConformance({ sdk: 'rongcloud-rn', load: wrapperLoader(fixture('buggy-wrapper')), only: ['getUnreadCount'], numRuns: 6 });
    expect(bad.checks.find((c) => c.id === 'getUnreadCount')?.failure).toMatchObject({ rule: 'argument-order', method: 'getUnreadCount' });
  });

  test('a missing entry, a syntax error or no RCIMIWEngine export is a one-line WrapperLoadError', () => {
    const device = createWorld().device();
    expect(() => wrapperLoader(fixture('nothing-here'))).toThrow(WrapperLoadError);
    expect(() => wrapperLoader(fixture('broken-wrapper'))).toThrow(/cannot compile .*broken-wrapper\/index\.ts:\d+:\d+: /);
    expect(() => wrapperLoader(fixture('no-engine'))(device)).toThrow(/exports no RCIMIWEngine class .*notAnEngine/);
  });
});
