import type { Message } from '../rongcloud/message';

interface Stored {
  readonly message: Message;
  readonly storedAt: number;
}

/**
 * Messages the cloud keeps for users with no online client (private, group and system conversations),
 * for a retention window (7 days by default), delivered on the user's next login.
 */
export class OfflineInbox {
  private readonly byUser = new Map<string, Stored[]>();

  constructor(private readonly now: () => number, private readonly retentionMs: number) {}

  store(userId: string, message: Message): void {
    let list = this.byUser.get(userId);
    if (!list) this.byUser.set(userId, (list = []));
    list.push({ message, storedAt: this.now() });
  }

  /** Takes every message still within retention, oldest first, and forgets them. */
  take(userId: string): Message[] {
    const list = this.byUser.get(userId);
    if (!list) return [];
    this.byUser.delete(userId);
    const oldest = this.now() - this.retentionMs;
    return list.filter((s) => s.storedAt >= oldest).map((s) => s.message);
  }

  count(userId: string): number {
    return this.byUser.get(userId)?.length ?? 0;
  }

  /** Removes a message everywhere (recall, remote delete). */
  remove(predicate: (message: Message) => boolean): void {
    for (const [userId, list] of this.byUser) {
      const kept = list.filter((s) => !predicate(s.message));
      if (kept.length === 0) this.byUser.delete(userId);
      else this.byUser.set(userId, kept);
    }
  }
}
