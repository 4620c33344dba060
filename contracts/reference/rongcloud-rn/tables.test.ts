// The tables against facts counted in the boundary doc (§2-4), independent of how the rows were written.
import { NATIVE_METHODS } from './native-methods';
import { LISTENERS } from './listeners';

const pascal = (s: string) => s[0].toUpperCase() + s.slice(1);

describe('native method table', () => {
  it('has the 133 native methods once each', () => {
    expect(NATIVE_METHODS).toHaveLength(133);
    expect(new Set(NATIVE_METHODS.map((r) => r.name)).size).toBe(133);
  });

  it('passes an eventId on exactly the 88 methods that have per-call callbacks', () => {
    const withId = NATIVE_METHODS.filter((r) => r.eventId);
    expect(withId).toHaveLength(88);
    for (const r of NATIVE_METHODS) expect(Boolean(r.eventId)).toBe(Boolean(r.callbacks?.length));
  });

  it('gives the 30 load* methods neither eventId nor callbacks', () => {
    const loads = NATIVE_METHODS.filter((r) => r.name.startsWith('load'));
    expect(loads).toHaveLength(30);
    for (const r of loads) expect([r.eventId, r.callbacks]).toEqual([undefined, undefined]);
  });

  it('names every per-call event <PascalMethod>:<callback>, 132 distinct names', () => {
    const events = NATIVE_METHODS.flatMap((r) => (r.callbacks ?? []).map((c) => ({ r, c })));
    for (const { r, c } of events) expect(c.event).toBe(`${pascal(r.name)}:${c.callback}`);
    expect(new Set(events.map((e) => e.c.event)).size).toBe(132);
  });

  it('converts exactly the 4 documented Map parameters', () => {
    const maps = NATIVE_METHODS.flatMap((r) => (r.maps ?? []).map((m) => `${r.name}.${m}`));
    expect(maps.sort()).toEqual([
      'addChatRoomEntries.entries',
      'createCustomMessage.fields',
      'updateMessageExpansion.expansion',
      'updateUltraGroupMessageExpansion.expansion',
    ]);
    for (const r of NATIVE_METHODS) for (const m of r.maps ?? []) expect(r.params).toContain(m);
  });

  it('keeps only the two progress subscriptions', () => {
    const kept = NATIVE_METHODS.flatMap((r) => r.callbacks ?? []).filter((c) => c.keepSubscription);
    expect(kept.map((c) => c.event).sort()).toEqual([
      'DownloadMediaMessage:onMediaMessageDownloading',
      'SendMediaMessage:onMediaMessageSending',
    ]);
  });

  it('has the documented argument orders of a few tricky methods', () => {
    const params = (n: string) => NATIVE_METHODS.find((r) => r.name === n)?.params;
    expect(params('searchMessagesByUserId')).toEqual(['userId', 'type', 'targetId', 'channelId', 'startTime', 'count']);
    expect(params('loadMessages')).toEqual(['type', 'targetId', 'channelId', 'sentTime', 'order', 'policy', 'count']);
    expect(params('joinChatRoom')).toEqual(['targetId', 'messageCount', 'autoCreate']);
    expect(params('addChatRoomEntries')).toEqual(['targetId', 'entries', 'deleteWhenLeft', 'overwrite']);
  });
});

describe('listener table', () => {
  it('has the 114 global events once each, with setOn<Name>Listener setters', () => {
    expect(LISTENERS).toHaveLength(114);
    expect(new Set(LISTENERS.map((l) => l.name)).size).toBe(114);
    for (const l of LISTENERS) expect(l.setter).toBe(`setOn${l.name.slice(2)}Listener`);
  });

  it('turns the 9 documented fields of 8 events into Maps', () => {
    const withMaps = LISTENERS.filter((l) => l.mapFields?.length);
    expect(withMaps).toHaveLength(8);
    expect(withMaps.flatMap((l) => l.mapFields ?? [])).toHaveLength(9);
    for (const l of withMaps) for (const f of l.mapFields ?? []) expect(l.fields).toContain(f);
  });

  it('hands onMessageReceived its four fields in listener order', () => {
    expect(LISTENERS.find((l) => l.name === 'onMessageReceived')?.fields).toEqual([
      'message', 'left', 'offline', 'hasPackage',
    ]);
  });
});
