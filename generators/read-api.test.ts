import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiReadError, readApi } from './read-api';
import type { ApiManifest } from './manifest';

const fixtures = path.join(__dirname, 'fixtures');

function tempSpec(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imsim-read-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const cls = (m: ApiManifest, name = 'RCIMIWEngine') => m.classes.find((c) => c.name === name)!;
const method = (m: ApiManifest, name: string) => cls(m).methods.find((x) => x.name === name)!;

describe('readApi on the basic fixture (class file importing a defines file)', () => {
  const m = readApi(path.join(fixtures, 'basic', 'Engine.ts'));

  it('follows the import to read enums and interfaces from Defines.ts', () => {
    expect(m.enums.map((e) => e.name)).toEqual(['ConversationType', 'Flavor', 'MessageType']);
    expect(m.interfaces.map((i) => i.name)).toEqual(['EngineOptions', 'Message', 'Page', 'TextMessage', 'UserInfo']);
  });

  it('reads methods sorted by name, with static, optional params and normalised types', () => {
    expect(cls(m).methods.map((x) => x.name)).toEqual(['connect', 'create', 'getMessage', 'loadPage', 'removeEntries', 'sendMessage']);
    const create = method(m, 'create');
    expect(create.static).toBe(true);
    expect(create.params.map((p) => [p.name, p.type, p.optional])).toEqual([
      ['appKey', 'string', false],
      ['options', 'EngineOptions', true],
    ]);
    // `Message as Msg` resolves to the declared name; Array<T> prints as T[]; generics keep their arguments.
    expect(method(m, 'loadPage').params[1].type).toBe('Page<Message>');
    expect(method(m, 'loadPage').returns).toBe('Promise<Page<Message>>');
  });

  it('classifies parameters as value, callback object or listener function, and flags Maps', () => {
    const kinds = (name: string) => method(m, name).params.map((p) => `${p.name}:${p.kind}${p.isMap ? ':map' : ''}`);
    expect(kinds('connect')).toEqual(['token:value', 'timeout:value', 'callback:callback']);
    expect(kinds('sendMessage')).toEqual(['message:value', 'onSent:listener']);
    expect(kinds('removeEntries')).toEqual(['keys:value', 'key:value', 'expansion:value:map']);
  });

  it('parses the JSDoc facts', () => {
    const docs = method(m, 'connect').docs;
    expect(docs.summary).toBe('Connects to the server. Spans two lines.');
    expect(docs.listeners).toEqual(['setOnConnectedListener']);
    expect(docs.codes).toEqual([
      { code: 0, name: 'SUCCESS', text: 'accepted' },
      { code: -101, name: 'PARAM_ERROR', text: 'token empty - or timeout negative' },
    ]);
    expect(docs.limits).toEqual([
      { param: 'timeout', kind: 'range', min: 0, max: 60, text: 'seconds' },
      { param: 'token', kind: 'length', min: 1, max: 256, text: '' },
    ]);
    expect(method(m, 'connect').params[0].doc).toBe('the user token');
    expect(method(m, 'create').docs.since).toBe('5.0.0');
    expect(method(m, 'loadPage').docs.deprecated).toBe(true);
  });

  it('turns setOn…Listener setters into listeners with the listener function parameters', () => {
    expect(cls(m).listeners.map((l) => [l.setter, l.event, l.optional])).toEqual([
      ['setOnConnectedListener', 'onConnected', true],
      ['setOnMessageReceivedListener', 'onMessageReceived', true],
    ]);
    const received = cls(m).listeners[1];
    expect(received.params.map((p) => `${p.name}: ${p.type}`)).toEqual(['message: Message', 'left: number', 'offline: boolean']);
    expect(received.docs.since).toBe('5.1.0');
  });

  it('reads enum values, implicit and explicit, numeric and string', () => {
    const ct = m.enums.find((e) => e.name === 'ConversationType')!;
    expect(ct.members).toEqual([
      { name: 'INVALID', value: 0 },
      { name: 'PRIVATE', value: 1 },
      { name: 'GROUP', value: 2 },
      { name: 'CHATROOM', value: 3 },
      { name: 'ULTRA_GROUP', value: 5 },
    ]);
    expect(m.enums.find((e) => e.name === 'Flavor')!.members.map((x) => x.value)).toEqual(['plain', 'spicy']);
  });

  it('flattens extends (recording it) and substitutes generic arguments', () => {
    const text = m.interfaces.find((i) => i.name === 'TextMessage')!;
    expect(text.extends).toEqual(['Message']);
    expect(text.fields.map((f) => f.name)).toEqual([
      'conversationType', 'messageType', 'targetId', 'messageId', 'expansion', 'userInfo', 'referenceMessage', 'text',
    ]);
    const getCb = m.callbacks.find((c) => c.name === 'IGetMessageCallback')!;
    expect(getCb.extends).toEqual(['IObjectCallback<Message>']);
    expect(getCb.members.map((x) => `${x.name}(${x.params.map((p) => p.type).join()})`)).toEqual([
      'onSuccess(Message)',
      'onError(number)',
    ]);
    const page = m.interfaces.find((i) => i.name === 'Page')!;
    expect(page.typeParams).toEqual(['T']);
    expect(page.fields.map((f) => `${f.name}${f.optional ? '?' : ''}: ${f.type}`)).toEqual(['items: T[]', 'next?: T | null']);
  });

  it('keeps literal unions, readonly arrays, optional tuple items and function aliases', () => {
    const opts = m.interfaces.find((i) => i.name === 'EngineOptions')!;
    expect(opts.fields.map((f) => f.type)).toEqual(['string', '0 | 1 | 2', 'string[]', '[string, number?]']);
    expect(m.aliases.map((a) => `${a.name} = ${a.type}`)).toEqual([
      'Handler = (message: Message, left: number) => void',
      'MessageId = number',
    ]);
  });

  it('treats callback objects (function members, method or property) as callback interfaces', () => {
    expect(m.callbacks.map((c) => c.name)).toEqual(['IConnectCallback', 'IGetMessageCallback', 'IObjectCallback']);
    const connect = m.callbacks.find((c) => c.name === 'IConnectCallback')!;
    expect(connect.members.map((x) => [x.name, x.optional, x.params.length])).toEqual([
      ['onDatabaseOpened', true, 1],
      ['onConnected', true, 2],
    ]);
  });

  it('reads a whole folder (native interfaces included) and is deterministic', () => {
    const folder = readApi(path.join(fixtures, 'basic'));
    expect(folder.callbacks.map((c) => c.name)).toContain('RCReactNativeIM');
    expect(folder.interfaces.map((i) => i.name)).toEqual(
      expect.arrayContaining(['RCReactNativeIMCallEvents', 'RCReactNativeIMGlobalEvents', 'GetMessagePayload']),
    );
    const events = folder.interfaces.find((i) => i.name === 'RCReactNativeIMCallEvents')!;
    expect(events.fields[0].name).toBe('Connect:onDatabaseOpened');
    const files = ['native.ts', 'Engine.ts', 'Defines.ts', 'index.ts'].map((f) => path.join(fixtures, 'basic', f));
    expect(JSON.stringify(readApi(files))).toBe(JSON.stringify(folder));
  });
});

describe('readApi on a real class with bodies', () => {
  const m = readApi(path.join(fixtures, 'real-class', 'RCIMEngine.ts'));

  it('reads public signatures only, despite the unresolvable react-native import', () => {
    expect(cls(m).methods.map((x) => x.name)).toEqual(['changeLogLevel', 'create', 'done', 'join']);
    expect(cls(m).listeners.map((l) => l.setter)).toEqual(['setOnLevelChangedListener']);
  });

  it('records defaults (also unannotated ones) and uses the first overload', () => {
    const create = method(m, 'create');
    expect(create.params[1]).toMatchObject({ name: 'options', type: 'Options', optional: true, default: '{}' });
    expect(method(m, 'changeLogLevel').params[1]).toMatchObject({ name: 'verbose', type: 'boolean', optional: true, default: 'false' });
    const join = method(m, 'join');
    expect(join.params.map((p) => [p.name, p.optional, p.default])).toEqual([
      ['targetId', false, undefined],
      ['count', true, undefined],
    ]);
    expect(join.docs.summary).toBe('The overload is what callers see.');
    expect(method(m, 'done').params[0].kind).toBe('callback');
  });
});

describe('readApi errors', () => {
  const reason = (input: string | string[]) => {
    try {
      readApi(input);
    } catch (e) {
      expect(e).toBeInstanceOf(ApiReadError);
      expect((e as Error).message).not.toContain('\n');
      return (e as Error).message;
    }
    throw new Error('expected readApi to throw');
  };

  it('reports a missing path, an empty folder and a non-TypeScript file', () => {
    expect(reason('/no/such/spec')).toBe('no such file or folder: /no/such/spec');
    const empty = tempSpec({ 'notes.md': '# nothing' });
    expect(reason(empty)).toMatch(/^no TypeScript files in /);
    expect(reason(path.join(empty, 'notes.md'))).toMatch(/^not a TypeScript file/);
    expect(reason([])).toBe('no input given');
  });

  it('reports a syntax error with file and line', () => {
    const dir = tempSpec({ 'a.ts': 'export interface A {\n  x: string;\n  y: = 3;\n}\n' });
    expect(reason(dir)).toMatch(/a\.ts:3: syntax error: /);
  });

  it('reports malformed or dangling doc tags with the line to fix', () => {
    const bad = (doc: string) =>
      tempSpec({ 'e.ts': `export declare class E {\n  /**\n   * ${doc}\n   */\n  f(count: number): Promise<number>;\n  setOnXListener(l?: () => void): void;\n}\n` });
    expect(reason(bad('@limit count 1..x'))).toMatch(/e\.ts:5: @limit count: unknown rule "1..x"/);
    expect(reason(bad('@limit size 1..2'))).toMatch(/e\.ts:5: f: @limit names "size", which is not a parameter/);
    expect(reason(bad('@code zero SUCCESS'))).toMatch(/@code must be/);
    expect(reason(bad('@listener setOnYListener'))).toMatch(/@listener setOnYListener is not a listener setter/);
    expect(() => readApi(bad('@listener setOnXListener\n * @limit count 1..20'))).not.toThrow();
  });

  it('skips test files when reading a folder', () => {
    const dir = tempSpec({ 'a.ts': 'export enum A { X }\n', 'a.test.ts': 'this is not TypeScript at all (' });
    expect(readApi(dir).enums.map((e) => e.name)).toEqual(['A']);
  });
});
