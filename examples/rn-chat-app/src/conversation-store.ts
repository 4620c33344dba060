/**
 * The conversation list of the app: one row per conversation with its last message and an unread count
 * kept by the app, newest first. Offline messages arrive in packages; subscribers hear once per package
 * (when `left` reaches 0), not once per message.
 */
import { RCIMIWMessageDirection, RCIMIWMessageType, type Engine, type RCIMIWCustomMessage, type RCIMIWMessage, type RCIMIWTextMessage } from './im';

export interface ConversationRow {
  type: number;
  targetId: string;
  preview: string;
  time: number;
  unread: number;
}

export class ConversationStore {
  private readonly rows = new Map<string, ConversationRow>();
  private readonly listeners = new Set<(rows: ConversationRow[]) => void>();
  private open: string | null = null;

  constructor(private readonly engine: Engine) {}

  start(): void {
    this.engine.setOnMessageReceivedListener((message, left) => {
      this.add(message, message.direction === RCIMIWMessageDirection.RECEIVE);
      if (left === 0) this.emit();
    });
  }

  stop(): void {
    this.engine.setOnMessageReceivedListener();
  }

  /** A message this device sent shows in the list, without counting as unread. */
  noteSent(message: RCIMIWMessage): void {
    this.add(message, false);
    this.emit();
  }

  /** The user opened a conversation: it is read, and stays read while open. */
  openConversation(type: number, targetId: string): void {
    this.open = key(type, targetId);
    const row = this.rows.get(this.open);
    if (row && row.unread > 0) {
      row.unread = 0;
      this.emit();
    }
  }

  closeConversation(): void {
    this.open = null;
  }

  list(): ConversationRow[] {
    return [...this.rows.values()].sort((a, b) => b.time - a.time).map((row) => ({ ...row }));
  }

  totalUnread(): number {
    let n = 0;
    for (const row of this.rows.values()) n += row.unread;
    return n;
  }

  subscribe(listener: (rows: ConversationRow[]) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private add(message: RCIMIWMessage, incoming: boolean): void {
    const k = key(message.conversationType, message.targetId);
    const row = this.rows.get(k) ?? { type: message.conversationType, targetId: message.targetId, preview: '', time: 0, unread: 0 };
    if (message.sentTime >= row.time) {
      row.preview = preview(message);
      row.time = message.sentTime;
    }
    if (incoming && k !== this.open) row.unread++;
    this.rows.set(k, row);
  }

  private emit(): void {
    const rows = this.list();
    for (const listener of [...this.listeners]) listener(rows);
  }
}

function key(type: number, targetId: string): string {
  return `${type}:${targetId}`;
}

function preview(message: RCIMIWMessage): string {
  switch (message.messageType) {
    case RCIMIWMessageType.TEXT:
      return (message as RCIMIWTextMessage).text ?? '';
    case RCIMIWMessageType.IMAGE:
      return '[Image]';
    case RCIMIWMessageType.CUSTOM:
      return `[${(message as RCIMIWCustomMessage).identifier ?? 'Custom'}]`;
    default:
      return '[Message]';
  }
}
