import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { createWorld } from '../index';
import { checkOperation, isKnownOperation } from './operations';

/** Every .ts source under simulator/ (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Operation names written where a request reaches the cloud (`faults.take('x'`, `cloudRequest(engine, 'x'` ...). */
function operationNamesInSources(): Map<string, string> {
  const found = new Map<string, string>();
  const call = /(?:faults\.take|cloudRequest|settingsRequest|ultraGroupRequest|admit)\(/g;
  for (const file of sources(join(__dirname, '..'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(call)) {
      const window = text.slice(match.index!, match.index! + 240).split(/\)\s*[,;{]/)[0];
      // camelCase literals only: 'update' in `'update' in change` is not an operation name.
      for (const literal of window.matchAll(/'([a-z]+[A-Z][A-Za-z]*)'/g)) found.set(literal[1], file.slice(file.indexOf('simulator/')));
    }
  }
  return found;
}

describe('failNext / failFor operation names', () => {
  test('every operation name a request uses in the simulator is accepted (add new internal names to operations.ts)', () => {
    const found = operationNamesInSources();
    expect(found.size).toBeGreaterThan(10);
    createWorld(); // loads every area, so native method names are registered
    const unknown = [...found].filter(([name]) => !isKnownOperation(name)).map(([name, file]) => `${name} (${file})`);
    expect(unknown).toEqual([]);
  });

  test('names no request uses are refused, with the nearest known name', () => {
    createWorld();
    expect(() => checkOperation('failNext', 'joinChatroom')).toThrow(/did you mean "joinChatRoom"/);
    expect(() => checkOperation('failNext', 'frobnicate')).toThrow(/unknown operation "frobnicate"; operations are native method names/);
    expect(() => checkOperation('failNext', 42)).toThrow(/operation must be a non-empty string/);
    expect(checkOperation('failNext', 'getRemoteHistoryMessages')).toBe('getRemoteHistoryMessages');
  });
});
