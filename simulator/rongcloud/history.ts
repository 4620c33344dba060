import { RC } from '../codes';
import type { RongCloudEngine } from './engine';
import { MessageOperationPolicy } from './enums';
import { isUnreadCounted, mentionsUser, type LocalStore } from './local-store';
import type { Message } from './message';
import { remotePage } from './remote-history';
import { cloudRequest } from './request';
import { pageOf, type PageWindow } from './timeline';

export interface ConversationRef {
  conversationType: number;
  targetId: string;
  channelId: string;
}

export interface HistoryQuery extends ConversationRef, PageWindow {
  policy: number;
}

/** One page of the local database (rows, not copies). */
export function localPage(store: LocalStore, q: ConversationRef & PageWindow): Message[] {
  return pageOf(store.timeline(q.conversationType, q.targetId, q.channelId), q);
}

/**
 * `loadMessages` / `getMessages` (seed 004 L1631-1643):
 * - LOCAL: the local database only;
 * - REMOTE: server history (the cloud-storage service), as the user may see it; a message this device
 *   also holds is answered with its local row (local id and state); the others are not stored;
 * - LOCAL_REMOTE: the local page, and when it is short, the remote page fills it up: remote messages the
 *   device lacks are stored locally first, then the page is read again from the local database. When the
 *   remote part fails, the answer carries that code and the local page.
 */
export function loadHistory(engine: RongCloudEngine, q: HistoryQuery, done: (code: number, messages: Message[]) => void): void {
  const store = engine.store;
  const local = q.policy === MessageOperationPolicy.REMOTE ? [] : localPage(store, q);
  if (q.policy === MessageOperationPolicy.LOCAL || (q.policy === MessageOperationPolicy.LOCAL_REMOTE && local.length >= q.count)) {
    done(RC.SUCCESS, local);
    return;
  }
  const viewer = engine.userId;
  cloudRequest(
    engine,
    'getRemoteHistoryMessages',
    () => remotePage(engine.host.cloud, viewer, q.conversationType, q.targetId, q.channelId, q),
    (answer) => {
      if (answer.code !== RC.SUCCESS) {
        done(answer.code, local);
        return;
      }
      const remote = answer.value ?? [];
      if (q.policy === MessageOperationPolicy.REMOTE) {
        done(RC.SUCCESS, remote.map((m) => (m.messageUId && store.getByUId(m.messageUId)) || m));
        return;
      }
      storeFetched(store, q, remote);
      done(RC.SUCCESS, localPage(store, q));
    },
  );
}

/**
 * Stores messages fetched from server history. A conversation the list did not show stays out of it (it
 * appears when a new message arrives), and fetched messages never count as unread.
 */
export function storeFetched(store: LocalStore, ref: ConversationRef, fetched: readonly Message[]): void {
  const before = store.conversation(ref.conversationType, ref.targetId, ref.channelId);
  const hidden = before ? before.hidden : true;
  let added = 0;
  for (const m of fetched) {
    if (m.messageUId && store.getByUId(m.messageUId)) continue;
    store.insert(m);
    added++;
  }
  if (added === 0) return;
  const record = store.conversation(ref.conversationType, ref.targetId, ref.channelId);
  if (record) record.hidden = hidden;
}

/**
 * The oldest unread message of a conversation. The conversation's unread count says how many unread
 * messages there are, so the walk goes backwards from the newest and stops at the last one needed
 * (cheap when only the newest messages are unread, the usual case).
 */
export function firstUnread(store: LocalStore, ref: ConversationRef): Message | null {
  const record = store.conversation(ref.conversationType, ref.targetId, ref.channelId);
  if (!record || record.unreadCount <= 0) return null;
  const timeline = store.timeline(ref.conversationType, ref.targetId, ref.channelId);
  let found: Message | null = null;
  let seen = 0;
  for (let i = timeline.length - 1; i >= 0 && seen < record.unreadCount; i--) {
    if (isUnreadCounted(timeline[i])) {
      found = timeline[i];
      seen++;
    }
  }
  return found;
}

/** Unread messages that mention the user (@ me or @ all), oldest first. */
export function unreadMentioned(store: LocalStore, ref: ConversationRef): Message[] {
  const record = store.conversation(ref.conversationType, ref.targetId, ref.channelId);
  if (!record || record.mentionedCount <= 0) return [];
  const timeline = store.timeline(ref.conversationType, ref.targetId, ref.channelId);
  const out: Message[] = [];
  for (let i = timeline.length - 1; i >= 0 && out.length < record.mentionedCount; i--) {
    const m = timeline[i];
    if (isUnreadCounted(m) && mentionsUser(m, store.userId)) out.push(m);
  }
  return out.reverse();
}
