import type { TimerHandle } from '../core/scheduler';
import type { UltraGroups } from './ultragroups';

interface TypingEntry {
  targetId: string;
  channelId: string;
  userId: string;
  status: number;
  timestamp: number;
}

/**
 * Ultra-group typing events. The server collects them over a period ("for example 5 seconds") and sends
 * each member one batch, hence the array in `onUltraGroupTypingStatusChanged` (seed 004 L6729). The first
 * event of an empty batch starts the period; one user typing twice in a channel counts once (the latest).
 */
export class UltraGroupTyping {
  private pending: TypingEntry[] = [];
  private timer: TimerHandle | null = null;

  constructor(private readonly area: UltraGroups) {}

  /** Snapshot support: the batch being collected and when it goes out. */
  state(): { pending: TypingEntry[]; flushAt: number | null } {
    return { pending: this.pending.map((e) => ({ ...e })), flushAt: this.timer?.time ?? null };
  }

  restore(state: { pending: TypingEntry[]; flushAt: number | null }): void {
    this.area.cloud.scheduler.cancel(this.timer);
    this.pending = state.pending.map((e) => ({ ...e }));
    this.timer = state.flushAt === null ? null : this.area.cloud.scheduler.at(state.flushAt, () => this.flush());
  }

  get hasTimer(): boolean {
    return this.timer !== null;
  }

  add(targetId: string, channelId: string, userId: string, status: number): void {
    const timestamp = this.area.cloud.now();
    this.pending = this.pending.filter((e) => !(e.targetId === targetId && e.channelId === channelId && e.userId === userId));
    this.pending.push({ targetId, channelId, userId, status, timestamp });
    if (!this.timer) this.timer = this.area.cloud.scheduler.after(this.area.limits.typingBatchMs, () => this.flush());
  }

  private flush(): void {
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    // Audiences are taken now: someone who left the group meanwhile gets nothing.
    const seen = new Map<string, TypingEntry[]>();
    for (const entry of batch) {
      for (const userId of this.area.audience(entry.targetId, entry.channelId)) {
        if (userId === entry.userId) continue;
        let list = seen.get(userId);
        if (!list) seen.set(userId, (list = []));
        list.push(entry);
      }
    }
    for (const userId of [...seen.keys()].sort()) {
      const entries = seen.get(userId)!;
      for (const client of this.area.cloud.sessions.clientsOf(userId)) {
        // Each device gets its own objects: payloads must never be shared.
        const info = entries.map((e) => ({
          targetId: e.targetId,
          channelId: e.channelId,
          userId: e.userId,
          status: e.status,
          timestamp: e.timestamp,
          userNums: entries.filter((o) => o.targetId === e.targetId && o.channelId === e.channelId).length,
        }));
        client.notify('onUltraGroupTypingStatusChanged', { info });
      }
    }
  }
}
