import { cloudArea, cloudAreaFactories, type Cloud } from '../cloud/cloud';
import { ServerHistory } from '../cloud/history';
import { RC } from '../codes';
import { ConversationType, MessageDirection, ReceivedStatus, SentStatus } from './enums';
import { cloneMessage, type Message } from './message';
import type { Answer } from './request';
import { pageOf, type PageWindow } from './timeline';

/**
 * The cloud-storage service as each user sees it. Server history (`cloud.history`) holds every stored
 * message once per conversation; deleting or clearing remote messages only changes the caller's own view
 * (the peer keeps theirs: to erase a message for everyone, RongCloud says to recall it, seed 004 L1863).
 * Plain data, so world snapshots carry it.
 */
export interface RemoteHistory {
  /** The private/group cloud-storage service of the app key (RongCloud: a paid option; on by default here). */
  enabled: boolean;
  /** "New members get group history from before they joined": off by default (seed 004 L41, L4654-4658). */
  historyBeforeJoin: boolean;
  /** Per user, per conversation key: everything sent at or before this time is cleared. */
  readonly clearedUpTo: Map<string, Map<string, number>>;
  /** Per user: UIds of messages deleted from their server history. */
  readonly deleted: Map<string, Set<string>>;
}

cloudAreaFactories.set('remoteHistory', (): RemoteHistory => ({ enabled: true, historyBeforeJoin: false, clearedUpTo: new Map(), deleted: new Map() }));

export function remoteHistory(cloud: Cloud): RemoteHistory {
  return cloudArea<RemoteHistory>(cloud, 'remoteHistory');
}

/** Hides, for `userId`, every message of a conversation sent at or before `upTo`. */
export function clearRemote(views: RemoteHistory, userId: string, key: string, upTo: number): void {
  let byKey = views.clearedUpTo.get(userId);
  if (!byKey) views.clearedUpTo.set(userId, (byKey = new Map()));
  byKey.set(key, Math.max(byKey.get(key) ?? -Infinity, upTo));
}

/** Hides single messages for `userId`. */
export function hideRemote(views: RemoteHistory, userId: string, messageUIds: Iterable<string>): void {
  let set = views.deleted.get(userId);
  if (!set) views.deleted.set(userId, (set = new Set()));
  for (const uid of messageUIds) if (uid) set.add(uid);
}

/**
 * Everything of the conversation (server-history `key`) sent at or before this time is hidden from
 * `viewerId`: what they cleared, and for a group, unless the app key allows older history, what was sent
 * before they joined.
 */
export function remoteFloor(cloud: Cloud, viewerId: string, conversationType: number, targetId: string, key: string): number {
  const views = remoteHistory(cloud);
  const cleared = views.clearedUpTo.get(viewerId)?.get(key) ?? -Infinity;
  const joinedAt = conversationType === ConversationType.GROUP ? cloud.groups.joinedAt(targetId, viewerId) : undefined;
  return joinedAt === undefined || views.historyBeforeJoin ? cleared : Math.max(cleared, joinedAt - 1);
}

export function isHiddenRemote(views: RemoteHistory, userId: string, messageUId: string): boolean {
  return views.deleted.get(userId)?.has(messageUId) ?? false;
}

/**
 * Server history of other conversation types (ultra groups keep their own): an area registers a provider
 * returning the conversation's messages as the viewer may see them, sorted by sentTime.
 */
export const remoteHistoryProviders = new Map<number, (cloud: Cloud, viewerId: string, targetId: string, channelId: string) => Answer<readonly Message[]>>();

/** The server-history key of a private or group conversation named from the viewer's side. */
export function historyKey(conversationType: number, viewerId: string, targetId: string, channelId: string): string {
  return ServerHistory.key(conversationType, viewerId, targetId, channelId);
}

/** A server message as the viewer's device would hold it: direction and private target from their side. */
export function viewerCopy(message: Message, viewerId: string): Message {
  const copy = cloneMessage(message);
  copy.messageId = 0;
  copy.offLine = false;
  const own = message.senderUserId === viewerId;
  copy.direction = own ? MessageDirection.SEND : MessageDirection.RECEIVE;
  if (!own) {
    // Messages fetched from history are old news: they do not count as unread.
    copy.receivedStatus = ReceivedStatus.READ;
    if (message.conversationType === ConversationType.PRIVATE || message.conversationType === ConversationType.SYSTEM) copy.targetId = message.senderUserId;
  }
  if (copy.sentStatus === SentStatus.SENDING || copy.sentStatus === SentStatus.FAILED) copy.sentStatus = SentStatus.SENT;
  return copy;
}

/**
 * One page of remote history for `viewerId` (the `getRemoteHistoryMessages` request, run on the cloud):
 * 33007 when the cloud-storage service is off, 22406 for a group the viewer is not in, 34201 for a
 * conversation type without server history.
 */
export function remotePage(cloud: Cloud, viewerId: string, conversationType: number, targetId: string, channelId: string, window: PageWindow): Answer<Message[]> {
  const provider = remoteHistoryProviders.get(conversationType);
  if (provider) {
    const answer = provider(cloud, viewerId, targetId, channelId);
    if (answer.code !== RC.SUCCESS) return { code: answer.code };
    return { code: RC.SUCCESS, value: pageOf(answer.value ?? [], window).map((m) => viewerCopy(m, viewerId)) };
  }
  if (conversationType !== ConversationType.PRIVATE && conversationType !== ConversationType.GROUP) {
    return { code: RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT };
  }
  const views = remoteHistory(cloud);
  if (!views.enabled) return { code: RC.MSG_ROAMING_SERVICE_UNAVAILABLE };
  if (conversationType === ConversationType.GROUP && !cloud.groups.isMember(targetId, viewerId)) return { code: RC.NOT_IN_GROUP };
  const key = historyKey(conversationType, viewerId, targetId, channelId);
  const list = cloud.history.conversation(key);
  const page = pageOf(list, window, (m) => !isHiddenRemote(views, viewerId, m.messageUId), remoteFloor(cloud, viewerId, conversationType, targetId, key));
  return { code: RC.SUCCESS, value: page.map((m) => viewerCopy(m, viewerId)) };
}
