/**
 * Enums and interfaces of `@rongcloud/react-native-im-wrapper` 5.2.5 (with callbacks), as the wrapper's
 * `src/RCIMDefines.ts` declares them. Enum values are the ordinals the native module sends and accepts
 * (checked against the Android jar's Java enums); they are written out explicitly so that a reordering shows
 * up as a diff.
 *
 * Nullability on the wire: Android writes `null` for a null string and leaves out a null object (`message`,
 * `t`, nested objects); iOS leaves out every nil value. Optional fields below are the ones that can be
 * missing in what native sends; a field typed `string` may still arrive as `null` from Android.
 */

// ---------------------------------------------------------------------------------------------------------
// Enums
// ---------------------------------------------------------------------------------------------------------

/** Conversation type. */
export enum RCIMIWConversationType {
    /** Reserved; not for app use. Native rejects it with -101 ("type invalid"). */
    INVALID = 0,
    /** One-to-one chat. */
    PRIVATE = 1,
    /** Group chat (up to 3000 members by default). */
    GROUP = 2,
    /** Chatroom: only online members receive messages; nothing is kept after leaving. */
    CHATROOM = 3,
    /** System conversation. */
    SYSTEM = 4,
    /** Ultra group, with channels. */
    ULTRA_GROUP = 5,
}

/** Message content type; decides which content keys a message object carries. */
export enum RCIMIWMessageType {
    /** A message the SDK cannot decode (`rawData`, `objectName`); cannot be created by the app. */
    UNKNOWN = 0,
    /** App-defined message (`identifier`, `policy`, `fields`). */
    CUSTOM = 1,
    /** Text (`text`). */
    TEXT = 2,
    /** Voice (`local`, `remote`, `duration`). */
    VOICE = 3,
    /** Image (`local`, `remote`, `thumbnailBase64String`, `original`). */
    IMAGE = 4,
    /** File (`local`, `remote`, `name`, `fileType`, `size`). */
    FILE = 5,
    /** Short video (`local`, `remote`, `duration`, `size`, `name`, `thumbnailBase64String`). */
    SIGHT = 6,
    /** GIF (`local`, `remote`, `dataSize`, `width`, `height`). */
    GIF = 7,
    /** Recall notification that replaces a recalled message; cannot be created by the app. */
    RECALL = 8,
    /** Quote of another message (`text`, `referenceMessage`). */
    REFERENCE = 9,
    /** Command (`name`, `data`): not stored, not counted as unread. */
    COMMAND = 10,
    /** Command notification (`name`, `data`): stored, not counted as unread. */
    COMMAND_NOTIFICATION = 11,
    /**
     * Location (`longitude`, `latitude`, `poiName`, `thumbnailPath`).
     * @since 5.2.5
     */
    LOCATION = 12,
}

/** Send status of a message. */
export enum RCIMIWSentStatus {
    /** Being sent. */
    SENDING = 0,
    /** Sending failed. */
    FAILED = 1,
    /** Sent. */
    SENT = 2,
    /** Received by the peer. */
    RECEIVED = 3,
    /** Read by the peer. */
    READ = 4,
    /** Destroyed by the peer. */
    DESTROYED = 5,
    /** Canceled. */
    CANCELED = 6,
}

/** Receive status of a message. */
export enum RCIMIWReceivedStatus {
    /** Not read. */
    UNREAD = 0,
    /** Read. */
    READ = 1,
    /** Listened (voice). */
    LISTENED = 2,
    /** Media downloaded. */
    DOWNLOADED = 3,
    /** Already received by another device of the same user before this device fetched it. */
    RETRIEVED = 4,
    /** Received by several devices of the same user at the same time. */
    MULTIPLE_RECEIVE = 5,
}

/** Direction of a message relative to the current user. */
export enum RCIMIWMessageDirection {
    /** Sent by the current user (the default). */
    SEND = 0,
    /** Received by the current user. */
    RECEIVE = 1,
}

/** Connection status reported by `setOnConnectionStatusChangedListener`. */
export enum RCIMIWConnectionStatus {
    /** The network is unavailable. */
    NETWORK_UNAVAILABLE = 0,
    /** Connected. */
    CONNECTED = 1,
    /** Connecting (also while reconnecting). */
    CONNECTING = 2,
    /** Not connected. */
    UNCONNECTED = 3,
    /** Kicked offline because the account logged in on another device (IMLib 31010). */
    KICKED_OFFLINE_BY_OTHER_CLIENT = 4,
    /** The token is invalid or expired; get a new token from the app server. */
    TOKEN_INCORRECT = 5,
    /** The user is banned in the console. */
    CONN_USER_BLOCKED = 6,
    /** The app called `disconnect`. */
    SIGN_OUT = 7,
    /** Connection suspended (usually network trouble); the SDK reconnects by itself. */
    SUSPEND = 8,
    /** A `connect` with `timeout > 0` ran out; the SDK stops retrying and the app must call `connect` again. */
    TIMEOUT = 9,
    /**
     * Unexpected state.
     * @since 5.2.5
     */
    UNKNOWN = 10,
}

/** Time direction for history queries, relative to the reference timestamp. */
export enum RCIMIWTimeOrder {
    /** Messages before the timestamp, newest first. */
    BEFORE = 0,
    /** Messages after the timestamp, oldest first. */
    AFTER = 1,
}

/** Where a message operation (load, clear) applies. */
export enum RCIMIWMessageOperationPolicy {
    /** Local database only. */
    LOCAL = 0,
    /** Server only (needs the cloud-storage service). */
    REMOTE = 1,
    /** Local and server. */
    LOCAL_REMOTE = 2,
}

/** Storage policy of a custom message. */
export enum RCIMIWCustomMessagePolicy {
    /** Not stored on the client, delivered offline, not counted as unread. */
    COMMAND = 0,
    /** Stored on the client and in server history, delivered offline, counted as unread. */
    NORMAL = 1,
    /** Stored nowhere, not counted as unread (status message: online devices only). */
    STATUS = 2,
    /** Stored on the client and in server history, delivered offline, not counted as unread. */
    STORAGE = 3,
}

/** Do-not-disturb level of a conversation, conversation type, ultra group or channel. */
export enum RCIMIWPushNotificationLevel {
    /** Notify for every message. */
    ALL_MESSAGE = 0,
    /** Not set (the initial state): fall through to the group or app level. */
    NONE = 1,
    /** Groups and ultra groups: notify for @me and @all only. Private chats: no notification. */
    MENTION = 2,
    /** Groups and ultra groups: notify for @me only, not @all. Private chats: no notification. */
    MENTION_USERS = 3,
    /** Groups and ultra groups: notify for @all only. Private chats: no notification. */
    MENTION_ALL = 4,
    /** Never notify, not even for @ messages. */
    BLOCKED = 5,
}

/** Result of a blacklist status query. */
export enum RCIMIWBlacklistStatus {
    /** Unknown. */
    UNKNOWN = 0,
    /** The user is on the current user's blacklist. */
    IN_BLACKLIST = 1,
    /** The user is not on the current user's blacklist. */
    NOT_IN_BLACKLIST = 2,
}

/** Chatroom status reported by `setOnChatRoomStatusChangedListener`. */
export enum RCIMIWChatRoomStatus {
    /** The chatroom was reset. */
    RESET = 0,
    /** Destroyed through the IM Server API. */
    DESTROY_MANUAL = 1,
    /** Destroyed automatically by the server (default: 1 hour without activity). */
    DESTROY_AUTO = 2,
}

/** Native log level (`changeLogLevel`). */
export enum RCIMIWLogLevel {
    /** No logs. */
    NONE = 0,
    /** Errors only. */
    ERROR = 1,
    /** Errors and warnings. */
    WARN = 2,
    /** Errors, warnings and info. */
    INFO = 3,
    /** Errors, warnings, info and debug. */
    DEBUG = 4,
    /** Everything. */
    VERBOSE = 5,
}

/** Kind of @-mention. */
export enum RCIMIWMentionedType {
    /** @all. */
    ALL = 0,
    /** @ the users in `userIdList`. */
    PART = 1,
}

/** Kind of chatroom KV change. The RN wrapper spells these members in PascalCase. */
export enum RCIMIWChatRoomEntriesOperationType {
    /** Keys were set or updated. */
    Update = 0,
    /** Keys were removed. */
    Remove = 1,
}

/** Global quiet-hours level (`changeNotificationQuietHours`). */
export enum RCIMIWPushNotificationQuietHoursLevel {
    /** Not set: fall through to conversation, group or app settings. */
    NONE = 0,
    /** Groups and ultra groups: only @ messages notify. Private chats: nothing notifies. */
    MENTION_MESSAGE = 1,
    /** Nothing notifies. */
    BLOCKED = 2,
}

/** Chatroom member action (`setOnChatRoomMemberChangedListener`). */
export enum RCIMIWChatRoomMemberActionType {
    /** Unknown. */
    UNKNOWN = 0,
    /** The user joined. */
    JOIN = 1,
    /** The user left. */
    LEAVE = 2,
}

/** Why a message was blocked by content moderation (`setOnMessageBlockedListener`). */
export enum RCIMIWMessageBlockType {
    /** Unknown. */
    UNKNOWN = 0,
    /** Matched RongCloud's built-in global sensitive words. */
    GLOBAL = 1,
    /** Matched the app's custom sensitive words. */
    CUSTOM = 2,
    /** Blocked by third-party moderation, or the message router decided not to deliver it. */
    THIRD_PARTY = 3,
}

/** Ultra-group typing status. */
export enum RCIMIWUltraGroupTypingStatus {
    /** Typing text. */
    TEXT = 0,
}

/**
 * Wrapper error codes as the TS enum declares them (seed L8026–8058). Native never produces 1–4: the engine's
 * immediate codes are 0, -101 (PARAM_ERROR), -102 (ENGINE_DESTROYED), -103 (NATIVE_OPERATION_ERROR) and
 * -104 (RESULT_UNKNOWN). Kept as documented so that apps comparing against it type-check.
 */
export enum RCIMIWErrorCode {
    /** Success. */
    SUCCESS = 0,
    /** Invalid parameter (native: -101). */
    PARAM_ERROR = 1,
    /** Engine not created or already destroyed (native: -102). */
    ENGINE_DESTROYED = 2,
    /** Error thrown by the native SDK (native: -103). */
    NATIVE_OPERATION_ERROR = 3,
    /** Unknown error (native: -104). */
    RESULT_UNKNOWN = 4,
}

/** Huawei push importance (`RCIMIWAndroidPushOptions.importanceHW`). */
export enum RCIMIWImportanceHW {
    /** Service and communication message: lock screen, ringtone and vibration. */
    NORMAL = 0,
    /** Marketing message: silent, shown only in the notification shade. */
    LOW = 1,
}

/** vivo push channel type (`RCIMIWAndroidPushOptions.pushTypeVIVO`). */
export enum RCIMIWVIVOPushType {
    /** Marketing (operations) message. */
    OPERATE = 0,
    /** System message. */
    SYSTEM = 1,
}

// ---------------------------------------------------------------------------------------------------------
// Engine options
// ---------------------------------------------------------------------------------------------------------

/** Android vendor push configuration, given once in `RCIMIWEngine.create` (push starts at init). */
export interface RCIMIWPushOptions {
    /** Xiaomi push app ID. */
    idMI?: string;
    /** Xiaomi push app key. */
    appKeyMI?: string;
    /** Meizu push app ID. */
    appIdMeizu?: string;
    /** Meizu push app key. */
    appKeyMeizu?: string;
    /** OPPO push app key. */
    appKeyOPPO?: string;
    /** OPPO push app secret. */
    appSecretOPPO?: string;
    /** Whether Huawei push is enabled. */
    enableHWPush?: boolean;
    /** Whether FCM is enabled. */
    enableFCM?: boolean;
    /** Whether vivo push is enabled. */
    enableVIVOPush?: boolean;
}

/**
 * Media compression settings. The seed's table (L530–531) swaps the meanings of `originalImageSize` and
 * `originalImageMaxSize`; the descriptions here follow the SDK.
 */
export interface RCIMIWCompressOptions {
    /** Compression quality of the original image. */
    originalImageQuality?: number;
    /** Maximum length of the original image's longest side. */
    originalImageSize?: number;
    /** Size limit under which the original image is sent uncompressed. */
    originalImageMaxSize?: number;
    /** Thumbnail compression quality. */
    thumbnailQuality?: number;
    /** Maximum thumbnail width/height. */
    thumbnailMaxSize?: number;
    /** Minimum thumbnail width/height. */
    thumbnailMinSize?: number;
    /** Short-video compression width; a multiple of 16 is recommended. */
    sightCompressWidth?: number;
    /** Short-video compression height; a multiple of 16 is recommended. */
    sightCompressHeight?: number;
    /**
     * Location-message thumbnail compression quality.
     * @since 5.2.5
     */
    locationThumbnailQuality?: number;
    /**
     * Location-message thumbnail width.
     * @since 5.2.5
     */
    locationThumbnailWidth?: number;
    /**
     * Location-message thumbnail height.
     * @since 5.2.5
     */
    locationThumbnailHeight?: number;
}

/** Options of `RCIMIWEngine.create`; all of them must be given there, before `connect`. */
export interface RCIMIWEngineOptions {
    /** Navigation server of a private deployment or another data center; without it the China data center is used. */
    naviServer?: string;
    /** Media (file and image upload) server of a private deployment. */
    fileServer?: string;
    /**
     * Statistics upload server (independent data centers only). `https://host[:port]` defaults to port 443,
     * a bare `host[:port]` means http on port 80. An invalid value stops push from working.
     */
    statisticServer?: string;
    /**
     * Reconnect-kick policy: when true, a device that is reconnecting gives up if another mobile device of
     * the same user is online, instead of kicking it (needs the matching AppKey feature).
     */
    kickReconnectDevice?: boolean;
    /** Media compression settings. */
    compressOptions?: RCIMIWCompressOptions;
    /** Android vendor push configuration. */
    pushOptions?: RCIMIWPushOptions;
}

// ---------------------------------------------------------------------------------------------------------
// Per-message push options
// ---------------------------------------------------------------------------------------------------------

/** Android-specific push options of one message. */
export interface RCIMIWAndroidPushOptions {
    /** Push notification ID (Xiaomi and Huawei only); defaults to the message's `messageUId`. */
    notificationId?: string;
    /** Xiaomi channel ID. */
    channelIdMi?: string;
    /** Huawei channel ID (created by the app). */
    channelIdHW?: string;
    /** OPPO channel ID (created by the app). */
    channelIdOPPO?: string;
    /** vivo push type. */
    pushTypeVIVO?: RCIMIWVIVOPushType;
    /** FCM collapse key (notification-message mode; SDK >= 5.1.3). */
    collapseKeyFCM?: string;
    /** FCM notification image URL (certificate auth, notification-message mode; SDK >= 5.1.3). */
    imageUrlFCM?: string;
    /**
     * Huawei message importance. The 5.2.4 wrapper and the seed (L7676) type it `string`.
     * @since 5.2.5
     */
    importanceHW?: RCIMIWImportanceHW;
    /** Huawei large-icon URL (HTTPS, < 512 KB). */
    imageUrlHW?: string;
    /** Xiaomi large-icon URL (120x120 png/jpg). */
    imageUrlMi?: string;
    /** FCM channel ID; the app must create the channel first. */
    channelIdFCM?: string;
}

/** iOS-specific push options of one message. */
export interface RCIMIWIOSPushOptions {
    /** Notification group (thread-id); iOS 10+. */
    threadId?: string;
    /** Rich-push category; sets mutable-content; used with `richMediaUri`. */
    category?: string;
    /** Notifications with the same collapse ID replace each other; at most 64 bytes; iOS 10+. */
    apnsCollapseId?: string;
    /** Rich-push media URL; used with `category`. */
    richMediaUri?: string;
}

/** Push options of one message; set by the sender, empty on the receiver. */
export interface RCIMIWMessagePushOptions {
    /** Whether to suppress the push notification for this message. */
    disableNotification?: boolean;
    /** Whether to hide the notification title (iOS receivers only; Android vendors require a title). */
    disablePushTitle?: boolean;
    /** Push title; highest priority, overrides templates. */
    pushTitle?: string;
    /** Push content; highest priority, overrides templates. */
    pushContent?: string;
    /** Extra data delivered with the push. */
    pushData?: string;
    /** Show the content even if the receiver chose to hide push details. */
    forceShowDetailContent?: boolean;
    /** Push template ID, matched against the receiver's push language. */
    templateId?: string;
    /** Deliver through the VoIP channel to iOS receivers. */
    voIPPush?: boolean;
    /** iOS options. */
    iOSPushOptions?: RCIMIWIOSPushOptions;
    /** Android options. */
    androidPushOptions?: RCIMIWAndroidPushOptions;
}

// ---------------------------------------------------------------------------------------------------------
// Message parts
// ---------------------------------------------------------------------------------------------------------

/** User information carried by a message. */
export interface RCIMIWUserInfo {
    /** User ID. */
    userId?: string;
    /** Display name. */
    name?: string;
    /** Alias (remark). */
    alias?: string;
    /** Avatar URL. */
    portrait?: string;
    /** Extra information. */
    extra?: string;
}

/** @-mention information; set on a group message before sending. */
export interface RCIMIWMentionedInfo {
    /** @all or @some users. */
    type?: RCIMIWMentionedType;
    /** Mentioned user IDs (PART); may be empty for ALL. */
    userIdList?: Array<string>;
    /** Text shown in local notifications and remote push; overrides any other push content. */
    mentionedContent?: string;
}

/** Group read-receipt state of a message. */
export interface RCIMIWGroupReadReceiptInfo {
    /** Whether the sender requested read receipts for this message. */
    readReceiptMessage?: boolean;
    /** Whether the current user (a receiver) has responded. */
    hasRespond?: boolean;
    /** Members who responded: userId to response time (ms). A plain object, never a `Map`. */
    respondUserIds?: { [userId: string]: number };
}

// ---------------------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------------------

/**
 * Base of every message object, as `RCIMIWMessage.toMap()` writes it (boundary §5.4). Native dispatches on
 * `messageType` when it reads a message back; without it Android answers -101. `offLine` and unknown keys
 * are ignored on the way in.
 */
export interface RCIMIWMessage {
    /** Conversation type. */
    conversationType: RCIMIWConversationType;
    /** Content type; decides the extra keys. */
    messageType: RCIMIWMessageType;
    /** Conversation ID. */
    targetId: string;
    /** Ultra-group channel ID (at most 20 characters); null or absent elsewhere. */
    channelId?: string;
    /** Local database ID; 0 for a message that is not stored. */
    messageId: number;
    /** Server-side unique ID (unique per AppKey); set only after a successful send. */
    messageUId?: string;
    /** Whether the message arrived as an offline message; meaningful only in the receive listener. Note the capital L. */
    offLine: boolean;
    /** Receive time (Unix ms). */
    receivedTime: number;
    /** Send time (Unix ms). */
    sentTime: number;
    /** Receive status; absent when native had none (an Android quirk writes the default under `direction`). */
    receivedStatus?: RCIMIWReceivedStatus;
    /** Send status; absent when native had none (same Android quirk). */
    sentStatus?: RCIMIWSentStatus;
    /** Sender's user ID. */
    senderUserId?: string;
    /** Direction; defaults to SEND. */
    direction: RCIMIWMessageDirection;
    /** Extra field the receiver also gets. */
    extra?: string;
    /**
     * Expansion key/values. Setting it (even to `{}`) before sending enables expansion; private and group
     * chats only; key at most 32 chars, value at most 4096, at most 300 entries. A plain object, never a `Map`;
     * native sends `null` or leaves it out when expansion is off.
     */
    expansion?: { [key: string]: string };
    /** Group read-receipt state; present only when set. */
    groupReadReceiptInfo?: RCIMIWGroupReadReceiptInfo;
    /** Sender information; present only when set. */
    userInfo?: RCIMIWUserInfo;
    /** @-mention information; present only when set. */
    mentionedInfo?: RCIMIWMentionedInfo;
    /** Push options; configurable by the sender only; present only when set. */
    pushOptions?: RCIMIWMessagePushOptions;
}

/** Text message (`messageType` TEXT). */
export interface RCIMIWTextMessage extends RCIMIWMessage {
    /** Text content. */
    text?: string;
}

/** Base of media messages (voice, image, file, sight, GIF); send with `sendMediaMessage`. */
export interface RCIMIWMediaMessage extends RCIMIWMessage {
    /** Local file path. */
    local?: string;
    /** Remote URL once uploaded. */
    remote?: string;
}

/** Voice message (`messageType` VOICE). */
export interface RCIMIWVoiceMessage extends RCIMIWMediaMessage {
    /** Duration in seconds. */
    duration?: number;
}

/** Image message (`messageType` IMAGE). */
export interface RCIMIWImageMessage extends RCIMIWMediaMessage {
    /** Base64 thumbnail. */
    thumbnailBase64String?: string;
    /** Whether the original image is sent. */
    original?: boolean;
}

/** File message (`messageType` FILE). */
export interface RCIMIWFileMessage extends RCIMIWMediaMessage {
    /** File name. */
    name?: string;
    /** File type (extension). */
    fileType?: string;
    /** Size in bytes. */
    size?: number;
}

/** Short-video message (`messageType` SIGHT). */
export interface RCIMIWSightMessage extends RCIMIWMediaMessage {
    /** Duration in seconds (the seed, L1249, calls it a voice duration); at most 2 minutes by default. */
    duration?: number;
    /** Size in bytes. */
    size?: number;
    /** Video name. */
    name?: string;
    /** Base64 thumbnail. */
    thumbnailBase64String?: string;
}

/** GIF message (`messageType` GIF). */
export interface RCIMIWGIFMessage extends RCIMIWMediaMessage {
    /** Size in bytes. */
    dataSize?: number;
    /** Width in pixels. */
    width?: number;
    /** Height in pixels. */
    height?: number;
}

/** Quote message (`messageType` REFERENCE). */
export interface RCIMIWReferenceMessage extends RCIMIWMessage {
    /** Quoting text. */
    text?: string;
    /** The quoted message (a nested message object). */
    referenceMessage?: RCIMIWMessage;
}

/** Custom message (`messageType` CUSTOM). */
export interface RCIMIWCustomMessage extends RCIMIWMessage {
    /** Identifier (object name) of the custom type; must be unique. */
    identifier?: string;
    /** Storage policy. */
    policy?: RCIMIWCustomMessagePolicy;
    /** Key/values. A plain object inside the message, although `createCustomMessage` takes a `Map`. */
    fields?: { [key: string]: string };
}

/**
 * Location message (`messageType` LOCATION).
 * @since 5.2.5
 */
export interface RCIMIWLocationMessage extends RCIMIWMessage {
    /** Longitude. */
    longitude?: number;
    /** Latitude. */
    latitude?: number;
    /** Point-of-interest name. */
    poiName?: string;
    /** Thumbnail path. */
    thumbnailPath?: string;
}

/** Recall notification that replaces a recalled message (`messageType` RECALL); not creatable by the app. */
export interface RCIMIWRecallNotificationMessage extends RCIMIWMessage {
    /** Whether an admin recalled it. */
    admin?: boolean;
    /** Whether the original was deleted. */
    deleted?: boolean;
    /** Send time of the recalled original (ms). */
    recallTime?: number;
    /** Time of the recall action (ms). */
    recallActionTime?: number;
    /** The recalled original (a nested message object). */
    originalMessage?: RCIMIWMessage;
}

/** Command message (`messageType` COMMAND): not stored, not counted as unread. */
export interface RCIMIWCommandMessage extends RCIMIWMessage {
    /** Command name. */
    name?: string;
    /** Command data; any string, e.g. JSON. */
    data?: string;
}

/** Command notification (`messageType` COMMAND_NOTIFICATION): stored, not counted as unread. */
export interface RCIMIWCommandNotificationMessage extends RCIMIWMessage {
    /** Notification name. */
    name?: string;
    /** Notification data; any string, e.g. JSON. */
    data?: string;
}

/** A message the SDK could not decode (`messageType` UNKNOWN); not creatable by the app. */
export interface RCIMIWUnknownMessage extends RCIMIWMessage {
    /** Raw content. */
    rawData?: string;
    /** Object name of the undecoded type. */
    objectName?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Other objects native sends
// ---------------------------------------------------------------------------------------------------------

/** A conversation, built by the SDK from sent and received messages. */
export interface RCIMIWConversation {
    /** Conversation type. */
    conversationType: RCIMIWConversationType;
    /** Peer user ID, group ID, chatroom ID, ultra-group ID or system account ID. */
    targetId: string;
    /** Ultra-group channel ID. */
    channelId?: string;
    /** Unread message count (chatrooms are never counted). */
    unreadCount: number;
    /** Unread messages that @-mention the current user. */
    mentionedCount: number;
    /** Whether the conversation is pinned. */
    top: boolean;
    /** Draft text. */
    draft?: string;
    /** Do-not-disturb level. */
    notificationLevel: RCIMIWPushNotificationLevel;
    /** Last locally stored message. */
    lastMessage?: RCIMIWMessage;
    /**
     * Send time of the first unread message (ms). Native writes this key; the 5.2.5 TS interface does not
     * declare it.
     */
    firstUnreadMsgSendTime?: number;
}

/** One hit of `searchConversations`. */
export interface RCIMIWSearchConversationResult {
    /** The matching conversation. */
    conversation: RCIMIWConversation;
    /** Number of matching messages in it. */
    count: number;
}

/** A message blocked by content moderation (the seed, L7988, spells the ID field `blockMsgUId`). */
export interface RCIMIWBlockedMessageInfo {
    /** Conversation type of the blocked message. */
    conversationType: RCIMIWConversationType;
    /** Conversation ID. */
    targetId: string;
    /** UID of the blocked message. */
    blockedMsgUId: string;
    /** Extra information. */
    extra?: string;
    /** Why it was blocked. */
    blockType: RCIMIWMessageBlockType;
}

/** One user typing in a private chat. */
export interface RCIMIWTypingStatus {
    /** The typing user. */
    userId: string;
    /** Content type being typed: the `currentType` the sender passed to `sendTypingStatus`. */
    contentType: string;
    /** When the typing status was sent (ms). */
    sentTime: number;
}

/** Ultra-group typing information (the server batches it, e.g. every 5 seconds). */
export interface RCIMIWUltraGroupTypingStatusInfo {
    /** Ultra-group ID. */
    targetId: string;
    /** Channel ID. */
    channelId?: string;
    /** The typing user. */
    userId: string;
    /** Number of typing users. */
    userNums: number;
    /** Typing status. */
    status: RCIMIWUltraGroupTypingStatus;
    /** Server time of the typing action (ms). */
    timestamp: number;
}

/** A chatroom member joining or leaving. */
export interface RCIMIWChatRoomMemberAction {
    /** The user. */
    userId: string;
    /** Join or leave. */
    actionType: RCIMIWChatRoomMemberActionType;
}

// ---------------------------------------------------------------------------------------------------------
// Per-call callbacks (5.2.5). Each callback fires at most once per call, matched by the call's eventId; its
// parameter names are the payload keys of the per-call event "<Method>:<callbackName>".
// ---------------------------------------------------------------------------------------------------------

/**
 * Result callback of the `get…` methods: `onSuccess(t)` reads `{t}`, `onError(code)` reads `{code}` of the
 * events "<Method>:onSuccess" and "<Method>:onError". Exactly one of them fires when the call returned 0.
 */
export interface IRCIMIWObjectCallback<T> {
    /** The result. Android leaves `t` out when the native object is null (e.g. nothing found). */
    onSuccess?(t: T): void;
    /** The IMLib error code (non-zero). */
    onError?(code: number): void;
}

/**
 * Per-call callback of `connect` (events "Connect:onDatabaseOpened", "Connect:onConnected").
 */
export interface IRCIMIWConnectCallback {
    /**
     * The local database opened (`code` 0) or failed to open; comes before onConnected.
     */
    onDatabaseOpened?(code: number): void;

    /**
     * Connect outcome: `code` 0 with the `userId`, or an error code (e.g. 31004, 34006) with an empty userId.
     */
    onConnected?(code: number, userId: string): void;
}

/**
 * Per-call callback of `sendMessage` (events "SendMessage:onMessageSaved", "SendMessage:onMessageSent").
 */
export interface IRCIMIWSendMessageCallback {
    /**
     * The message was stored in the local database and has its `messageId` (storable types only).
     */
    onMessageSaved?(message: RCIMIWMessage): void;

    /**
     * Send outcome: `code` 0 or an IMLib error, with the message (sentStatus and, on success, messageUId
     * updated).
     */
    onMessageSent?(code: number, message: RCIMIWMessage): void;
}

/**
 * Per-call callback of `sendMediaMessage` (events "SendMediaMessage:onMediaMessageSaved",
 * "SendMediaMessage:onMediaMessageSending", "SendMediaMessage:onSendingMediaMessageCanceled",
 * "SendMediaMessage:onMediaMessageSent").
 */
export interface IRCIMIWSendMediaMessageListener {
    /**
     * The media message was stored in the local database and has its `messageId`.
     */
    onMediaMessageSaved?(message: RCIMIWMediaMessage): void;

    /**
     * Upload progress, 0–100. The wrapper never removes this subscription.
     */
    onMediaMessageSending?(message: RCIMIWMediaMessage, progress: number): void;

    /**
     * The upload was canceled by cancelSendingMediaMessage.
     */
    onSendingMediaMessageCanceled?(message: RCIMIWMediaMessage): void;

    /**
     * Send outcome: `code` 0 or an IMLib error, with the message (`remote` set on success).
     */
    onMediaMessageSent?(code: number, message: RCIMIWMediaMessage): void;
}

/**
 * Per-call callback of `cancelSendingMediaMessage` (events
 * "CancelSendingMediaMessage:onCancelSendingMediaMessageCalled").
 */
export interface IRCIMIWCancelSendingMediaMessageCallback {
    /**
     * Outcome of the cancel request: `code` 0 on success, with the message.
     */
    onCancelSendingMediaMessageCalled?(code: number, message: RCIMIWMediaMessage): void;
}

/**
 * Per-call callback of `downloadMediaMessage` (events "DownloadMediaMessage:onMediaMessageDownloading",
 * "DownloadMediaMessage:onDownloadingMediaMessageCanceled", "DownloadMediaMessage:onMediaMessageDownloaded").
 */
export interface IRCIMIWDownloadMediaMessageListener {
    /**
     * Download progress, 0–100. The wrapper never removes this subscription.
     */
    onMediaMessageDownloading?(message: RCIMIWMediaMessage, progress: number): void;

    /**
     * The download was canceled by cancelDownloadingMediaMessage.
     */
    onDownloadingMediaMessageCanceled?(message: RCIMIWMediaMessage): void;

    /**
     * Download outcome: `code` 0 with `local` set, or an IMLib error.
     */
    onMediaMessageDownloaded?(code: number, message: RCIMIWMediaMessage): void;
}

/**
 * Per-call callback of `cancelDownloadingMediaMessage` (events
 * "CancelDownloadingMediaMessage:onCancelDownloadingMediaMessageCalled").
 */
export interface IRCIMIWCancelDownloadingMediaMessageCallback {
    /**
     * Outcome of the cancel request: `code` 0 on success, with the message.
     */
    onCancelDownloadingMediaMessageCalled?(code: number, message: RCIMIWMediaMessage): void;
}

/**
 * Callback of `getConversation`: `onSuccess(t)` receives the conversation (left out on Android when there is
 * none).
 */
export interface IRCIMIWGetConversationCallback extends IRCIMIWObjectCallback<RCIMIWConversation> {}

/**
 * Callback of `getConversations`: `onSuccess(t)` receives the conversations, pinned first, then newest first.
 */
export interface IRCIMIWGetConversationsCallback extends IRCIMIWObjectCallback<Array<RCIMIWConversation>> {}

/**
 * Per-call callback of `removeConversation` (events "RemoveConversation:onConversationRemoved").
 */
export interface IRCIMIWRemoveConversationCallback {
    /**
     * Outcome of `removeConversation`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onConversationRemoved?(code: number): void;
}

/**
 * Per-call callback of `removeConversations` (events "RemoveConversations:onConversationsRemoved").
 */
export interface IRCIMIWRemoveConversationsCallback {
    /**
     * Outcome of `removeConversations`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onConversationsRemoved?(code: number): void;
}

/**
 * Callback of `getUnreadCount`: `onSuccess(t)` receives the unread count.
 */
export interface IRCIMIWGetUnreadCountCallback extends IRCIMIWObjectCallback<number> {}

/**
 * Callback of `getTotalUnreadCount`: `onSuccess(t)` receives the total unread count.
 */
export interface IRCIMIWGetTotalUnreadCountCallback extends IRCIMIWObjectCallback<number> {}

/**
 * Callback of `getUnreadMentionedCount`: `onSuccess(t)` receives the unread @-mention count.
 */
export interface IRCIMIWGetUnreadMentionedCountCallback extends IRCIMIWObjectCallback<number> {}

/**
 * Callback of `getUltraGroupAllUnreadCount`: `onSuccess(t)` receives the unread count over all ultra groups
 * (capped at 999).
 */
export interface IRCIMIWGetUltraGroupAllUnreadCountCallback extends IRCIMIWObjectCallback<number> {}

/**
 * Callback of `getUltraGroupAllUnreadMentionedCount`: `onSuccess(t)` receives the unread @-mention count over
 * all ultra groups (capped at 999).
 */
export interface IRCIMIWGetUltraGroupAllUnreadMentionedCountCallback extends IRCIMIWObjectCallback<number> {}

/**
 * Callback of `getUltraGroupUnreadCount`: `onSuccess(t)` receives the unread count of the ultra group (capped at
 * 999).
 */
export interface IRCIMIWGetUltraGroupUnreadCountCallback extends IRCIMIWObjectCallback<number> {}

/**
 * Callback of `getUltraGroupUnreadMentionedCount`: `onSuccess(t)` receives the unread @-mention count of the
 * ultra group (capped at 999).
 */
export interface IRCIMIWGetUltraGroupUnreadMentionedCountCallback extends IRCIMIWObjectCallback<number> {}

/**
 * Callback of `getUnreadCountByConversationTypes`: `onSuccess(t)` receives the unread count over the types.
 */
export interface IRCIMIWGetUnreadCountByConversationTypesCallback extends IRCIMIWObjectCallback<number> {}

/**
 * Per-call callback of `clearUnreadCount` (events "ClearUnreadCount:onUnreadCountCleared").
 */
export interface IRCIMIWClearUnreadCountCallback {
    /**
     * Outcome of `clearUnreadCount`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onUnreadCountCleared?(code: number): void;
}

/**
 * Per-call callback of `saveDraftMessage` (events "SaveDraftMessage:onDraftMessageSaved").
 */
export interface IRCIMIWSaveDraftMessageCallback {
    /**
     * Outcome of `saveDraftMessage`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onDraftMessageSaved?(code: number): void;
}

/**
 * Callback of `getDraftMessage`: `onSuccess(t)` receives the draft text.
 */
export interface IRCIMIWGetDraftMessageCallback extends IRCIMIWObjectCallback<string> {}

/**
 * Per-call callback of `clearDraftMessage` (events "ClearDraftMessage:onDraftMessageCleared").
 */
export interface IRCIMIWClearDraftMessageCallback {
    /**
     * Outcome of `clearDraftMessage`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onDraftMessageCleared?(code: number): void;
}

/**
 * Callback of `getBlockedConversations`: `onSuccess(t)` receives the do-not-disturb conversations.
 */
export interface IRCIMIWGetBlockedConversationsCallback extends IRCIMIWObjectCallback<Array<RCIMIWConversation>> {}

/**
 * Per-call callback of `changeConversationTopStatus` (events
 * "ChangeConversationTopStatus:onConversationTopStatusChanged").
 */
export interface IRCIMIWChangeConversationTopStatusCallback {
    /**
     * Outcome of `changeConversationTopStatus`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onConversationTopStatusChanged?(code: number): void;
}

/**
 * Callback of `getConversationTopStatus`: `onSuccess(t)` receives whether the conversation is pinned (the SDK
 * declares the boxed type `Boolean`).
 */
export interface IRCIMIWGetConversationTopStatusCallback extends IRCIMIWObjectCallback<boolean> {}

/**
 * Per-call callback of `syncConversationReadStatus` (events
 * "SyncConversationReadStatus:onConversationReadStatusSynced").
 */
export interface IRCIMIWSyncConversationReadStatusCallback {
    /**
     * Outcome of `syncConversationReadStatus`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onConversationReadStatusSynced?(code: number): void;
}

/**
 * Callback of `getMessages`: `onSuccess(t)` receives the messages.
 */
export interface IRCIMIWGetMessagesCallback extends IRCIMIWObjectCallback<Array<RCIMIWMessage>> {}

/**
 * Callback of `getMessageById` / `getMessageByUId`: `onSuccess(t)` receives the message (left out on Android
 * when it does not exist).
 */
export interface IRCIMIWGetMessageCallback extends IRCIMIWObjectCallback<RCIMIWMessage> {}

/**
 * Callback of `getFirstUnreadMessage`: `onSuccess(t)` receives the oldest unread message (left out on Android
 * when there is none).
 */
export interface IRCIMIWGetFirstUnreadMessageCallback extends IRCIMIWObjectCallback<RCIMIWMessage> {}

/**
 * Callback of `getUnreadMentionedMessages`: `onSuccess(t)` receives the unread messages that @-mention the user.
 */
export interface IRCIMIWGetUnreadMentionedMessagesCallback extends IRCIMIWObjectCallback<Array<RCIMIWMessage>> {}

/**
 * Per-call callback of `insertMessage` (events "InsertMessage:onMessageInserted").
 */
export interface IRCIMIWInsertMessageCallback {
    /**
     * Outcome of `insertMessage`: `code` is 0 on success, otherwise the IMLib error code; also carries
     * `message`.
     */
    onMessageInserted?(code: number, message: RCIMIWMessage): void;
}

/**
 * Per-call callback of `insertMessages` (events "InsertMessages:onMessagesInserted").
 */
export interface IRCIMIWInsertMessagesCallback {
    /**
     * Outcome of `insertMessages`: `code` is 0 on success, otherwise the IMLib error code; also carries
     * `messages`.
     */
    onMessagesInserted?(code: number, messages: Array<RCIMIWMessage>): void;
}

/**
 * Per-call callback of `clearMessages` (events "ClearMessages:onMessagesCleared").
 */
export interface IRCIMIWClearMessagesCallback {
    /**
     * Outcome of `clearMessages`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onMessagesCleared?(code: number): void;
}

/**
 * Per-call callback of `deleteLocalMessages` (events "DeleteLocalMessages:onLocalMessagesDeleted").
 */
export interface IRCIMIWDeleteLocalMessagesCallback {
    /**
     * Outcome of `deleteLocalMessages`: `code` is 0 on success, otherwise the IMLib error code; also carries
     * `messages`.
     */
    onLocalMessagesDeleted?(code: number, messages: Array<RCIMIWMessage>): void;
}

/**
 * Per-call callback of `deleteMessages` (events "DeleteMessages:onMessagesDeleted").
 */
export interface IRCIMIWDeleteMessagesCallback {
    /**
     * Outcome of `deleteMessages`: `code` is 0 on success, otherwise the IMLib error code; also carries
     * `messages`.
     */
    onMessagesDeleted?(code: number, messages: Array<RCIMIWMessage>): void;
}

/**
 * Per-call callback of `recallMessage` (events "RecallMessage:onMessageRecalled").
 */
export interface IRCIMIWRecallMessageCallback {
    /**
     * Outcome of `recallMessage`: `code` is 0 on success, otherwise the IMLib error code; also carries
     * `message`.
     */
    onMessageRecalled?(code: number, message: RCIMIWMessage): void;
}

/**
 * Per-call callback of `sendPrivateReadReceiptMessage` (events
 * "SendPrivateReadReceiptMessage:onPrivateReadReceiptMessageSent").
 */
export interface IRCIMIWSendPrivateReadReceiptMessageCallback {
    /**
     * Outcome of `sendPrivateReadReceiptMessage`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onPrivateReadReceiptMessageSent?(code: number): void;
}

/**
 * Per-call callback of `sendGroupReadReceiptRequest` (events
 * "SendGroupReadReceiptRequest:onGroupReadReceiptRequestSent").
 */
export interface IRCIMIWSendGroupReadReceiptRequestCallback {
    /**
     * Outcome of `sendGroupReadReceiptRequest`: `code` is 0 on success, otherwise the IMLib error code; also
     * carries `message`.
     */
    onGroupReadReceiptRequestSent?(code: number, message: RCIMIWMessage): void;
}

/**
 * Per-call callback of `sendGroupReadReceiptResponse` (events
 * "SendGroupReadReceiptResponse:onGroupReadReceiptResponseSent").
 */
export interface IRCIMIWSendGroupReadReceiptResponseCallback {
    /**
     * Outcome: `code` 0 on success; `message` (singular name, as the SDK spells it) is the array of messages
     * responded to.
     */
    onGroupReadReceiptResponseSent?(code: number, message: Array<RCIMIWMessage>): void;
}

/**
 * Per-call callback of `updateMessageExpansion` (events "UpdateMessageExpansion:onMessageExpansionUpdated").
 */
export interface IRCIMIWUpdateMessageExpansionCallback {
    /**
     * Outcome of `updateMessageExpansion`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onMessageExpansionUpdated?(code: number): void;
}

/**
 * Per-call callback of `removeMessageExpansionForKeys` (events
 * "RemoveMessageExpansionForKeys:onMessageExpansionForKeysRemoved").
 */
export interface IRCIMIWRemoveMessageExpansionForKeysCallback {
    /**
     * Outcome of `removeMessageExpansionForKeys`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onMessageExpansionForKeysRemoved?(code: number): void;
}

/**
 * Per-call callback of `changeMessageSentStatus` (events "ChangeMessageSentStatus:onMessageSentStatusChanged").
 */
export interface IRCIMIWChangeMessageSentStatusCallback {
    /**
     * Outcome of `changeMessageSentStatus`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onMessageSentStatusChanged?(code: number): void;
}

/**
 * Per-call callback of `changeMessageReceiveStatus` (events
 * "ChangeMessageReceiveStatus:onMessageReceiveStatusChanged").
 */
export interface IRCIMIWChangeMessageReceivedStatusCallback {
    /**
     * Outcome of `changeMessageReceiveStatus`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onMessageReceiveStatusChanged?(code: number): void;
}

/**
 * Per-call callback of `joinChatRoom` (events "JoinChatRoom:onChatRoomJoined").
 */
export interface IRCIMIWJoinChatRoomCallback {
    /**
     * Outcome of `joinChatRoom`: `code` is 0 on success, otherwise the IMLib error code; also carries
     * `targetId`.
     */
    onChatRoomJoined?(code: number, targetId: string): void;
}

/**
 * Per-call callback of `leaveChatRoom` (events "LeaveChatRoom:onChatRoomLeft").
 */
export interface IRCIMIWLeaveChatRoomCallback {
    /**
     * Outcome of `leaveChatRoom`: `code` is 0 on success, otherwise the IMLib error code; also carries
     * `targetId`.
     */
    onChatRoomLeft?(code: number, targetId: string): void;
}

/**
 * Callback of `getChatRoomMessages`: `onSuccess(t)` receives the chatroom messages.
 */
export interface IRCIMIWGetChatRoomMessagesCallback extends IRCIMIWObjectCallback<Array<RCIMIWMessage>> {}

/**
 * Per-call callback of `addChatRoomEntry` (events "AddChatRoomEntry:onChatRoomEntryAdded").
 */
export interface IRCIMIWAddChatRoomEntryCallback {
    /**
     * Outcome of `addChatRoomEntry`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onChatRoomEntryAdded?(code: number): void;
}

/**
 * Per-call callback of `addChatRoomEntries` (events "AddChatRoomEntries:onChatRoomEntriesAdded").
 */
export interface IRCIMIWAddChatRoomEntriesCallback {
    /**
     * Outcome: `code` 0, or 23428 with `errors` mapping each failed key to its code. Declared as a `Map`, but
     * the wrapper does not convert per-call payloads: `errors` arrives as a plain object.
     */
    onChatRoomEntriesAdded?(code: number, errors: Map<string, number>): void;
}

/**
 * Callback of `getChatRoomEntry`: `onSuccess(t)` receives the attribute as key/value; declared `Map<string,
 * string>`, but the wrapper does not convert per-call payloads: it arrives as a plain object.
 */
export interface IRCIMIWGetChatRoomEntryCallback extends IRCIMIWObjectCallback<Map<string, string>> {}

/**
 * Callback of `getChatRoomAllEntries`: `onSuccess(t)` receives all attributes; declared `Map<string, string>`,
 * but the wrapper does not convert per-call payloads: it arrives as a plain object.
 */
export interface IRCIMIWGetChatRoomAllEntriesCallback extends IRCIMIWObjectCallback<Map<string, string>> {}

/**
 * Per-call callback of `removeChatRoomEntry` (events "RemoveChatRoomEntry:onChatRoomEntryRemoved").
 */
export interface IRCIMIWRemoveChatRoomEntryCallback {
    /**
     * Outcome of `removeChatRoomEntry`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onChatRoomEntryRemoved?(code: number): void;
}

/**
 * Per-call callback of `removeChatRoomEntries` (events "RemoveChatRoomEntries:onChatRoomEntriesRemoved").
 */
export interface IRCIMIWRemoveChatRoomEntriesCallback {
    /**
     * Outcome of `removeChatRoomEntries`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onChatRoomEntriesRemoved?(code: number): void;
}

/**
 * Per-call callback of `addToBlacklist` (events "AddToBlacklist:onBlacklistAdded").
 */
export interface IRCIMIWAddToBlacklistCallback {
    /**
     * Outcome of `addToBlacklist`: `code` is 0 on success, otherwise the IMLib error code; also carries
     * `userId`.
     */
    onBlacklistAdded?(code: number, userId: string): void;
}

/**
 * Per-call callback of `removeFromBlacklist` (events "RemoveFromBlacklist:onBlacklistRemoved").
 */
export interface IRCIMIWRemoveFromBlacklistCallback {
    /**
     * Outcome of `removeFromBlacklist`: `code` is 0 on success, otherwise the IMLib error code; also carries
     * `userId`.
     */
    onBlacklistRemoved?(code: number, userId: string): void;
}

/**
 * Callback of `getBlacklistStatus`: `onSuccess(t)` receives the blacklist status.
 */
export interface IRCIMIWGetBlacklistStatusCallback extends IRCIMIWObjectCallback<RCIMIWBlacklistStatus> {}

/**
 * Callback of `getBlacklist`: `onSuccess(t)` receives the blacklisted user IDs.
 */
export interface IRCIMIWGetBlacklistCallback extends IRCIMIWObjectCallback<Array<string>> {}

/**
 * Callback of `searchMessages`: `onSuccess(t)` receives the matching messages.
 */
export interface IRCIMIWSearchMessagesCallback extends IRCIMIWObjectCallback<Array<RCIMIWMessage>> {}

/**
 * Callback of `searchMessagesByTimeRange`: `onSuccess(t)` receives the matching messages.
 */
export interface IRCIMIWSearchMessagesByTimeRangeCallback extends IRCIMIWObjectCallback<Array<RCIMIWMessage>> {}

/**
 * Callback of `searchMessagesByUserId`: `onSuccess(t)` receives the matching messages.
 */
export interface IRCIMIWSearchMessagesByUserIdCallback extends IRCIMIWObjectCallback<Array<RCIMIWMessage>> {}

/**
 * Callback of `searchConversations`: `onSuccess(t)` receives the matching conversations with their match counts.
 */
export interface IRCIMIWSearchConversationsCallback extends IRCIMIWObjectCallback<Array<RCIMIWSearchConversationResult>> {}

/**
 * Per-call callback of `changeNotificationQuietHours` (events
 * "ChangeNotificationQuietHours:onNotificationQuietHoursChanged").
 */
export interface IRCIMIWChangeNotificationQuietHoursCallback {
    /**
     * Outcome of `changeNotificationQuietHours`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onNotificationQuietHoursChanged?(code: number): void;
}

/**
 * Per-call callback of `removeNotificationQuietHours` (events
 * "RemoveNotificationQuietHours:onNotificationQuietHoursRemoved").
 */
export interface IRCIMIWRemoveNotificationQuietHoursCallback {
    /**
     * Outcome of `removeNotificationQuietHours`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onNotificationQuietHoursRemoved?(code: number): void;
}

/**
 * Per-call callback of `getNotificationQuietHours` (events "GetNotificationQuietHours:onSuccess",
 * "GetNotificationQuietHours:onError").
 */
export interface IRCIMIWGetNotificationQuietHoursCallback {
    /**
     * The window: start time HH:MM:SS, length in minutes and level.
     */
    onSuccess?(startTime: string, spanMinutes: number, level: RCIMIWPushNotificationQuietHoursLevel): void;

    /**
     * The IMLib error code (non-zero).
     */
    onError?(code: number): void;
}

/**
 * Per-call callback of `changeConversationNotificationLevel` (events
 * "ChangeConversationNotificationLevel:onConversationNotificationLevelChanged").
 */
export interface IRCIMIWChangeConversationNotificationLevelCallback {
    /**
     * Outcome of `changeConversationNotificationLevel`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onConversationNotificationLevelChanged?(code: number): void;
}

/**
 * Callback of `getConversationNotificationLevel`: `onSuccess(t)` receives the level (NONE when never set).
 */
export interface IRCIMIWGetConversationNotificationLevelCallback extends IRCIMIWObjectCallback<RCIMIWPushNotificationLevel> {}

/**
 * Per-call callback of `changeConversationTypeNotificationLevel` (events
 * "ChangeConversationTypeNotificationLevel:onConversationTypeNotificationLevelChanged").
 */
export interface IRCIMIWChangeConversationTypeNotificationLevelCallback {
    /**
     * Outcome of `changeConversationTypeNotificationLevel`: `code` is 0 on success, otherwise the IMLib error
     * code.
     */
    onConversationTypeNotificationLevelChanged?(code: number): void;
}

/**
 * Callback of `getConversationTypeNotificationLevel`: `onSuccess(t)` receives the level.
 */
export interface IRCIMIWGetConversationTypeNotificationLevelCallback extends IRCIMIWObjectCallback<RCIMIWPushNotificationLevel> {}

/**
 * Per-call callback of `changeUltraGroupDefaultNotificationLevel` (events
 * "ChangeUltraGroupDefaultNotificationLevel:onUltraGroupDefaultNotificationLevelChanged").
 */
export interface IRCIMIWChangeUltraGroupDefaultNotificationLevelCallback {
    /**
     * Outcome of `changeUltraGroupDefaultNotificationLevel`: `code` is 0 on success, otherwise the IMLib error
     * code.
     */
    onUltraGroupDefaultNotificationLevelChanged?(code: number): void;
}

/**
 * Callback of `getUltraGroupDefaultNotificationLevel`: `onSuccess(t)` receives the level.
 */
export interface IRCIMIWGetUltraGroupDefaultNotificationLevelCallback extends IRCIMIWObjectCallback<RCIMIWPushNotificationLevel> {}

/**
 * Per-call callback of `changeUltraGroupChannelDefaultNotificationLevel` (events
 * "ChangeUltraGroupChannelDefaultNotificationLevel:onUltraGroupChannelDefaultNotificationLevelChanged").
 */
export interface IRCIMIWChangeUltraGroupChannelDefaultNotificationLevelCallback {
    /**
     * Outcome of `changeUltraGroupChannelDefaultNotificationLevel`: `code` is 0 on success, otherwise the IMLib
     * error code.
     */
    onUltraGroupChannelDefaultNotificationLevelChanged?(code: number): void;
}

/**
 * Callback of `getUltraGroupChannelDefaultNotificationLevel`: `onSuccess(t)` receives the level.
 */
export interface IRCIMIWGetUltraGroupChannelDefaultNotificationLevelCallback extends IRCIMIWObjectCallback<RCIMIWPushNotificationLevel> {}

/**
 * Per-call callback of `changePushContentShowStatus` (events
 * "ChangePushContentShowStatus:onPushContentShowStatusChanged").
 */
export interface IRCIMIWChangePushContentShowStatusCallback {
    /**
     * Outcome of `changePushContentShowStatus`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onPushContentShowStatusChanged?(code: number): void;
}

/**
 * Per-call callback of `changePushLanguage` (events "ChangePushLanguage:onPushLanguageChanged").
 */
export interface IRCIMIWChangePushLanguageCallback {
    /**
     * Outcome of `changePushLanguage`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onPushLanguageChanged?(code: number): void;
}

/**
 * Per-call callback of `changePushReceiveStatus` (events "ChangePushReceiveStatus:onPushReceiveStatusChanged").
 */
export interface IRCIMIWChangePushReceiveStatusCallback {
    /**
     * Outcome of `changePushReceiveStatus`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onPushReceiveStatusChanged?(code: number): void;
}

/**
 * Callback of `sendGroupMessageToDesignatedUsers`: the same members as the sendMessage callback.
 */
export interface IRCIMIWSendGroupMessageToDesignatedUsersCallback extends IRCIMIWSendMessageCallback {}

/**
 * Callback of `getMessageCount`: `onSuccess(t)` receives the number of local messages.
 */
export interface IRCIMIWGetMessageCountCallback extends IRCIMIWObjectCallback<number> {}

/**
 * Callback of `getTopConversations`: `onSuccess(t)` receives the pinned conversations.
 */
export interface IRCIMIWGetTopConversationsCallback extends IRCIMIWObjectCallback<Array<RCIMIWConversation>> {}

/**
 * Per-call callback of `syncUltraGroupReadStatus` (events
 * "SyncUltraGroupReadStatus:onUltraGroupReadStatusSynced").
 */
export interface IRCIMIWSyncUltraGroupReadStatusCallback {
    /**
     * Outcome of `syncUltraGroupReadStatus`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onUltraGroupReadStatusSynced?(code: number): void;
}

/**
 * Callback of `getConversationsForAllChannel`: `onSuccess(t)` receives the channel conversations, newest first.
 */
export interface IRCIMIWGetConversationsForAllChannelCallback extends IRCIMIWObjectCallback<Array<RCIMIWConversation>> {}

/**
 * Per-call callback of `modifyUltraGroupMessage` (events "ModifyUltraGroupMessage:onUltraGroupMessageModified").
 */
export interface IRCIMIWModifyUltraGroupMessageCallback {
    /**
     * Outcome of `modifyUltraGroupMessage`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onUltraGroupMessageModified?(code: number): void;
}

/**
 * Per-call callback of `recallUltraGroupMessage` (events "RecallUltraGroupMessage:onUltraGroupMessageRecalled").
 */
export interface IRCIMIWRecallUltraGroupMessageCallback {
    /**
     * Outcome of `recallUltraGroupMessage`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onUltraGroupMessageRecalled?(code: number): void;
}

/**
 * Per-call callback of `clearUltraGroupMessages` (events "ClearUltraGroupMessages:onUltraGroupMessagesCleared").
 */
export interface IRCIMIWClearUltraGroupMessagesCallback {
    /**
     * Outcome of `clearUltraGroupMessages`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onUltraGroupMessagesCleared?(code: number): void;
}

/**
 * Per-call callback of `sendUltraGroupTypingStatus` (events
 * "SendUltraGroupTypingStatus:onUltraGroupTypingStatusSent").
 */
export interface IRCIMIWSendUltraGroupTypingStatusCallback {
    /**
     * Outcome of `sendUltraGroupTypingStatus`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onUltraGroupTypingStatusSent?(code: number): void;
}

/**
 * Per-call callback of `clearUltraGroupMessagesForAllChannel` (events
 * "ClearUltraGroupMessagesForAllChannel:onUltraGroupMessagesClearedForAllChannel").
 */
export interface IRCIMIWClearUltraGroupMessagesForAllChannelCallback {
    /**
     * Outcome of `clearUltraGroupMessagesForAllChannel`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onUltraGroupMessagesClearedForAllChannel?(code: number): void;
}

/**
 * Per-call callback of `getBatchRemoteUltraGroupMessages` (events "GetBatchRemoteUltraGroupMessages:onSuccess",
 * "GetBatchRemoteUltraGroupMessages:onError").
 */
export interface IRCIMIWGetBatchRemoteUltraGroupMessagesCallback {
    /**
     * The messages found on the server and those that were not.
     */
    onSuccess?(matchedMessages: Array<RCIMIWMessage>, notMatchedMessages: Array<RCIMIWMessage>): void;

    /**
     * The IMLib error code (non-zero).
     */
    onError?(code: number): void;
}

/**
 * Per-call callback of `updateUltraGroupMessageExpansion` (events
 * "UpdateUltraGroupMessageExpansion:onUltraGroupMessageExpansionUpdated").
 */
export interface IRCIMIWUpdateUltraGroupMessageExpansionCallback {
    /**
     * Outcome of `updateUltraGroupMessageExpansion`: `code` is 0 on success, otherwise the IMLib error code.
     */
    onUltraGroupMessageExpansionUpdated?(code: number): void;
}

/**
 * Per-call callback of `removeUltraGroupMessageExpansionForKeys` (events
 * "RemoveUltraGroupMessageExpansionForKeys:onUltraGroupMessageExpansionForKeysRemoved").
 */
export interface IRCIMIWRemoveUltraGroupMessageExpansionForKeysCallback {
    /**
     * Outcome of `removeUltraGroupMessageExpansionForKeys`: `code` is 0 on success, otherwise the IMLib error
     * code.
     */
    onUltraGroupMessageExpansionForKeysRemoved?(code: number): void;
}
