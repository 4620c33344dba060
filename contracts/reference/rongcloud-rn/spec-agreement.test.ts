// The tables agree with the spec written independently in specs/rongcloud-rn (native.ts, RCIMEngine.ts).
import path from 'path';
import { Project, type InterfaceDeclaration } from 'ts-morph';
import { NATIVE_METHODS, SPECIAL_METHODS } from './native-methods';
import { LISTENERS, LISTENER_PREFIX } from './listeners';

const dir = path.join(__dirname, '../../../specs/rongcloud-rn');
const project = new Project({ skipAddingFilesFromTsConfig: true });
const native = project.addSourceFileAtPath(path.join(dir, 'native.ts'));
const engine = project.addSourceFileAtPath(path.join(dir, 'RCIMEngine.ts'));

/** Property name → payload keys, for the event-map interfaces. */
function eventKeys(i: InterfaceDeclaration): Map<string, string[]> {
  return new Map(
    i.getProperties().map((p) => [
      p.getName().replace(/^'|'$/g, ''),
      p.getType().getProperties().map((s) => s.getName()),
    ]),
  );
}

describe('tables vs spec', () => {
  it('native module: same 133 methods, same argument names and order, eventId last where due', () => {
    const methods = native.getInterfaceOrThrow('RCReactNativeIM').getMethods();
    const spec = Object.fromEntries(methods.map((m) => [m.getName(), m.getParameters().map((p) => p.getName())]));
    const ours = Object.fromEntries(NATIVE_METHODS.map((r) => [r.name, [...r.params, ...(r.eventId ? ['eventId'] : [])]]));
    expect(ours).toEqual(spec);
  });

  it('per-call events: same names, and every field we read is in the payload', () => {
    const spec = eventKeys(native.getInterfaceOrThrow('RCReactNativeIMCallEvents'));
    const ours = NATIVE_METHODS.flatMap((r) => r.callbacks ?? []);
    expect(new Set(ours.map((c) => c.event))).toEqual(new Set(spec.keys()));
    for (const c of ours) {
      expect([c.event, (spec.get(c.event) ?? []).filter((k) => k !== 'eventId' && k !== 'type').sort()])
        .toEqual([c.event, [...c.fields].sort()]);
    }
  });

  it('global events: same names and fields in listener order', () => {
    const spec = eventKeys(native.getInterfaceOrThrow('RCReactNativeIMGlobalEvents'));
    const ours = new Map(LISTENERS.map((l) => [LISTENER_PREFIX + l.name, [...l.fields]]));
    expect(ours).toEqual(spec);
  });

  it('wrapper class: same methods and setters, user params in order, callback object last', () => {
    const cls = engine.getClassOrThrow('RCIMIWEngine');
    const spec = Object.fromEntries(
      cls.getMethods().filter((m) => !m.isStatic()).map((m) => [m.getName(), m.getParameters().map((p) => p.getName())]),
    );
    const ours: Record<string, string[]> = {};
    for (const r of NATIVE_METHODS) {
      if (r.name !== 'create') ours[r.name] = [...r.params, ...(r.callbacks ? ['callback'] : [])];
    }
    for (const l of LISTENERS) ours[l.setter] = ['listener'];
    expect(ours).toEqual(spec);
    expect(cls.getStaticMethodOrThrow('create').getParameters().map((p) => p.getName())).toEqual(['appKey', 'options']);
    expect(SPECIAL_METHODS.has('create')).toBe(true);
  });

  it('callback interfaces declare exactly the callbacks we route', () => {
    for (const r of NATIVE_METHODS.filter((row) => row.callbacks)) {
      const method = engine.getClassOrThrow('RCIMIWEngine').getMethodOrThrow(r.name);
      const cbType = method.getParameters().at(-1)!.getType().getNonNullableType();
      const names = cbType.getProperties().map((s) => s.getName()).sort();
      expect([r.name, names]).toEqual([r.name, [...new Set(r.callbacks!.map((c) => c.callback))].sort()]);
    }
  });
});
