import type { Message } from '../rongcloud/message';

/** Platform classes the multi-device policy counts separately (seed 004: one of each per account). */
export type PlatformClass = 'mobile' | 'desktop' | 'web' | 'miniprogram';

export interface DeliveryMeta {
  /** Messages still to come in the current offline package (0 for live messages). */
  left: number;
  offline: boolean;
  /** Whether the cloud still holds packages it has not delivered yet. */
  hasPackage: boolean;
}

/**
 * How a client answers one delivery (see simulator/faults/redelivery.ts): `acked` once its ack reached the
 * cloud, `lost` when the delivery or its ack did not get through (the cloud sends it again). `id` is the
 * same for every retransmission, so the device can drop a repeat of something it already took.
 */
export interface DeliveryReceipt {
  readonly id: number;
  acked(): void;
  lost(): void;
}

/** Where the cloud sends a phone's remote pushes: APNs needs the device token the app set (null: none yet). */
export type PushRoute = { channel: 'apns'; deviceToken: string | null } | { channel: 'vendor' };

/**
 * What the cloud sees of a connected client (a device's engine). The cloud calls these from scheduler
 * tasks; implementations deliver over the device's link.
 */
export interface CloudClient {
  readonly deviceId: string;
  readonly platformClass: PlatformClass;
  /** A message routed to this client; with a receipt, the client reports whether it took it. */
  deliver(message: Message, meta: DeliveryMeta, receipt?: DeliveryReceipt): void;
  /** The cloud ended this session: another device took over (31010) or an operator kicked/blocked the user. */
  sessionEnded(code: number): void;
  /** Area-specific pushes (chatroom status, KV changes, recalls, receipts ...), named like the RN listener events. */
  notify(event: string, payload: Record<string, unknown>): void;
  /** A phone's push route as its SDK reports it (absent: a vendor channel that needs nothing). */
  pushRoute?(): PushRoute;
}
