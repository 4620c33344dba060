/** Enum ordinals of the RongCloud engine, identical on the RN bridge (checked against the native jar). */
export const ConversationType = { INVALID: 0, PRIVATE: 1, GROUP: 2, CHATROOM: 3, SYSTEM: 4, ULTRA_GROUP: 5 } as const;
export const MessageType = {
  UNKNOWN: 0, CUSTOM: 1, TEXT: 2, VOICE: 3, IMAGE: 4, FILE: 5, SIGHT: 6, GIF: 7, RECALL: 8, REFERENCE: 9,
  COMMAND: 10, COMMAND_NOTIFICATION: 11, LOCATION: 12,
} as const;
export const SentStatus = { SENDING: 0, FAILED: 1, SENT: 2, RECEIVED: 3, READ: 4, DESTROYED: 5, CANCELED: 6 } as const;
export const ReceivedStatus = { UNREAD: 0, READ: 1, LISTENED: 2, DOWNLOADED: 3, RETRIEVED: 4, MULTIPLE_RECEIVE: 5 } as const;
export const MessageDirection = { SEND: 0, RECEIVE: 1 } as const;
export const TimeOrder = { BEFORE: 0, AFTER: 1 } as const;
export const MessageOperationPolicy = { LOCAL: 0, REMOTE: 1, LOCAL_REMOTE: 2 } as const;
export const CustomMessagePolicy = { COMMAND: 0, NORMAL: 1, STATUS: 2, STORAGE: 3 } as const;
export const PushNotificationLevel = { ALL_MESSAGE: 0, NONE: 1, MENTION: 2, MENTION_USERS: 3, MENTION_ALL: 4, BLOCKED: 5 } as const;
export const BlacklistStatus = { UNKNOWN: 0, IN_BLACKLIST: 1, NOT_IN_BLACKLIST: 2 } as const;
export const MentionedType = { ALL: 0, PART: 1 } as const;

/** Number of members of each enum, for range checks at the boundary (the last ordinal + 1). */
export const enumSizes = {
  ConversationType: 6,
  MessageType: 13,
  SentStatus: 7,
  ReceivedStatus: 6,
  MessageDirection: 2,
  TimeOrder: 2,
  MessageOperationPolicy: 3,
  CustomMessagePolicy: 4,
  PushNotificationLevel: 6,
  PushNotificationQuietHoursLevel: 3,
  BlacklistStatus: 3,
  MentionedType: 2,
  LogLevel: 6,
  UltraGroupTypingStatus: 1,
  ChatRoomEntriesOperationType: 2,
  ChatRoomStatus: 4,
} as const;
export type EnumName = keyof typeof enumSizes;
