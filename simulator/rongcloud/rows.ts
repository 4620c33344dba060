import { conversationKey, type LocalStore } from './local-store';
import type { Message } from './message';

/**
 * Changes a stored row (status, expansion, receipt info, recall) without touching the conversation list:
 * `LocalStore.update` files the row as conversation activity, which would bring back a conversation the
 * user removed, while a status change is not a new message.
 */
export function updateRow(store: LocalStore, row: Message, changes: Partial<Message>): Message {
  const record = store.conversations.get(conversationKey(row.conversationType, row.targetId, row.channelId));
  const hidden = record?.hidden;
  const operationTime = record?.operationTime;
  store.update(row, changes);
  if (record) {
    record.hidden = hidden ?? false;
    record.operationTime = operationTime ?? record.operationTime;
  }
  return row;
}
