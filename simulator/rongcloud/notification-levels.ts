import { ConversationType, MentionedType, PushNotificationLevel } from './enums';
import { conversationKey } from './local-store';
import type { Message } from './message';

/**
 * Do-not-disturb rules shared by the device (what `conversation.notificationLevel` shows, which
 * conversations are "blocked") and the cloud (whether an offline message is pushed).
 *
 * Priority (seed 004 part 2 §6.1 lists four orders that disagree; we follow the majority, L4167-4170,
 * L4192, L6901, L6926, L7094, not L4209):
 *   global quiet hours (only inside its daily window, push only)
 *   > the conversation's own level (an ultra-group channel falls back to its group's conversation level,
 *     L6861)
 *   > the conversation type's level
 *   > area fallbacks (ultra-group channel/group defaults, L7090) > App level (not settable: notify all).
 * NONE (1) means "not set" at every layer (L6806) and falls through to the next one.
 */

/** The user-level DND settings one side knows: own conversation levels and per-type levels. */
export interface LevelSettings {
  /** Level set on one conversation, by `conversationKey`; absent = NONE. */
  readonly levels: ReadonlyMap<string, number>;
  /** Level set on a whole conversation type; absent = NONE. */
  readonly typeLevels: ReadonlyMap<number, number>;
}

/** The user-level effective level of a conversation: its own, else its group's (ultra groups), else its type's. */
export function userLevel(settings: LevelSettings, type: number, targetId: string, channelId: string): number {
  const own = settings.levels.get(conversationKey(type, targetId, channelId));
  if (own !== undefined && own !== PushNotificationLevel.NONE) return own;
  if (type === ConversationType.ULTRA_GROUP && channelId !== '') {
    const group = settings.levels.get(conversationKey(type, targetId, ''));
    if (group !== undefined && group !== PushNotificationLevel.NONE) return group;
  }
  return settings.typeLevels.get(type) ?? PushNotificationLevel.NONE;
}

/**
 * "Do not disturb" as the unread and blocked-list APIs mean it (`contain`, `loadBlockedConversations`):
 * any level that silences ordinary messages. ALL_MESSAGE and NONE (not set = notify all) are not DND.
 */
export function isDoNotDisturb(level: number): boolean {
  return level !== PushNotificationLevel.ALL_MESSAGE && level !== PushNotificationLevel.NONE;
}

/** Whether a level lets a message through to the push channel (NONE counts as "notify all"). */
export function levelAllows(level: number, message: Pick<Message, 'conversationType' | 'mentionedInfo'>, userId: string): boolean {
  const { mentionsAll, mentionsMe } = mentions(message, userId);
  // In private chats every MENTION level means "no notification" (RCIMDefines comments).
  const mentionable = message.conversationType !== ConversationType.PRIVATE;
  switch (level) {
    case PushNotificationLevel.ALL_MESSAGE:
    case PushNotificationLevel.NONE:
      return true;
    case PushNotificationLevel.MENTION:
      return mentionable && (mentionsAll || mentionsMe);
    case PushNotificationLevel.MENTION_USERS:
      return mentionable && mentionsMe;
    case PushNotificationLevel.MENTION_ALL:
      return mentionable && mentionsAll;
    default:
      return false;
  }
}

function mentions(message: Pick<Message, 'mentionedInfo'>, userId: string): { mentionsAll: boolean; mentionsMe: boolean } {
  const info = message.mentionedInfo;
  return {
    mentionsAll: info?.type === MentionedType.ALL,
    mentionsMe: info?.type === MentionedType.PART && Array.isArray(info.userIdList) && info.userIdList.includes(userId),
  };
}

// ---- quiet hours ---------------------------------------------------------------------------------

export const QuietHoursLevel = { NONE: 0, MENTION_MESSAGE: 1, BLOCKED: 2 } as const;

export interface QuietHours {
  /** "HH:MM:SS". */
  startTime: string;
  spanMinutes: number;
  level: number;
}

const HMS = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/;

/** "HH:MM:SS" with a 24-hour clock (seed 004 L7377: "精确到秒,格式为 HH:MM:SS,例如 01:31:17"). */
export function isQuietHoursStart(value: unknown): value is string {
  return typeof value === 'string' && HMS.test(value);
}

/** 1..1439 whole minutes: one window per day, 1439 = all day (seed 004 L7344, L7378; SDK: 0 < span < 1440). */
export function isQuietHoursSpan(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1439;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * Whether `time` falls inside the daily window. The window repeats every day and may run past midnight.
 * Times are read on the UTC clock of the world: the simulator has no device time zones.
 */
export function inQuietHours(hours: QuietHours, time: number): boolean {
  const match = HMS.exec(hours.startTime);
  if (!match) return false;
  const start = ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000;
  const offset = (((time % DAY_MS) + DAY_MS) % DAY_MS - start + DAY_MS) % DAY_MS;
  return offset < hours.spanMinutes * 60_000;
}

/** Whether quiet hours let a message through (null = the window does not decide; fall through). */
export function quietHoursAllow(hours: QuietHours | null, time: number, message: Pick<Message, 'conversationType' | 'mentionedInfo'>, userId: string): boolean | null {
  if (!hours || hours.level === QuietHoursLevel.NONE || !inQuietHours(hours, time)) return null;
  if (hours.level === QuietHoursLevel.BLOCKED) return false;
  // MENTION_MESSAGE: @me and @all notify; in a private chat nothing does (seed 004 L7379).
  if (message.conversationType === ConversationType.PRIVATE) return false;
  const { mentionsAll, mentionsMe } = mentions(message, userId);
  return mentionsAll || mentionsMe;
}
