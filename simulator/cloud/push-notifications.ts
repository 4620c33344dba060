import { ConversationType, MessageType } from '../rongcloud/enums';
import type { Message } from '../rongcloud/message';
import type { PushRoute } from './client';

/**
 * A remote push notification the cloud sent to one offline phone, as `world.server.pushes()` lists it.
 * Nothing is delivered to the device (there is no APNs or vendor channel here): this is what would have
 * appeared in its notification shade, for tests to assert on.
 */
export interface PushNotification {
  /** The phone it went to, and its user. */
  deviceId: string;
  userId: string;
  /** Virtual time it was sent. */
  time: number;
  messageUId: string;
  /** The conversation as the receiver sees it (a private chat is named after the sender). */
  conversationType: number;
  targetId: string;
  channelId: string;
  senderUserId: string;
  title: string;
  content: string;
  /** `pushOptions.pushData`, '' when none. */
  data: string;
  /** The receiver's push language ('' = the App Key's default, zh_CN). */
  language: string;
  /** True when the receiver hides push content (`changePushContentShowStatus(false)`). */
  contentHidden: boolean;
  /** How it reached the phone: APNs with the device token its app set, or the Android vendor channel. */
  route: PushRoute;
}

type Language = 'zh_CN' | 'en_US';

/**
 * Format strings of built-in message types in pushes. Seed 004 names "[文件]" / "[File]" (L7716) and the
 * "您收到了一条通知" notice (L7766); the other strings follow RongCloud's built-in message formats, which
 * the seed refers to without quoting. ar_SA strings are not given anywhere: ar_SA users get en_US ones.
 */
const formatStrings: Record<Language, Partial<Record<number, string>> & { hidden: string }> = {
  zh_CN: {
    hidden: '您收到了一条通知',
    [MessageType.IMAGE]: '[图片]',
    [MessageType.GIF]: '[图片]',
    [MessageType.VOICE]: '[语音]',
    [MessageType.FILE]: '[文件]',
    [MessageType.SIGHT]: '[小视频]',
    [MessageType.LOCATION]: '[位置]',
  },
  en_US: {
    hidden: 'You received a notification',
    [MessageType.IMAGE]: '[Image]',
    [MessageType.GIF]: '[Image]',
    [MessageType.VOICE]: '[Voice]',
    [MessageType.FILE]: '[File]',
    [MessageType.SIGHT]: '[Sight]',
    [MessageType.LOCATION]: '[Location]',
  },
};

function formatLanguage(language: string): Language {
  return language === '' || language === 'zh_CN' ? 'zh_CN' : 'en_US';
}

export interface PushNames {
  userName(userId: string): string | undefined;
  groupName(groupId: string): string | undefined;
}

/**
 * Title and content of the push for `message` (as the receiver sees it). Content: the `@` mention's
 * `mentionedContent` wins over everything (L2775), then `pushOptions.pushContent` (L7646), then the type's
 * default: the text of text and reference messages, a format string for media and locations. A message
 * with no content to show (a custom message without pushContent) sends no push: null.
 */
export function composePush(
  message: Message,
  language: string,
  hideContent: boolean,
  names: PushNames,
): { title: string; content: string; data: string } | null {
  const options = (message.pushOptions ?? {}) as { pushTitle?: unknown; pushContent?: unknown; pushData?: unknown };
  const strings = formatStrings[formatLanguage(language)];
  const mentioned = message.mentionedInfo?.mentionedContent;
  let content: string;
  if (typeof mentioned === 'string' && mentioned !== '') content = mentioned;
  else if (typeof options.pushContent === 'string' && options.pushContent !== '') content = options.pushContent;
  else if (message.messageType === MessageType.TEXT || message.messageType === MessageType.REFERENCE) content = String(message.text ?? '');
  else content = strings[message.messageType] ?? '';
  if (content === '') return null;
  if (hideContent) content = strings.hidden;

  let title: string;
  if (typeof options.pushTitle === 'string' && options.pushTitle !== '') title = options.pushTitle;
  else if (message.conversationType === ConversationType.GROUP || message.conversationType === ConversationType.ULTRA_GROUP) title = names.groupName(message.targetId) ?? message.targetId;
  else title = names.userName(message.senderUserId) ?? message.senderUserId;
  return { title, content, data: typeof options.pushData === 'string' ? options.pushData : '' };
}
