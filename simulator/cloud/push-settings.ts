import { ConversationType, PushNotificationLevel } from '../rongcloud/enums';
import { conversationKey } from '../rongcloud/local-store';
import { messageTraits, type Message } from '../rongcloud/message';
import { levelAllows, quietHoursAllow, userLevel, type QuietHours } from '../rongcloud/notification-levels';
import { cloudArea, cloudAreaFactories, recipientHooks, type Cloud } from './cloud';
import { composePush, type PushNotification } from './push-notifications';
import type { CloudClient, PushRoute } from './client';
import { ServerControl } from '../server-control';
import { decodeData, encodeData, type Json } from '../snapshot/data';
import type { SnapshotHooks } from '../snapshot/cloud';

export const USER_SETTINGS_AREA = 'user-settings';

/** Internal push names (cloud -> device) of this area; the device's handlers are in rongcloud/notifications.ts. */
export const SettingsPush = {
  SNAPSHOT: 'imsim:userSettings',
  TOP: 'imsim:conversationTop',
  LEVEL: 'imsim:conversationLevel',
  TYPE_LEVEL: 'imsim:typeLevel',
  QUIET_HOURS: 'imsim:quietHours',
  PUSH: 'imsim:pushPreferences',
  READ: 'imsim:readStatus',
} as const;

export interface ConversationRef {
  type: number;
  targetId: string;
  channelId: string;
}

export interface PushPreferences {
  /** Show message content in pushes (false: "您收到了一条通知", seed 004 L7766). */
  showContent: boolean;
  /** Push language ('' = the App Key's default, L7714). */
  language: string;
  /** Whether offline mobiles get pushes while the user is online on Web/PC (L7795). */
  receive: boolean;
}

/**
 * One user's settings as the cloud keeps them. They are user level: they follow the user to every
 * device (pinning and DND "同步到服务端", seed 004 L3812, L4007), so a device that connects later gets them.
 */
export interface UserSettings {
  readonly top: Map<string, ConversationRef & { top: boolean }>;
  readonly levels: Map<string, number>;
  readonly levelRefs: Map<string, ConversationRef>;
  readonly typeLevels: Map<number, number>;
  quietHours: QuietHours | null;
  push: PushPreferences;
  /** Latest read time synced per conversation (`syncConversationReadStatus`). */
  readonly readMarks: Map<string, ConversationRef & { timestamp: number }>;
}

/** A JSON-safe copy of a user's settings, as sent to a device at login. */
export interface SettingsSnapshot {
  top: Array<ConversationRef & { top: boolean }>;
  levels: Array<ConversationRef & { level: number }>;
  typeLevels: Array<{ type: number; level: number }>;
  quietHours: QuietHours | null;
  push: PushPreferences;
  readMarks: Array<ConversationRef & { timestamp: number }>;
}

/**
 * Area-level fallbacks below the user's own settings (ultra-group channel and group defaults, seed 004
 * L7090). Registered by those areas; consulted in order when the user set nothing.
 */
export const pushLevelFallbacks: Array<(cloud: Cloud, ref: ConversationRef) => number> = [];

export interface PushDecision {
  push: boolean;
  /** Which rule decided, for readable assertions. */
  reason: string;
  /** The push shows "You received a notification" instead of the content (L7766). */
  hideContent: boolean;
}

/** A phone the cloud knows of a user: whether it takes pushes (`disconnect(false)` stops them) and how they reach it. */
interface Phone {
  takesPushes: boolean;
  route: PushRoute;
}

function routeOf(client: CloudClient): PushRoute {
  return client.pushRoute?.() ?? { channel: 'vendor' };
}

/** The user-settings service of one cloud. */
export class UserSettingsArea implements SnapshotHooks {
  private readonly users = new Map<string, UserSettings>();
  /**
   * Each user's phones (mobile clients that ever logged in, by device id): whether each still takes
   * pushes: `disconnect(false)` opts a phone out until it logs in again (seed 004 L679-688).
   */
  private readonly phones = new Map<string, Map<string, Phone>>();
  /** Remote pushes sent to offline phones, in the order they were sent. */
  readonly pushes: PushNotification[] = [];

  constructor(readonly cloud: Cloud) {}

  of(userId: string): UserSettings {
    let settings = this.users.get(userId);
    if (!settings) this.users.set(userId, (settings = blankSettings()));
    return settings;
  }

  peek(userId: string): UserSettings | undefined {
    return this.users.get(userId);
  }

  /** A new session gets the user's settings once the login answer is through (as the SDK pulls them). */
  clientJoined(client: CloudClient, userId: string): void {
    if (client.platformClass === 'mobile') this.phonesOf(userId).set(client.deviceId, { takesPushes: true, route: routeOf(client) });
    // Deferred twice over: the notify must land after the login answer has made the device "connected".
    this.cloud.scheduler.defer(() => {
      const settings = this.users.get(userId);
      if (!settings || !this.cloud.sessions.isOnline(client)) return;
      client.notify(SettingsPush.SNAPSHOT, snapshot(settings) as unknown as Record<string, unknown>);
    });
  }

  /** An app's own `disconnect(receivePush)` of a live session: a phone says whether it still wants pushes. */
  signedOut(client: CloudClient, userId: string, receivePush: boolean): void {
    const phone = this.phones.get(userId)?.get(client.deviceId);
    if (phone) phone.takesPushes = receivePush;
  }

  /** A connected phone reported a new push route (an iOS app set its device token). */
  pushRouteChanged(client: CloudClient, userId: string): void {
    const phone = this.phones.get(userId)?.get(client.deviceId);
    if (phone) phone.route = routeOf(client);
  }

  /**
   * A message is on its way to `userId` (recipientHooks): while none of the user's phones is online, each
   * phone that takes pushes gets one, if the push decision allows it. Phones online take the message live.
   */
  pushToOfflinePhones(userId: string, message: Message, online: readonly CloudClient[]): void {
    const phones = this.phones.get(userId);
    if (!phones || phones.size === 0) return;
    for (let i = 0; i < online.length; i++) if (online[i].platformClass === 'mobile') return;
    const now = this.cloud.now();
    const decision = this.pushDecision(userId, message, now);
    if (!decision.push) return;
    const language = this.users.get(userId)?.push.language ?? '';
    const push = composePush(message, language, decision.hideContent, {
      userName: (id) => this.cloud.accounts.users.get(id)?.name,
      groupName: (id) => this.cloud.groups.names.get(id),
    });
    if (!push) return;
    for (const [deviceId, phone] of phones) {
      // APNs cannot reach an iOS phone whose app never handed the SDK a device token.
      if (!phone.takesPushes || (phone.route.channel === 'apns' && phone.route.deviceToken === null)) continue;
      this.pushes.push({
        deviceId, userId, time: now, messageUId: message.messageUId, conversationType: message.conversationType,
        targetId: message.targetId, channelId: message.channelId ?? '', senderUserId: message.senderUserId,
        ...push, language, contentHidden: decision.hideContent, route: { ...phone.route },
      });
    }
  }

  private phonesOf(userId: string): Map<string, Phone> {
    let phones = this.phones.get(userId);
    if (!phones) this.phones.set(userId, (phones = new Map()));
    return phones;
  }

  // ---- snapshots (SnapshotHooks): settings and phone registrations are plain data ----

  snapshot(): Json {
    return encodeData({ users: this.users, phones: this.phones, pushes: this.pushes }, 'user-settings');
  }

  restore(state: Json): void {
    const data = decodeData(state) as { users: Map<string, UserSettings>; phones: Map<string, Map<string, Phone>>; pushes: PushNotification[] };
    this.users.clear();
    for (const [userId, settings] of data.users) this.users.set(userId, settings);
    this.phones.clear();
    for (const [userId, phones] of data.phones) this.phones.set(userId, phones);
    this.pushes.length = 0;
    this.pushes.push(...data.pushes);
  }

  /** Tells the user's other online clients about a change made on `origin`. */
  broadcast(userId: string, origin: CloudClient | null, event: string, payload: Record<string, unknown>): void {
    for (const client of this.cloud.sessions.clientsOf(userId)) {
      if (client !== origin) client.notify(event, structuredClone(payload));
    }
  }

  setTop(userId: string, ref: ConversationRef, top: boolean): void {
    this.of(userId).top.set(conversationKey(ref.type, ref.targetId, ref.channelId), { ...ref, top });
  }

  setLevel(userId: string, ref: ConversationRef, level: number): void {
    const settings = this.of(userId);
    const key = conversationKey(ref.type, ref.targetId, ref.channelId);
    if (level === PushNotificationLevel.NONE) {
      settings.levels.delete(key);
      settings.levelRefs.delete(key);
    } else {
      settings.levels.set(key, level);
      settings.levelRefs.set(key, { ...ref });
    }
  }

  setTypeLevel(userId: string, type: number, level: number): void {
    const settings = this.of(userId);
    if (level === PushNotificationLevel.NONE) settings.typeLevels.delete(type);
    else settings.typeLevels.set(type, level);
  }

  /** Keeps the latest read time (an older sync never moves the mark back). */
  markRead(userId: string, ref: ConversationRef, timestamp: number): void {
    const marks = this.of(userId).readMarks;
    const key = conversationKey(ref.type, ref.targetId, ref.channelId);
    const current = marks.get(key);
    if (!current || current.timestamp < timestamp) marks.set(key, { ...ref, timestamp });
  }

  /**
   * Whether the cloud would push `message` (as `userId` receives it) to an offline mobile device at
   * `time`. DND only affects offline pushes (seed 004 L4114); the order is documented in notification-levels.ts.
   */
  pushDecision(userId: string, message: Message, time: number): PushDecision {
    const settings = this.users.get(userId) ?? blankSettings();
    const hideContent = !settings.push.showContent && message.pushOptions?.forceShowDetailContent !== true;
    const decide = (push: boolean, reason: string): PushDecision => ({ push, reason, hideContent });
    if (message.conversationType === ConversationType.CHATROOM) return decide(false, 'chatroom messages are never pushed');
    if (!messageTraits(message).counted) return decide(false, 'message type does not notify');
    if (message.pushOptions?.disableNotification === true) return decide(false, 'pushOptions.disableNotification');
    const phones = this.phones.get(userId);
    if (phones && phones.size > 0 && [...phones.values()].every((phone) => !phone.takesPushes)) {
      return decide(false, 'every phone of the user signed out with disconnect(receivePush: false)');
    }
    const webOnline = this.cloud.sessions.clientsOf(userId).some((c) => c.platformClass === 'web' || c.platformClass === 'desktop');
    if (webOnline && !settings.push.receive) return decide(false, 'online on Web/PC and changePushReceiveStatus(false)');
    const quiet = quietHoursAllow(settings.quietHours, time, message, userId);
    if (quiet !== null) return decide(quiet, 'quiet hours');
    const ref = { type: message.conversationType, targetId: message.targetId, channelId: message.channelId ?? '' };
    const own = userLevel(settings, ref.type, ref.targetId, ref.channelId);
    if (own !== PushNotificationLevel.NONE) return decide(levelAllows(own, message, userId), `user level ${own}`);
    for (const fallback of pushLevelFallbacks) {
      const level = fallback(this.cloud, ref);
      if (level !== PushNotificationLevel.NONE) return decide(levelAllows(level, message, userId), `default level ${level}`);
    }
    return decide(true, 'no DND set');
  }
}

function blankSettings(): UserSettings {
  return {
    top: new Map(), levels: new Map(), levelRefs: new Map(), typeLevels: new Map(), quietHours: null,
    push: { showContent: true, language: '', receive: true }, readMarks: new Map(),
  };
}

export function snapshot(settings: UserSettings): SettingsSnapshot {
  return {
    top: [...settings.top.values()].map((t) => ({ ...t })),
    levels: [...settings.levelRefs].map(([key, ref]) => ({ ...ref, level: settings.levels.get(key)! })),
    typeLevels: [...settings.typeLevels].map(([type, level]) => ({ type, level })),
    quietHours: settings.quietHours && { ...settings.quietHours },
    push: { ...settings.push },
    readMarks: [...settings.readMarks.values()].map((m) => ({ ...m })),
  };
}

export function userSettingsArea(cloud: Cloud): UserSettingsArea {
  return cloudArea<UserSettingsArea>(cloud, USER_SETTINGS_AREA);
}

cloudAreaFactories.set(USER_SETTINGS_AREA, (cloud) => new UserSettingsArea(cloud));
recipientHooks.push((cloud, userId, message, online) => userSettingsArea(cloud).pushToOfflinePhones(userId, message, online));

// ---- world.server views -----------------------------------------------------------------------

declare module '../server-control' {
  interface ServerControl {
    /** A user's cloud-side settings: pinned conversations, DND levels, quiet hours, push preferences, read marks. */
    userSettings(userId: string): SettingsSnapshot;
    /**
     * Whether the cloud would push `message` (as `userId` receives it: a private chat is named after the
     * sender) to the user's offline phone at `time` (default now), after quiet hours, DND levels and push
     * preferences.
     */
    wouldPush(userId: string, message: Message, time?: number): PushDecision;
    /**
     * The remote pushes the cloud sent to offline phones, oldest first, optionally only those to one user
     * or one device. A phone gets a push when none of its user's phones is online and the push decision
     * (`wouldPush`) allows it; a phone signed out with `disconnect(false)` gets none.
     */
    pushes(filter?: { userId?: string; deviceId?: string }): PushNotification[];
  }
}

ServerControl.prototype.userSettings = function (this: ServerControl, userId: string): SettingsSnapshot {
  const settings = userSettingsArea(this.cloud).peek(userId);
  return snapshot(settings ?? blankSettings());
};

ServerControl.prototype.pushes = function (this: ServerControl, filter: { userId?: string; deviceId?: string } = {}): PushNotification[] {
  if (filter === null || typeof filter !== 'object') throw new TypeError('pushes(filter): filter must be an object like { userId } or { deviceId }');
  for (const key of ['userId', 'deviceId'] as const) {
    if (filter[key] !== undefined && typeof filter[key] !== 'string') throw new TypeError(`pushes(filter): ${key} must be a string`);
  }
  return userSettingsArea(this.cloud)
    .pushes.filter((p) => (filter.userId === undefined || p.userId === filter.userId) && (filter.deviceId === undefined || p.deviceId === filter.deviceId))
    .map((p) => ({ ...p, route: { ...p.route } }));
};

ServerControl.prototype.wouldPush = function (this: ServerControl, userId: string, message: Message, time?: number): PushDecision {
  if (typeof userId !== 'string' || userId.length === 0) throw new TypeError('wouldPush(userId): userId must be a non-empty string');
  if (!message || typeof message !== 'object' || typeof message.conversationType !== 'number') throw new TypeError('wouldPush(userId, message): message must be a message object');
  return userSettingsArea(this.cloud).pushDecision(userId, message, time ?? this.cloud.now());
};
