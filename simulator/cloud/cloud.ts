import { RC } from '../codes';
import type { Rng } from '../core/rng';
import type { Scheduler } from '../core/scheduler';
import { ConversationType, MessageDirection, ReceivedStatus, SentStatus } from '../rongcloud/enums';
import { cloneMessage, contentSize, messageTraits, type Message } from '../rongcloud/message';
import { Accounts } from './accounts';
import type { CloudClient, DeliveryMeta } from './client';
import { FaultPlan } from './faults';
import { Groups } from './groups';
import { ServerHistory } from './history';
import { OfflineInbox } from './inbox';
import { Sessions, type LoginOptions } from './sessions';
import { REDELIVERY_AREA, Redelivery } from '../faults/redelivery';

export interface CloudLimits {
  /** Sends allowed per client in any 1-second window (RongCloud: 5). */
  sendsPerSecond: number;
  /** Largest message body, in characters of its JSON (RongCloud: 128 KB). */
  maxMessageBytes: number;
  /** How long the cloud keeps messages for offline users (RongCloud default: 7 days). */
  offlineRetentionMs: number;
  /** Messages per offline package (RongCloud: 200). */
  offlinePackageSize: number;
  /** Media transfers (upload and download) advance `mediaStepPercent` every `mediaStepMs` of virtual time. */
  mediaStepMs: number;
  mediaStepPercent: number;
  /** Longest sight (video) message, in seconds (RongCloud default: 2 minutes; longer ones fail with 34002). */
  maxSightSeconds: number;
}

export const defaultCloudLimits: CloudLimits = {
  sendsPerSecond: 5,
  maxMessageBytes: 128 * 1024,
  offlineRetentionMs: 7 * 24 * 3600 * 1000,
  offlinePackageSize: 200,
  mediaStepMs: 100,
  mediaStepPercent: 25,
  maxSightSeconds: 120,
};

export interface SendResult {
  code: number;
  /** The message as the cloud accepted it (UId and sentTime set), on success. */
  message?: Message;
}

export interface SendOptions {
  /** Group messages to designated users reach only them. */
  designatedUserIds?: readonly string[];
  /** Server API messages skip the client rate limit and the blacklist. */
  fromServer?: boolean;
}

/**
 * Routes messages of one conversation type. Chatrooms and ultra groups register their own; private,
 * group and system routing is built in.
 */
export interface ConversationRouter {
  /** Checks membership and returns the user ids to deliver to, or a failure code. */
  recipients(senderId: string, message: Message, options: SendOptions): { code: number; userIds?: string[] };
  /** Called after the message got its UId; e.g. chatrooms deliver only to present members and never store. */
  deliver?(senderId: string, message: Message, userIds: string[]): void;
}

/**
 * Called for each recipient of a routed message before it is delivered or stored (the message as that
 * user sees it, and the user's online clients): remote pushes to offline phones hang off this.
 */
export const recipientHooks: Array<(cloud: Cloud, userId: string, message: Message, online: readonly CloudClient[]) => void> = [];

/** Session events an area may listen to, called by the cloud in registration order. */
export interface SessionAreaHooks {
  /** A login succeeded (after the kick of an older device, if any). */
  clientJoined?(client: CloudClient, userId: string): void;
  /** A session ended, for any reason. */
  clientLeft?(client: CloudClient): void;
  /** The app's own `disconnect(receivePush)` of a live session, just before it ends. */
  signedOut?(client: CloudClient, userId: string, receivePush: boolean): void;
  /** A connected phone reported a new push route (an iOS device token). */
  pushRouteChanged?(client: CloudClient, userId: string): void;
}

/**
 * Area modules (chatrooms, KV, ultra groups ...) register a factory here when loaded; every new cloud
 * builds each area once, so routers and state exist before the first request.
 */
export const cloudAreaFactories = new Map<string, (cloud: Cloud) => unknown>();
// Acked delivery with retries (lost packets, cut links): registered here, as every cloud routes through it.
cloudAreaFactories.set(REDELIVERY_AREA, (cloud) => new Redelivery(cloud));

const LIVE: DeliveryMeta = { left: 0, offline: false, hasPackage: false };
const UID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DASH = '-'.charCodeAt(0);
/** Scratch for newMessageUId: `XXXX-XXXX-XXXX-CCCC`, the dashes fixed. */
const uidCodes: number[] = Array.from({ length: 19 }, (_, i) => (i === 4 || i === 9 || i === 14 ? DASH : 0));

/** The area's state of this cloud (created by its registered factory). */
export function cloudArea<T>(cloud: Cloud, name: string): T {
  const area = cloud.areas.get(name);
  if (area === undefined) throw new Error(`cloud area ${name} is not registered`);
  return area as T;
}

/** The simulated RongCloud service: accounts, sessions, routing, offline storage, history and limits. */
export class Cloud {
  readonly accounts: Accounts;
  readonly sessions = new Sessions();
  readonly groups = new Groups(() => this.scheduler.now());
  readonly history = new ServerHistory();
  readonly inbox: OfflineInbox;
  readonly faults = new FaultPlan(() => this.scheduler.now());
  readonly routers = new Map<number, ConversationRouter>();
  /** Extension slots for area modules (chatrooms, KV, ultra groups ...), keyed by area name. */
  readonly areas = new Map<string, unknown>();
  private readonly sendWindows = new Map<CloudClient, number[]>();
  private uidCounter = 0;

  constructor(
    readonly appKey: string,
    readonly scheduler: Scheduler,
    readonly rng: Rng,
    readonly limits: CloudLimits,
    readonly trace: (client: CloudClient | null, name: string, data?: unknown) => void,
  ) {
    this.accounts = new Accounts(rng.fork(), () => scheduler.now());
    this.inbox = new OfflineInbox(() => scheduler.now(), limits.offlineRetentionMs);
    for (const [name, factory] of [...cloudAreaFactories].sort(([a], [b]) => (a < b ? -1 : 1))) this.areas.set(name, factory(this));
  }

  now(): number {
    return this.scheduler.now();
  }

  /** A message UId in RongCloud's look (four groups of four), unique and seeded. */
  newMessageUId(): string {
    this.uidCounter++;
    // Built as one flat string from char codes (the same draws as rng.string(12)): a UId is hashed into
    // several maps right away, and a string glued from pieces would be flattened first.
    const codes = uidCodes;
    for (let i = 0, at = 0; i < 12; i++, at++) {
      if (i === 4 || i === 8) at++;
      codes[at] = UID_ALPHABET.charCodeAt(this.rng.int(UID_ALPHABET.length));
    }
    // The counter's last four base-36 digits, upper case, zero-padded.
    for (let i = 18, n = this.uidCounter; i >= 15; i--, n = Math.floor(n / 36)) codes[i] = BASE36.charCodeAt(n % 36);
    return String.fromCharCode.apply(null, codes);
  }

  // ---- connection ------------------------------------------------------------------------------

  /** Authenticates a client. On success the user's offline messages follow in packages. */
  login(token: string, appKey: string, client: CloudClient, options: LoginOptions): { code: number; userId: string } {
    const record = this.accounts.check(token, appKey);
    const claimed = record?.userId ?? this.accounts.claimedUser(token) ?? undefined;
    const planned = this.faults.take('connect', claimed);
    if (planned !== null) return { code: planned, userId: '' };
    if (!record) return { code: RC.CONN_TOKEN_INCORRECT, userId: '' };
    const userId = record.userId;
    if (this.accounts.isBlocked(userId)) return { code: RC.CONN_USER_BLOCKED, userId: '' };
    const result = this.sessions.login(userId, client, options);
    if (!result.ok) {
      this.trace(client, 'login refused: another device of the same kind is online and kickReconnectDevice is on', { userId, online: result.keptOnline.deviceId });
      return { code: RC.CONN_OTHER_DEVICE_LOGIN, userId: '' };
    }
    if (result.kicked) {
      this.trace(result.kicked, 'kicked by a newer login', { userId, by: client.deviceId });
      // A full logout, so areas (chatroom presence, typing ...) forget the kicked client too.
      this.logout(result.kicked);
      result.kicked.sessionEnded(RC.DISCONN_KICK);
    }
    this.scheduler.defer(() => this.deliverOffline(userId, client));
    // Areas that keep user state in the cloud (pinned conversations, push settings ...) sync it to the new session.
    for (const area of this.sessionAreas()) area.clientJoined?.(client, userId);
    return { code: RC.SUCCESS, userId };
  }

  /**
   * The app's own disconnect of a live session: areas hear whether the device still wants pushes
   * (`disconnect(receivePush)`), then the session ends.
   */
  signOut(client: CloudClient, receivePush: boolean): void {
    const userId = this.sessions.userOfClient(client);
    if (userId) {
      for (const area of this.sessionAreas()) area.signedOut?.(client, userId, receivePush);
    }
    this.logout(client);
  }

  /** A connected phone reported a new push route (an iOS device token): areas that push hear of it. */
  pushRouteChanged(client: CloudClient): void {
    const userId = this.sessions.userOfClient(client);
    if (!userId) return;
    for (const area of this.sessionAreas()) area.pushRouteChanged?.(client, userId);
  }

  logout(client: CloudClient): void {
    this.sessions.logout(client);
    this.sendWindows.delete(client);
    for (const area of this.sessionAreas()) area.clientLeft?.(client);
  }

  /** Ends every session of a user (server kick, ban): the devices see `code`. */
  endSessions(userId: string, code: number): number {
    const clients = this.sessions.clientsOf(userId);
    for (const client of clients) {
      this.logout(client);
      client.sessionEnded(code);
    }
    return clients.length;
  }

  private deliverOffline(userId: string, client: CloudClient): void {
    if (!this.sessions.isOnline(client)) return;
    const messages = this.inbox.take(userId);
    const size = this.limits.offlinePackageSize;
    for (let start = 0; start < messages.length; start += size) {
      const pack = messages.slice(start, start + size);
      const hasPackage = start + size < messages.length;
      pack.forEach((message, i) => {
        this.reliable().send(client, userId, { ...message, offLine: true }, { left: pack.length - 1 - i, offline: true, hasPackage });
      });
    }
  }

  // ---- messaging -------------------------------------------------------------------------------

  /** `owned`: the caller hands over a private copy of the message (the engine's send does), so it is not copied again. */
  send(client: CloudClient | null, senderId: string, message: Message, options: SendOptions = {}, owned = false): SendResult {
    if (client && !this.sessions.isOnline(client)) return { code: RC.CHANNEL_INVALID };
    const planned = this.faults.take('sendMessage', senderId);
    if (planned !== null) return { code: planned };
    if (client && !options.fromServer && !this.takeSendSlot(client)) return { code: RC.SEND_MSG_FREQUENCY_OVERRUN };
    if (contentSize(message) > this.limits.maxMessageBytes) return { code: RC.MSG_SIZE_OUT_OF_LIMIT };

    const routed = this.recipients(senderId, message, options);
    if (routed.code !== RC.SUCCESS) return { code: routed.code };

    const sent: Message = owned ? message : cloneMessage(message);
    sent.messageUId = this.newMessageUId();
    sent.sentTime = this.now();
    sent.senderUserId = senderId;
    sent.sentStatus = SentStatus.SENT;
    sent.direction = MessageDirection.SEND;
    const traits = messageTraits(message);
    const router = this.routers.get(message.conversationType);
    if (router?.deliver) {
      router.deliver(senderId, sent, routed.userIds ?? []);
      return { code: RC.SUCCESS, message: sent };
    }
    if (traits.stored && !options.designatedUserIds) {
      this.history.add(ServerHistory.key(message.conversationType, senderId, message.targetId, message.channelId ?? ''), sent);
    }
    for (const userId of routed.userIds ?? []) this.deliverTo(userId, this.incomingCopy(sent, userId), traits.offline);
    return { code: RC.SUCCESS, message: sent };
  }

  /** The copy a recipient sees: received direction, and a private conversation named after the sender. */
  incomingCopy(sent: Message, _recipient: string): Message {
    const copy = cloneMessage(sent);
    copy.direction = MessageDirection.RECEIVE;
    copy.receivedStatus = ReceivedStatus.UNREAD;
    copy.messageId = 0;
    copy.receivedTime = this.now();
    // From the recipient's side a private or system conversation is named after the sender.
    if (sent.conversationType === ConversationType.PRIVATE || sent.conversationType === ConversationType.SYSTEM) copy.targetId = sent.senderUserId;
    return copy;
  }

  /** Delivers to every online client of a user, or keeps the message for later when none is online. */
  deliverTo(userId: string, message: Message, keepOffline: boolean): void {
    const clients = this.sessions.clientsOf(userId);
    for (let i = 0; i < recipientHooks.length; i++) recipientHooks[i](this, userId, message, clients);
    if (clients.length === 0) {
      if (keepOffline) this.inbox.store(userId, message);
      return;
    }
    // The copy is the recipient's own; only extra clients need copies of their own.
    const reliable = this.reliable();
    for (let i = 0; i < clients.length; i++) reliable.send(clients[i], userId, i === 0 ? message : cloneMessage(message), LIVE);
  }

  /** The areas, as the session events they may listen to (every hook is optional). */
  private sessionAreas(): Iterable<SessionAreaHooks> {
    return this.areas.values() as Iterable<SessionAreaHooks>;
  }

  /** Acked delivery with retries (simulator/faults/redelivery.ts). */
  private reliable(): Redelivery {
    return this.areas.get(REDELIVERY_AREA) as Redelivery;
  }

  private recipients(senderId: string, message: Message, options: SendOptions): { code: number; userIds?: string[] } {
    switch (message.conversationType) {
      case ConversationType.PRIVATE: {
        const receiver = this.accounts.users.get(message.targetId);
        if (!options.fromServer && receiver?.blacklist.has(senderId)) return { code: RC.REJECTED_BY_BLACKLIST };
        this.accounts.user(message.targetId);
        return { code: RC.SUCCESS, userIds: [message.targetId] };
      }
      case ConversationType.GROUP: {
        if (!this.groups.isMember(message.targetId, senderId) && !options.fromServer) return { code: RC.NOT_IN_GROUP };
        if (!options.fromServer && this.groups.isMuted(message.targetId, senderId)) return { code: RC.FORBIDDEN_IN_GROUP };
        const members = this.groups.membersOf(message.targetId).filter((id) => id !== senderId);
        const targets = options.designatedUserIds ? members.filter((id) => options.designatedUserIds!.includes(id)) : members;
        return { code: RC.SUCCESS, userIds: targets };
      }
      case ConversationType.SYSTEM:
        if (!options.fromServer) return { code: RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT };
        return { code: RC.SUCCESS, userIds: [message.targetId] };
      default: {
        const router = this.routers.get(message.conversationType);
        if (!router) return { code: RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT };
        return router.recipients(senderId, message, options);
      }
    }
  }

  /** Sliding 1-second window per client: the (N+1)th send inside any second is refused. */
  private takeSendSlot(client: CloudClient): boolean {
    if (this.limits.sendsPerSecond === Infinity) return true;
    const now = this.now();
    let window = this.sendWindows.get(client);
    if (!window) this.sendWindows.set(client, (window = []));
    while (window.length > 0 && window[0] <= now - 1000) window.shift();
    if (window.length >= this.limits.sendsPerSecond) return false;
    window.push(now);
    return true;
  }
}
