// The committed RN contract is usable: every schema builds and parses, and the tables agree with the native
// boundary's known shape (133 native methods, 88 with eventId, 132 per-call events, 114 global events).
import * as c from './rongcloud-rn';

describe('contracts/generated/rongcloud-rn', () => {
  it('has the documented table sizes', () => {
    expect(c.sdk).toBe('rongcloud-rn');
    expect(c.engineClass).toBe('RCIMIWEngine');
    expect(Object.keys(c.nativeMethods)).toHaveLength(133);
    expect(Object.values(c.nativeMethods).filter((m) => m.eventId)).toHaveLength(88);
    expect(Object.keys(c.nativeCallEvents)).toHaveLength(132);
    expect(Object.keys(c.nativeGlobalEvents)).toHaveLength(114);
    expect(Object.keys(c.listenerSetters)).toHaveLength(114);
    expect(Object.keys(c.engineMethods)).toHaveLength(133);
  });

  it('builds every schema (lazy references resolve) and parses with it', () => {
    const all = [
      ...Object.values(c.schemas),
      ...Object.values(c.engineMethods).flatMap((m) => [m.args, m.result, ...m.params.map((p) => p.schema)]),
      ...Object.values(c.listenerSetters).flatMap((l) => l.params.map((p) => p.schema)),
      ...Object.values(c.nativeMethods).flatMap((m) => [m.args, m.result]),
      ...Object.values(c.nativeCallEvents),
      ...Object.values(c.nativeGlobalEvents),
    ];
    for (const schema of all) {
      for (const value of [undefined, null, 0, '', {}, []]) expect(typeof schema.safeParse(value).success).toBe('boolean');
    }
    const message = { conversationType: 1, messageType: 2, targetId: 'bob', messageId: 1, offLine: false, receivedTime: 0, sentTime: 0, direction: 0, text: 'hi' };
    expect(c.schemas.RCIMIWMessage.safeParse(message).success).toBe(true);
    expect(c.schemas.RCIMIWMessage.safeParse({ ...message, conversationType: 9 }).success).toBe(false);
  });

  it('links the tables: methods to native methods, call events to methods, listeners to global events', () => {
    expect(Object.keys(c.engineMethods).sort()).toEqual(Object.keys(c.nativeMethods).sort());
    const owned = Object.values(c.nativeMethods).flatMap((m) => m.callEvents);
    expect(owned.sort()).toEqual(Object.keys(c.nativeCallEvents).sort());
    for (const l of Object.values(c.listenerSetters)) expect(c.nativeGlobalEvents[`IRCIMIWListener:${l.event}`]).toBeDefined();
    for (const m of Object.values(c.engineMethods)) {
      for (const setter of m.listeners) expect(c.listenerSetters[setter]).toBeDefined();
    }
  });

  it('checks a real native call and its events', () => {
    expect(c.nativeMethods.connect.args.safeParse(['token', 10, '0.42']).success).toBe(true);
    expect(c.nativeMethods.connect.args.safeParse(['token', 10]).success).toBe(false);
    expect(c.nativeCallEvents['Connect:onConnected'].safeParse({ eventId: '0.42', code: 0, userId: 'bob' }).success).toBe(true);
    expect(c.engineMethods.addChatRoomEntries.params.find((p) => p.name === 'entries')).toMatchObject({ isMap: true });
    expect(c.codes[0]).toBe('SUCCESS');
  });
});
