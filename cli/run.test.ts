import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { commands } from './commands';
import { bufferIo } from './io';
import { packageRoot } from './package-root';
import { runCli } from './run';

const fixtureSpec = path.join(__dirname, '..', 'generators', 'fixtures', 'basic');

describe('runCli', () => {
  it('prints usage listing every command; --help exits 0, no command exits 2', async () => {
    const help = bufferIo();
    expect(await runCli(['--help'], help)).toBe(0);
    for (const name of Object.keys(commands)) expect(help.stdout()).toContain(`  ${name}`);
    const none = bufferIo();
    expect(await runCli([], none)).toBe(2);
    expect(none.stderr()).toContain('Usage: imsim <command>');
  });

  it('rejects unknown commands and options in one line with exit 2', async () => {
    const io = bufferIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(await runCli(['--frob'], io)).toBe(2);
    expect(await runCli(['toString'], io)).toBe(2);
    expect(io.stderr().trimEnd().split('\n')).toEqual([
      'imsim: unknown command frobnicate (see imsim --help)',
      'imsim: unknown option --frob (see imsim --help)',
      'imsim: unknown command toString (see imsim --help)',
    ]);
  });

  it('prints each command\'s --help', async () => {
    for (const name of Object.keys(commands)) {
      const io = bufferIo();
      expect(await runCli([name, '--help'], io)).toBe(0);
      expect(io.stdout()).toContain(`Usage: imsim ${name}`);
    }
  });

  it('prints the package version', async () => {
    const io = bufferIo();
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.stdout().trim()).toBe(JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')).version);
  });
});

describe('imsim generate', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'imsim-gen-'));
  const args = ['generate', '--spec', fixtureSpec, '--out', out];

  it('--check names missing files and exits 1 before generation', async () => {
    const io = bufferIo();
    expect(await runCli([...args, '--check'], io)).toBe(1);
    expect(io.stderr()).toContain(`missing: ${path.relative(process.cwd(), path.join(out, 'rongcloud-rn.ts'))}`);
    expect(io.stderr()).toContain('missing: ');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('writes the contract and manifest, then --check passes', async () => {
    const io = bufferIo();
    expect(await runCli(args, io)).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['rongcloud-rn.manifest.json', 'rongcloud-rn.ts']);
    expect(io.stdout()).toMatch(/wrote .*rongcloud-rn\.ts\nwrote .*rongcloud-rn\.manifest\.json\ngenerated in \d+\.\ds\n$/);
    const check = bufferIo();
    expect(await runCli([...args, '--check'], check)).toBe(0);
    expect(check.stdout()).toMatch(/^contracts are fresh/);
  });

  it('--check names a stale file and exits 1', async () => {
    fs.appendFileSync(path.join(out, 'rongcloud-rn.ts'), '// edited by hand\n');
    const io = bufferIo();
    expect(await runCli([...args, '--check'], io)).toBe(1);
    expect(io.stderr().split('\n')).toEqual(
      expect.arrayContaining([`stale: ${path.relative(process.cwd(), path.join(out, 'rongcloud-rn.ts'))}`]),
    );
    expect(io.stderr()).not.toContain('manifest.json');
  });

  it('--check fails after an edit to the spec that was not regenerated', async () => {
    const spec = fs.mkdtempSync(path.join(os.tmpdir(), 'imsim-spec-'));
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'imsim-gen-'));
    fs.cpSync(fixtureSpec, spec, { recursive: true });
    const specArgs = ['generate', '--spec', spec, '--out', target];
    expect(await runCli(specArgs, bufferIo())).toBe(0);
    expect(await runCli([...specArgs, '--check'], bufferIo())).toBe(0);
    const file = fs.readdirSync(spec).find((f) => /\.ts$/.test(f) && fs.readFileSync(path.join(spec, f), 'utf8').includes('enum '))!;
    // A new enum member is an API change: the committed contracts no longer describe the spec.
    fs.writeFileSync(path.join(spec, file), fs.readFileSync(path.join(spec, file), 'utf8').replace(/enum (\w+) \{/, 'enum $1 {\n  ADDED_BY_HAND = 999,'));
    const io = bufferIo();
    expect(await runCli([...specArgs, '--check'], io)).toBe(1);
    expect(io.stderr()).toContain('stale: ');
  });

  it('exits 2 on an unknown sdk, a missing spec or a stray argument', async () => {
    const io = bufferIo();
    expect(await runCli(['generate', '--sdk', 'nope', '--out', out], io)).toBe(2);
    expect(await runCli(['generate', '--spec', '/no/spec', '--out', out], io)).toBe(2);
    expect(await runCli(['generate', 'extra'], io)).toBe(2);
    expect(io.stderr().trimEnd().split('\n')).toEqual([
      'imsim generate: unknown sdk "nope" (known: rongcloud-rn)',
      'imsim generate: no such file or folder: /no/spec',
      'imsim generate: unexpected argument extra (see imsim generate --help)',
    ]);
  });

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));
});

describe('packageRoot', () => {
  it('finds the folder whose package.json is named imsim', () => {
    const root = packageRoot();
    expect(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).name).toBe('imsim');
    expect(packageRoot(path.join(root, 'generators', 'fixtures', 'basic'))).toBe(root);
    expect(() => packageRoot(os.tmpdir())).toThrow(/cannot find the imsim package root/);
  });
});
