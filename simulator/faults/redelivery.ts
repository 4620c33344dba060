import type { CloudClient, DeliveryMeta, DeliveryReceipt } from '../cloud/client';
import type { Cloud } from '../cloud/cloud';
import { ACK_TIMEOUT_MS } from '../device/network';
import type { Message } from '../rongcloud/message';
import type { Json } from '../snapshot/data';

/**
 * The cloud's at-least-once delivery of private, group and system messages (signals included): every
 * delivery waits for the device's ack. A delivery that never got through (packet loss, a link cut in
 * flight, a device that was not listening yet) or whose ack was lost is sent again when the ack timeout
 * runs out, if the same session is still online; otherwise it is filed for that device's next login as
 * the same user, which gets it as an offline message. The device drops repeats (by UId, or by the
 * delivery id for messages it does not store), so each message reaches each device exactly once.
 *
 * Nothing is tracked on the happy path: a receipt only costs something once it reports `lost()`.
 */
export const REDELIVERY_AREA = 'redelivery';

const LIVE: DeliveryMeta = { left: 0, offline: false, hasPackage: false };

class PendingDelivery implements DeliveryReceipt {
  constructor(
    private readonly owner: Redelivery,
    readonly id: number,
    readonly client: CloudClient,
    readonly userId: string,
    readonly message: Message,
    readonly offline: boolean,
    public sentAt: number,
  ) {}

  acked(): void {
    // Nothing to forget: a receipt is only remembered once it is lost.
  }

  lost(): void {
    this.owner.lost(this);
  }
}

export class Redelivery {
  private seq = 0;
  /** Deliveries a device never took before its session ended, by `deviceId|userId`, oldest first. */
  private readonly resync = new Map<string, Message[]>();
  private liveTimers = 0;

  constructor(private readonly cloud: Cloud) {}

  /** Delivers `message` to one client of `userId` with a receipt; the client acks or reports it lost. */
  send(client: CloudClient, userId: string, message: Message, meta: DeliveryMeta): void {
    client.deliver(message, meta, new PendingDelivery(this, ++this.seq, client, userId, message, meta.offline, this.cloud.now()));
  }

  /** Called by a receipt: try again when the ack timeout of that transmission runs out. */
  lost(pending: PendingDelivery): void {
    this.liveTimers++;
    this.cloud.scheduler.at(pending.sentAt + ACK_TIMEOUT_MS, () => {
      this.liveTimers--;
      this.retry(pending);
    });
  }

  private retry(pending: PendingDelivery): void {
    const { client, userId, message } = pending;
    const sessions = this.cloud.sessions;
    if (sessions.isOnline(client) && sessions.userOfClient(client) === userId) {
      this.cloud.trace(client, 'delivery retried: no ack', { messageUId: message.messageUId });
      pending.sentAt = this.cloud.now();
      client.deliver(message, pending.offline ? { left: 0, offline: true, hasPackage: false } : LIVE, pending);
      return;
    }
    this.cloud.trace(client, 'delivery kept for the next login: no ack', { messageUId: message.messageUId });
    const key = resyncKey(client.deviceId, userId);
    let list = this.resync.get(key);
    if (!list) this.resync.set(key, (list = []));
    list.push(message);
  }

  /** Area hook (cloud.login): a device back as the same user gets what it missed, after the login answer. */
  clientJoined(client: CloudClient, userId: string): void {
    const key = resyncKey(client.deviceId, userId);
    if (!this.resync.has(key)) return;
    this.cloud.scheduler.defer(() => {
      const messages = this.resync.get(key);
      if (!messages || !this.cloud.sessions.isOnline(client) || this.cloud.sessions.userOfClient(client) !== userId) return;
      this.resync.delete(key);
      const size = this.cloud.limits.offlinePackageSize;
      for (let start = 0; start < messages.length; start += size) {
        const pack = messages.slice(start, start + size);
        const hasPackage = start + size < messages.length;
        pack.forEach((message, i) => this.send(client, userId, message, { left: pack.length - 1 - i, offline: true, hasPackage }));
      }
    });
  }

  /** Messages waiting for a device's next login as `userId` (a view for tests and invariants). */
  waitingFor(deviceId: string, userId: string): number {
    return this.resync.get(resyncKey(deviceId, userId))?.length ?? 0;
  }

  // ---- snapshots (SnapshotHooks): the filed messages are data; retry timers are not carried ----

  snapshot(): Json {
    return { seq: this.seq, resync: [...this.resync].map(([key, list]) => [key, list.map((m) => JSON.parse(JSON.stringify(m)) as Json)]) };
  }

  restore(state: Json): void {
    const s = state as { seq: number; resync: Array<[string, Message[]]> };
    this.seq = s.seq;
    this.resync.clear();
    for (const [key, list] of s.resync) this.resync.set(key, list);
  }

  /** Retry timers are not carried: a snapshot taken while one is pending refuses (advance the clock first). */
  timers(): number {
    return 0;
  }

  /** Live retry timers (for tests). */
  pendingRetries(): number {
    return this.liveTimers;
  }
}

function resyncKey(deviceId: string, userId: string): string {
  return `${deviceId}|${userId}`;
}
