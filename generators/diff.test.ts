import { type ApiChange, diffApis } from './diff';
import { apiFromSource } from './testing/temp-api';

/** Diff of two versions of a class body (plus shared declarations), as [severity, kind, member, message]. */
function diffClass(oldBody: string, newBody: string, shared = ''): [string, string, string, string][] {
  const src = (body: string) => `${shared}\nexport declare class E {\n${body}\n}\n`;
  return rows(diffApis(apiFromSource(src(oldBody)), apiFromSource(src(newBody))));
}

function rows(changes: ApiChange[]): [string, string, string, string][] {
  return changes.map((c) => [c.severity, c.kind, c.class ? `${c.class}.${c.member}` : c.member, c.message]);
}

describe('diffApis: methods and parameters', () => {
  it('reports removed and added methods, with a rename hint when names share their words', () => {
    const changes = diffApis(
      apiFromSource('export declare class E { loadAllChatRoomEntries(id: string): Promise<number>; gone(): void; }'),
      apiFromSource('export declare class E { loadChatRoomAllEntries(id: string): Promise<number>; fresh(x: number): void; }'),
    );
    expect(rows(changes)).toEqual([
      ['breaking', 'method-removed', 'E.gone', 'method removed'],
      ['breaking', 'method-removed', 'E.loadAllChatRoomEntries', 'method removed (likely renamed to loadChatRoomAllEntries)'],
      ['compatible', 'method-added', 'E.fresh', 'method added'],
      ['compatible', 'method-added', 'E.loadChatRoomAllEntries', 'method added (likely renamed from loadAllChatRoomEntries)'],
    ]);
    const removed = changes.find((c) => c.member === 'loadAllChatRoomEntries')!;
    expect(removed).toMatchObject({ old: 'loadAllChatRoomEntries(id: string): Promise<number>', renamedTo: 'loadChatRoomAllEntries' });
    expect(removed.new).toBeUndefined();
  });

  it('classes parameter additions by optionality and position', () => {
    expect(diffClass('f(a: string): void;', 'f(a: string, cb?: () => void): void;')).toEqual([
      ['compatible', 'param-added', 'E.f', "optional parameter 'cb' added at the end"],
    ]);
    expect(diffClass('f(a: string): void;', 'f(a: string, b: number): void;')).toEqual([
      ['breaking', 'param-added', 'E.f', "required parameter 'b' added"],
    ]);
    expect(diffClass('f(a: string): void;', 'f(b?: number, a?: string): void;')).toEqual([
      ['breaking', 'param-added', 'E.f', "parameter 'b' inserted before 'a' (shifts later arguments)"],
      ['compatible', 'param-made-optional', 'E.f', "parameter 'a' made optional"],
    ]);
  });

  it('reports removed, reordered, retyped and renamed parameters', () => {
    expect(diffClass('f(a: string, b: number): void;', 'f(a: string): void;')).toEqual([
      ['breaking', 'param-removed', 'E.f', "parameter 'b' removed"],
    ]);
    expect(diffClass('f(a: string, b: number): void;', 'f(b: number, a: string): void;')).toEqual([
      ['breaking', 'param-reordered', 'E.f', 'parameters reordered: (a, b) -> (b, a)'],
    ]);
    expect(diffClass('f(a: string): void;', 'f(a: number): void;')).toEqual([
      ['breaking', 'param-retyped', 'E.f', "parameter 'a' retyped: string -> number"],
    ]);
    expect(diffClass('f(a: string): void;', 'f(a: string | number): void;')).toEqual([
      ['compatible', 'param-retyped', 'E.f', "parameter 'a' retyped: string -> number | string (widened)"],
    ]);
    expect(diffClass('f(a: string): void;', 'f(text: string): void;')).toEqual([
      ['compatible', 'param-renamed', 'E.f', "parameter 'a' renamed to 'text'"],
    ]);
  });

  it('reports optionality, return type, static and deprecation changes', () => {
    expect(diffClass('f(a?: string): void;', 'f(a: string): void;')).toEqual([
      ['breaking', 'param-made-required', 'E.f', "parameter 'a' made required"],
    ]);
    expect(diffClass('f(): Promise<number>;', 'f(): Promise<string>;')).toEqual([
      ['breaking', 'return-retyped', 'E.f', 'return type changed: Promise<number> -> Promise<string>'],
    ]);
    expect(diffClass('f(): void;', 'static f(): void;')).toEqual([
      ['breaking', 'method-static-changed', 'E.f', 'method made static'],
    ]);
    expect(diffClass('f(): void;', '/** @deprecated */ f(): void;')).toEqual([
      ['compatible', 'method-deprecated', 'E.f', 'method deprecated'],
    ]);
  });
});

describe('diffApis: listeners and callbacks', () => {
  it('treats a new leading listener parameter as breaking and a trailing one as compatible', () => {
    expect(diffClass('setOnJoinedListener(l?: (id: string) => void): void;', 'setOnJoinedListener(l?: (code: number, id: string) => void): void;')).toEqual([
      ['breaking', 'listener-param-added', 'E.setOnJoinedListener', "listener parameter 'code' inserted before 'id' (shifts later arguments)"],
    ]);
    expect(diffClass('setOnJoinedListener(l?: (id: string) => void): void;', 'setOnJoinedListener(l?: (id: string, at: number) => void): void;')).toEqual([
      ['compatible', 'listener-param-added', 'E.setOnJoinedListener', "listener parameter 'at' added at the end"],
    ]);
    expect(diffClass('setOnJoinedListener(l?: (id: string, n: number) => void): void;', 'setOnJoinedListener(l?: (id: number, n: number) => void): void;')).toEqual([
      ['breaking', 'listener-param-retyped', 'E.setOnJoinedListener', "listener parameter 'id' retyped: string -> number"],
    ]);
    expect(diffClass('setOnJoinedListener(l?: (id: string, n: number) => void): void;', 'setOnJoinedListener(l?: (id: string) => void): void;')).toEqual([
      ['breaking', 'listener-param-removed', 'E.setOnJoinedListener', "listener parameter 'n' removed"],
    ]);
  });

  it('reports listener setters removed (with rename hints) and added', () => {
    expect(
      diffClass(
        'setOnMessageClearedListener(l?: (code: number) => void): void;\nsetOnAListener(l?: () => void): void;',
        'setOnMessagesClearedListener(l?: (code: number) => void): void;\nsetOnBListener(l?: (x: string) => void): void;',
      ),
    ).toEqual([
      ['breaking', 'listener-removed', 'E.setOnAListener', 'listener setter removed'],
      ['breaking', 'listener-removed', 'E.setOnMessageClearedListener', 'listener setter removed (likely renamed to setOnMessagesClearedListener)'],
      ['compatible', 'listener-added', 'E.setOnBListener', 'listener setter added'],
      ['compatible', 'listener-added', 'E.setOnMessagesClearedListener', 'listener setter added (likely renamed from setOnMessageClearedListener)'],
    ]);
  });

  it('compares callback interface members and their parameters', () => {
    const v = (members: string) => apiFromSource(`export interface ICb {\n${members}\n}`);
    expect(rows(diffApis(v('onA?(code: number): void;\nonB?(): void;'), v('onA?(code: number, m: string): void;\nonC?(): void;\nonD(): void;')))).toEqual([
      ['breaking', 'callback-member-removed', 'ICb.onB', 'callback member onB removed (never called any more)'],
      ['breaking', 'callback-member-added', 'ICb.onD', 'required callback member onD added'],
      ['compatible', 'callback-param-added', 'ICb.onA', "onA: parameter 'm' added at the end"],
      ['compatible', 'callback-member-added', 'ICb.onC', 'optional callback member onC added'],
    ]);
    expect(rows(diffApis(v('onA?(): void;'), v('onA(): void;')))).toEqual([
      ['breaking', 'callback-member-made-required', 'ICb.onA', 'callback member onA made required'],
    ]);
  });
});

describe('diffApis: enums, interfaces and aliases', () => {
  it('reports enum members removed, renumbered and added', () => {
    const changes = diffApis(apiFromSource('export enum T { A, B, C }'), apiFromSource('export enum T { A, C = 1, D = 7 }'));
    expect(rows(changes)).toEqual([
      ['breaking', 'enum-member-removed', 'T.B', 'enum member B removed'],
      ['breaking', 'enum-member-renumbered', 'T.C', 'enum member C renumbered: 2 -> 1'],
      ['compatible', 'enum-member-added', 'T.D', 'enum member D added'],
    ]);
    expect(changes[1]).toMatchObject({ old: 'C = 2', new: 'C = 1' });
  });

  it('judges interface fields by the direction the type flows', () => {
    const shared = (msg: string, opts: string) =>
      `export interface Msg { ${msg} }\nexport interface Opts { ${opts} }\n` +
      'export declare class E { send(o: Opts): void; setOnMsgListener(l?: (m: Msg) => void): void; }';
    const changes = rows(
      diffApis(apiFromSource(shared('id: string; text: string; n?: number;', 'a: string;')), apiFromSource(shared('id: number; n?: number; extra: boolean; more?: string;', 'a: string; b: number; c?: number;'))),
    );
    expect(changes).toEqual([
      ['breaking', 'field-retyped', 'Msg.id', 'field id retyped: string -> number'],
      ['breaking', 'field-removed', 'Msg.text', 'field text removed'],
      ['breaking', 'field-added', 'Opts.b', 'required field b added to a type callers build'],
      ['compatible', 'field-added', 'Msg.extra', 'required field extra added (output-only type)'],
      ['compatible', 'field-added', 'Msg.more', 'optional field more added'],
      ['compatible', 'field-added', 'Opts.c', 'optional field c added'],
    ]);
  });

  it('reports whole declarations removed or added, and alias changes', () => {
    expect(rows(diffApis(apiFromSource('export interface A { x: string }\nexport type Id = string;'), apiFromSource('export enum B { X }\nexport type Id = number;')))).toEqual([
      ['breaking', 'interface-removed', 'A', 'interface A removed'],
      ['breaking', 'alias-retyped', 'Id', 'type Id changed: string -> number'],
      ['compatible', 'enum-added', 'B', 'enum B added'],
    ]);
  });
});
