import { RC } from '../codes';
import type { ChatRoom, ChatRooms } from './chatrooms';
import type { CloudClient } from './client';

/**
 * Chatroom custom attributes (KV) of one room, with RongCloud's rules (seed 004 L5166-5585 and the
 * native headers, see the status-code reference): at most 100 keys per room, batches of at most 10,
 * at most 100 set/remove operations per second per room, and key ownership.
 */
export const KV_MAX_KEYS = 100;
export const KV_MAX_BATCH = 10;
export const KV_OPS_PER_SECOND = 100;
export const KV_KEY_MAX_LENGTH = 128;
export const KV_VALUE_MAX_LENGTH = 4096;

/** RCIMIWChatRoomEntriesOperationType ordinals (PascalCase in the RN wrapper). */
export const ChatRoomEntriesOperationType = { Update: 0, Remove: 1 } as const;

/** Letters, digits and `+ = - _` (L5198 keeps only `+ =` after OCR; the SDK comment lists all four). */
const KEY_PATTERN = /^[A-Za-z0-9+=\-_]+$/;

export function isValidKey(key: unknown): key is string {
  return typeof key === 'string' && key.length >= 1 && key.length <= KV_KEY_MAX_LENGTH && KEY_PATTERN.test(key);
}

/** Up to 4096 characters (L5199). An empty value is refused too: the SDK sets no attribute without a value. */
export function isValidValue(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= KV_VALUE_MAX_LENGTH;
}

export interface KvEntry {
  value: string;
  /** The user who set the current value: only they may plain-set or plain-remove it. */
  setter: string;
  /** Removed when the setter leaves the room or drops offline (L5200). */
  deleteWhenLeft: boolean;
  time: number;
}

/** What a set or remove did: the keys it changed (with their values) and the per-key failures. */
export interface KvOutcome {
  changed: Record<string, string>;
  errors: Record<string, number>;
}

export class ChatRoomKV {
  readonly entries = new Map<string, KvEntry>();
  /** Times of the operations counted in the last second (one per key touched, L5180). */
  private readonly window: number[] = [];

  /** Counts `n` operations at `now`; false (and nothing counted) when that would exceed 100 in a second. */
  takeOperations(now: number, n: number): boolean {
    while (this.window.length > 0 && this.window[0] <= now - 1000) this.window.shift();
    if (this.window.length + n > KV_OPS_PER_SECOND) return false;
    for (let i = 0; i < n; i++) this.window.push(now);
    return true;
  }

  /**
   * Sets keys in order. `overwrite: false` is a plain set (a new key, or one the caller set), `true` a
   * forced set; a new key beyond the 100th fails with 23423.
   */
  set(userId: string, items: ReadonlyArray<readonly [string, string]>, deleteWhenLeft: boolean, overwrite: boolean, now: number): KvOutcome {
    const outcome: KvOutcome = { changed: {}, errors: {} };
    for (const [key, value] of items) {
      const current = this.entries.get(key);
      if (current && current.setter !== userId && !overwrite) {
        outcome.errors[key] = RC.KV_TRY_OVERWRITE_INVALID_KEY;
        continue;
      }
      if (!current && this.entries.size >= KV_MAX_KEYS) {
        outcome.errors[key] = RC.KV_EXCEED_MAX_SIZE;
        continue;
      }
      this.entries.set(key, { value, setter: userId, deleteWhenLeft, time: now });
      outcome.changed[key] = value;
    }
    return outcome;
  }

  /**
   * Removes keys. A plain remove takes only the caller's own keys; someone else's key answers 23424 (the
   * reference names no separate code for a refused delete; 23424 is its "may not touch this key" code).
   * `force` removes any key. A missing key gives 23427.
   */
  remove(userId: string, keys: readonly string[], force: boolean): KvOutcome {
    const outcome: KvOutcome = { changed: {}, errors: {} };
    for (const key of keys) {
      const current = this.entries.get(key);
      if (!current) outcome.errors[key] = RC.KV_KEY_NOT_EXIST;
      else if (current.setter !== userId && !force) outcome.errors[key] = RC.KV_TRY_OVERWRITE_INVALID_KEY;
      else {
        this.entries.delete(key);
        outcome.changed[key] = current.value;
      }
    }
    return outcome;
  }

  /** Drops the auto-delete keys of a user who left or went offline; returns the keys removed. */
  removeAutoDeleteOf(userId: string): string[] {
    const removed: string[] = [];
    for (const [key, entry] of this.entries) {
      if (entry.setter === userId && entry.deleteWhenLeft) removed.push(key);
    }
    for (const key of removed) this.entries.delete(key);
    return removed;
  }

  /** The keys and values, as a fresh plain object (the shape every RN payload uses). */
  snapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, entry] of this.entries) out[key] = entry.value;
    return out;
  }
}

/** One call's overall code: 0 when every key succeeded, else the key's own code (single) or 23428 (batch). */
export function overallCode(outcome: KvOutcome, batch: boolean): number {
  const failed = Object.values(outcome.errors);
  if (failed.length === 0) return RC.SUCCESS;
  return batch ? RC.KV_STORE_NOT_ALL_SUCCESS : failed[0];
}

// ---- the KV requests the cloud serves -----------------------------------------------------------

export interface KvAnswer {
  code: number;
  /** Per-key failure codes (batches report them when the overall code is 23428). */
  errors: Record<string, number>;
  /** The keys the call changed, with their values (removed ones with their last value). */
  changed: Record<string, string>;
}

const refused = (code: number): KvAnswer => ({ code, errors: {}, changed: {} });

/** The checks every client KV write passes first: session, planned fault, service, membership, batch size, rate. */
function admit(area: ChatRooms, client: CloudClient, roomId: string, operation: string, keys: number): { room: ChatRoom; userId: string } | number {
  const userId = area.userOf(client);
  if (userId === undefined) return RC.CHANNEL_INVALID;
  const planned = area.cloud.faults.take(operation, userId);
  if (planned !== null) return planned;
  if (!area.settings.kvEnabled) return RC.KV_STORE_NOT_AVAILABLE;
  const room = area.rooms.get(roomId);
  if (!room || !room.members.has(userId)) return RC.NOT_IN_CHATROOM;
  if (keys > KV_MAX_BATCH) return RC.KV_STORE_OUT_OF_LIMIT;
  if (!room.kv.takeOperations(area.now(), keys)) return RC.KV_EXCEED_MAX_CALL_API_SIZE;
  return { room, userId };
}

/** addChatRoomEntry / addChatRoomEntries as the cloud runs them; others present hear of the change. */
export function setEntries(
  area: ChatRooms, client: CloudClient, roomId: string, items: ReadonlyArray<readonly [string, string]>,
  deleteWhenLeft: boolean, overwrite: boolean, batch: boolean,
): KvAnswer {
  const admitted = admit(area, client, roomId, batch ? 'addChatRoomEntries' : 'addChatRoomEntry', items.length);
  if (typeof admitted === 'number') return refused(admitted);
  const outcome = admitted.room.kv.set(admitted.userId, items, deleteWhenLeft, overwrite, area.now());
  pushChange(admitted.room, client, ChatRoomEntriesOperationType.Update, outcome.changed);
  return { code: overallCode(outcome, batch), errors: outcome.errors, changed: outcome.changed };
}

/** removeChatRoomEntry / removeChatRoomEntries as the cloud runs them. */
export function removeEntries(area: ChatRooms, client: CloudClient, roomId: string, keys: readonly string[], force: boolean, batch: boolean): KvAnswer {
  const unique = [...new Set(keys)];
  const admitted = admit(area, client, roomId, batch ? 'removeChatRoomEntries' : 'removeChatRoomEntry', unique.length);
  if (typeof admitted === 'number') return refused(admitted);
  const outcome = admitted.room.kv.remove(admitted.userId, unique, force);
  pushChange(admitted.room, client, ChatRoomEntriesOperationType.Remove, outcome.changed);
  return { code: overallCode(outcome, batch), errors: outcome.errors, changed: outcome.changed };
}

/**
 * Server API set (`/chatroom/entry/set.json`): the app server is trusted, so it is a forced set; the room,
 * key, value and the 100-key cap still apply. Every present device hears of it.
 */
export function serverSetEntry(area: ChatRooms, roomId: string, key: string, value: string, userId: string, deleteWhenLeft: boolean): number {
  const room = area.rooms.get(roomId);
  if (!room) return RC.CHATROOM_NOT_EXIST;
  if (!isValidKey(key)) return RC.INVALID_PARAMETER_KEY;
  if (!isValidValue(value)) return RC.INVALID_PARAMETER_VALUE;
  const outcome = room.kv.set(userId, [[key, value]], deleteWhenLeft, true, area.now());
  pushChange(room, null, ChatRoomEntriesOperationType.Update, outcome.changed);
  return overallCode(outcome, false);
}

/** Server API remove (`/chatroom/entry/remove.json`): a forced remove. */
export function serverRemoveEntry(area: ChatRooms, roomId: string, key: string): number {
  const room = area.rooms.get(roomId);
  if (!room) return RC.CHATROOM_NOT_EXIST;
  const outcome = room.kv.remove('', [key], true);
  pushChange(room, null, ChatRoomEntriesOperationType.Remove, outcome.changed);
  return overallCode(outcome, false);
}

/**
 * Tells the present devices other than the caller's what changed (L5563: later events carry others'
 * changes). The caller's device updates its own copy from the answer.
 */
function pushChange(room: ChatRoom, by: CloudClient | null, operationType: number, changed: Record<string, string>): void {
  if (Object.keys(changed).length === 0) return;
  for (const client of room.present.keys()) {
    if (client !== by) client.notify('onChatRoomEntriesChanged', { operationType, roomId: room.id, entries: { ...changed } });
  }
}
