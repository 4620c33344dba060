// An app without a moduleNameMapper entry can mock react-native in the test file instead.
jest.mock('react-native', () => jest.requireActual('imsim/react-native'), { virtual: true });

import { createWorld } from '../../simulator/index';
import { getWorld, isolatedWrapper } from './index';
import { RCIMIWEngine } from './fixtures/wrapper';

test('one phone works with jest.mock("react-native", ...) in the test file', async () => {
  const engine = RCIMIWEngine.create(getWorld().appKey) as any;
  const code = await new Promise<number>((resolve) => {
    void engine.connect(getWorld().server.issueToken('alice'), 0, { onConnected: (c: number) => resolve(c) });
  });
  expect(code).toBe(0);
  expect(getWorld().server.sessionsOf('alice')).toEqual(['app']);
  await engine.destroy();
});

test('isolatedWrapper explains why it cannot bind a second phone in that setup', () => {
  const phone = getWorld().device();
  expect(() => isolatedWrapper(phone, () => require('./fixtures/wrapper'))).toThrow(
    /no fresh react-native was evaluated while loading[\s\S]*moduleNameMapper/,
  );
});

test('isolatedWrapper checks its arguments', () => {
  const phone = createWorld().device();
  expect(() => isolatedWrapper({} as never, () => 1)).toThrow(/world\.device/);
  expect(() => isolatedWrapper(phone, 'x' as never)).toThrow(/load must be a function/);
});
