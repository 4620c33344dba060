import type { DeliveryMeta } from '../cloud/client';
import type { Cloud } from '../cloud/cloud';
import type { RongCloudEngine } from './engine';
import { ConversationType, MessageType } from './enums';
import { blankMessage, type Message } from './message';

/**
 * Cloud signals: notices RongCloud sends as hidden messages (recall `RC:RcNtf`, read receipts `RC:ReadNtf`,
 * group receipt requests and responses, expansion changes). They ride the message path, so they reach
 * every online device of the user and wait in the offline inbox for the next login, like the real
 * notification messages; the engine hands them to a handler instead of reporting them as messages.
 */
export interface Signal {
  readonly kind: string;
  readonly [field: string]: unknown;
}

export type SignalHandler = (engine: RongCloudEngine, signal: Signal, meta: DeliveryMeta) => void;

/** Handlers by signal kind; each area registers its own when loaded. */
export const signalHandlers = new Map<string, SignalHandler>();

const SIGNAL_NAME = 'imsim:signal';

/** The signal a delivered message carries, or null for an ordinary message. */
export function signalOf(message: Message): Signal | null {
  if (message.messageType !== MessageType.COMMAND || message.name !== SIGNAL_NAME) return null;
  const signal = message.signal;
  return signal && typeof signal === 'object' && typeof (signal as Signal).kind === 'string' ? (signal as Signal) : null;
}

/** Sends a signal to every device of a user (kept for later when none is online). */
export function sendSignal(cloud: Cloud, senderId: string, userId: string, signal: Signal): void {
  const carrier: Message = blankMessage(ConversationType.PRIVATE, userId, '', MessageType.COMMAND);
  carrier.name = SIGNAL_NAME;
  carrier.data = '';
  carrier.signal = signal;
  carrier.senderUserId = senderId;
  carrier.sentTime = cloud.now();
  cloud.deliverTo(userId, carrier, true);
}

/**
 * The users who share a conversation with `actorId`, other than the actor: the peer of a private chat,
 * the other members of a group.
 */
export function otherParticipants(cloud: Cloud, conversationType: number, actorId: string, targetId: string): string[] {
  if (conversationType === ConversationType.GROUP) return cloud.groups.membersOf(targetId).filter((id) => id !== actorId);
  return targetId && targetId !== actorId ? [targetId] : [];
}
