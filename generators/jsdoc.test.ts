import { DocTagError, parseJsDoc } from './jsdoc';

const doc = (...lines: string[]) => `/**\n${lines.map((l) => ` * ${l}`).join('\n')}\n */`;

describe('parseJsDoc', () => {
  it('returns empty facts without a comment', () => {
    expect(parseJsDoc(undefined)).toEqual({
      facts: { summary: '', listeners: [], codes: [], limits: [], deprecated: false },
      params: {},
    });
  });

  it('joins the summary, reads @param in its common spellings, @since and @deprecated', () => {
    const { facts, params } = parseJsDoc(
      doc('Sends a message.', 'More words.', '', '@param message the message', '@param {number} [count=3] - how many', '@since 5.2.5 release', '@deprecated use sendMessage'),
    );
    expect(facts.summary).toBe('Sends a message. More words.');
    expect(params).toEqual({ message: 'the message', count: 'how many' });
    expect(facts.since).toBe('5.2.5');
    expect(facts.deprecated).toBe(true);
  });

  it('reads @listener (one or several setters) and @code with negative numbers and free text', () => {
    const { facts } = parseJsDoc(
      doc('@listener setOnAListener, setOnBListener', '@code -101 PARAM_ERROR when', '  the token is empty', '@code 0 SUCCESS'),
    );
    expect(facts.listeners).toEqual(['setOnAListener', 'setOnBListener']);
    expect(facts.codes).toEqual([
      { code: -101, name: 'PARAM_ERROR', text: 'when the token is empty' },
      { code: 0, name: 'SUCCESS', text: '' },
    ]);
  });

  it('reads every @limit rule form', () => {
    const { facts } = parseJsDoc(
      doc(
        '@limit count 1..20 - per page',
        '@limit offset -5..2.5',
        '@limit key length<=128',
        '@limit name length=1..64 - visible name',
        '@limit keys items<=20',
        '@limit tag pattern=/^[a-z/]+$/i - lower-case',
        '@limit other pattern=/a b/',
      ),
    );
    expect(facts.limits).toEqual([
      { param: 'count', kind: 'range', min: 1, max: 20, text: 'per page' },
      { param: 'offset', kind: 'range', min: -5, max: 2.5, text: '' },
      { param: 'key', kind: 'length', max: 128, text: '' },
      { param: 'name', kind: 'length', min: 1, max: 64, text: 'visible name' },
      { param: 'keys', kind: 'items', max: 20, text: '' },
      { param: 'tag', kind: 'pattern', pattern: '^[a-z/]+$', flags: 'i', text: 'lower-case' },
      { param: 'other', kind: 'pattern', pattern: 'a b', text: '' },
    ]);
  });

  it.each([
    ['@limit count', /@limit must be/],
    ['@limit count 20..1', /empty range/],
    ['@limit count length<5', /unknown rule/],
    ['@limit key pattern=/(/', /invalid pattern/],
    ['@code SUCCESS 0', /@code must be/],
    ['@listener onA', /@listener needs/],
  ])('rejects %s', (line, error) => {
    expect(() => parseJsDoc(doc(line))).toThrow(DocTagError);
    expect(() => parseJsDoc(doc(line))).toThrow(error);
  });
});
