import type { TimerHandle } from '../core/scheduler';
import { pushHandlers, type RongCloudEngine } from './engine';
import { ConversationType } from './enums';
import { conversationKey } from './local-store';
import type { Message } from './message';
import { receivedMessageHooks } from './messaging';

/**
 * Typing status (seed 004 L4033-4106; private chats only, L4040). The document gives no interval; the
 * SDK's is 6 seconds (RongCloud's `typingUpdateSeconds`, "typing 状态更新的时间, 默认是 6s", configured
 * on Android in rc_configuration.xml): a sender sends at most one typing status per conversation every
 * 6 s, and a receiver drops a typer it has not heard from for 6 s. Typing is a status message
 * (`RC:TypSts`, L798-805): online devices only, never stored, never kept for offline users.
 */
export const TYPING_INTERVAL_MS = 6_000;

interface Typer {
  contentType: string;
  sentTime: number;
}

/** Plain data (world snapshots carry it); the expiry timers are kept apart, below. */
interface TypingState {
  /** Last send per conversation (the sender's throttle). */
  readonly lastSent: Map<string, number>;
  /** Who is typing, per conversation (the receiver's view). */
  readonly typers: Map<string, Map<string, Typer>>;
}

function stateOf(engine: RongCloudEngine): TypingState {
  let state = engine.areas.get('typing') as TypingState | undefined;
  if (!state) engine.areas.set('typing', (state = { lastSent: new Map(), typers: new Map() }));
  return state;
}

/** Expiry timer per engine, conversation and typer. */
const expiries = new WeakMap<RongCloudEngine, Map<string, TimerHandle>>();

function expiriesOf(engine: RongCloudEngine): Map<string, TimerHandle> {
  let map = expiries.get(engine);
  if (!map) expiries.set(engine, (map = new Map()));
  return map;
}

export type TypingOutcome = 'sent' | 'throttled' | 'not private' | 'offline' | 'refused';

/**
 * Sends a typing status to the peer of a private chat. Not an error for other types or while offline:
 * the SDK just sends nothing (the native call has no result event), and the outcome is only logged.
 */
export function sendTypingStatus(engine: RongCloudEngine, conversationType: number, targetId: string, channelId: string, contentType: string): TypingOutcome {
  if (conversationType !== ConversationType.PRIVATE) return 'not private';
  if (!engine.connected) return 'offline';
  const state = stateOf(engine);
  const key = conversationKey(conversationType, targetId, channelId);
  const now = engine.now();
  const last = state.lastSent.get(key);
  if (last !== undefined && now - last < TYPING_INTERVAL_MS) return 'throttled';
  const cloud = engine.host.cloud;
  const sender = engine.userId;
  // A blacklist refuses every private message, status messages included.
  if (cloud.accounts.users.get(targetId)?.blacklist.has(sender)) return 'refused';
  state.lastSent.set(key, now);
  const payload = { senderId: sender, channelId, contentType, sentTime: now };
  engine.host.network.carry(() => {
    if (!cloud.sessions.isOnline(engine)) return;
    for (const client of cloud.sessions.clientsOf(targetId)) client.notify('imsim:typing', payload);
  });
  return 'sent';
}

function report(engine: RongCloudEngine, typerId: string, channelId: string, typers: Map<string, Typer>): void {
  engine.host.emit('onTypingStatusChanged', {
    type: ConversationType.PRIVATE,
    targetId: typerId,
    channelId,
    userTypingStatus: [...typers].map(([userId, t]) => ({ userId, contentType: t.contentType, sentTime: t.sentTime })),
  });
}

/** A typing status reaching the peer: reported when the set of typers changes, dropped after 6 s of silence. */
pushHandlers.set('imsim:typing', (engine, payload) => {
  const senderId = payload.senderId as string;
  const channelId = payload.channelId as string;
  const contentType = payload.contentType as string;
  const state = stateOf(engine);
  // A private conversation is named after the peer, who is its only possible typer.
  const key = conversationKey(ConversationType.PRIVATE, senderId, channelId);
  let typers = state.typers.get(key);
  if (!typers) state.typers.set(key, (typers = new Map()));
  const scheduler = engine.host.scheduler;
  const timers = expiriesOf(engine);
  const timerKey = `${key}|${senderId}`;
  scheduler.cancel(timers.get(timerKey));
  const previous = typers.get(senderId);
  const expiry = scheduler.after(TYPING_INTERVAL_MS, () => {
    if (timers.get(timerKey) !== expiry) return;
    timers.delete(timerKey);
    const typersNow = stateOf(engine).typers;
    const current = typersNow.get(key);
    if (!current?.delete(senderId)) return;
    if (current.size === 0) typersNow.delete(key);
    if (engine.isDestroyed) return;
    report(engine, senderId, channelId, current);
  });
  timers.set(timerKey, expiry);
  typers.set(senderId, { contentType, sentTime: payload.sentTime as number });
  if (!previous || previous.contentType !== contentType) report(engine, senderId, channelId, typers);
});

/**
 * A message from someone shown as typing ends their typing at once, as the SDK's typing manager does
 * when the message it was announcing arrives; the change is reported like an expiry.
 */
receivedMessageHooks.push((engine: RongCloudEngine, message: Message) => {
  if (message.conversationType !== ConversationType.PRIVATE) return;
  const state = engine.areas.get('typing') as TypingState | undefined;
  if (!state) return;
  const senderId = message.senderUserId;
  const channelId = message.channelId ?? '';
  const key = conversationKey(ConversationType.PRIVATE, senderId, channelId);
  const typers = state.typers.get(key);
  if (!typers?.delete(senderId)) return;
  if (typers.size === 0) state.typers.delete(key);
  const timerKey = `${key}|${senderId}`;
  const timers = expiriesOf(engine);
  engine.host.scheduler.cancel(timers.get(timerKey));
  timers.delete(timerKey);
  report(engine, senderId, channelId, typers);
});
