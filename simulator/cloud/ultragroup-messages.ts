import { RC } from '../codes';
import { ConversationType, MessageType, PushNotificationLevel } from '../rongcloud/enums';
import { cloneMessage, contentSize, type Message } from '../rongcloud/message';
import { recallNotice, replaceContent } from '../rongcloud/ultragroup-content';
import type { CloudClient } from './client';
import type { UltraGroups } from './ultragroups';

/** Expansion entries one message may hold in total (RCErrorCode 34010: at most 300 pairs). */
export const MAX_EXPANSION_ENTRIES = 300;

export interface Served {
  code: number;
}

/** Tells every device that sees the channel, except the one that asked, about a change. */
function pushToOthers(area: UltraGroups, except: CloudClient, groupId: string, channelId: string, event: string, payload: () => Record<string, unknown>): void {
  for (const userId of area.audience(groupId, channelId)) {
    for (const client of area.cloud.sessions.clientsOf(userId)) if (client !== except) client.notify(event, payload());
  }
}

/** A stored ultra-group message the user may act on, or the code refusing it. */
function original(area: UltraGroups, userId: string, messageUId: string, missing: number): Message | number {
  const message = area.cloud.history.get(messageUId);
  if (!message || message.conversationType !== ConversationType.ULTRA_GROUP) return missing;
  const code = area.access(message.targetId, message.channelId ?? '', userId);
  return code !== RC.SUCCESS ? code : message;
}

/** Edits the content of one's own sent message; the type cannot change (seed 004 L6039-6041). */
export function modifyMessage(area: UltraGroups, client: CloudClient, userId: string, messageUId: string, next: Message): Served & { message?: Message } {
  const found = original(area, userId, messageUId, RC.ULTRA_GROUP_EXPANSION_ORIGINAL_MISSING);
  if (typeof found === 'number') return { code: found };
  if (found.senderUserId !== userId) return { code: RC.ULTRA_GROUP_EXPANSION_NOT_AUTHORIZED };
  if (next.messageType !== found.messageType) return { code: RC.INVALID_PARAMETER_MESSAGE_CONTENT };
  if (contentSize(next) > area.cloud.limits.maxMessageBytes) return { code: RC.MSG_SIZE_OUT_OF_LIMIT };
  const updated = cloneMessage(found);
  replaceContent(updated, next);
  area.cloud.history.replace(messageUId, updated);
  pushToOthers(area, client, updated.targetId, updated.channelId, 'onRemoteUltraGroupMessageModified', () => ({ messages: [cloneMessage(updated)] }));
  return { code: RC.SUCCESS, message: cloneMessage(updated) };
}

/**
 * Recalls one's own sent message (seed 004 L6124-6140): the server drops the original content; with
 * `deleteRemote` the record goes too, otherwise a recall notice takes its place.
 */
export function recallMessage(area: UltraGroups, client: CloudClient, userId: string, messageUId: string, deleteRemote: boolean): Served & { message?: Message } {
  const found = original(area, userId, messageUId, RC.RECALL_PARAMETER_INVALID);
  if (typeof found === 'number') return { code: found };
  if (found.messageType === MessageType.RECALL) return { code: RC.RECALL_PARAMETER_INVALID };
  if (found.senderUserId !== userId) return { code: RC.RECALL_MESSAGE_USER_INVALID };
  const notice = recallNotice(found, deleteRemote, area.cloud.now());
  if (deleteRemote) area.cloud.history.remove(messageUId);
  else area.cloud.history.replace(messageUId, notice);
  pushToOthers(area, client, notice.targetId, notice.channelId, 'onRemoteUltraGroupMessageRecalled', () => ({ messages: [cloneMessage(notice)], deleteRemote }));
  return { code: RC.SUCCESS, message: cloneMessage(notice) };
}

/** Sets or (with `remove`) deletes expansion keys of a stored message; any member may (seed 004 L6210). */
export function changeExpansion(
  area: UltraGroups, client: CloudClient, userId: string, messageUId: string,
  change: { set?: Record<string, string>; remove?: readonly string[] },
): Served & { message?: Message } {
  const found = original(area, userId, messageUId, RC.ULTRA_GROUP_EXPANSION_ORIGINAL_MISSING);
  if (typeof found === 'number') return { code: found };
  if (found.messageType === MessageType.RECALL) return { code: RC.ULTRA_GROUP_EXPANSION_CANT_EXPAND };
  const expansion: Record<string, string> = { ...(found.expansion ?? {}), ...(change.set ?? {}) };
  for (const key of change.remove ?? []) delete expansion[key];
  if (Object.keys(expansion).length > MAX_EXPANSION_ENTRIES) return { code: RC.MSG_EXPANSION_SIZE_LIMIT_EXCEED };
  const updated = { ...cloneMessage(found), expansion };
  area.cloud.history.replace(messageUId, updated);
  pushToOthers(area, client, updated.targetId, updated.channelId, 'onRemoteUltraGroupMessageExpansionUpdated', () => ({ messages: [cloneMessage(updated)] }));
  return { code: RC.SUCCESS, message: cloneMessage(updated) };
}

/** Looks messages up in server history by UId; only what the user may still read matches (seed 004 L5791-5795). */
export function fetchByUIds(area: UltraGroups, userId: string, groupId: string, channelId: string, messageUIds: readonly string[]): Served & { found?: Array<Message | null> } {
  const code = area.access(groupId, channelId, userId);
  if (code !== RC.SUCCESS) return { code };
  const found = messageUIds.map((uid) => {
    const message = uid ? area.cloud.history.get(uid) : undefined;
    const match = message && message.conversationType === ConversationType.ULTRA_GROUP && message.targetId === groupId
      && (message.channelId ?? '') === channelId && area.visibleTo(userId, message);
    return match ? cloneMessage(message) : null;
  });
  return { code: RC.SUCCESS, found };
}

/** Deletes the user's own server history of a channel up to `timestamp` (0 = all); others keep theirs (L5849). */
export function clearRemote(area: UltraGroups, userId: string, groupId: string, channelId: string, timestamp: number): Served {
  const code = area.access(groupId, channelId, userId);
  if (code !== RC.SUCCESS) return { code };
  area.clearHistoryFor(userId, groupId, channelId, timestamp === 0 ? area.cloud.now() : timestamp);
  return { code: RC.SUCCESS };
}

/**
 * Records that the user read a channel and tells the user's other devices, with the server's time: the
 * app's timestamp is not used (seed 004 L6567).
 */
export function syncRead(area: UltraGroups, client: CloudClient, userId: string, groupId: string, channelId: string): Served & { timestamp?: number } {
  const code = area.access(groupId, channelId, userId);
  if (code !== RC.SUCCESS) return { code };
  const timestamp = area.cloud.now();
  area.recordReadTime(userId, groupId, channelId, timestamp);
  for (const other of area.cloud.sessions.clientsOf(userId)) {
    if (other !== client) other.notify('onUltraGroupReadTimeReceived', { targetId: groupId, channelId, timestamp });
  }
  return { code: RC.SUCCESS, timestamp };
}

export function sendTyping(area: UltraGroups, userId: string, groupId: string, channelId: string, status: number): Served {
  const code = area.access(groupId, channelId, userId);
  if (code !== RC.SUCCESS) return { code };
  area.typing.add(groupId, channelId, userId, status);
  return { code: RC.SUCCESS };
}

/**
 * The default DND level of a group (`channelId` null) or of one channel, for every member (seed 004 L7084).
 * Any member may set it: the simulator has no ultra-group admin role.
 */
export function setDefaultLevel(area: UltraGroups, userId: string, groupId: string, channelId: string | null, level: number): Served {
  const code = levelAccess(area, userId, groupId, channelId);
  if (code !== RC.SUCCESS) return { code };
  const group = area.groups.get(groupId)!;
  if (channelId === null) group.defaultLevel = level;
  else group.channels.get(channelId)!.defaultLevel = level;
  return { code: RC.SUCCESS };
}

/** The level as set (NONE = not set; a channel does not report the group's level it inherits). */
export function getDefaultLevel(area: UltraGroups, userId: string, groupId: string, channelId: string | null): Served & { level?: number } {
  const code = levelAccess(area, userId, groupId, channelId);
  if (code !== RC.SUCCESS) return { code };
  const group = area.groups.get(groupId)!;
  const level = channelId === null ? group.defaultLevel : group.channels.get(channelId)?.defaultLevel;
  return { code: RC.SUCCESS, level: level ?? PushNotificationLevel.NONE };
}

function levelAccess(area: UltraGroups, userId: string, groupId: string, channelId: string | null): number {
  if (channelId !== null) return area.access(groupId, channelId, userId);
  const group = area.groups.get(groupId);
  if (!group) return RC.ULTRA_GROUP_NOT_EXIST;
  return group.members.has(userId) ? RC.SUCCESS : RC.ULTRA_GROUP_NOT_MEMBER;
}
