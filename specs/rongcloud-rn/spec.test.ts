// Cross-checks the three spec files against each other with ts-morph: the engine (what apps call), the
// native module (what the wrapper calls) and the events (what native emits) must agree name for name and key
// for key, since the generator, the contracts and the fake native are all derived from them.
import * as path from 'path';
import { MethodSignature, Node, Project, PropertySignature, SourceFile, ts, Type } from 'ts-morph';

const dir = __dirname;
const project = new Project({
    compilerOptions: {
        strict: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.CommonJS,
        lib: ['lib.es2022.d.ts'],
        types: [],
        noEmit: true,
    },
    skipAddingFilesFromTsConfig: true,
});
const definesFile = project.addSourceFileAtPath(path.join(dir, 'RCIMDefines.ts'));
const engineFile = project.addSourceFileAtPath(path.join(dir, 'RCIMEngine.ts'));
const nativeFile = project.addSourceFileAtPath(path.join(dir, 'native.ts'));
const indexFile = project.addSourceFileAtPath(path.join(dir, 'index.ts'));

const unquote = (s: string) => s.replace(/^['"]|['"]$/g, '');
const pascal = (s: string) => s[0].toUpperCase() + s.slice(1);
// The wrapper declares Map where native sends a plain object; a Record on the native side is the same data.
const norm = (s: string) => s.replace(/\bMap</g, 'Record<').replace(/\s+/g, ' ');
const typeText = (t: Type, at: Node) => norm(t.getNonNullableType().getText(at, ts.TypeFormatFlags.UseFullyQualifiedType | ts.TypeFormatFlags.NoTruncation).replace(/import\("[^"]*"\)\./g, ''));

interface Field { name: string; optional: boolean; type: string }
interface Param { name: string; optional: boolean; type: string }

function paramsOf(node: MethodSignature | import('ts-morph').MethodDeclaration): Param[] {
    return node.getParameters().map((p) => ({ name: p.getName(), optional: p.isOptional(), type: typeText(p.getType(), p) }));
}

function payloadOf(prop: PropertySignature): Field[] {
    const lit = prop.getTypeNodeOrThrow();
    if (!Node.isTypeLiteral(lit)) throw new Error(`${prop.getName()}: payload is not a type literal`);
    return lit.getProperties().map((f) => ({ name: f.getName(), optional: f.hasQuestionToken(), type: typeText(f.getType(), f) }));
}

function eventMap(file: SourceFile, iface: string): Map<string, Field[]> {
    const out = new Map<string, Field[]>();
    for (const p of file.getInterfaceOrThrow(iface).getProperties()) {
        const name = unquote(p.getName());
        if (out.has(name)) throw new Error(`duplicate event ${name}`);
        out.set(name, payloadOf(p));
    }
    return out;
}

const nativeMethods = new Map<string, Param[]>();
const nativeDupes: string[] = [];
for (const m of nativeFile.getInterfaceOrThrow('RCReactNativeIM').getMethods()) {
    if (nativeMethods.has(m.getName())) nativeDupes.push(m.getName());
    nativeMethods.set(m.getName(), paramsOf(m));
}
const callEvents = eventMap(nativeFile, 'RCReactNativeIMCallEvents');
const globalEvents = eventMap(nativeFile, 'RCReactNativeIMGlobalEvents');
const engine = engineFile.getClassOrThrow('RCIMIWEngine');
const engineMethods = engine.getMethods();
const setters = engineMethods.filter((m) => /^setOn\w+Listener$/.test(m.getName()));
const backed = engineMethods.filter((m) => !/^setOn\w+Listener$/.test(m.getName()));
const hasEventId = (name: string) => nativeMethods.get(name)?.slice(-1)[0]?.name === 'eventId';
const tags = (m: Node & { getJsDocs(): import('ts-morph').JSDoc[] }, tag: string) =>
    m.getJsDocs().flatMap((d) => d.getTags()).filter((t) => t.getTagName() === tag).map((t) => (t.getCommentText() ?? '').trim());

describe('rongcloud-rn spec files', () => {
    it('compile under strict settings with no diagnostics', () => {
        const diags = project.getPreEmitDiagnostics().map((d) => `${d.getSourceFile()?.getBaseName()}: ${d.getMessageText()}`);
        expect(diags).toEqual([]);
    });

    it('index re-exports all three files', () => {
        const exported = [...indexFile.getExportedDeclarations().keys()];
        expect(exported).toEqual(expect.arrayContaining(['RCIMIWEngine', 'RCReactNativeIM', 'RCIMIWConversationType', 'IRCIMIWObjectCallback', 'RCReactNativeIMLegacy']));
        expect(indexFile.getExportDeclarations().map((e) => e.getModuleSpecifierValue()).sort()).toEqual(['./RCIMDefines', './RCIMEngine', './native']);
    });
});

describe('native module (native.ts)', () => {
    it('declares 133 methods, each once; 88 take a trailing eventId', () => {
        expect(nativeDupes).toEqual([]);
        expect(nativeMethods.size).toBe(133);
        expect([...nativeMethods.keys()].filter(hasEventId)).toHaveLength(88);
        for (const [name, params] of nativeMethods) {
            // eventId may only be the last argument.
            params.slice(0, -1).forEach((p) => expect(`${name}.${p.name}`).not.toBe(`${name}.eventId`));
            params.forEach((p) => expect(`${name}.${p.name}${p.optional ? '?' : ''}`).toBe(`${name}.${p.name}`));
        }
    });

    it('declares 132 per-call events named <PascalMethod>:<callback>, each carrying eventId and an optional iOS type', () => {
        expect(callEvents.size).toBe(132);
        const owners = new Set<string>();
        for (const [name, fields] of callEvents) {
            const m = /^([A-Z]\w*):(on[A-Z]\w*)$/.exec(name);
            expect(m).not.toBeNull();
            const method = m![1][0].toLowerCase() + m![1].slice(1);
            expect(`${name} -> ${hasEventId(method)}`).toBe(`${name} -> true`);
            owners.add(method);
            expect(fields[0]).toEqual({ name: 'eventId', optional: false, type: 'string' });
            expect(fields[1]).toEqual({ name: 'type', optional: true, type: 'string' });
            expect(fields.length).toBeGreaterThan(2);
        }
        // Every eventId method has at least one event.
        expect([...nativeMethods.keys()].filter(hasEventId).filter((n) => !owners.has(n))).toEqual([]);
    });

    it('declares 114 global events IRCIMIWListener:<name> without eventId', () => {
        expect(globalEvents.size).toBe(114);
        for (const [name, fields] of globalEvents) {
            expect(name).toMatch(/^IRCIMIWListener:on[A-Z]\w*$/);
            expect(fields.map((f) => f.name)).not.toContain('eventId');
            expect(fields.length).toBeGreaterThan(0);
        }
    });

    it('declares the methods and events of older wrappers separately', () => {
        const legacy = nativeFile.getInterfaceOrThrow('RCReactNativeIMLegacy').getMethods();
        expect(legacy.map((m) => [m.getName(), paramsOf(m).map((p) => p.name)])).toEqual([
            ['loadAllChatRoomEntries', ['targetId']],
            ['removeUltraGroupMessageExpansion', ['messageUId', 'keys']],
        ]);
        for (const m of legacy) expect(nativeMethods.has(m.getName())).toBe(false);
        const legacyEvents = eventMap(nativeFile, 'RCReactNativeIMLegacyGlobalEvents');
        expect([...legacyEvents.keys()].sort()).toEqual([
            'IRCIMIWListener:onAllChatRoomEntriesLoaded',
            'IRCIMIWListener:onMessageCleared',
            'IRCIMIWListener:onUltraGroupMessageExpansionRemoved',
        ]);
        for (const name of legacyEvents.keys()) expect(globalEvents.has(name)).toBe(false);
    });
});

describe('engine (RCIMEngine.ts) against native', () => {
    it('has 133 native-backed members and 114 listener setters, all distinct', () => {
        expect(backed).toHaveLength(133);
        expect(setters).toHaveLength(114);
        expect(new Set(engineMethods.map((m) => m.getName())).size).toBe(247);
        expect(backed.filter((m) => m.isStatic()).map((m) => m.getName())).toEqual(['create']);
    });

    it('passes every backed method to the native method of the same name: engine params minus callback, plus eventId', () => {
        for (const m of backed) {
            const name = m.getName();
            const native = nativeMethods.get(name);
            expect(`${name}: ${native ? 'present' : 'missing'}`).toBe(`${name}: present`);
            const own = paramsOf(m);
            const cb = own.filter((p) => p.name === 'callback');
            // A callback exists exactly where native takes an eventId; it is the last, optional parameter.
            expect(`${name}: ${cb.length}`).toBe(`${name}: ${hasEventId(name) ? 1 : 0}`);
            if (cb.length) expect(own[own.length - 1]).toMatchObject({ name: 'callback', optional: true });
            const expected = own.filter((p) => p.name !== 'callback').map((p) => `${p.name}: ${p.type}`);
            if (hasEventId(name)) expected.push('eventId: string');
            expect([name, native!.map((p) => `${p.name}: ${p.type}`)]).toEqual([name, expected]);
        }
    });

    it('declares the documented return types', () => {
        const ret = (n: string) => engine.getMethodOrThrow(n).getReturnTypeNodeOrThrow().getText();
        expect(ret('create')).toBe('RCIMIWEngine');
        expect(engine.getMethodOrThrow('create').getParameters()[1].isOptional()).toBe(true);
        for (const m of backed.filter((x) => /^create\w+Message$/.test(x.getName()))) {
            expect(m.getReturnTypeNodeOrThrow().getText()).toBe(`Promise<RCIMIW${m.getName().slice(6)}>`);
        }
        expect(backed.filter((x) => /^create\w+Message$/.test(x.getName()))).toHaveLength(9);
        const numeric = backed.filter((x) => x.getName() !== 'create' && !/^create\w+Message$/.test(x.getName()));
        for (const m of numeric) expect(`${m.getName()}: ${m.getReturnTypeNodeOrThrow().getText()}`).toBe(`${m.getName()}: Promise<number>`);
    });

    it('types exactly the 4 converted parameters as Map<string, string>', () => {
        const maps = backed.flatMap((m) => m.getParameters().filter((p) => /\bMap</.test(p.getTypeNodeOrThrow().getText())).map((p) => `${m.getName()}.${p.getName()}: ${p.getTypeNodeOrThrow().getText()}`));
        expect(maps.sort()).toEqual([
            'addChatRoomEntries.entries: Map<string, string>',
            'createCustomMessage.fields: Map<string, string>',
            'updateMessageExpansion.expansion: Map<string, string>',
            'updateUltraGroupMessageExpansion.expansion: Map<string, string>',
        ]);
    });

    it('maps every listener setter to a global event whose keys are the listener parameters, in order', () => {
        const seen = new Set<string>();
        for (const s of setters) {
            const event = `IRCIMIWListener:on${s.getName().slice(5, -8)}`;
            const payload = globalEvents.get(event);
            expect(`${s.getName()} -> ${payload ? event : 'missing'}`).toBe(`${s.getName()} -> ${event}`);
            seen.add(event);
            const [listener] = s.getParameters();
            expect(s.getParameters()).toHaveLength(1);
            expect(listener.getName()).toBe('listener');
            expect(listener.isOptional()).toBe(true);
            const fn = listener.getTypeNodeOrThrow();
            if (!Node.isFunctionTypeNode(fn)) throw new Error(`${s.getName()}: listener is not a function type`);
            const params = fn.getParameters().map((p) => `${p.getName()}: ${typeText(p.getType(), p)}`);
            expect([s.getName(), params]).toEqual([s.getName(), payload!.map((f) => `${f.name}: ${f.type}`)]);
        }
        expect(seen.size).toBe(globalEvents.size);
    });

    it('maps every callback member to a per-call event whose keys (minus eventId/type) are its parameters, in order', () => {
        const covered = new Set<string>();
        for (const m of backed) {
            const cb = m.getParameter('callback');
            if (!cb) continue;
            const cbType = cb.getType().getNonNullableType();
            const members = cbType.getProperties();
            expect(members.length).toBeGreaterThan(0);
            for (const sym of members) {
                const event = `${pascal(m.getName())}:${sym.getName()}`;
                const payload = callEvents.get(event);
                expect(`${m.getName()}.${sym.getName()} -> ${payload ? event : 'missing'}`).toBe(`${m.getName()}.${sym.getName()} -> ${event}`);
                covered.add(event);
                const fnType = sym.getTypeAtLocation(cb).getNonNullableType();
                const [sig] = fnType.getCallSignatures();
                expect(sym.isOptional()).toBe(true);
                const params = sig.getParameters().map((p) => `${p.getName()}: ${typeText(p.getTypeAtLocation(cb), cb)}`);
                const keys = payload!.filter((f) => f.name !== 'eventId' && f.name !== 'type').map((f) => `${f.name}: ${f.type}`);
                expect([event, params]).toEqual([event, keys]);
            }
        }
        expect([...callEvents.keys()].filter((e) => !covered.has(e))).toEqual([]);
    });
});

describe('JSDoc tags the generator reads', () => {
    const setterNames = new Set(setters.map((s) => s.getName()));
    const limitRule = /^(\w+) (-?\d+\.\.-?\d+|length<=\d+|length=\d+\.\.\d+|items<=\d+|pattern=\/.+\/)( - \S.*)?$/;

    it('documents every member with a summary and one @param per parameter, in order', () => {
        for (const m of engineMethods) {
            const [doc] = m.getJsDocs();
            expect(`${m.getName()}: ${doc ? doc.getDescription().trim().length > 10 : 'no doc'}`).toBe(`${m.getName()}: true`);
            // @param tags carry the name separately from their text.
            const paramTags = m.getJsDocs().flatMap((d) => d.getTags()).filter(Node.isJSDocParameterTag);
            expect([m.getName(), paramTags.map((t) => t.getName())]).toEqual([m.getName(), m.getParameters().map((p) => p.getName())]);
            paramTags.forEach((t) => expect(`${m.getName()}.${t.getName()}: ${(t.getCommentText() ?? '').trim().length > 2}`).toBe(`${m.getName()}.${t.getName()}: true`));
        }
    });

    it('names existing setters in @listener: the live one for load methods, deprecated ones for callback methods', () => {
        const deprecatedSetters = new Set(setters.filter((s) => tags(s, 'deprecated').length).map((s) => s.getName()));
        for (const m of backed) {
            const listeners = tags(m, 'listener');
            listeners.forEach((l) => expect(`${m.getName()} -> ${l}: ${setterNames.has(l)}`).toBe(`${m.getName()} -> ${l}: true`));
            if (/^load[A-Z]/.test(m.getName())) {
                expect(listeners).toHaveLength(1);
                expect(deprecatedSetters.has(listeners[0])).toBe(false);
            }
        }
        expect(backed.filter((m) => /^load[A-Z]/.test(m.getName()))).toHaveLength(30);
        // Each deprecated listener is named by the callback method that supersedes it.
        const named = new Set(backed.flatMap((m) => (m.getParameter('callback') ? tags(m, 'listener') : [])));
        expect([...deprecatedSetters].filter((s) => !named.has(s))).toEqual([]);
    });

    it('marks exactly the 62 listeners the RN module never emits as @deprecated, saying why', () => {
        const dep = setters.filter((s) => tags(s, 'deprecated').length);
        expect(dep).toHaveLength(62);
        for (const s of dep) expect(tags(s, 'deprecated')[0]).toMatch(/^never emitted through the RN module/);
    });

    it('writes @code as "<number> <NAME> <when>", 0 first and each number once per method', () => {
        for (const m of backed) {
            const codes = tags(m, 'code');
            codes.forEach((c) => expect(c).toMatch(/^-?\d+ [A-Z][A-Z0-9_]* \S/));
            const nums = codes.map((c) => Number(c.split(' ')[0]));
            expect([m.getName(), new Set(nums).size]).toEqual([m.getName(), nums.length]);
            if (m.getName() !== 'create' && !/^create\w+Message$/.test(m.getName())) expect([m.getName(), nums[0]]).toEqual([m.getName(), 0]);
        }
        const conn = tags(engine.getMethodOrThrow('connect'), 'code').map((c) => c.split(' ')[0]);
        expect(conn).toEqual(expect.arrayContaining(['0', '-101', '31004', '34001', '34006']));
    });

    it('writes @limit in the rule grammar, on an existing parameter', () => {
        let count = 0;
        for (const m of backed) {
            const names = m.getParameters().map((p) => p.getName());
            for (const l of tags(m, 'limit')) {
                count++;
                const r = limitRule.exec(l);
                expect(`${m.getName()}: ${l} -> ${r ? 'ok' : 'bad'}`).toBe(`${m.getName()}: ${l} -> ok`);
                expect(names).toContain(r![1]);
                const range = /^(-?\d+)\.\.(-?\d+)$/.exec(r![2]) ?? /^length=(\d+)\.\.(\d+)$/.exec(r![2]);
                if (range) expect(Number(range[1])).toBeLessThanOrEqual(Number(range[2]));
                const pat = /^pattern=\/(.+)\/$/.exec(r![2]);
                if (pat) expect(() => new RegExp(pat[1])).not.toThrow();
            }
        }
        expect(count).toBeGreaterThan(50);
        const limits = (n: string) => tags(engine.getMethodOrThrow(n), 'limit');
        expect(limits('loadMessages')).toContain('count 1..20');
        expect(limits('addChatRoomEntry')).toContain('value length<=4096');
        expect(limits('joinChatRoom')).toContain('messageCount -1..50');
    });
});

describe('enums (RCIMDefines.ts)', () => {
    // Ordinals as native sends and accepts them (checked against the Android jar); order here = value.
    const expected: Record<string, string[]> = {
        RCIMIWConversationType: ['INVALID', 'PRIVATE', 'GROUP', 'CHATROOM', 'SYSTEM', 'ULTRA_GROUP'],
        RCIMIWMessageType: ['UNKNOWN', 'CUSTOM', 'TEXT', 'VOICE', 'IMAGE', 'FILE', 'SIGHT', 'GIF', 'RECALL', 'REFERENCE', 'COMMAND', 'COMMAND_NOTIFICATION', 'LOCATION'],
        RCIMIWSentStatus: ['SENDING', 'FAILED', 'SENT', 'RECEIVED', 'READ', 'DESTROYED', 'CANCELED'],
        RCIMIWReceivedStatus: ['UNREAD', 'READ', 'LISTENED', 'DOWNLOADED', 'RETRIEVED', 'MULTIPLE_RECEIVE'],
        RCIMIWMessageDirection: ['SEND', 'RECEIVE'],
        RCIMIWConnectionStatus: ['NETWORK_UNAVAILABLE', 'CONNECTED', 'CONNECTING', 'UNCONNECTED', 'KICKED_OFFLINE_BY_OTHER_CLIENT', 'TOKEN_INCORRECT', 'CONN_USER_BLOCKED', 'SIGN_OUT', 'SUSPEND', 'TIMEOUT', 'UNKNOWN'],
        RCIMIWTimeOrder: ['BEFORE', 'AFTER'],
        RCIMIWMessageOperationPolicy: ['LOCAL', 'REMOTE', 'LOCAL_REMOTE'],
        RCIMIWCustomMessagePolicy: ['COMMAND', 'NORMAL', 'STATUS', 'STORAGE'],
        RCIMIWPushNotificationLevel: ['ALL_MESSAGE', 'NONE', 'MENTION', 'MENTION_USERS', 'MENTION_ALL', 'BLOCKED'],
        RCIMIWBlacklistStatus: ['UNKNOWN', 'IN_BLACKLIST', 'NOT_IN_BLACKLIST'],
        RCIMIWChatRoomStatus: ['RESET', 'DESTROY_MANUAL', 'DESTROY_AUTO'],
        RCIMIWLogLevel: ['NONE', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'VERBOSE'],
        RCIMIWMentionedType: ['ALL', 'PART'],
        RCIMIWChatRoomEntriesOperationType: ['Update', 'Remove'],
        RCIMIWPushNotificationQuietHoursLevel: ['NONE', 'MENTION_MESSAGE', 'BLOCKED'],
        RCIMIWChatRoomMemberActionType: ['UNKNOWN', 'JOIN', 'LEAVE'],
        RCIMIWMessageBlockType: ['UNKNOWN', 'GLOBAL', 'CUSTOM', 'THIRD_PARTY'],
        RCIMIWUltraGroupTypingStatus: ['TEXT'],
        RCIMIWErrorCode: ['SUCCESS', 'PARAM_ERROR', 'ENGINE_DESTROYED', 'NATIVE_OPERATION_ERROR', 'RESULT_UNKNOWN'],
        RCIMIWImportanceHW: ['NORMAL', 'LOW'],
        RCIMIWVIVOPushType: ['OPERATE', 'SYSTEM'],
    };

    it('gives every member of every enum an explicit numeric value', () => {
        const enums = definesFile.getEnums();
        expect(enums.length).toBe(Object.keys(expected).length);
        for (const e of enums) {
            for (const member of e.getMembers()) {
                const init = member.getInitializer();
                expect(`${e.getName()}.${member.getName()}: ${init ? Node.isNumericLiteral(init) : 'implicit'}`).toBe(`${e.getName()}.${member.getName()}: true`);
            }
        }
    });

    it('uses the native ordinals', () => {
        for (const e of definesFile.getEnums()) {
            const actual = e.getMembers().map((m) => [m.getName(), m.getValue()]);
            expect([e.getName(), actual]).toEqual([e.getName(), (expected[e.getName()] ?? []).map((n, i) => [n, i])]);
        }
    });
});

describe('callback interfaces (RCIMDefines.ts)', () => {
    it('declares only optional, void members whose parameters are named like payload keys', () => {
        const cbs = definesFile.getInterfaces().filter((i) => /^IRCIMIW\w+(Callback|Listener)$/.test(i.getName()));
        expect(cbs.length).toBe(88);
        for (const i of cbs) {
            for (const m of i.getMethods()) {
                expect(`${i.getName()}.${m.getName()}?: ${m.hasQuestionToken()}`).toBe(`${i.getName()}.${m.getName()}?: true`);
                expect(m.getReturnTypeNodeOrThrow().getText()).toBe('void');
                expect(m.getName()).toMatch(/^on[A-Z]/);
            }
        }
    });
});
