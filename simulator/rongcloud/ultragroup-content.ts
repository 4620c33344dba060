import { RC } from '../codes';
import { MessageType } from './enums';
import { cloneMessage, contentKeys, type Message } from './message';

/**
 * Puts `source`'s content (its type's content keys and `extra`) into `target`, in place: the edit of an
 * ultra-group message keeps its ids, times, sender and expansion (seed 004 L6035-6041: same type only).
 */
export function replaceContent(target: Message, source: Message): void {
  for (const key of contentKeys[target.messageType] ?? []) {
    if (source[key] === undefined) delete target[key];
    else target[key] = structuredClone(source[key]);
  }
  target.extra = source.extra ?? '';
}

/**
 * What a recalled ultra-group message becomes: a recall notice in the same place (same UId, ids, time)
 * whose original content is gone everywhere (seed 004 L5851, L6124). `deleted` tells devices that the
 * record itself was removed (deleteRemote = true, L6140).
 */
export function recallNotice(original: Message, deleted: boolean, now: number): Message {
  const notice = cloneMessage(original);
  for (const key of contentKeys[original.messageType] ?? []) delete notice[key];
  delete notice.mentionedInfo;
  notice.messageType = MessageType.RECALL;
  notice.extra = '';
  notice.expansion = null;
  notice.admin = false;
  notice.deleted = deleted;
  notice.recallTime = original.sentTime;
  notice.recallActionTime = now;
  return notice;
}

/**
 * Expansion limits, as for private/group expansion (RCErrorCode 34010: key <= 32 chars, value <= 4096,
 * at most 20 pairs per call per seed 004 L2620); ultra-group keys use letters, digits and `+ = - _` only
 * (SDK comment, seed 004 part 2 §8.3), else 22203.
 */
export const EXPANSION_KEY_MAX = 32;
export const EXPANSION_VALUE_MAX = 4096;
export const EXPANSION_PAIRS_PER_CALL = 20;
const EXPANSION_KEY = /^[A-Za-z0-9+=_-]+$/;

/** The code an expansion update is refused with before it leaves the device, or SUCCESS. */
export function expansionEntriesCode(entries: Record<string, string>): number {
  const keys = Object.keys(entries);
  if (keys.length > EXPANSION_PAIRS_PER_CALL) return RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED;
  for (const key of keys) {
    if (!EXPANSION_KEY.test(key)) return RC.ULTRA_GROUP_EXPANSION_FORMAT_ERROR;
    if (key.length > EXPANSION_KEY_MAX || entries[key].length > EXPANSION_VALUE_MAX) return RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED;
  }
  return RC.SUCCESS;
}
