/** One user's local database on a device, as snapshot data: rows once, timelines as row ids. */
import { LocalStore, type ConversationRecord } from '../rongcloud/local-store';
import type { Message } from '../rongcloud/message';
import { decodeData, encodeData, expectFields, type Json } from './data';

export interface StoreSnapshot {
  userId: string;
  nextMessageId: number;
  /** Rows in the order the store holds them. */
  messages: Json[];
  byUId: Array<[string, number]>;
  conversations: Array<[string, Json]>;
  timelines: Array<[string, number[]]>;
}

export function captureStore(store: LocalStore): StoreSnapshot {
  expectFields(store, ['userId', 'nextMessageId', 'messages', 'byUId', 'conversations', 'timelines'], 'LocalStore');
  const timelines: StoreSnapshot['timelines'] = [];
  for (const [key, rows] of store.timelines) {
    timelines.push([
      key,
      rows.map((row) => {
        // Timelines hold the very rows of `messages`; anything else would be a store bug worth hearing about.
        if (store.messages.get(row.messageId) !== row) throw new Error(`world.snapshot(): ${store.userId}'s timeline ${key} holds a row that is not in the store`);
        return row.messageId;
      }),
    ]);
  }
  return {
    userId: store.userId,
    nextMessageId: store['nextMessageId'],
    messages: [...store.messages.values()].map((m) => encodeData(m, `${store.userId}'s message ${m.messageId}`)),
    byUId: [...store.byUId],
    conversations: [...store.conversations].map(([key, record]) => [key, encodeData(record, `${store.userId}'s conversation ${key}`)]),
    timelines,
  };
}

export function restoreStore(snap: StoreSnapshot): LocalStore {
  const store = new LocalStore(snap.userId);
  store['nextMessageId'] = snap.nextMessageId;
  for (const json of snap.messages) {
    const row = decodeData(json) as Message;
    store.messages.set(row.messageId, row);
  }
  for (const [uid, id] of snap.byUId) store.byUId.set(uid, id);
  for (const [key, record] of snap.conversations) store.conversations.set(key, decodeData(record) as ConversationRecord);
  for (const [key, ids] of snap.timelines) store.timelines.set(key, ids.map((id) => store.messages.get(id)!));
  return store;
}
