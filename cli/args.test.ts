import { optionsHelp, parseArgs, UsageError } from './args';

const specs = {
  sdk: { type: 'string' as const, value: '<name>', description: 'which SDK' },
  check: { type: 'boolean' as const, description: 'only check' },
};

describe('parseArgs', () => {
  it('reads string options (both spellings), booleans, positionals and --', () => {
    expect(parseArgs(['a', '--sdk', 'x', '--check', 'b', '--', '--not-an-option'], specs)).toEqual({
      options: { sdk: 'x', check: true },
      positionals: ['a', 'b', '--not-an-option'],
      help: false,
    });
    expect(parseArgs(['--sdk=y=z'], specs).options).toEqual({ sdk: 'y=z' });
    expect(parseArgs(['-h'], specs).help).toBe(true);
    expect(parseArgs(['--help', '--check'], specs)).toMatchObject({ help: true, options: { check: true } });
  });

  it.each([
    [['--nope'], 'unknown option --nope'],
    [['--nope=1'], 'unknown option --nope'],
    [['-x'], 'unknown option -x'],
    [['--sdk'], 'option --sdk needs a value'],
    [['--sdk', '--check'], 'option --sdk needs a value'],
    [['--check=yes'], 'option --check takes no value'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv, specs)).toThrow(UsageError);
    expect(() => parseArgs(argv, specs)).toThrow(message);
  });

  it('lists options in help, aligned', () => {
    expect(optionsHelp(specs).split('\n')).toEqual([
      '  --sdk <name>  which SDK',
      '  --check       only check',
      '  --help        show this help',
    ]);
  });
});
