import { arr, arrow, call, chain, inline, key, obj, print, str } from './code';

describe('code printer', () => {
  it('prints short expressions on one line', () => {
    const c = call('z.looseObject', obj([['a', 'z.string()'], ["'b:c'", chain('z.number()', 'optional')]]));
    expect(print(c)).toBe("z.looseObject({ a: z.string(), 'b:c': z.number().optional() })");
    expect(inline(call('z.lazy', arrow('schemas.X')))).toBe('z.lazy(() => schemas.X)');
    expect(print(arr([]))).toBe('[]');
    expect(print(obj([]))).toBe('{}');
  });

  it('breaks long expressions one level at a time and hugs a lone object argument', () => {
    const fields = Array.from({ length: 8 }, (_, i): [string, string] => [`field${i}`, 'z.string().optional()']);
    const text = print(call('z.looseObject', obj(fields)));
    expect(text.split('\n')).toEqual([
      'z.looseObject({',
      ...fields.map(([k, v]) => `  ${k}: ${v},`),
      '})',
    ]);
  });

  it('forces multi-line objects when asked and indents nested levels', () => {
    const text = print(obj([['a', obj([['b', '1']], true)]], true));
    expect(text).toBe('{\n  a: {\n    b: 1,\n  },\n}');
  });

  it('quotes strings and keys safely', () => {
    expect(str("it's\\n\n")).toBe("'it\\'s\\\\n\\n'");
    expect(key('plain_1')).toBe('plain_1');
    expect(key('Connect:onConnected')).toBe("'Connect:onConnected'");
  });
});
