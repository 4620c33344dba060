import { ConversationType } from '../rongcloud/enums';
import type { Message } from '../rongcloud/message';

/**
 * Server-side message history ("cloud storage"): every stored message by UId and per conversation,
 * in send order. A private conversation has one key for both participants.
 */
export class ServerHistory {
  private readonly uidIndex = new Map<string, Message>();
  /**
   * Messages added since the last look-up by UId, indexed on the next one. Look-ups are rare (a recall,
   * an expansion change) and sends are not: on the send path, growing a Map of a hundred thousand keys
   * cost about a tenth of each message's time.
   */
  private readonly unindexed: Message[] = [];
  private readonly byConversation = new Map<string, Message[]>();

  static key(conversationType: number, a: string, b: string, channelId: string): string {
    // Sends come in runs of one conversation: the last key is handed back rather than built again.
    const last = lastKey;
    if (conversationType === last.conversationType && a === last.a && b === last.b && channelId === last.channelId) return last.key;
    const key = conversationType === ConversationType.PRIVATE
      ? `${conversationType}|${a < b ? a + '|' + b : b + '|' + a}|${channelId}`
      : `${conversationType}|${b}|${channelId}`;
    last.conversationType = conversationType;
    last.a = a;
    last.b = b;
    last.channelId = channelId;
    last.key = key;
    return key;
  }

  /** Every stored message by UId (indexes what was added since the last look-up). */
  private get byUId(): Map<string, Message> {
    const pending = this.unindexed;
    if (pending.length > 0) {
      for (let i = 0; i < pending.length; i++) this.uidIndex.set(pending[i].messageUId, pending[i]);
      pending.length = 0;
    }
    return this.uidIndex;
  }

  add(key: string, message: Message): void {
    this.unindexed.push(message);
    let list = this.byConversation.get(key);
    if (!list) this.byConversation.set(key, (list = []));
    list.push(message);
  }

  get(messageUId: string): Message | undefined {
    return this.byUId.get(messageUId);
  }

  conversation(key: string): readonly Message[] {
    return this.byConversation.get(key) ?? [];
  }

  remove(messageUId: string): void {
    const message = this.byUId.get(messageUId);
    if (!message) return;
    this.byUId.delete(messageUId);
    for (const [key, list] of this.byConversation) {
      const i = list.indexOf(message);
      if (i >= 0) {
        list.splice(i, 1);
        if (list.length === 0) this.byConversation.delete(key);
        break;
      }
    }
  }

  /** Replaces a stored message in place (recall turns it into a RECALL message; expansion updates). */
  replace(messageUId: string, next: Message): void {
    const old = this.byUId.get(messageUId);
    if (!old) return;
    this.byUId.set(messageUId, next);
    for (const list of this.byConversation.values()) {
      const i = list.indexOf(old);
      if (i >= 0) {
        list[i] = next;
        break;
      }
    }
  }

  size(): number {
    return this.byUId.size;
  }
}

const lastKey = { conversationType: -1, a: '', b: '', channelId: '', key: '' };
