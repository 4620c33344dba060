import { KV_MAX_BATCH, isValidKey, isValidValue, removeEntries, setEntries } from '../cloud/chatroom-kv';
import { RC } from '../codes';
import { askCloud, chatRoomState, chatRoomsOf } from './chatroom';
import type { RongCloudEngine } from './engine';

/**
 * Chatroom KV on the device. Writes go to the cloud (which owns the rules); the caller's local copy takes
 * the answer. Reads are local, from the copy the join synced: 34004 while that sync is on its way.
 *
 * Argument rules checked here, before anything is sent (the SDK checks them locally): a key of 1-128
 * letters, digits and `+ = - _`, a value of 1-4096 characters, batches of at most 10. A bad key or value
 * answers the IMLib invalid-parameter code through the callback (34260 key, 34262 value; 34263 / 34261
 * for a batch), leaving everything untouched; an empty room id or empty batch is -101 at the facade.
 */
export function addEntries(
  engine: RongCloudEngine, roomId: string, items: ReadonlyArray<readonly [string, string]>, deleteWhenLeft: boolean, overwrite: boolean,
  batch: boolean, done: (code: number, errors: Record<string, number>) => void,
): void {
  if (batch && items.length > KV_MAX_BATCH) return done(RC.KV_STORE_OUT_OF_LIMIT, {});
  for (const [key, value] of items) {
    if (!isValidKey(key)) return done(batch ? RC.INVALID_PARAMETER_ENTRIES : RC.INVALID_PARAMETER_KEY, {});
    if (!isValidValue(value)) return done(batch ? RC.INVALID_PARAMETER_ENTRIES : RC.INVALID_PARAMETER_VALUE, {});
  }
  if (!engine.hasStore) return done(RC.CLIENT_NOT_INIT, {});
  askCloud(
    engine,
    () => setEntries(chatRoomsOf(engine), engine, roomId, items, deleteWhenLeft, overwrite, batch),
    (answer) => {
      const room = chatRoomState(engine).joined.get(roomId);
      if (room) for (const [key, value] of Object.entries(answer.changed)) room.kv.set(key, value);
      done(answer.code, answer.errors);
    },
    (code) => done(code, {}),
  );
}

export function removeKeys(engine: RongCloudEngine, roomId: string, keys: readonly string[], force: boolean, batch: boolean, done: (code: number) => void): void {
  if (batch && new Set(keys).size > KV_MAX_BATCH) return done(RC.KV_STORE_OUT_OF_LIMIT);
  if (!keys.every(isValidKey)) return done(batch ? RC.INVALID_PARAMETER_KEYS : RC.INVALID_PARAMETER_KEY);
  if (!engine.hasStore) return done(RC.CLIENT_NOT_INIT);
  askCloud(
    engine,
    () => removeEntries(chatRoomsOf(engine), engine, roomId, keys, force, batch),
    (answer) => {
      const room = chatRoomState(engine).joined.get(roomId);
      if (room) for (const key of Object.keys(answer.changed)) room.kv.delete(key);
      done(answer.code);
    },
    done,
  );
}

/** The local copy of a room's KV: 23406 when this device is not in the room, 34004 before the join's sync. */
export function localEntries(engine: RongCloudEngine, roomId: string): { code: number; entries: ReadonlyMap<string, string> } {
  const state = chatRoomState(engine);
  const room = state.joined.get(roomId);
  if (room) return { code: RC.SUCCESS, entries: room.kv };
  return { code: state.joining.has(roomId) ? RC.KV_STORE_NOT_SYNC : RC.NOT_IN_CHATROOM, entries: new Map() };
}
