import fc from 'fast-check';
import { jsonText } from './json-text';

describe('jsonText', () => {
  it('keeps small values on one line and breaks large ones with 2-space indent', () => {
    expect(jsonText({ a: 1, b: [1, 2] })).toBe('{"a":1,"b":[1,2]}\n');
    const big = { list: Array.from({ length: 30 }, (_, i) => `item-${i}`) };
    const lines = jsonText(big).split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe('  "list": [');
    expect(lines[2]).toBe('    "item-0",');
    expect(lines.every((l) => l.length <= 110)).toBe(true);
  });

  it('parses back to the same value for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(jsonText(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});
