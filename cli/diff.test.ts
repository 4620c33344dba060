import * as path from 'path';
import { bufferIo } from './io';
import { runCli } from './run';

const upgrade = path.join(__dirname, '..', 'generators', 'fixtures', 'upgrade');
const oldDir = path.join(upgrade, 'old');
const newDir = path.join(upgrade, 'new');

describe('imsim diff on the upgrade fixture (5.2.4-like -> 5.2.5-with-callbacks-like)', () => {
  it('lists breaking changes first, names each with its class, and exits 1', async () => {
    const io = bufferIo();
    expect(await runCli(['diff', oldDir, newDir], io)).toBe(1);
    const out = io.stdout();
    const [breaking, compatible] = out.split('\nCompatible changes');
    expect(breaking).toMatch(/^Breaking changes \(5\):/);
    for (const member of [
      'RCIMIWEngine.loadAllChatRoomEntries  method removed (likely renamed to loadChatRoomAllEntries)',
      'RCIMIWEngine.removeUltraGroupMessageExpansion  method removed (likely renamed to removeUltraGroupMessageExpansionForKeys)',
      "RCIMIWEngine.setOnChatRoomJoinedListener  listener parameter 'code' inserted before 'targetId'",
      'RCIMIWEngine.setOnMessageClearedListener  listener setter removed (likely renamed to setOnMessagesClearedListener)',
      'RCIMIWEngine.setOnAllChatRoomEntriesLoadedListener  listener setter removed (likely renamed to setOnChatRoomAllEntriesLoadedListener)',
    ]) {
      expect(breaking).toContain(`  breaking   ${member}`);
    }
    for (const method of ['connect', 'sendMessage', 'clearMessages', 'joinChatRoom']) {
      expect(compatible).toContain(`  compatible RCIMIWEngine.${method}  optional parameter 'callback' added at the end  [param-added]`);
    }
    expect(compatible).toContain('  compatible RCIMIWMessageType.LOCATION  enum member LOCATION added  [enum-member-added]  old: -  new: LOCATION = 12');
    expect(compatible).toContain('  compatible RCIMIWEngine.getConversation  method added  [method-added]');
    // Each line carries both signatures.
    expect(out).toContain(
      'old: connect(token: string, timeout: number): Promise<number>  new: connect(token: string, timeout: number, callback?: IRCIMIWConnectCallback): Promise<number>',
    );
    expect(out.trimEnd().split('\n').pop()).toBe('5 breaking, 18 compatible.');
  });

  it('prints one JSON object per line with --json', async () => {
    const io = bufferIo();
    expect(await runCli(['diff', '--json', oldDir, newDir], io)).toBe(1);
    const changes = io.stdout().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(changes).toHaveLength(23);
    expect(changes[0]).toMatchObject({ severity: 'breaking', class: 'RCIMIWEngine' });
    expect(changes.filter((c) => c.severity === 'breaking').map((c) => c.member).sort()).toEqual([
      'loadAllChatRoomEntries',
      'removeUltraGroupMessageExpansion',
      'setOnAllChatRoomEntriesLoadedListener',
      'setOnChatRoomJoinedListener',
      'setOnMessageClearedListener',
    ]);
    expect(changes.find((c) => c.member === 'loadAllChatRoomEntries')).toMatchObject({ renamedTo: 'loadChatRoomAllEntries' });
  });

  it('exits 0 when nothing breaks (the reverse of a pure addition, or no change at all)', async () => {
    const io = bufferIo();
    expect(await runCli(['diff', newDir, newDir], io)).toBe(0);
    expect(io.stdout()).toBe('No API changes.\n');
  });

  it('exits 2 with a one-line reason on unreadable input or bad usage', async () => {
    const io = bufferIo();
    expect(await runCli(['diff', oldDir, '/no/such/new'], io)).toBe(2);
    expect(await runCli(['diff', oldDir], io)).toBe(2);
    expect(await runCli(['diff', oldDir, newDir, '--jsno'], io)).toBe(2);
    expect(io.stderr().trimEnd().split('\n')).toEqual([
      'imsim diff: no such file or folder: /no/such/new',
      'imsim diff: expected <old> and <new>, got 1 argument(s) (see imsim diff --help)',
      'imsim diff: unknown option --jsno (see imsim diff --help)',
    ]);
    expect(io.stdout()).toBe('');
  });
});
