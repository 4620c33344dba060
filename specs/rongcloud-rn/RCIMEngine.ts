/**
 * The public class of `@rongcloud/react-native-im-wrapper` 5.2.5 (with callbacks), as its `src/RCIMEngine.ts`
 * declares it: 133 native-backed methods and 114 `setOn…Listener` setters.
 *
 * How results come back:
 * - Almost every method resolves with the immediate status code of the call: 0 means accepted, non-zero means
 *   rejected and nothing follows. The outcome arrives later, in the `callback` argument (methods with per-call
 *   events) or on a global listener (the deprecated `load…` methods).
 * - A callback member fires at most once per call, matched by a random eventId that the native module echoes.
 * - Global listeners are single-slot: each setter removes every subscriber of its event, then adds the new one.
 *
 * JSDoc tags read by the generator: `@param`, `@listener <setter>`, `@code <number> <NAME> <when>`,
 * `@limit <param> <rule>[ - text]`, `@deprecated`, `@since`.
 */
import type {
    IRCIMIWAddChatRoomEntriesCallback,
    IRCIMIWAddChatRoomEntryCallback,
    IRCIMIWAddToBlacklistCallback,
    IRCIMIWCancelDownloadingMediaMessageCallback,
    IRCIMIWCancelSendingMediaMessageCallback,
    IRCIMIWChangeConversationNotificationLevelCallback,
    IRCIMIWChangeConversationTopStatusCallback,
    IRCIMIWChangeConversationTypeNotificationLevelCallback,
    IRCIMIWChangeMessageReceivedStatusCallback,
    IRCIMIWChangeMessageSentStatusCallback,
    IRCIMIWChangeNotificationQuietHoursCallback,
    IRCIMIWChangePushContentShowStatusCallback,
    IRCIMIWChangePushLanguageCallback,
    IRCIMIWChangePushReceiveStatusCallback,
    IRCIMIWChangeUltraGroupChannelDefaultNotificationLevelCallback,
    IRCIMIWChangeUltraGroupDefaultNotificationLevelCallback,
    IRCIMIWClearDraftMessageCallback,
    IRCIMIWClearMessagesCallback,
    IRCIMIWClearUltraGroupMessagesCallback,
    IRCIMIWClearUltraGroupMessagesForAllChannelCallback,
    IRCIMIWClearUnreadCountCallback,
    IRCIMIWConnectCallback,
    IRCIMIWDeleteLocalMessagesCallback,
    IRCIMIWDeleteMessagesCallback,
    IRCIMIWDownloadMediaMessageListener,
    IRCIMIWGetBatchRemoteUltraGroupMessagesCallback,
    IRCIMIWGetBlacklistCallback,
    IRCIMIWGetBlacklistStatusCallback,
    IRCIMIWGetBlockedConversationsCallback,
    IRCIMIWGetChatRoomAllEntriesCallback,
    IRCIMIWGetChatRoomEntryCallback,
    IRCIMIWGetChatRoomMessagesCallback,
    IRCIMIWGetConversationCallback,
    IRCIMIWGetConversationNotificationLevelCallback,
    IRCIMIWGetConversationTopStatusCallback,
    IRCIMIWGetConversationTypeNotificationLevelCallback,
    IRCIMIWGetConversationsCallback,
    IRCIMIWGetConversationsForAllChannelCallback,
    IRCIMIWGetDraftMessageCallback,
    IRCIMIWGetFirstUnreadMessageCallback,
    IRCIMIWGetMessageCallback,
    IRCIMIWGetMessageCountCallback,
    IRCIMIWGetMessagesCallback,
    IRCIMIWGetNotificationQuietHoursCallback,
    IRCIMIWGetTopConversationsCallback,
    IRCIMIWGetTotalUnreadCountCallback,
    IRCIMIWGetUltraGroupAllUnreadCountCallback,
    IRCIMIWGetUltraGroupAllUnreadMentionedCountCallback,
    IRCIMIWGetUltraGroupChannelDefaultNotificationLevelCallback,
    IRCIMIWGetUltraGroupDefaultNotificationLevelCallback,
    IRCIMIWGetUltraGroupUnreadCountCallback,
    IRCIMIWGetUltraGroupUnreadMentionedCountCallback,
    IRCIMIWGetUnreadCountByConversationTypesCallback,
    IRCIMIWGetUnreadCountCallback,
    IRCIMIWGetUnreadMentionedCountCallback,
    IRCIMIWGetUnreadMentionedMessagesCallback,
    IRCIMIWInsertMessageCallback,
    IRCIMIWInsertMessagesCallback,
    IRCIMIWJoinChatRoomCallback,
    IRCIMIWLeaveChatRoomCallback,
    IRCIMIWModifyUltraGroupMessageCallback,
    IRCIMIWRecallMessageCallback,
    IRCIMIWRecallUltraGroupMessageCallback,
    IRCIMIWRemoveChatRoomEntriesCallback,
    IRCIMIWRemoveChatRoomEntryCallback,
    IRCIMIWRemoveConversationCallback,
    IRCIMIWRemoveConversationsCallback,
    IRCIMIWRemoveFromBlacklistCallback,
    IRCIMIWRemoveMessageExpansionForKeysCallback,
    IRCIMIWRemoveNotificationQuietHoursCallback,
    IRCIMIWRemoveUltraGroupMessageExpansionForKeysCallback,
    IRCIMIWSaveDraftMessageCallback,
    IRCIMIWSearchConversationsCallback,
    IRCIMIWSearchMessagesByTimeRangeCallback,
    IRCIMIWSearchMessagesByUserIdCallback,
    IRCIMIWSearchMessagesCallback,
    IRCIMIWSendGroupMessageToDesignatedUsersCallback,
    IRCIMIWSendGroupReadReceiptRequestCallback,
    IRCIMIWSendGroupReadReceiptResponseCallback,
    IRCIMIWSendMediaMessageListener,
    IRCIMIWSendMessageCallback,
    IRCIMIWSendPrivateReadReceiptMessageCallback,
    IRCIMIWSendUltraGroupTypingStatusCallback,
    IRCIMIWSyncConversationReadStatusCallback,
    IRCIMIWSyncUltraGroupReadStatusCallback,
    IRCIMIWUpdateMessageExpansionCallback,
    IRCIMIWUpdateUltraGroupMessageExpansionCallback,
    RCIMIWBlacklistStatus,
    RCIMIWBlockedMessageInfo,
    RCIMIWChatRoomEntriesOperationType,
    RCIMIWChatRoomMemberAction,
    RCIMIWChatRoomStatus,
    RCIMIWConnectionStatus,
    RCIMIWConversation,
    RCIMIWConversationType,
    RCIMIWCustomMessage,
    RCIMIWCustomMessagePolicy,
    RCIMIWEngineOptions,
    RCIMIWFileMessage,
    RCIMIWGIFMessage,
    RCIMIWImageMessage,
    RCIMIWLocationMessage,
    RCIMIWLogLevel,
    RCIMIWMediaMessage,
    RCIMIWMessage,
    RCIMIWMessageOperationPolicy,
    RCIMIWMessageType,
    RCIMIWPushNotificationLevel,
    RCIMIWPushNotificationQuietHoursLevel,
    RCIMIWReceivedStatus,
    RCIMIWReferenceMessage,
    RCIMIWSearchConversationResult,
    RCIMIWSentStatus,
    RCIMIWSightMessage,
    RCIMIWTextMessage,
    RCIMIWTimeOrder,
    RCIMIWTypingStatus,
    RCIMIWUltraGroupTypingStatus,
    RCIMIWUltraGroupTypingStatusInfo,
    RCIMIWVoiceMessage,
} from './RCIMDefines';

export declare class RCIMIWEngine {
    private constructor();

    /**
     * Creates the engine singleton (only while none exists) and returns it synchronously; the native call is
     * neither awaited nor inspected. Call it before anything else.
     *
     * @param appKey app key from the RongCloud console
     * @param options engine options; all of them must be given here (navigation server, push, reconnect-kick policy, compression)
     */
    static create(appKey: string, options?: RCIMIWEngineOptions): RCIMIWEngine;
    /**
     * Destroys the engine: clears the singleton, then releases the native engine. Resolves 0 on Android and null
     * on iOS.
     *
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     */
    destroy(): Promise<number>;
    /**
     * Hands the APNs device token to the SDK (iOS; call it before connect). On other platforms the wrapper
     * resolves 0 without calling native.
     *
     * @param deviceToken APNs device token
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -1 DEVICE_TOKEN_NIL iOS only: the token is nil
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     */
    setDeviceToken(deviceToken: string): Promise<number>;
    /**
     * Connects to the IM server with a user token. `onDatabaseOpened` and then `onConnected` report the outcome;
     * connection-status changes arrive on the status listener. The SDK reconnects by itself afterwards, so call
     * it once per session.
     *
     * @param token user token obtained by the app server from the RongCloud Server API
     * @param timeout seconds; <= 0 keeps trying until success or a fatal error, > 0 gives up after that long and reports 34006 in onConnected
     * @param callback per-call callback (onDatabaseOpened, onConnected); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnConnectedListener
     * @listener setOnDatabaseOpenedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 31004 RC_CONN_TOKEN_INCORRECT the token is invalid, expired or issued for another AppKey: get a new token, do not loop
     * @code 31008 RC_CONN_APP_BLOCKED_OR_DELETED the AppKey is blocked or deleted
     * @code 31009 RC_CONN_USER_BLOCKED the user is banned
     * @code 31020 RC_CONN_TOKEN_EXPIRE the token has expired
     * @code 31023 RC_CONN_OTHER_DEVICE_LOGIN the "do not kick online device" policy is on and a same-kind device is online
     * @code 31027 RC_CONN_DISPOSABLE_TOKEN_USED a one-time token was already used
     * @code 34001 RC_CONNECTION_EXIST a connection already exists (connect called twice)
     * @code 34006 RC_CONNECT_TIMEOUT timeout > 0 ran out before the connection succeeded
     */
    connect(token: string, timeout: number, callback?: IRCIMIWConnectCallback): Promise<number>;
    /**
     * Disconnects and leaves the reconnect mechanism; no per-call event. The connection-status listener reports
     * SIGN_OUT.
     *
     * @param receivePush true: remote push still arrives after disconnecting; false: no remote push
     * @listener setOnConnectionStatusChangedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     */
    disconnect(receivePush: boolean): Promise<number>;
    /**
     * Builds a text message object locally (nothing is stored or sent) and resolves with it.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param text text content
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    createTextMessage(type: RCIMIWConversationType, targetId: string, channelId: string, text: string): Promise<RCIMIWTextMessage>;
    /**
     * Builds an image message object from a local file and resolves with it; send it with sendMediaMessage.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param path local file path
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    createImageMessage(type: RCIMIWConversationType, targetId: string, channelId: string, path: string): Promise<RCIMIWImageMessage>;
    /**
     * Builds a file message object from a local file and resolves with it; send it with sendMediaMessage.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param path local file path
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    createFileMessage(type: RCIMIWConversationType, targetId: string, channelId: string, path: string): Promise<RCIMIWFileMessage>;
    /**
     * Builds a short-video message object from a local file and resolves with it; send it with sendMediaMessage
     * (videos over 2 minutes fail there with 34002).
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param path local file path
     * @param duration duration in seconds
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    createSightMessage(type: RCIMIWConversationType, targetId: string, channelId: string, path: string, duration: number): Promise<RCIMIWSightMessage>;
    /**
     * Builds a voice message object from a local file and resolves with it; send it with sendMediaMessage.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param path local file path
     * @param duration duration in seconds
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    createVoiceMessage(type: RCIMIWConversationType, targetId: string, channelId: string, path: string, duration: number): Promise<RCIMIWVoiceMessage>;
    /**
     * Builds a quote message object (quoted message first, then the text; the seed, L1329–1339, gives two other
     * orders) and resolves with it.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param referenceMessage the message being quoted
     * @param text text content
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    createReferenceMessage(type: RCIMIWConversationType, targetId: string, channelId: string, referenceMessage: RCIMIWMessage, text: string): Promise<RCIMIWReferenceMessage>;
    /**
     * Builds a GIF message object from a local file and resolves with it; send it with sendMediaMessage.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param path local file path
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    createGIFMessage(type: RCIMIWConversationType, targetId: string, channelId: string, path: string): Promise<RCIMIWGIFMessage>;
    /**
     * Builds a custom message object; `fields` is converted from a Map to a plain object before native sees it.
     * Resolves with the message.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param policy storage policy
     * @param messageIdentifier identifier (object name) of the custom type; must be unique
     * @param fields key/values of the custom message; a Map, converted with Object.fromEntries (a plain object throws a TypeError synchronously)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    createCustomMessage(type: RCIMIWConversationType, targetId: string, channelId: string, policy: RCIMIWCustomMessagePolicy, messageIdentifier: string, fields: Map<string, string>): Promise<RCIMIWCustomMessage>;
    /**
     * Builds a location message object and resolves with it.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param longitude longitude
     * @param latitude latitude
     * @param poiName point-of-interest name
     * @param thumbnailPath local path of the map thumbnail
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    createLocationMessage(type: RCIMIWConversationType, targetId: string, channelId: string, longitude: number, latitude: number, poiName: string, thumbnailPath: string): Promise<RCIMIWLocationMessage>;
    /**
     * Sends a non-media message (text, quote, custom, location, command …). `onMessageSaved` fires once a
     * storable message is in the local database, `onMessageSent` with the final code. To resend after a failure,
     * pass the saved instance again (same messageId) to avoid a duplicate.
     *
     * @param message the message
     * @param callback per-call callback (onMessageSaved, onMessageSent); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessageAttachedListener
     * @listener setOnMessageSentListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 405 REJECTED_BY_BLACKLIST the receiver has blacklisted the sender (private chat); in onMessageSent
     * @code 20604 SEND_MSG_FREQUENCY_OVERRUN more than 5 messages in one second from this client
     * @code 22406 NOT_IN_GROUP the current user is not a member of the group
     * @code 22408 FORBIDDEN_IN_GROUP the current user is muted in the group
     * @code 23406 NOT_IN_CHATROOM the current user is not in the chatroom
     * @code 23408 FORBIDDEN_IN_CHATROOM the current user is muted in the chatroom
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 24408 RC_FORBIDDEN_IN_ULTRA_GROUP the current user is muted in the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @code 30003 RC_MSG_RESPONSE_TIMEOUT the server did not answer in time
     * @code 30016 RC_MSG_SIZE_OUT_OF_LIMIT the message body (as JSON) is over 128 KB
     */
    sendMessage(message: RCIMIWMessage, callback?: IRCIMIWSendMessageCallback): Promise<number>;
    /**
     * Uploads the media file, then sends the message. `onMediaMessageSaved`, then `onMediaMessageSending`
     * progress (its subscription is never removed), then `onMediaMessageSent`; `onSendingMediaMessageCanceled`
     * after a cancel.
     *
     * @param message the message
     * @param callback per-call callback (onMediaMessageSaved, onMediaMessageSending, onSendingMediaMessageCanceled, onMediaMessageSent); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMediaMessageAttachedListener
     * @listener setOnMediaMessageSendingListener
     * @listener setOnMediaMessageSentListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 405 REJECTED_BY_BLACKLIST the receiver has blacklisted the sender (private chat); in onMessageSent
     * @code 20604 SEND_MSG_FREQUENCY_OVERRUN more than 5 messages in one second from this client
     * @code 22406 NOT_IN_GROUP the current user is not a member of the group
     * @code 22408 FORBIDDEN_IN_GROUP the current user is muted in the group
     * @code 23406 NOT_IN_CHATROOM the current user is not in the chatroom
     * @code 23408 FORBIDDEN_IN_CHATROOM the current user is muted in the chatroom
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 24408 RC_FORBIDDEN_IN_ULTRA_GROUP the current user is muted in the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @code 30003 RC_MSG_RESPONSE_TIMEOUT the server did not answer in time
     * @code 30016 RC_MSG_SIZE_OUT_OF_LIMIT the message body (as JSON) is over 128 KB
     * @code 34002 RC_SIGHT_MSG_DURATION_LIMIT_EXCEED the short video is longer than allowed (2 minutes by default)
     * @code 34011 RC_FILE_UPLOAD_FAILED uploading the media file failed
     * @code 34018 RC_MEDIA_EXCEPTION the media file does not exist or is empty
     */
    sendMediaMessage(message: RCIMIWMediaMessage, callback?: IRCIMIWSendMediaMessageListener): Promise<number>;
    /**
     * Cancels an upload started by sendMediaMessage; `onCancelSendingMediaMessageCalled` reports the outcome.
     *
     * @param message the message
     * @param callback per-call callback (onCancelSendingMediaMessageCalled); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnSendingMediaMessageCanceledListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    cancelSendingMediaMessage(message: RCIMIWMediaMessage, callback?: IRCIMIWCancelSendingMediaMessageCallback): Promise<number>;
    /**
     * Downloads the media file of a message. `onMediaMessageDownloading` reports progress (its subscription is
     * never removed), `onMediaMessageDownloaded` the outcome with `local` set;
     * `onDownloadingMediaMessageCanceled` after a cancel.
     *
     * @param message the message
     * @param callback per-call callback (onMediaMessageDownloading, onDownloadingMediaMessageCanceled, onMediaMessageDownloaded); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMediaMessageDownloadingListener
     * @listener setOnMediaMessageDownloadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @code 34020 RC_FILE_EXPIRED the remote file expired or was cleaned up
     */
    downloadMediaMessage(message: RCIMIWMediaMessage, callback?: IRCIMIWDownloadMediaMessageListener): Promise<number>;
    /**
     * Cancels a download started by downloadMediaMessage; `onCancelDownloadingMediaMessageCalled` reports the
     * outcome.
     *
     * @param message the message
     * @param callback per-call callback (onCancelDownloadingMediaMessageCalled); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnDownloadingMediaMessageCanceledListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     */
    cancelDownloadingMediaMessage(message: RCIMIWMediaMessage, callback?: IRCIMIWCancelDownloadingMediaMessageCallback): Promise<number>;
    /**
     * Loads one conversation; the result arrives on the conversation-loaded listener.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnConversationLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getConversation` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadConversation(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Gets one conversation; `onSuccess(t)` receives it (t left out on Android when there is none).
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getConversation(type: RCIMIWConversationType, targetId: string, channelId: string, callback?: IRCIMIWGetConversationCallback): Promise<number>;
    /**
     * Loads a page of conversations of the given types, pinned first, then newest first; the result arrives on
     * the conversations-loaded listener.
     *
     * @param conversationTypes conversation types to include
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param startTime return conversations older than this (ms); 0 on the first call, then the sentTime of the last conversation of the previous page
     * @param count page size
     * @listener setOnConversationsLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @limit count 1..50
     * @deprecated superseded by `getConversations` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string, startTime: number, count: number): Promise<number>;
    /**
     * Gets a page of conversations of the given types, pinned first, then newest first; `onSuccess(t)` receives
     * the list.
     *
     * @param conversationTypes conversation types to include
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param startTime return conversations older than this (ms); 0 on the first call, then the sentTime of the last conversation of the previous page
     * @param count page size
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @limit count 1..50
     * @since 5.2.5
     */
    getConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string, startTime: number, count: number, callback?: IRCIMIWGetConversationsCallback): Promise<number>;
    /**
     * Removes one conversation from the list without deleting its messages; it reappears, with its history, when
     * a new message arrives. The outcome arrives in `callback.onConversationRemoved`.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onConversationRemoved); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnConversationRemovedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    removeConversation(type: RCIMIWConversationType, targetId: string, channelId: string, callback?: IRCIMIWRemoveConversationCallback): Promise<number>;
    /**
     * Removes every conversation of the given types and deletes their messages. The outcome arrives in
     * `callback.onConversationsRemoved`.
     *
     * @param conversationTypes conversation types to include
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onConversationsRemoved); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnConversationsRemovedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    removeConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string, callback?: IRCIMIWRemoveConversationsCallback): Promise<number>;
    /**
     * Loads the unread count of one conversation (chatrooms are never counted); the result arrives on the
     * unread-count-loaded listener.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnUnreadCountLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getUnreadCount` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadUnreadCount(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Gets the unread count of one conversation (chatrooms are never counted); `onSuccess(t)` receives the
     * count.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getUnreadCount(type: RCIMIWConversationType, targetId: string, channelId: string, callback?: IRCIMIWGetUnreadCountCallback): Promise<number>;
    /**
     * Loads the total unread count over all conversations except chatrooms; the result arrives on the
     * total-unread-count-loaded listener.
     *
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnTotalUnreadCountLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getTotalUnreadCount` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadTotalUnreadCount(channelId: string): Promise<number>;
    /**
     * Gets the total unread count over all conversations except chatrooms; `onSuccess(t)` receives it.
     *
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getTotalUnreadCount(channelId: string, callback?: IRCIMIWGetTotalUnreadCountCallback): Promise<number>;
    /**
     * Loads the number of unread messages that @-mention the current user in one conversation; the result
     * arrives on the unread-mentioned-count-loaded listener.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnUnreadMentionedCountLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getUnreadMentionedCount` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadUnreadMentionedCount(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Gets the number of unread messages that @-mention the current user in one conversation; `onSuccess(t)`
     * receives it.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getUnreadMentionedCount(type: RCIMIWConversationType, targetId: string, channelId: string, callback?: IRCIMIWGetUnreadMentionedCountCallback): Promise<number>;
    /**
     * Loads the unread count over all ultra groups the user joined (capped at 999); the result arrives on the
     * ultra-group-all-unread-count-loaded listener.
     *
     * @listener setOnUltraGroupAllUnreadCountLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @deprecated superseded by `getUltraGroupAllUnreadCount` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadUltraGroupAllUnreadCount(): Promise<number>;
    /**
     * Gets the unread count over all ultra groups the user joined (capped at 999); `onSuccess(t)` receives it.
     *
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @since 5.2.5
     */
    getUltraGroupAllUnreadCount(callback?: IRCIMIWGetUltraGroupAllUnreadCountCallback): Promise<number>;
    /**
     * Loads the unread @-mention count over all ultra groups (capped at 999); the result arrives on the
     * ultra-group-all-unread-mentioned-count-loaded listener.
     *
     * @listener setOnUltraGroupAllUnreadMentionedCountLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @deprecated superseded by `getUltraGroupAllUnreadMentionedCount` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadUltraGroupAllUnreadMentionedCount(): Promise<number>;
    /**
     * Gets the unread @-mention count over all ultra groups (capped at 999); `onSuccess(t)` receives it.
     *
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @since 5.2.5
     */
    getUltraGroupAllUnreadMentionedCount(callback?: IRCIMIWGetUltraGroupAllUnreadMentionedCountCallback): Promise<number>;
    /**
     * Loads the unread count of one ultra group over all its channels (capped at 999); the result arrives on the
     * ultra-group-unread-count-loaded listener.
     *
     * @param targetId ultra-group ID
     * @listener setOnUltraGroupUnreadCountLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @deprecated superseded by `getUltraGroupUnreadCount` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadUltraGroupUnreadCount(targetId: string): Promise<number>;
    /**
     * Gets the unread count of one ultra group over all its channels (capped at 999); `onSuccess(t)` receives
     * it.
     *
     * @param targetId ultra-group ID
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @since 5.2.5
     */
    getUltraGroupUnreadCount(targetId: string, callback?: IRCIMIWGetUltraGroupUnreadCountCallback): Promise<number>;
    /**
     * Loads the unread @-mention count of one ultra group (capped at 999); the result arrives on the
     * ultra-group-unread-mentioned-count-loaded listener.
     *
     * @param targetId ultra-group ID
     * @listener setOnUltraGroupUnreadMentionedCountLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @deprecated superseded by `getUltraGroupUnreadMentionedCount` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadUltraGroupUnreadMentionedCount(targetId: string): Promise<number>;
    /**
     * Gets the unread @-mention count of one ultra group (capped at 999); `onSuccess(t)` receives it.
     *
     * @param targetId ultra-group ID
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @since 5.2.5
     */
    getUltraGroupUnreadMentionedCount(targetId: string, callback?: IRCIMIWGetUltraGroupUnreadMentionedCountCallback): Promise<number>;
    /**
     * Loads the unread count over the given conversation types (chatrooms are never counted); the result arrives
     * on the unread-count-by-conversation-types-loaded listener.
     *
     * @param conversationTypes conversation types to include
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param contain whether to count conversations that are set to do-not-disturb
     * @listener setOnUnreadCountByConversationTypesLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getUnreadCountByConversationTypes` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadUnreadCountByConversationTypes(conversationTypes: Array<RCIMIWConversationType>, channelId: string, contain: boolean): Promise<number>;
    /**
     * Gets the unread count over the given conversation types (chatrooms are never counted); `onSuccess(t)`
     * receives it.
     *
     * @param conversationTypes conversation types to include
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param contain whether to count conversations that are set to do-not-disturb
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getUnreadCountByConversationTypes(conversationTypes: Array<RCIMIWConversationType>, channelId: string, contain: boolean, callback?: IRCIMIWGetUnreadCountByConversationTypesCallback): Promise<number>;
    /**
     * Clears the unread count of one conversation up to a timestamp (chatrooms excluded). The outcome arrives in
     * `callback.onUnreadCountCleared`.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param timestamp send time (ms) of the last message read
     * @param callback per-call callback (onUnreadCountCleared); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnUnreadCountClearedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    clearUnreadCount(type: RCIMIWConversationType, targetId: string, channelId: string, timestamp: number, callback?: IRCIMIWClearUnreadCountCallback): Promise<number>;
    /**
     * Saves the draft of one conversation; this also updates the conversation time, moving it up the list. The
     * outcome arrives in `callback.onDraftMessageSaved`.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param draft draft text
     * @param callback per-call callback (onDraftMessageSaved); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnDraftMessageSavedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    saveDraftMessage(type: RCIMIWConversationType, targetId: string, channelId: string, draft: string, callback?: IRCIMIWSaveDraftMessageCallback): Promise<number>;
    /**
     * Loads the draft of one conversation; the result arrives on the draft-loaded listener.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnDraftMessageLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getDraftMessage` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadDraftMessage(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Gets the draft of one conversation; `onSuccess(t)` receives it.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getDraftMessage(type: RCIMIWConversationType, targetId: string, channelId: string, callback?: IRCIMIWGetDraftMessageCallback): Promise<number>;
    /**
     * Clears the draft of one conversation. The outcome arrives in `callback.onDraftMessageCleared`.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onDraftMessageCleared); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnDraftMessageClearedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    clearDraftMessage(type: RCIMIWConversationType, targetId: string, channelId: string, callback?: IRCIMIWClearDraftMessageCallback): Promise<number>;
    /**
     * Loads the conversations of the given types that are set to do-not-disturb; the result arrives on the
     * blocked-conversations-loaded listener.
     *
     * @param conversationTypes conversation types to include
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnBlockedConversationsLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getBlockedConversations` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadBlockedConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string): Promise<number>;
    /**
     * Gets the conversations of the given types that are set to do-not-disturb; `onSuccess(t)` receives it.
     *
     * @param conversationTypes conversation types to include
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getBlockedConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string, callback?: IRCIMIWGetBlockedConversationsCallback): Promise<number>;
    /**
     * Pins or unpins one conversation; the state is stored on the server and reaches the user's other devices
     * (top-status-synced listener). The outcome arrives in `callback.onConversationTopStatusChanged`.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param top true pins the conversation, false unpins it
     * @param callback per-call callback (onConversationTopStatusChanged); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnConversationTopStatusChangedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    changeConversationTopStatus(type: RCIMIWConversationType, targetId: string, channelId: string, top: boolean, callback?: IRCIMIWChangeConversationTopStatusCallback): Promise<number>;
    /**
     * Loads whether one conversation is pinned; the result arrives on the top-status-loaded listener.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnConversationTopStatusLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getConversationTopStatus` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadConversationTopStatus(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Gets whether one conversation is pinned; `onSuccess(t)` receives it.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getConversationTopStatus(type: RCIMIWConversationType, targetId: string, channelId: string, callback?: IRCIMIWGetConversationTopStatusCallback): Promise<number>;
    /**
     * Tells the current user's other devices that one conversation was read up to a timestamp; they get the
     * read-status-sync listener. The outcome arrives in `callback.onConversationReadStatusSynced`.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param timestamp send time (ms) of the last message read
     * @param callback per-call callback (onConversationReadStatusSynced); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnConversationReadStatusSyncedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    syncConversationReadStatus(type: RCIMIWConversationType, targetId: string, channelId: string, timestamp: number, callback?: IRCIMIWSyncConversationReadStatusCallback): Promise<number>;
    /**
     * Tells the peer of a private chat that the user is typing; no per-call or result event. The peer gets the
     * typing-status-changed listener.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param currentType the content type being typed (e.g. "RC:TxtMsg"); the receiver sees it as contentType
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    sendTypingStatus(type: RCIMIWConversationType, targetId: string, channelId: string, currentType: string): Promise<number>;
    /**
     * Loads history messages of one conversation around `sentTime`, from the local database, the server or both;
     * the result arrives on the messages-loaded listener.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param sentTime reference send time (ms); 0 starts from the newest message
     * @param order BEFORE: older than sentTime, newest first; AFTER: newer than sentTime, oldest first
     * @param policy LOCAL, REMOTE (needs cloud storage) or LOCAL_REMOTE (local first, gaps filled from the server)
     * @param count number of messages
     * @listener setOnMessagesLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 33007 MSG_ROAMING_SERVICE_UNAVAILABLE the REMOTE part needs cloud history, which is not enabled
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @limit count 1..20
     * @deprecated superseded by `getMessages` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadMessages(type: RCIMIWConversationType, targetId: string, channelId: string, sentTime: number, order: RCIMIWTimeOrder, policy: RCIMIWMessageOperationPolicy, count: number): Promise<number>;
    /**
     * Gets history messages of one conversation around `sentTime`, from the local database, the server or both;
     * `onSuccess(t)` receives it.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param sentTime reference send time (ms); 0 starts from the newest message
     * @param order BEFORE: older than sentTime, newest first; AFTER: newer than sentTime, oldest first
     * @param policy LOCAL, REMOTE (needs cloud storage) or LOCAL_REMOTE (local first, gaps filled from the server)
     * @param count number of messages
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 33007 MSG_ROAMING_SERVICE_UNAVAILABLE the REMOTE part needs cloud history, which is not enabled
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @limit count 1..20
     * @since 5.2.5
     */
    getMessages(type: RCIMIWConversationType, targetId: string, channelId: string, sentTime: number, order: RCIMIWTimeOrder, policy: RCIMIWMessageOperationPolicy, count: number, callback?: IRCIMIWGetMessagesCallback): Promise<number>;
    /**
     * Gets one local message by its local ID; `onSuccess(t)` receives it (t left out on Android when it does not
     * exist).
     *
     * @param messageId local database ID of the message
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     */
    getMessageById(messageId: number, callback?: IRCIMIWGetMessageCallback): Promise<number>;
    /**
     * Gets one message by its server UID (set only after a successful send); `onSuccess(t)` receives it.
     *
     * @param messageUId server-side unique ID of the message (set after a successful send)
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     */
    getMessageByUId(messageUId: string, callback?: IRCIMIWGetMessageCallback): Promise<number>;
    /**
     * Loads the oldest unread message of one conversation; the result arrives on the first-unread-message-loaded
     * listener (left out when there is none).
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnFirstUnreadMessageLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getFirstUnreadMessage` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadFirstUnreadMessage(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Gets the oldest unread message of one conversation; `onSuccess(t)` receives it (left out when there is
     * none).
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getFirstUnreadMessage(type: RCIMIWConversationType, targetId: string, channelId: string, callback?: IRCIMIWGetFirstUnreadMessageCallback): Promise<number>;
    /**
     * Loads the unread messages that @-mention the current user in one conversation; the result arrives on the
     * unread-mentioned-messages-loaded listener.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnUnreadMentionedMessagesLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getUnreadMentionedMessages` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadUnreadMentionedMessages(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Gets the unread messages that @-mention the current user in one conversation; `onSuccess(t)` receives it.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getUnreadMentionedMessages(type: RCIMIWConversationType, targetId: string, channelId: string, callback?: IRCIMIWGetUnreadMentionedMessagesCallback): Promise<number>;
    /**
     * Inserts a storable message into the local database only (nothing is sent); by default it counts as a sent
     * outgoing message. Non-storable types fail. The outcome arrives in `callback.onMessageInserted`.
     *
     * @param message the message
     * @param callback per-call callback (onMessageInserted); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessageInsertedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 33000 BIZ_SAVE_MESSAGE_ERROR storing the message in the local database failed
     */
    insertMessage(message: RCIMIWMessage, callback?: IRCIMIWInsertMessageCallback): Promise<number>;
    /**
     * Inserts several storable messages into the local database only, atomically: if one fails, none is
     * inserted. The outcome arrives in `callback.onMessagesInserted`.
     *
     * @param messages the messages
     * @param callback per-call callback (onMessagesInserted); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessagesInsertedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 33000 BIZ_SAVE_MESSAGE_ERROR storing the message in the local database failed
     * @limit messages items<=10
     */
    insertMessages(messages: Array<RCIMIWMessage>, callback?: IRCIMIWInsertMessagesCallback): Promise<number>;
    /**
     * Clears the messages of one conversation sent at or before a timestamp, locally, on the server or both. The
     * outcome arrives in `callback.onMessagesCleared`.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param timestamp 0 clears everything; otherwise messages sent at or before it (at most the sentTime of the last message)
     * @param policy LOCAL, REMOTE (needs cloud storage) or LOCAL_REMOTE
     * @param callback per-call callback (onMessagesCleared); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessagesClearedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 25102 RC_MESSAGE_STORAGE_SERVICE_UNAVAILABLE private/group cloud storage is not enabled (remote part)
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @limit timestamp 0..9007199254740991 - 0 clears everything
     */
    clearMessages(type: RCIMIWConversationType, targetId: string, channelId: string, timestamp: number, policy: RCIMIWMessageOperationPolicy, callback?: IRCIMIWClearMessagesCallback): Promise<number>;
    /**
     * Deletes messages from the local database only, by their local IDs (the server copies stay). The outcome
     * arrives in `callback.onLocalMessagesDeleted`.
     *
     * @param messages the messages
     * @param callback per-call callback (onLocalMessagesDeleted); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnLocalMessagesDeletedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 33000 BIZ_SAVE_MESSAGE_ERROR storing the message in the local database failed
     */
    deleteLocalMessages(messages: Array<RCIMIWMessage>, callback?: IRCIMIWDeleteLocalMessagesCallback): Promise<number>;
    /**
     * Deletes messages of one conversation locally and on the server (needs cloud storage for the server part).
     * The outcome arrives in `callback.onMessagesDeleted`.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param messages the messages
     * @param callback per-call callback (onMessagesDeleted); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessagesDeletedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 25102 RC_MESSAGE_STORAGE_SERVICE_UNAVAILABLE private/group cloud storage is not enabled (remote part)
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    deleteMessages(type: RCIMIWConversationType, targetId: string, channelId: string, messages: Array<RCIMIWMessage>, callback?: IRCIMIWDeleteMessagesCallback): Promise<number>;
    /**
     * Recalls a message that was sent successfully; peers get the remote-message-recalled listener with the
     * message turned into a recall notice. The outcome arrives in `callback.onMessageRecalled`.
     *
     * @param message the message
     * @param callback per-call callback (onMessageRecalled); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessageRecalledListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 25101 RC_RECALLMESSAGE_PARAMETER_INVALID the message cannot be recalled (e.g. it was never sent)
     * @code 25107 RC_RECALL_MESSAGE_USER_INVALID recalling someone else's message while the service forbids it
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    recallMessage(message: RCIMIWMessage, callback?: IRCIMIWRecallMessageCallback): Promise<number>;
    /**
     * Sends a private read receipt up to a timestamp; the peer gets the private-read-receipt-received listener.
     * The outcome arrives in `callback.onPrivateReadReceiptMessageSent`.
     *
     * @param targetId user ID of the peer who receives the receipt
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param timestamp send time (ms) of the last message read
     * @param callback per-call callback (onPrivateReadReceiptMessageSent); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnPrivateReadReceiptMessageSentListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    sendPrivateReadReceiptMessage(targetId: string, channelId: string, timestamp: number, callback?: IRCIMIWSendPrivateReadReceiptMessageCallback): Promise<number>;
    /**
     * Requests read receipts for one of the user's own sent group messages; members get the
     * read-receipt-request-received listener. The outcome arrives in `callback.onGroupReadReceiptRequestSent`.
     *
     * @param message a group message the current user sent successfully
     * @param callback per-call callback (onGroupReadReceiptRequestSent); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnGroupReadReceiptRequestSentListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 22406 NOT_IN_GROUP the current user is not a member of the group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    sendGroupReadReceiptRequest(message: RCIMIWMessage, callback?: IRCIMIWSendGroupReadReceiptRequestCallback): Promise<number>;
    /**
     * Responds to read-receipt requests for one or more messages of one group conversation; their senders get
     * the read-receipt-response-received listener. The outcome arrives in
     * `callback.onGroupReadReceiptResponseSent`.
     *
     * @param targetId group ID
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param messages messages of that conversation whose receipts are requested
     * @param callback per-call callback (onGroupReadReceiptResponseSent); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnGroupReadReceiptResponseSentListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 22406 NOT_IN_GROUP the current user is not a member of the group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    sendGroupReadReceiptResponse(targetId: string, channelId: string, messages: Array<RCIMIWMessage>, callback?: IRCIMIWSendGroupReadReceiptResponseCallback): Promise<number>;
    /**
     * Adds or updates expansion key/values on a sent private or group message that was sent with expansion
     * enabled; `expansion` is converted from a Map. Other participants get the remote-expansion-updated
     * listener. The outcome arrives in `callback.onMessageExpansionUpdated`.
     *
     * @param messageUId server-side unique ID of the message (set after a successful send)
     * @param expansion expansion key/values to add or update; a Map, converted with Object.fromEntries
     * @param callback per-call callback (onMessageExpansionUpdated); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessageExpansionUpdatedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 34008 RC_MESSAGE_CANT_EXPAND not a private/group message, or it was sent without expansion enabled
     * @code 34010 RC_MSG_EXPANSION_SIZE_LIMIT_EXCEED key > 32 chars, value > 4096 chars, or more than 300 pairs on the message
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit expansion items<=20 - key at most 32 chars, value at most 4096 chars, at most 300 pairs on the message
     */
    updateMessageExpansion(messageUId: string, expansion: Map<string, string>, callback?: IRCIMIWUpdateMessageExpansionCallback): Promise<number>;
    /**
     * Removes expansion keys from a sent private or group message; other participants get the
     * remote-expansion-removed listener. The outcome arrives in `callback.onMessageExpansionForKeysRemoved`.
     *
     * @param messageUId server-side unique ID of the message (set after a successful send)
     * @param keys keys to remove
     * @param callback per-call callback (onMessageExpansionForKeysRemoved); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessageExpansionForKeysRemovedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 34008 RC_MESSAGE_CANT_EXPAND not a private/group message, or it was sent without expansion enabled
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    removeMessageExpansionForKeys(messageUId: string, keys: Array<string>, callback?: IRCIMIWRemoveMessageExpansionForKeysCallback): Promise<number>;
    /**
     * Changes the send status of a local message. The outcome arrives in `callback.onMessageSentStatusChanged`.
     *
     * @param messageId local database ID of the message
     * @param sentStatus new send status
     * @param callback per-call callback (onMessageSentStatusChanged); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessageSentStatusChangedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     */
    changeMessageSentStatus(messageId: number, sentStatus: RCIMIWSentStatus, callback?: IRCIMIWChangeMessageSentStatusCallback): Promise<number>;
    /**
     * Changes the receive status of a local message. The outcome arrives in
     * `callback.onMessageReceiveStatusChanged`.
     *
     * @param messageId local database ID of the message
     * @param receivedStatus new receive status
     * @param callback per-call callback (onMessageReceiveStatusChanged); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessageReceiveStatusChangedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     */
    changeMessageReceiveStatus(messageId: number, receivedStatus: RCIMIWReceivedStatus, callback?: IRCIMIWChangeMessageReceivedStatusCallback): Promise<number>;
    /**
     * Joins a chatroom (by default this leaves any other chatroom the user is in). The joining listener fires
     * while it runs; `onChatRoomJoined` reports the outcome. After a reconnect the SDK rejoins by itself.
     *
     * @param targetId chatroom ID
     * @param messageCount history messages to fetch on joining: -1 none, 0 the SDK default (10), at most 50
     * @param autoCreate true creates the chatroom if it does not exist; false makes the join fail with 23410
     * @param callback per-call callback (onChatRoomJoined); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnChatRoomJoinedListener
     * @listener setOnChatRoomJoiningListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 23409 KICKED_FROM_CHATROOM the user was kicked from and banned in the chatroom
     * @code 23410 RC_CHATROOM_NOT_EXIST the chatroom does not exist and autoCreate is false
     * @code 23411 RC_CHATROOM_IS_FULL the chatroom member limit is reached
     * @code 23412 RC_PARAMETER_INVALID_CHATROOM a chatroom parameter is invalid
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit messageCount -1..50
     */
    joinChatRoom(targetId: string, messageCount: number, autoCreate: boolean, callback?: IRCIMIWJoinChatRoomCallback): Promise<number>;
    /**
     * Leaves a chatroom; its local messages are deleted. The outcome arrives in `callback.onChatRoomLeft`.
     *
     * @param targetId chatroom ID
     * @param callback per-call callback (onChatRoomLeft); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnChatRoomLeftListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    leaveChatRoom(targetId: string, callback?: IRCIMIWLeaveChatRoomCallback): Promise<number>;
    /**
     * Loads remote chatroom history (needs the chatroom cloud-storage service); the result arrives on the
     * chatroom-messages-loaded listener.
     *
     * @param targetId chatroom ID
     * @param timestamp start send time (ms); 0 starts from the newest
     * @param order BEFORE: newest first; AFTER: oldest first
     * @param count number of messages
     * @listener setOnChatRoomMessagesLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 23406 NOT_IN_CHATROOM the current user is not in the chatroom
     * @code 23414 RC_ROAMING_SERVICE_UNAVAILABLE_CHATROOM chatroom cloud history is not enabled
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit count 1..50
     * @deprecated superseded by `getChatRoomMessages` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadChatRoomMessages(targetId: string, timestamp: number, order: RCIMIWTimeOrder, count: number): Promise<number>;
    /**
     * Gets remote chatroom history (needs the chatroom cloud-storage service); `onSuccess(t)` receives it.
     *
     * @param targetId chatroom ID
     * @param timestamp start send time (ms); 0 starts from the newest
     * @param order BEFORE: newest first; AFTER: oldest first
     * @param count number of messages
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 23406 NOT_IN_CHATROOM the current user is not in the chatroom
     * @code 23414 RC_ROAMING_SERVICE_UNAVAILABLE_CHATROOM chatroom cloud history is not enabled
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit count 1..50
     * @since 5.2.5
     */
    getChatRoomMessages(targetId: string, timestamp: number, order: RCIMIWTimeOrder, count: number, callback?: IRCIMIWGetChatRoomMessagesCallback): Promise<number>;
    /**
     * Sets one chatroom attribute (KV). Other members get the entries-changed listener. The outcome arrives in
     * `callback.onChatRoomEntryAdded`.
     *
     * @param targetId chatroom ID
     * @param key attribute key
     * @param value attribute value
     * @param deleteWhenLeft delete the key automatically when the current user leaves or drops offline
     * @param overwrite true overwrites a key set by anyone (forced set); false fails with 23424 when the key exists and was set by someone else
     * @param callback per-call callback (onChatRoomEntryAdded); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnChatRoomEntryAddedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 23406 NOT_IN_CHATROOM the current user is not in the chatroom
     * @code 23423 RC_EXCCED_MAX_KV_SIZE the chatroom already holds the maximum number of keys (100)
     * @code 23424 RC_TRY_OVERWRITE_INVALID_KEY the key exists and was set by someone else, or overwrite/force is false
     * @code 23425 RC_EXCCED_MAX_CALL_API_SIZE more than 100 KV operations per second in this chatroom
     * @code 23426 RC_KV_STORE_NOT_AVAILABLE the chatroom KV service is not enabled for the app
     * @code 23431 RC_KV_CONCURRENT_SET_ERROR another client set the same key at the same moment
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit key length=1..128 - letters, digits and + = - _
     * @limit key pattern=/^[A-Za-z0-9+=_-]+$/
     * @limit value length<=4096
     */
    addChatRoomEntry(targetId: string, key: string, value: string, deleteWhenLeft: boolean, overwrite: boolean, callback?: IRCIMIWAddChatRoomEntryCallback): Promise<number>;
    /**
     * Sets several chatroom attributes in one call; `entries` is converted from a Map. `onChatRoomEntriesAdded`
     * reports the code and, for 23428, the failed keys.
     *
     * @param targetId chatroom ID
     * @param entries key/values to set; a Map, converted with Object.fromEntries
     * @param deleteWhenLeft delete the key automatically when the current user leaves or drops offline
     * @param overwrite true overwrites a key set by anyone (forced set); false fails with 23424 when the key exists and was set by someone else
     * @param callback per-call callback (onChatRoomEntriesAdded); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnChatRoomEntriesAddedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 23406 NOT_IN_CHATROOM the current user is not in the chatroom
     * @code 23423 RC_EXCCED_MAX_KV_SIZE the chatroom already holds the maximum number of keys (100)
     * @code 23424 RC_TRY_OVERWRITE_INVALID_KEY the key exists and was set by someone else, or overwrite/force is false
     * @code 23425 RC_EXCCED_MAX_CALL_API_SIZE more than 100 KV operations per second in this chatroom
     * @code 23426 RC_KV_STORE_NOT_AVAILABLE the chatroom KV service is not enabled for the app
     * @code 23428 RC_KV_STORE_NOT_ALL_SUCCESS the batch partly failed; the per-key codes are in the error map
     * @code 23429 RC_KV_STORE_OUT_OF_LIMIT more than 10 entries in one batch
     * @code 23431 RC_KV_CONCURRENT_SET_ERROR another client set the same key at the same moment
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit entries items<=10 - each key 1..128 chars of letters, digits and + = - _, each value at most 4096 chars
     */
    addChatRoomEntries(targetId: string, entries: Map<string, string>, deleteWhenLeft: boolean, overwrite: boolean, callback?: IRCIMIWAddChatRoomEntriesCallback): Promise<number>;
    /**
     * Loads one chatroom attribute; the result arrives on the chatroom-entry-loaded listener.
     *
     * @param targetId chatroom ID
     * @param key attribute key
     * @listener setOnChatRoomEntryLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 23406 NOT_IN_CHATROOM the current user is not in the chatroom
     * @code 23426 RC_KV_STORE_NOT_AVAILABLE the chatroom KV service is not enabled for the app
     * @code 23427 RC_KEY_NOT_EXIST the key does not exist
     * @code 34004 RC_KV_STORE_NOT_SYNC read right after joining, before the chatroom KV sync finished
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit key length=1..128 - letters, digits and + = - _
     * @limit key pattern=/^[A-Za-z0-9+=_-]+$/
     * @deprecated superseded by `getChatRoomEntry` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadChatRoomEntry(targetId: string, key: string): Promise<number>;
    /**
     * Gets one chatroom attribute; `onSuccess(t)` receives it.
     *
     * @param targetId chatroom ID
     * @param key attribute key
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 23406 NOT_IN_CHATROOM the current user is not in the chatroom
     * @code 23426 RC_KV_STORE_NOT_AVAILABLE the chatroom KV service is not enabled for the app
     * @code 23427 RC_KEY_NOT_EXIST the key does not exist
     * @code 34004 RC_KV_STORE_NOT_SYNC read right after joining, before the chatroom KV sync finished
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit key length=1..128 - letters, digits and + = - _
     * @limit key pattern=/^[A-Za-z0-9+=_-]+$/
     * @since 5.2.5
     */
    getChatRoomEntry(targetId: string, key: string, callback?: IRCIMIWGetChatRoomEntryCallback): Promise<number>;
    /**
     * Loads all attributes of a chatroom; the result arrives on the chatroom-all-entries-loaded listener.
     *
     * @param targetId chatroom ID
     * @listener setOnChatRoomAllEntriesLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 23406 NOT_IN_CHATROOM the current user is not in the chatroom
     * @code 23426 RC_KV_STORE_NOT_AVAILABLE the chatroom KV service is not enabled for the app
     * @code 34004 RC_KV_STORE_NOT_SYNC read right after joining, before the chatroom KV sync finished
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @deprecated superseded by `getChatRoomAllEntries` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadChatRoomAllEntries(targetId: string): Promise<number>;
    /**
     * Gets all attributes of a chatroom; `onSuccess(t)` receives it.
     *
     * @param targetId chatroom ID
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 23406 NOT_IN_CHATROOM the current user is not in the chatroom
     * @code 23426 RC_KV_STORE_NOT_AVAILABLE the chatroom KV service is not enabled for the app
     * @code 34004 RC_KV_STORE_NOT_SYNC read right after joining, before the chatroom KV sync finished
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @since 5.2.5
     */
    getChatRoomAllEntries(targetId: string, callback?: IRCIMIWGetChatRoomAllEntriesCallback): Promise<number>;
    /**
     * Removes one chatroom attribute. Other members get the entries-changed listener. The outcome arrives in
     * `callback.onChatRoomEntryRemoved`.
     *
     * @param targetId chatroom ID
     * @param key attribute key
     * @param force true removes keys set by anyone; false only keys the current user set
     * @param callback per-call callback (onChatRoomEntryRemoved); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnChatRoomEntryRemovedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 23406 NOT_IN_CHATROOM the current user is not in the chatroom
     * @code 23424 RC_TRY_OVERWRITE_INVALID_KEY the key exists and was set by someone else, or overwrite/force is false
     * @code 23425 RC_EXCCED_MAX_CALL_API_SIZE more than 100 KV operations per second in this chatroom
     * @code 23426 RC_KV_STORE_NOT_AVAILABLE the chatroom KV service is not enabled for the app
     * @code 23427 RC_KEY_NOT_EXIST the key does not exist
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit key length=1..128 - letters, digits and + = - _
     * @limit key pattern=/^[A-Za-z0-9+=_-]+$/
     */
    removeChatRoomEntry(targetId: string, key: string, force: boolean, callback?: IRCIMIWRemoveChatRoomEntryCallback): Promise<number>;
    /**
     * Removes several chatroom attributes in one call. The outcome arrives in
     * `callback.onChatRoomEntriesRemoved`.
     *
     * @param targetId chatroom ID
     * @param keys keys to remove
     * @param force true removes keys set by anyone; false only keys the current user set
     * @param callback per-call callback (onChatRoomEntriesRemoved); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnChatRoomEntriesRemovedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 23406 NOT_IN_CHATROOM the current user is not in the chatroom
     * @code 23424 RC_TRY_OVERWRITE_INVALID_KEY the key exists and was set by someone else, or overwrite/force is false
     * @code 23425 RC_EXCCED_MAX_CALL_API_SIZE more than 100 KV operations per second in this chatroom
     * @code 23426 RC_KV_STORE_NOT_AVAILABLE the chatroom KV service is not enabled for the app
     * @code 23427 RC_KEY_NOT_EXIST the key does not exist
     * @code 23428 RC_KV_STORE_NOT_ALL_SUCCESS the batch partly failed; the per-key codes are in the error map
     * @code 23429 RC_KV_STORE_OUT_OF_LIMIT more than 10 entries in one batch
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit keys items<=10
     */
    removeChatRoomEntries(targetId: string, keys: Array<string>, force: boolean, callback?: IRCIMIWRemoveChatRoomEntriesCallback): Promise<number>;
    /**
     * Adds a user to the current user's blacklist (one-way; private messages from that user then fail with 405).
     * The outcome arrives in `callback.onBlacklistAdded`.
     *
     * @param userId user ID
     * @param callback per-call callback (onBlacklistAdded); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnBlacklistAddedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    addToBlacklist(userId: string, callback?: IRCIMIWAddToBlacklistCallback): Promise<number>;
    /**
     * Removes a user from the current user's blacklist. The outcome arrives in `callback.onBlacklistRemoved`.
     *
     * @param userId user ID
     * @param callback per-call callback (onBlacklistRemoved); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnBlacklistRemovedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    removeFromBlacklist(userId: string, callback?: IRCIMIWRemoveFromBlacklistCallback): Promise<number>;
    /**
     * Loads whether a user is on the current user's blacklist; the result arrives on the blacklist-status-loaded
     * listener.
     *
     * @param userId user ID
     * @listener setOnBlacklistStatusLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @deprecated superseded by `getBlacklistStatus` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadBlacklistStatus(userId: string): Promise<number>;
    /**
     * Gets whether a user is on the current user's blacklist; `onSuccess(t)` receives it.
     *
     * @param userId user ID
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @since 5.2.5
     */
    getBlacklistStatus(userId: string, callback?: IRCIMIWGetBlacklistStatusCallback): Promise<number>;
    /**
     * Loads the current user's blacklist; the result arrives on the blacklist-loaded listener.
     *
     * @listener setOnBlacklistLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @deprecated superseded by `getBlacklist` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadBlacklist(): Promise<number>;
    /**
     * Gets the current user's blacklist; `onSuccess(t)` receives it.
     *
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @since 5.2.5
     */
    getBlacklist(callback?: IRCIMIWGetBlacklistCallback): Promise<number>;
    /**
     * Searches the local messages of one conversation for a keyword, going back from `startTime`; `onSuccess(t)`
     * receives the hits.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param keyword search keyword
     * @param startTime search messages sent before this (ms); 0 starts from the newest
     * @param count maximum number of hits
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessagesSearchedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @limit count 1..50
     */
    searchMessages(type: RCIMIWConversationType, targetId: string, channelId: string, keyword: string, startTime: number, count: number, callback?: IRCIMIWSearchMessagesCallback): Promise<number>;
    /**
     * Searches the local messages of one conversation for a keyword within a time range, with paging;
     * `onSuccess(t)` receives the hits.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param keyword search keyword
     * @param startTime start of the time range (ms)
     * @param endTime end of the time range (ms)
     * @param offset paging offset
     * @param count maximum number of hits
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessagesSearchedByTimeRangeListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @limit count 1..50
     */
    searchMessagesByTimeRange(type: RCIMIWConversationType, targetId: string, channelId: string, keyword: string, startTime: number, endTime: number, offset: number, count: number, callback?: IRCIMIWSearchMessagesByTimeRangeCallback): Promise<number>;
    /**
     * Searches the local messages one user sent in one conversation, going back from `startTime`; `onSuccess(t)`
     * receives them.
     *
     * @param userId sender user ID
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param startTime search messages sent before this (ms); 0 starts from the newest
     * @param count maximum number of hits
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnMessagesSearchedByUserIdListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @limit count 1..50
     */
    searchMessagesByUserId(userId: string, type: RCIMIWConversationType, targetId: string, channelId: string, startTime: number, count: number, callback?: IRCIMIWSearchMessagesByUserIdCallback): Promise<number>;
    /**
     * Searches local conversations whose messages of the given types match a keyword; `onSuccess(t)` receives
     * the hits with their match counts.
     *
     * @param conversationTypes conversation types to include
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param messageTypes message types to search in
     * @param keyword search keyword
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnConversationsSearchedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    searchConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string, messageTypes: Array<RCIMIWMessageType>, keyword: string, callback?: IRCIMIWSearchConversationsCallback): Promise<number>;
    /**
     * Sets the user's global quiet-hours window, repeated daily (one window per user; setting it again replaces
     * it). It has the highest do-not-disturb priority. The outcome arrives in
     * `callback.onNotificationQuietHoursChanged`.
     *
     * @param startTime start time HH:MM:SS
     * @param spanMinutes length of the window in minutes (the seed calls it spanMins); 1439 with 00:00:00 means all day
     * @param level quiet-hours level
     * @param callback per-call callback (onNotificationQuietHoursChanged); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnNotificationQuietHoursChangedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 26001 RC_PUSHSETTING_PARAMETER_INVALID the server rejected the push setting
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit startTime pattern=/^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$/ - HH:MM:SS
     * @limit spanMinutes 1..1439
     */
    changeNotificationQuietHours(startTime: string, spanMinutes: number, level: RCIMIWPushNotificationQuietHoursLevel, callback?: IRCIMIWChangeNotificationQuietHoursCallback): Promise<number>;
    /**
     * Removes the user's global quiet-hours window. The outcome arrives in
     * `callback.onNotificationQuietHoursRemoved`.
     *
     * @param callback per-call callback (onNotificationQuietHoursRemoved); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnNotificationQuietHoursRemovedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    removeNotificationQuietHours(callback?: IRCIMIWRemoveNotificationQuietHoursCallback): Promise<number>;
    /**
     * Loads the global quiet-hours window; the result arrives on the quiet-hours-loaded listener.
     *
     * @listener setOnNotificationQuietHoursLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @deprecated superseded by `getNotificationQuietHours` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadNotificationQuietHours(): Promise<number>;
    /**
     * Gets the global quiet-hours window; `onSuccess(startTime, spanMinutes, level)` receives it.
     *
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @since 5.2.5
     */
    getNotificationQuietHours(callback?: IRCIMIWGetNotificationQuietHoursCallback): Promise<number>;
    /**
     * Sets the do-not-disturb level of one conversation (private, group, ultra group or ultra-group channel).
     * The outcome arrives in `callback.onConversationNotificationLevelChanged`.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param level level to set
     * @param callback per-call callback (onConversationNotificationLevelChanged); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnConversationNotificationLevelChangedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 26001 RC_PUSHSETTING_PARAMETER_INVALID the server rejected the push setting
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    changeConversationNotificationLevel(type: RCIMIWConversationType, targetId: string, channelId: string, level: RCIMIWPushNotificationLevel, callback?: IRCIMIWChangeConversationNotificationLevelCallback): Promise<number>;
    /**
     * Loads the do-not-disturb level of one conversation or ultra-group channel (NONE when never set); the
     * result arrives on the conversation-notification-level-loaded listener.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnConversationNotificationLevelLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getConversationNotificationLevel` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadConversationNotificationLevel(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Gets the do-not-disturb level of one conversation or ultra-group channel (NONE when never set);
     * `onSuccess(t)` receives it.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getConversationNotificationLevel(type: RCIMIWConversationType, targetId: string, channelId: string, callback?: IRCIMIWGetConversationNotificationLevelCallback): Promise<number>;
    /**
     * Sets the do-not-disturb level of a whole conversation type (CHATROOM is not supported: chatrooms never
     * push). The outcome arrives in `callback.onConversationTypeNotificationLevelChanged`.
     *
     * @param type conversation type
     * @param level level to set
     * @param callback per-call callback (onConversationTypeNotificationLevelChanged); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnConversationTypeNotificationLevelChangedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 26001 RC_PUSHSETTING_PARAMETER_INVALID the server rejected the push setting
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    changeConversationTypeNotificationLevel(type: RCIMIWConversationType, level: RCIMIWPushNotificationLevel, callback?: IRCIMIWChangeConversationTypeNotificationLevelCallback): Promise<number>;
    /**
     * Loads the do-not-disturb level of a conversation type; the result arrives on the
     * conversation-type-notification-level-loaded listener.
     *
     * @param type conversation type
     * @listener setOnConversationTypeNotificationLevelLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @deprecated superseded by `getConversationTypeNotificationLevel` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadConversationTypeNotificationLevel(type: RCIMIWConversationType): Promise<number>;
    /**
     * Gets the do-not-disturb level of a conversation type; `onSuccess(t)` receives it.
     *
     * @param type conversation type
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @since 5.2.5
     */
    getConversationTypeNotificationLevel(type: RCIMIWConversationType, callback?: IRCIMIWGetConversationTypeNotificationLevelCallback): Promise<number>;
    /**
     * Sets the default do-not-disturb level of an ultra group for all members (channels inherit it unless they
     * have their own). The outcome arrives in `callback.onUltraGroupDefaultNotificationLevelChanged`.
     *
     * @param targetId ultra-group ID
     * @param level level to set
     * @param callback per-call callback (onUltraGroupDefaultNotificationLevelChanged); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnUltraGroupDefaultNotificationLevelChangedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 26001 RC_PUSHSETTING_PARAMETER_INVALID the server rejected the push setting
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    changeUltraGroupDefaultNotificationLevel(targetId: string, level: RCIMIWPushNotificationLevel, callback?: IRCIMIWChangeUltraGroupDefaultNotificationLevelCallback): Promise<number>;
    /**
     * Loads the default do-not-disturb level of an ultra group; the result arrives on the
     * ultra-group-default-notification-level-loaded listener.
     *
     * @param targetId ultra-group ID
     * @listener setOnUltraGroupDefaultNotificationLevelLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @deprecated superseded by `getUltraGroupDefaultNotificationLevel` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadUltraGroupDefaultNotificationLevel(targetId: string): Promise<number>;
    /**
     * Gets the default do-not-disturb level of an ultra group; `onSuccess(t)` receives it.
     *
     * @param targetId ultra-group ID
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @since 5.2.5
     */
    getUltraGroupDefaultNotificationLevel(targetId: string, callback?: IRCIMIWGetUltraGroupDefaultNotificationLevelCallback): Promise<number>;
    /**
     * Sets the default do-not-disturb level of one ultra-group channel for all members; it wins over the group
     * default. The outcome arrives in `callback.onUltraGroupChannelDefaultNotificationLevelChanged`.
     *
     * @param targetId ultra-group ID
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param level level to set
     * @param callback per-call callback (onUltraGroupChannelDefaultNotificationLevelChanged); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnUltraGroupChannelDefaultNotificationLevelChangedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 26001 RC_PUSHSETTING_PARAMETER_INVALID the server rejected the push setting
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    changeUltraGroupChannelDefaultNotificationLevel(targetId: string, channelId: string, level: RCIMIWPushNotificationLevel, callback?: IRCIMIWChangeUltraGroupChannelDefaultNotificationLevelCallback): Promise<number>;
    /**
     * Loads the default do-not-disturb level of an ultra-group channel; the result arrives on the
     * ultra-group-channel-default-notification-level-loaded listener.
     *
     * @param targetId ultra-group ID
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnUltraGroupChannelDefaultNotificationLevelLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getUltraGroupChannelDefaultNotificationLevel` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadUltraGroupChannelDefaultNotificationLevel(targetId: string, channelId: string): Promise<number>;
    /**
     * Gets the default do-not-disturb level of an ultra-group channel; `onSuccess(t)` receives it.
     *
     * @param targetId ultra-group ID
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getUltraGroupChannelDefaultNotificationLevel(targetId: string, channelId: string, callback?: IRCIMIWGetUltraGroupChannelDefaultNotificationLevelCallback): Promise<number>;
    /**
     * Sets whether pushes to the user show message content; a sender's forceShowDetailContent overrides it. The
     * outcome arrives in `callback.onPushContentShowStatusChanged`.
     *
     * @param showContent true shows message content in pushes (the default); false shows a generic text
     * @param callback per-call callback (onPushContentShowStatusChanged); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnPushContentShowStatusChangedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 26001 RC_PUSHSETTING_PARAMETER_INVALID the server rejected the push setting
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    changePushContentShowStatus(showContent: boolean, callback?: IRCIMIWChangePushContentShowStatusCallback): Promise<number>;
    /**
     * Sets the user's push language (used for built-in texts and push templates). The outcome arrives in
     * `callback.onPushLanguageChanged`.
     *
     * @param language push language: zh_CN, en_US or ar_SA built in, or a language configured in the console
     * @param callback per-call callback (onPushLanguageChanged); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnPushLanguageChangedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 26001 RC_PUSHSETTING_PARAMETER_INVALID the server rejected the push setting
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    changePushLanguage(language: string, callback?: IRCIMIWChangePushLanguageCallback): Promise<number>;
    /**
     * Sets whether the user's mobile devices get pushes while the user is online on Web/PC (needs the AppKey
     * feature). The outcome arrives in `callback.onPushReceiveStatusChanged`.
     *
     * @param receive whether mobile devices get pushes while the user is online on Web/PC
     * @param callback per-call callback (onPushReceiveStatusChanged); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnPushReceiveStatusChangedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 26001 RC_PUSHSETTING_PARAMETER_INVALID the server rejected the push setting
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    changePushReceiveStatus(receive: boolean, callback?: IRCIMIWChangePushReceiveStatusCallback): Promise<number>;
    /**
     * Sends a normal (non-media) group message that only the listed members receive; by default it is not kept
     * in server history. The outcome arrives in `callback.onMessageSaved` / `callback.onMessageSent`.
     *
     * @param message a group message (not a media message)
     * @param userIds group members who receive the message
     * @param callback per-call callback (onMessageSaved, onMessageSent); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnGroupMessageToDesignatedUsersAttachedListener
     * @listener setOnGroupMessageToDesignatedUsersSentListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 20604 SEND_MSG_FREQUENCY_OVERRUN more than 5 messages in one second from this client
     * @code 22406 NOT_IN_GROUP the current user is not a member of the group
     * @code 22408 FORBIDDEN_IN_GROUP the current user is muted in the group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @code 30003 RC_MSG_RESPONSE_TIMEOUT the server did not answer in time
     * @code 30016 RC_MSG_SIZE_OUT_OF_LIMIT the message body (as JSON) is over 128 KB
     */
    sendGroupMessageToDesignatedUsers(message: RCIMIWMessage, userIds: Array<string>, callback?: IRCIMIWSendGroupMessageToDesignatedUsersCallback): Promise<number>;
    /**
     * Loads the number of local messages in one conversation; the result arrives on the message-count-loaded
     * listener.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnMessageCountLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getMessageCount` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadMessageCount(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Gets the number of local messages in one conversation; `onSuccess(t)` receives it.
     *
     * @param type conversation type
     * @param targetId conversation ID (user, group, chatroom or ultra-group ID)
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getMessageCount(type: RCIMIWConversationType, targetId: string, channelId: string, callback?: IRCIMIWGetMessageCountCallback): Promise<number>;
    /**
     * Loads the pinned conversations of the given types; the result arrives on the top-conversations-loaded
     * listener.
     *
     * @param conversationTypes conversation types to include
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @listener setOnTopConversationsLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @deprecated superseded by `getTopConversations` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadTopConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string): Promise<number>;
    /**
     * Gets the pinned conversations of the given types; `onSuccess(t)` receives it.
     *
     * @param conversationTypes conversation types to include
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     * @since 5.2.5
     */
    getTopConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string, callback?: IRCIMIWGetTopConversationsCallback): Promise<number>;
    /**
     * Marks every message of one ultra-group channel as read, locally and on the server; the user's other
     * devices get the read-status-sync listener. The timestamp is ignored. The outcome arrives in
     * `callback.onUltraGroupReadStatusSynced`.
     *
     * @param targetId ultra-group ID
     * @param channelId channel ID; empty marks the messages that belong to no channel
     * @param timestamp ignored by the server (any number works)
     * @param callback per-call callback (onUltraGroupReadStatusSynced); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnUltraGroupReadStatusSyncedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    syncUltraGroupReadStatus(targetId: string, channelId: string, timestamp: number, callback?: IRCIMIWSyncUltraGroupReadStatusCallback): Promise<number>;
    /**
     * Loads the local conversations of every channel of one ultra group, newest first (only channels with local
     * messages); the result arrives on the conversations-loaded-for-all-channel listener.
     *
     * @param type conversation type (ULTRA_GROUP only)
     * @param targetId ultra-group ID
     * @listener setOnConversationsLoadedForAllChannelListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @deprecated superseded by `getConversationsForAllChannel` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadConversationsForAllChannel(type: RCIMIWConversationType, targetId: string): Promise<number>;
    /**
     * Gets the local conversations of every channel of one ultra group, newest first (only channels with local
     * messages); `onSuccess(t)` receives it.
     *
     * @param type conversation type (ULTRA_GROUP only)
     * @param targetId ultra-group ID
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @since 5.2.5
     */
    getConversationsForAllChannel(type: RCIMIWConversationType, targetId: string, callback?: IRCIMIWGetConversationsForAllChannelCallback): Promise<number>;
    /**
     * Replaces the content of one of the user's own sent ultra-group messages (same message type); other members
     * get the remote-modified listener. The outcome arrives in `callback.onUltraGroupMessageModified`.
     *
     * @param messageUId server-side unique ID of the message (set after a successful send)
     * @param message the new content, of the same type
     * @param callback per-call callback (onUltraGroupMessageModified); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnUltraGroupMessageModifiedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    modifyUltraGroupMessage(messageUId: string, message: RCIMIWMessage, callback?: IRCIMIWModifyUltraGroupMessageCallback): Promise<number>;
    /**
     * Recalls a sent ultra-group message; the server deletes the original and other members get the
     * remote-recalled listener. The outcome arrives in `callback.onUltraGroupMessageRecalled`.
     *
     * @param message the message
     * @param deleteRemote false keeps the record as a recall notice on mobile devices; true deletes it without a notice
     * @param callback per-call callback (onUltraGroupMessageRecalled); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnUltraGroupMessageRecalledListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    recallUltraGroupMessage(message: RCIMIWMessage, deleteRemote: boolean, callback?: IRCIMIWRecallUltraGroupMessageCallback): Promise<number>;
    /**
     * Clears the messages of one ultra-group channel sent before a timestamp, locally, on the server or both.
     * The outcome arrives in `callback.onUltraGroupMessagesCleared`.
     *
     * @param targetId ultra-group ID
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param timestamp timestamp (ms)
     * @param policy LOCAL, REMOTE or LOCAL_REMOTE
     * @param callback per-call callback (onUltraGroupMessagesCleared); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnUltraGroupMessagesClearedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    clearUltraGroupMessages(targetId: string, channelId: string, timestamp: number, policy: RCIMIWMessageOperationPolicy, callback?: IRCIMIWClearUltraGroupMessagesCallback): Promise<number>;
    /**
     * Sends the user's typing status to an ultra-group channel (recommended below 10,000 members); members get
     * it batched on the typing-status-changed listener. The outcome arrives in
     * `callback.onUltraGroupTypingStatusSent`.
     *
     * @param targetId ultra-group ID
     * @param channelId ultra-group channel ID (at most 20 characters); pass null or "" for other conversation types
     * @param typingStatus typing status
     * @param callback per-call callback (onUltraGroupTypingStatusSent); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnUltraGroupTypingStatusSentListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit channelId length<=20 - ultra-group channel ID; pass null or "" for other conversation types
     */
    sendUltraGroupTypingStatus(targetId: string, channelId: string, typingStatus: RCIMIWUltraGroupTypingStatus, callback?: IRCIMIWSendUltraGroupTypingStatusCallback): Promise<number>;
    /**
     * Clears the local messages of every channel of one ultra group sent before a timestamp. The outcome arrives
     * in `callback.onUltraGroupMessagesClearedForAllChannel`.
     *
     * @param targetId ultra-group ID
     * @param timestamp timestamp (ms)
     * @param callback per-call callback (onUltraGroupMessagesClearedForAllChannel); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnUltraGroupMessagesClearedForAllChannelListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     */
    clearUltraGroupMessagesForAllChannel(targetId: string, timestamp: number, callback?: IRCIMIWClearUltraGroupMessagesForAllChannelCallback): Promise<number>;
    /**
     * Loads messages of one ultra-group conversation from the server, split into matched and not-matched; the
     * result arrives on the batch-remote-ultra-group-messages-loaded listener.
     *
     * @param messages messages to fetch (only conversationType, targetId, channelId, messageUId and sentTime are read); all of one ultra-group conversation
     * @listener setOnBatchRemoteUltraGroupMessagesLoadedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit messages items<=20 - at least 1, all of one ultra-group conversation
     * @deprecated superseded by `getBatchRemoteUltraGroupMessages` and its callback (5.2.5); still served: the result arrives on the global listener above.
     */
    loadBatchRemoteUltraGroupMessages(messages: Array<RCIMIWMessage>): Promise<number>;
    /**
     * Gets messages of one ultra-group conversation from the server, split into matched and not-matched;
     * `onSuccess(matchedMessages, notMatchedMessages)` receives them.
     *
     * @param messages messages to fetch (only conversationType, targetId, channelId, messageUId and sentTime are read); all of one ultra-group conversation
     * @param callback per-call callback (onSuccess, onError); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     * @limit messages items<=20 - at least 1, all of one ultra-group conversation
     * @since 5.2.5
     */
    getBatchRemoteUltraGroupMessages(messages: Array<RCIMIWMessage>, callback?: IRCIMIWGetBatchRemoteUltraGroupMessagesCallback): Promise<number>;
    /**
     * Adds or updates expansion key/values on a sent ultra-group message; `expansion` is converted from a Map.
     * Other members get the remote-expansion-updated listener. The outcome arrives in
     * `callback.onUltraGroupMessageExpansionUpdated`.
     *
     * @param messageUId server-side unique ID of the message (set after a successful send)
     * @param expansion expansion key/values to add or update; a Map, converted with Object.fromEntries
     * @param callback per-call callback (onUltraGroupMessageExpansionUpdated); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnUltraGroupMessageExpansionUpdatedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 22201 RC_ORIGINAL_MESSAGE_NOT_EXIST the ultra-group message to expand does not exist
     * @code 22202 RC_ORIGINAL_MESSAGE_CANT_EXPAND the ultra-group message cannot be expanded
     * @code 22203 RC_MESSAGE_EXPAND_FORMAT_ERROR the expansion content is malformed
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    updateUltraGroupMessageExpansion(messageUId: string, expansion: Map<string, string>, callback?: IRCIMIWUpdateUltraGroupMessageExpansionCallback): Promise<number>;
    /**
     * Removes expansion keys from a sent ultra-group message (the seed, L6277, calls this
     * removeUltraGroupMessageExpansion). The outcome arrives in
     * `callback.onUltraGroupMessageExpansionForKeysRemoved`.
     *
     * @param messageUId server-side unique ID of the message (set after a successful send)
     * @param keys keys to remove
     * @param callback per-call callback (onUltraGroupMessageExpansionForKeysRemoved); each member fires at most once, matched by the call's eventId. Without it the result is not reported anywhere.
     * @listener setOnUltraGroupMessageExpansionForKeysRemovedListener
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     * @code 22201 RC_ORIGINAL_MESSAGE_NOT_EXIST the ultra-group message to expand does not exist
     * @code 22202 RC_ORIGINAL_MESSAGE_CANT_EXPAND the ultra-group message cannot be expanded
     * @code 24406 RC_NOT_IN_ULTRA_GROUP the current user is not a member of the ultra group
     * @code 30002 RC_NETWORK_UNAVAILABLE not connected, so the server part cannot run
     */
    removeUltraGroupMessageExpansionForKeys(messageUId: string, keys: Array<string>, callback?: IRCIMIWRemoveUltraGroupMessageExpansionForKeysCallback): Promise<number>;
    /**
     * Sets the native SDK log level; no event.
     *
     * @param level level to set
     * @code 0 SUCCESS accepted (immediate) / succeeded (in events)
     * @code -101 PARAM_ERROR an argument is invalid (checked before anything happens); no event follows
     * @code -102 ENGINE_DESTROYED the engine is missing: the RN module rejects the promise (Android code "ENGINE_DESTROYED", iOS "-102") instead of resolving
     */
    changeLogLevel(level: RCIMIWLogLevel): Promise<number>;

    /**
     * Sets the listener called when a message arrives (real-time or offline). Offline messages come in packages
     * of at most 200: `left` counts what remains in the current package, `hasPackage` says whether more packages
     * wait on the server; all offline messages are in when `hasPackage` is false and `left` is 0.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `message` the message; `left` messages left in the current offline package; `offline` whether it is an offline message; `hasPackage` whether more offline packages wait on the server
     */
    setOnMessageReceivedListener(listener?: (message: RCIMIWMessage, left: number, offline: boolean, hasPackage: boolean) => void): void;
    /**
     * Sets the listener called when the connection status changes (connecting, connected, kicked, token
     * incorrect, suspended, timeout …).
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `status` the status
     */
    setOnConnectionStatusChangedListener(listener?: (status: RCIMIWConnectionStatus) => void): void;
    /**
     * Sets the listener called when another device of the user pinned or unpinned a conversation.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `top` pinned or not
     */
    setOnConversationTopStatusSyncedListener(listener?: (type: RCIMIWConversationType, targetId: string, channelId: string, top: boolean) => void): void;
    /**
     * Sets the listener called when a received message was recalled by its sender; `message` is the recall
     * notice that replaces it.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `message` the message
     */
    setOnRemoteMessageRecalledListener(listener?: (message: RCIMIWMessage) => void): void;
    /**
     * Sets the listener called when the peer of a private chat sent a read receipt up to `timestamp`.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `targetId` conversation ID; `channelId` channel ID; `timestamp` timestamp (ms)
     */
    setOnPrivateReadReceiptReceivedListener(listener?: (targetId: string, channelId: string, timestamp: number) => void): void;
    /**
     * Sets the listener called when another participant updated a message's expansion; `expansion` holds only
     * the changed pairs (converted to a Map by the wrapper), `message.expansion` the full set.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `expansion` expansion key/values (a Map: the wrapper converts the plain object); `message` the message
     */
    setOnRemoteMessageExpansionUpdatedListener(listener?: (expansion: Map<string, string>, message: RCIMIWMessage) => void): void;
    /**
     * Sets the listener called when another participant removed expansion keys from a message (note the singular
     * "Key" and the argument order: message first).
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `message` the message; `keys` keys
     */
    setOnRemoteMessageExpansionForKeyRemovedListener(listener?: (message: RCIMIWMessage, keys: Array<string>) => void): void;
    /**
     * Sets the listener called when users joined or left a chatroom (needs the member-change service).
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `targetId` conversation ID; `actions` the member actions
     */
    setOnChatRoomMemberChangedListener(listener?: (targetId: string, actions: Array<RCIMIWChatRoomMemberAction>) => void): void;
    /**
     * Sets the listener called when the set of users typing in a private chat changed.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `userTypingStatus` the users currently typing
     */
    setOnTypingStatusChangedListener(listener?: (type: RCIMIWConversationType, targetId: string, channelId: string, userTypingStatus: Array<RCIMIWTypingStatus>) => void): void;
    /**
     * Sets the listener called when another device of the user synced a conversation's read status
     * (syncConversationReadStatus or syncUltraGroupReadStatus).
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `type` conversation type; `targetId` conversation ID; `timestamp` timestamp (ms)
     */
    setOnConversationReadStatusSyncMessageReceivedListener(listener?: (type: RCIMIWConversationType, targetId: string, timestamp: number) => void): void;
    /**
     * Sets the listener called when the chatroom KV sync after joining finished.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `roomId` chatroom ID
     */
    setOnChatRoomEntriesSyncedListener(listener?: (roomId: string) => void): void;
    /**
     * Sets the listener called when chatroom attributes changed: right after joining it first delivers all
     * existing keys, later the changes other members make (`entries` converted to a Map by the wrapper).
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `operationType` update or remove; `roomId` chatroom ID; `entries` key/values (a Map: the wrapper converts the plain object)
     */
    setOnChatRoomEntriesChangedListener(listener?: (operationType: RCIMIWChatRoomEntriesOperationType, roomId: string, entries: Map<string, string>) => void): void;
    /**
     * Sets the listener called when the expansion of received ultra-group messages changed.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `messages` the messages
     */
    setOnRemoteUltraGroupMessageExpansionUpdatedListener(listener?: (messages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener called when received ultra-group messages were modified by their senders.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `messages` the messages
     */
    setOnRemoteUltraGroupMessageModifiedListener(listener?: (messages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener called when received ultra-group messages were recalled by their senders.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `messages` the messages
     */
    setOnRemoteUltraGroupMessageRecalledListener(listener?: (messages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener called when another device of the user synced an ultra-group channel's read time.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `targetId` conversation ID; `channelId` channel ID; `timestamp` timestamp (ms)
     */
    setOnUltraGroupReadTimeReceivedListener(listener?: (targetId: string, channelId: string, timestamp: number) => void): void;
    /**
     * Sets the listener called when ultra-group typing information arrives, batched by the server (e.g. every 5
     * seconds).
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `info` the information
     */
    setOnUltraGroupTypingStatusChangedListener(listener?: (info: Array<RCIMIWUltraGroupTypingStatusInfo>) => void): void;
    /**
     * Sets the listener called when a message the user sent was blocked by content moderation (needs the
     * blocked-callback service).
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `info` the information
     */
    setOnMessageBlockedListener(listener?: (info: RCIMIWBlockedMessageInfo) => void): void;
    /**
     * Sets the listener called when a chatroom was reset or destroyed (manually through the Server API, or
     * automatically).
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `targetId` conversation ID; `status` the status
     */
    setOnChatRoomStatusChangedListener(listener?: (targetId: string, status: RCIMIWChatRoomStatus) => void): void;
    /**
     * Sets the listener called when a group member requested read receipts for a message.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `targetId` conversation ID; `messageUId` message UID
     */
    setOnGroupMessageReadReceiptRequestReceivedListener(listener?: (targetId: string, messageUId: string) => void): void;
    /**
     * Sets the listener called when members responded to the user's read-receipt request; `respondUserIds` maps
     * userId to response time (converted to a Map by the wrapper).
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `targetId` conversation ID; `messageUId` message UID; `respondUserIds` userId to response time (a Map: the wrapper converts the plain object)
     */
    setOnGroupMessageReadReceiptResponseReceivedListener(listener?: (targetId: string, messageUId: string, respondUserIds: Map<string, number>) => void): void;
    /**
     * Sets the listener for the outcome of `connect` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `userId` user ID
     * @deprecated never emitted through the RN module: the engine raises `onConnected` only when `connect` gets no callback, and the RN module always passes one. Use the `callback` parameter of `connect`.
     */
    setOnConnectedListener(listener?: (code: number, userId: string) => void): void;
    /**
     * Sets the listener for the outcome of `connect` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code
     * @deprecated never emitted through the RN module: the engine raises `onDatabaseOpened` only when `connect` gets no callback, and the RN module always passes one. Use the `callback` parameter of `connect`.
     */
    setOnDatabaseOpenedListener(listener?: (code: number) => void): void;
    /**
     * Sets the listener that receives the result of `loadConversation` (the deprecated twin of
     * `getConversation`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `conversation` the conversation
     */
    setOnConversationLoadedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, conversation: RCIMIWConversation) => void): void;
    /**
     * Sets the listener that receives the result of `loadConversations` (the deprecated twin of
     * `getConversations`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `conversationTypes` the conversation types passed in; `channelId` channel ID; `startTime` start time passed in (for quiet hours: HH:MM:SS); `count` the count; `conversations` the conversations
     */
    setOnConversationsLoadedListener(listener?: (code: number, conversationTypes: Array<RCIMIWConversationType>, channelId: string, startTime: number, count: number, conversations: Array<RCIMIWConversation>) => void): void;
    /**
     * Sets the listener for the outcome of `removeConversation` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID
     * @deprecated never emitted through the RN module: the engine raises `onConversationRemoved` only when `removeConversation` gets no callback, and the RN module always passes one. Use the `callback` parameter of `removeConversation`.
     */
    setOnConversationRemovedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string) => void): void;
    /**
     * Sets the listener for the outcome of `removeConversations` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `conversationTypes` the conversation types passed in; `channelId` channel ID
     * @deprecated never emitted through the RN module: the engine raises `onConversationsRemoved` only when `removeConversations` gets no callback, and the RN module always passes one. Use the `callback` parameter of `removeConversations`.
     */
    setOnConversationsRemovedListener(listener?: (code: number, conversationTypes: Array<RCIMIWConversationType>, channelId: string) => void): void;
    /**
     * Sets the listener that receives the result of `loadTotalUnreadCount` (the deprecated twin of
     * `getTotalUnreadCount`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `channelId` channel ID; `count` the count
     */
    setOnTotalUnreadCountLoadedListener(listener?: (code: number, channelId: string, count: number) => void): void;
    /**
     * Sets the listener that receives the result of `loadUnreadCount` (the deprecated twin of `getUnreadCount`),
     * echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `count` the count
     */
    setOnUnreadCountLoadedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, count: number) => void): void;
    /**
     * Sets the listener that receives the result of `loadUnreadCountByConversationTypes` (the deprecated twin of
     * `getUnreadCountByConversationTypes`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `conversationTypes` the conversation types passed in; `channelId` channel ID; `contain` whether do-not-disturb conversations were counted; `count` the count
     */
    setOnUnreadCountByConversationTypesLoadedListener(listener?: (code: number, conversationTypes: Array<RCIMIWConversationType>, channelId: string, contain: boolean, count: number) => void): void;
    /**
     * Sets the listener that receives the result of `loadUnreadMentionedCount` (the deprecated twin of
     * `getUnreadMentionedCount`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `count` the count
     */
    setOnUnreadMentionedCountLoadedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, count: number) => void): void;
    /**
     * Sets the listener that receives the result of `loadUltraGroupAllUnreadCount` (the deprecated twin of
     * `getUltraGroupAllUnreadCount`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `count` the count
     */
    setOnUltraGroupAllUnreadCountLoadedListener(listener?: (code: number, count: number) => void): void;
    /**
     * Sets the listener that receives the result of `loadUltraGroupAllUnreadMentionedCount` (the deprecated twin
     * of `getUltraGroupAllUnreadMentionedCount`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `count` the count
     */
    setOnUltraGroupAllUnreadMentionedCountLoadedListener(listener?: (code: number, count: number) => void): void;
    /**
     * Sets the listener for the outcome of `clearUnreadCount` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `timestamp` timestamp (ms)
     * @deprecated never emitted through the RN module: the engine raises `onUnreadCountCleared` only when `clearUnreadCount` gets no callback, and the RN module always passes one. Use the `callback` parameter of `clearUnreadCount`.
     */
    setOnUnreadCountClearedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, timestamp: number) => void): void;
    /**
     * Sets the listener for the outcome of `saveDraftMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `draft` draft text
     * @deprecated never emitted through the RN module: the engine raises `onDraftMessageSaved` only when `saveDraftMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `saveDraftMessage`.
     */
    setOnDraftMessageSavedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, draft: string) => void): void;
    /**
     * Sets the listener for the outcome of `clearDraftMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID
     * @deprecated never emitted through the RN module: the engine raises `onDraftMessageCleared` only when `clearDraftMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `clearDraftMessage`.
     */
    setOnDraftMessageClearedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string) => void): void;
    /**
     * Sets the listener that receives the result of `loadDraftMessage` (the deprecated twin of
     * `getDraftMessage`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `draft` draft text
     */
    setOnDraftMessageLoadedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, draft: string) => void): void;
    /**
     * Sets the listener that receives the result of `loadBlockedConversations` (the deprecated twin of
     * `getBlockedConversations`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `conversationTypes` the conversation types passed in; `channelId` channel ID; `conversations` the conversations
     */
    setOnBlockedConversationsLoadedListener(listener?: (code: number, conversationTypes: Array<RCIMIWConversationType>, channelId: string, conversations: Array<RCIMIWConversation>) => void): void;
    /**
     * Sets the listener for the outcome of `changeConversationTopStatus` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `top` pinned or not
     * @deprecated never emitted through the RN module: the engine raises `onConversationTopStatusChanged` only when `changeConversationTopStatus` gets no callback, and the RN module always passes one. Use the `callback` parameter of `changeConversationTopStatus`.
     */
    setOnConversationTopStatusChangedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, top: boolean) => void): void;
    /**
     * Sets the listener that receives the result of `loadConversationTopStatus` (the deprecated twin of
     * `getConversationTopStatus`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `top` pinned or not
     */
    setOnConversationTopStatusLoadedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, top: boolean) => void): void;
    /**
     * Sets the listener for the outcome of `syncConversationReadStatus` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `timestamp` timestamp (ms)
     * @deprecated never emitted through the RN module: the engine raises `onConversationReadStatusSynced` only when `syncConversationReadStatus` gets no callback, and the RN module always passes one. Use the `callback` parameter of `syncConversationReadStatus`.
     */
    setOnConversationReadStatusSyncedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, timestamp: number) => void): void;
    /**
     * Sets the listener for the outcome of `sendMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `message` the message
     * @deprecated never emitted through the RN module: the engine raises `onMessageAttached` only when `sendMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `sendMessage`.
     */
    setOnMessageAttachedListener(listener?: (message: RCIMIWMessage) => void): void;
    /**
     * Sets the listener for the outcome of `sendMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `message` the message
     * @deprecated never emitted through the RN module: the engine raises `onMessageSent` only when `sendMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `sendMessage`.
     */
    setOnMessageSentListener(listener?: (code: number, message: RCIMIWMessage) => void): void;
    /**
     * Sets the listener for the outcome of `sendMediaMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `message` the message
     * @deprecated never emitted through the RN module: the engine raises `onMediaMessageAttached` only when `sendMediaMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `sendMediaMessage`.
     */
    setOnMediaMessageAttachedListener(listener?: (message: RCIMIWMediaMessage) => void): void;
    /**
     * Sets the listener for the outcome of `sendMediaMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `message` the message; `progress` progress 0–100
     * @deprecated never emitted through the RN module: the engine raises `onMediaMessageSending` only when `sendMediaMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `sendMediaMessage`.
     */
    setOnMediaMessageSendingListener(listener?: (message: RCIMIWMediaMessage, progress: number) => void): void;
    /**
     * Sets the listener for the outcome of `cancelSendingMediaMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `message` the message
     * @deprecated never emitted through the RN module: the engine raises `onSendingMediaMessageCanceled` only when `cancelSendingMediaMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `cancelSendingMediaMessage`.
     */
    setOnSendingMediaMessageCanceledListener(listener?: (code: number, message: RCIMIWMediaMessage) => void): void;
    /**
     * Sets the listener for the outcome of `sendMediaMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `message` the message
     * @deprecated never emitted through the RN module: the engine raises `onMediaMessageSent` only when `sendMediaMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `sendMediaMessage`.
     */
    setOnMediaMessageSentListener(listener?: (code: number, message: RCIMIWMediaMessage) => void): void;
    /**
     * Sets the listener for the outcome of `downloadMediaMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `message` the message; `progress` progress 0–100
     * @deprecated never emitted through the RN module: the engine raises `onMediaMessageDownloading` only when `downloadMediaMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `downloadMediaMessage`.
     */
    setOnMediaMessageDownloadingListener(listener?: (message: RCIMIWMediaMessage, progress: number) => void): void;
    /**
     * Sets the listener for the outcome of `downloadMediaMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `message` the message
     * @deprecated never emitted through the RN module: the engine raises `onMediaMessageDownloaded` only when `downloadMediaMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `downloadMediaMessage`.
     */
    setOnMediaMessageDownloadedListener(listener?: (code: number, message: RCIMIWMediaMessage) => void): void;
    /**
     * Sets the listener for the outcome of `cancelDownloadingMediaMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `message` the message
     * @deprecated never emitted through the RN module: the engine raises `onDownloadingMediaMessageCanceled` only when `cancelDownloadingMediaMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `cancelDownloadingMediaMessage`.
     */
    setOnDownloadingMediaMessageCanceledListener(listener?: (code: number, message: RCIMIWMediaMessage) => void): void;
    /**
     * Sets the listener that receives the result of `loadMessages` (the deprecated twin of `getMessages`),
     * echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `sentTime` sentTime passed in; `order` order passed in; `messages` the messages
     */
    setOnMessagesLoadedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, sentTime: number, order: RCIMIWTimeOrder, messages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener that receives the result of `loadUnreadMentionedMessages` (the deprecated twin of
     * `getUnreadMentionedMessages`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `messages` the messages
     */
    setOnUnreadMentionedMessagesLoadedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, messages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener that receives the result of `loadFirstUnreadMessage` (the deprecated twin of
     * `getFirstUnreadMessage`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `message` the message
     */
    setOnFirstUnreadMessageLoadedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, message: RCIMIWMessage) => void): void;
    /**
     * Sets the listener for the outcome of `insertMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `message` the message
     * @deprecated never emitted through the RN module: the engine raises `onMessageInserted` only when `insertMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `insertMessage`.
     */
    setOnMessageInsertedListener(listener?: (code: number, message: RCIMIWMessage) => void): void;
    /**
     * Sets the listener for the outcome of `insertMessages` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `messages` the messages
     * @deprecated never emitted through the RN module: the engine raises `onMessagesInserted` only when `insertMessages` gets no callback, and the RN module always passes one. Use the `callback` parameter of `insertMessages`.
     */
    setOnMessagesInsertedListener(listener?: (code: number, messages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener for the outcome of `clearMessages` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `timestamp` timestamp (ms)
     * @deprecated never emitted through the RN module: the engine raises `onMessagesCleared` only when `clearMessages` gets no callback, and the RN module always passes one. Use the `callback` parameter of `clearMessages`.
     */
    setOnMessagesClearedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, timestamp: number) => void): void;
    /**
     * Sets the listener for the outcome of `deleteLocalMessages` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `messages` the messages
     * @deprecated never emitted through the RN module: the engine raises `onLocalMessagesDeleted` only when `deleteLocalMessages` gets no callback, and the RN module always passes one. Use the `callback` parameter of `deleteLocalMessages`.
     */
    setOnLocalMessagesDeletedListener(listener?: (code: number, messages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener for the outcome of `deleteMessages` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `messages` the messages
     * @deprecated never emitted through the RN module: the engine raises `onMessagesDeleted` only when `deleteMessages` gets no callback, and the RN module always passes one. Use the `callback` parameter of `deleteMessages`.
     */
    setOnMessagesDeletedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, messages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener for the outcome of `recallMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `message` the message
     * @deprecated never emitted through the RN module: the engine raises `onMessageRecalled` only when `recallMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `recallMessage`.
     */
    setOnMessageRecalledListener(listener?: (code: number, message: RCIMIWMessage) => void): void;
    /**
     * Sets the listener for the outcome of `sendPrivateReadReceiptMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `channelId` channel ID; `timestamp` timestamp (ms)
     * @deprecated never emitted through the RN module: the engine raises `onPrivateReadReceiptMessageSent` only when `sendPrivateReadReceiptMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `sendPrivateReadReceiptMessage`.
     */
    setOnPrivateReadReceiptMessageSentListener(listener?: (code: number, targetId: string, channelId: string, timestamp: number) => void): void;
    /**
     * Sets the listener for the outcome of `updateMessageExpansion` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `messageUId` message UID; `expansion` expansion key/values (a Map: the wrapper converts the plain object)
     * @deprecated never emitted through the RN module: the engine raises `onMessageExpansionUpdated` only when `updateMessageExpansion` gets no callback, and the RN module always passes one. Use the `callback` parameter of `updateMessageExpansion`.
     */
    setOnMessageExpansionUpdatedListener(listener?: (code: number, messageUId: string, expansion: Map<string, string>) => void): void;
    /**
     * Sets the listener for the outcome of `removeMessageExpansionForKeys` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `messageUId` message UID; `keys` keys
     * @deprecated never emitted through the RN module: the engine raises `onMessageExpansionForKeysRemoved` only when `removeMessageExpansionForKeys` gets no callback, and the RN module always passes one. Use the `callback` parameter of `removeMessageExpansionForKeys`.
     */
    setOnMessageExpansionForKeysRemovedListener(listener?: (code: number, messageUId: string, keys: Array<string>) => void): void;
    /**
     * Sets the listener for the outcome of `changeMessageReceiveStatus` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `messageId` local message ID
     * @deprecated never emitted through the RN module: the engine raises `onMessageReceiveStatusChanged` only when `changeMessageReceiveStatus` gets no callback, and the RN module always passes one. Use the `callback` parameter of `changeMessageReceiveStatus`.
     */
    setOnMessageReceiveStatusChangedListener(listener?: (code: number, messageId: number) => void): void;
    /**
     * Sets the listener for the outcome of `changeMessageSentStatus` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `messageId` local message ID
     * @deprecated never emitted through the RN module: the engine raises `onMessageSentStatusChanged` only when `changeMessageSentStatus` gets no callback, and the RN module always passes one. Use the `callback` parameter of `changeMessageSentStatus`.
     */
    setOnMessageSentStatusChangedListener(listener?: (code: number, messageId: number) => void): void;
    /**
     * Sets the listener for the outcome of `joinChatRoom` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID
     * @deprecated never emitted through the RN module: the engine raises `onChatRoomJoined` only when `joinChatRoom` gets no callback, and the RN module always passes one. Use the `callback` parameter of `joinChatRoom`.
     */
    setOnChatRoomJoinedListener(listener?: (code: number, targetId: string) => void): void;
    /**
     * Sets the listener called when joinChatRoom is in progress.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `targetId` conversation ID
     */
    setOnChatRoomJoiningListener(listener?: (targetId: string) => void): void;
    /**
     * Sets the listener for the outcome of `leaveChatRoom` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID
     * @deprecated never emitted through the RN module: the engine raises `onChatRoomLeft` only when `leaveChatRoom` gets no callback, and the RN module always passes one. Use the `callback` parameter of `leaveChatRoom`.
     */
    setOnChatRoomLeftListener(listener?: (code: number, targetId: string) => void): void;
    /**
     * Sets the listener that receives the result of `loadChatRoomMessages` (the deprecated twin of
     * `getChatRoomMessages`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `messages` the messages; `syncTime` timestamp for the next page
     */
    setOnChatRoomMessagesLoadedListener(listener?: (code: number, targetId: string, messages: Array<RCIMIWMessage>, syncTime: number) => void): void;
    /**
     * Sets the listener for the outcome of `addChatRoomEntry` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `key` key
     * @deprecated never emitted through the RN module: the engine raises `onChatRoomEntryAdded` only when `addChatRoomEntry` gets no callback, and the RN module always passes one. Use the `callback` parameter of `addChatRoomEntry`.
     */
    setOnChatRoomEntryAddedListener(listener?: (code: number, targetId: string, key: string) => void): void;
    /**
     * Sets the listener for the outcome of `addChatRoomEntries` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `entries` key/values (a Map: the wrapper converts the plain object); `errorEntries` failed keys to their error codes (a Map: the wrapper converts the plain object)
     * @deprecated never emitted through the RN module: the engine raises `onChatRoomEntriesAdded` only when `addChatRoomEntries` gets no callback, and the RN module always passes one. Use the `callback` parameter of `addChatRoomEntries`.
     */
    setOnChatRoomEntriesAddedListener(listener?: (code: number, targetId: string, entries: Map<string, string>, errorEntries: Map<string, number>) => void): void;
    /**
     * Sets the listener that receives the result of `loadChatRoomEntry` (the deprecated twin of
     * `getChatRoomEntry`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `entry` key/value (a Map: the wrapper converts the plain object)
     */
    setOnChatRoomEntryLoadedListener(listener?: (code: number, targetId: string, entry: Map<string, string>) => void): void;
    /**
     * Sets the listener that receives the result of `loadChatRoomAllEntries` (the deprecated twin of
     * `getChatRoomAllEntries`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `entries` key/values (a Map: the wrapper converts the plain object)
     */
    setOnChatRoomAllEntriesLoadedListener(listener?: (code: number, targetId: string, entries: Map<string, string>) => void): void;
    /**
     * Sets the listener for the outcome of `removeChatRoomEntry` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `key` key
     * @deprecated never emitted through the RN module: the engine raises `onChatRoomEntryRemoved` only when `removeChatRoomEntry` gets no callback, and the RN module always passes one. Use the `callback` parameter of `removeChatRoomEntry`.
     */
    setOnChatRoomEntryRemovedListener(listener?: (code: number, targetId: string, key: string) => void): void;
    /**
     * Sets the listener for the outcome of `removeChatRoomEntries` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `keys` keys
     * @deprecated never emitted through the RN module: the engine raises `onChatRoomEntriesRemoved` only when `removeChatRoomEntries` gets no callback, and the RN module always passes one. Use the `callback` parameter of `removeChatRoomEntries`.
     */
    setOnChatRoomEntriesRemovedListener(listener?: (code: number, targetId: string, keys: Array<string>) => void): void;
    /**
     * Sets the listener for the outcome of `addToBlacklist` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `userId` user ID
     * @deprecated never emitted through the RN module: the engine raises `onBlacklistAdded` only when `addToBlacklist` gets no callback, and the RN module always passes one. Use the `callback` parameter of `addToBlacklist`.
     */
    setOnBlacklistAddedListener(listener?: (code: number, userId: string) => void): void;
    /**
     * Sets the listener for the outcome of `removeFromBlacklist` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `userId` user ID
     * @deprecated never emitted through the RN module: the engine raises `onBlacklistRemoved` only when `removeFromBlacklist` gets no callback, and the RN module always passes one. Use the `callback` parameter of `removeFromBlacklist`.
     */
    setOnBlacklistRemovedListener(listener?: (code: number, userId: string) => void): void;
    /**
     * Sets the listener that receives the result of `loadBlacklistStatus` (the deprecated twin of
     * `getBlacklistStatus`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `userId` user ID; `status` the status
     */
    setOnBlacklistStatusLoadedListener(listener?: (code: number, userId: string, status: RCIMIWBlacklistStatus) => void): void;
    /**
     * Sets the listener that receives the result of `loadBlacklist` (the deprecated twin of `getBlacklist`),
     * echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `userIds` user IDs
     */
    setOnBlacklistLoadedListener(listener?: (code: number, userIds: Array<string>) => void): void;
    /**
     * Sets the listener for the outcome of `searchMessages` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `keyword` keyword passed in; `startTime` start time passed in (for quiet hours: HH:MM:SS); `count` the count; `messages` the messages
     * @deprecated never emitted through the RN module: the engine raises `onMessagesSearched` only when `searchMessages` gets no callback, and the RN module always passes one. Use the `callback` parameter of `searchMessages`.
     */
    setOnMessagesSearchedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, keyword: string, startTime: number, count: number, messages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener for the outcome of `searchMessagesByTimeRange` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `keyword` keyword passed in; `startTime` start time passed in (for quiet hours: HH:MM:SS); `endTime` end time passed in; `offset` offset passed in; `count` the count; `messages` the messages
     * @deprecated never emitted through the RN module: the engine raises `onMessagesSearchedByTimeRange` only when `searchMessagesByTimeRange` gets no callback, and the RN module always passes one. Use the `callback` parameter of `searchMessagesByTimeRange`.
     */
    setOnMessagesSearchedByTimeRangeListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, keyword: string, startTime: number, endTime: number, offset: number, count: number, messages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener for the outcome of `searchMessagesByUserId` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `userId` user ID; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `startTime` start time passed in (for quiet hours: HH:MM:SS); `count` the count; `messages` the messages
     * @deprecated never emitted through the RN module: the engine raises `onMessagesSearchedByUserId` only when `searchMessagesByUserId` gets no callback, and the RN module always passes one. Use the `callback` parameter of `searchMessagesByUserId`.
     */
    setOnMessagesSearchedByUserIdListener(listener?: (code: number, userId: string, type: RCIMIWConversationType, targetId: string, channelId: string, startTime: number, count: number, messages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener for the outcome of `searchConversations` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `conversationTypes` the conversation types passed in; `channelId` channel ID; `messageTypes` message types passed in; `keyword` keyword passed in; `conversations` the conversations
     * @deprecated never emitted through the RN module: the engine raises `onConversationsSearched` only when `searchConversations` gets no callback, and the RN module always passes one. Use the `callback` parameter of `searchConversations`.
     */
    setOnConversationsSearchedListener(listener?: (code: number, conversationTypes: Array<RCIMIWConversationType>, channelId: string, messageTypes: Array<RCIMIWMessageType>, keyword: string, conversations: Array<RCIMIWSearchConversationResult>) => void): void;
    /**
     * Sets the listener for the outcome of `sendGroupReadReceiptRequest` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `message` the message
     * @deprecated never emitted through the RN module: the engine raises `onGroupReadReceiptRequestSent` only when `sendGroupReadReceiptRequest` gets no callback, and the RN module always passes one. Use the `callback` parameter of `sendGroupReadReceiptRequest`.
     */
    setOnGroupReadReceiptRequestSentListener(listener?: (code: number, message: RCIMIWMessage) => void): void;
    /**
     * Sets the listener for the outcome of `sendGroupReadReceiptResponse` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `channelId` channel ID; `messages` the messages
     * @deprecated never emitted through the RN module: the engine raises `onGroupReadReceiptResponseSent` only when `sendGroupReadReceiptResponse` gets no callback, and the RN module always passes one. Use the `callback` parameter of `sendGroupReadReceiptResponse`.
     */
    setOnGroupReadReceiptResponseSentListener(listener?: (code: number, targetId: string, channelId: string, messages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener for the outcome of `changeNotificationQuietHours` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `startTime` start time passed in (for quiet hours: HH:MM:SS); `spanMinutes` window length in minutes; `level` the level
     * @deprecated never emitted through the RN module: the engine raises `onNotificationQuietHoursChanged` only when `changeNotificationQuietHours` gets no callback, and the RN module always passes one. Use the `callback` parameter of `changeNotificationQuietHours`.
     */
    setOnNotificationQuietHoursChangedListener(listener?: (code: number, startTime: string, spanMinutes: number, level: RCIMIWPushNotificationQuietHoursLevel) => void): void;
    /**
     * Sets the listener for the outcome of `removeNotificationQuietHours` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code
     * @deprecated never emitted through the RN module: the engine raises `onNotificationQuietHoursRemoved` only when `removeNotificationQuietHours` gets no callback, and the RN module always passes one. Use the `callback` parameter of `removeNotificationQuietHours`.
     */
    setOnNotificationQuietHoursRemovedListener(listener?: (code: number) => void): void;
    /**
     * Sets the listener that receives the result of `loadNotificationQuietHours` (the deprecated twin of
     * `getNotificationQuietHours`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `startTime` start time passed in (for quiet hours: HH:MM:SS); `spanMinutes` window length in minutes; `level` the level
     */
    setOnNotificationQuietHoursLoadedListener(listener?: (code: number, startTime: string, spanMinutes: number, level: RCIMIWPushNotificationQuietHoursLevel) => void): void;
    /**
     * Sets the listener for the outcome of `changeConversationNotificationLevel` when it is called without a
     * callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `level` the level
     * @deprecated never emitted through the RN module: the engine raises `onConversationNotificationLevelChanged` only when `changeConversationNotificationLevel` gets no callback, and the RN module always passes one. Use the `callback` parameter of `changeConversationNotificationLevel`.
     */
    setOnConversationNotificationLevelChangedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, level: RCIMIWPushNotificationLevel) => void): void;
    /**
     * Sets the listener that receives the result of `loadConversationNotificationLevel` (the deprecated twin of
     * `getConversationNotificationLevel`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `level` the level
     */
    setOnConversationNotificationLevelLoadedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, level: RCIMIWPushNotificationLevel) => void): void;
    /**
     * Sets the listener for the outcome of `changeConversationTypeNotificationLevel` when it is called without a
     * callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `level` the level
     * @deprecated never emitted through the RN module: the engine raises `onConversationTypeNotificationLevelChanged` only when `changeConversationTypeNotificationLevel` gets no callback, and the RN module always passes one. Use the `callback` parameter of `changeConversationTypeNotificationLevel`.
     */
    setOnConversationTypeNotificationLevelChangedListener(listener?: (code: number, type: RCIMIWConversationType, level: RCIMIWPushNotificationLevel) => void): void;
    /**
     * Sets the listener that receives the result of `loadConversationTypeNotificationLevel` (the deprecated twin
     * of `getConversationTypeNotificationLevel`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `level` the level
     */
    setOnConversationTypeNotificationLevelLoadedListener(listener?: (code: number, type: RCIMIWConversationType, level: RCIMIWPushNotificationLevel) => void): void;
    /**
     * Sets the listener for the outcome of `changeUltraGroupDefaultNotificationLevel` when it is called without
     * a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `level` the level
     * @deprecated never emitted through the RN module: the engine raises `onUltraGroupDefaultNotificationLevelChanged` only when `changeUltraGroupDefaultNotificationLevel` gets no callback, and the RN module always passes one. Use the `callback` parameter of `changeUltraGroupDefaultNotificationLevel`.
     */
    setOnUltraGroupDefaultNotificationLevelChangedListener(listener?: (code: number, targetId: string, level: RCIMIWPushNotificationLevel) => void): void;
    /**
     * Sets the listener that receives the result of `loadUltraGroupDefaultNotificationLevel` (the deprecated
     * twin of `getUltraGroupDefaultNotificationLevel`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `level` the level
     */
    setOnUltraGroupDefaultNotificationLevelLoadedListener(listener?: (code: number, targetId: string, level: RCIMIWPushNotificationLevel) => void): void;
    /**
     * Sets the listener for the outcome of `changeUltraGroupChannelDefaultNotificationLevel` when it is called
     * without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `channelId` channel ID; `level` the level
     * @deprecated never emitted through the RN module: the engine raises `onUltraGroupChannelDefaultNotificationLevelChanged` only when `changeUltraGroupChannelDefaultNotificationLevel` gets no callback, and the RN module always passes one. Use the `callback` parameter of `changeUltraGroupChannelDefaultNotificationLevel`.
     */
    setOnUltraGroupChannelDefaultNotificationLevelChangedListener(listener?: (code: number, targetId: string, channelId: string, level: RCIMIWPushNotificationLevel) => void): void;
    /**
     * Sets the listener that receives the result of `loadUltraGroupChannelDefaultNotificationLevel` (the
     * deprecated twin of `getUltraGroupChannelDefaultNotificationLevel`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `channelId` channel ID; `level` the level
     */
    setOnUltraGroupChannelDefaultNotificationLevelLoadedListener(listener?: (code: number, targetId: string, channelId: string, level: RCIMIWPushNotificationLevel) => void): void;
    /**
     * Sets the listener for the outcome of `changePushContentShowStatus` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `showContent` the setting
     * @deprecated never emitted through the RN module: the engine raises `onPushContentShowStatusChanged` only when `changePushContentShowStatus` gets no callback, and the RN module always passes one. Use the `callback` parameter of `changePushContentShowStatus`.
     */
    setOnPushContentShowStatusChangedListener(listener?: (code: number, showContent: boolean) => void): void;
    /**
     * Sets the listener for the outcome of `changePushLanguage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `language` the language
     * @deprecated never emitted through the RN module: the engine raises `onPushLanguageChanged` only when `changePushLanguage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `changePushLanguage`.
     */
    setOnPushLanguageChangedListener(listener?: (code: number, language: string) => void): void;
    /**
     * Sets the listener for the outcome of `changePushReceiveStatus` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `receive` the setting
     * @deprecated never emitted through the RN module: the engine raises `onPushReceiveStatusChanged` only when `changePushReceiveStatus` gets no callback, and the RN module always passes one. Use the `callback` parameter of `changePushReceiveStatus`.
     */
    setOnPushReceiveStatusChangedListener(listener?: (code: number, receive: boolean) => void): void;
    /**
     * Sets the listener that receives the result of `loadMessageCount` (the deprecated twin of
     * `getMessageCount`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `channelId` channel ID; `count` the count
     */
    setOnMessageCountLoadedListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, channelId: string, count: number) => void): void;
    /**
     * Sets the listener that receives the result of `loadTopConversations` (the deprecated twin of
     * `getTopConversations`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `conversationTypes` the conversation types passed in; `channelId` channel ID; `conversations` the conversations
     */
    setOnTopConversationsLoadedListener(listener?: (code: number, conversationTypes: Array<RCIMIWConversationType>, channelId: string, conversations: Array<RCIMIWConversation>) => void): void;
    /**
     * Sets the listener for the outcome of `sendGroupMessageToDesignatedUsers` when it is called without a
     * callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `message` the message
     * @deprecated never emitted through the RN module: the engine raises `onGroupMessageToDesignatedUsersAttached` only when `sendGroupMessageToDesignatedUsers` gets no callback, and the RN module always passes one. Use the `callback` parameter of `sendGroupMessageToDesignatedUsers`.
     */
    setOnGroupMessageToDesignatedUsersAttachedListener(listener?: (message: RCIMIWMessage) => void): void;
    /**
     * Sets the listener for the outcome of `sendGroupMessageToDesignatedUsers` when it is called without a
     * callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `message` the message
     * @deprecated never emitted through the RN module: the engine raises `onGroupMessageToDesignatedUsersSent` only when `sendGroupMessageToDesignatedUsers` gets no callback, and the RN module always passes one. Use the `callback` parameter of `sendGroupMessageToDesignatedUsers`.
     */
    setOnGroupMessageToDesignatedUsersSentListener(listener?: (code: number, message: RCIMIWMessage) => void): void;
    /**
     * Sets the listener for the outcome of `syncUltraGroupReadStatus` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `channelId` channel ID; `timestamp` timestamp (ms)
     * @deprecated never emitted through the RN module: the engine raises `onUltraGroupReadStatusSynced` only when `syncUltraGroupReadStatus` gets no callback, and the RN module always passes one. Use the `callback` parameter of `syncUltraGroupReadStatus`.
     */
    setOnUltraGroupReadStatusSyncedListener(listener?: (code: number, targetId: string, channelId: string, timestamp: number) => void): void;
    /**
     * Sets the listener that receives the result of `loadConversationsForAllChannel` (the deprecated twin of
     * `getConversationsForAllChannel`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `type` conversation type; `targetId` conversation ID; `conversations` the conversations
     */
    setOnConversationsLoadedForAllChannelListener(listener?: (code: number, type: RCIMIWConversationType, targetId: string, conversations: Array<RCIMIWConversation>) => void): void;
    /**
     * Sets the listener that receives the result of `loadUltraGroupUnreadMentionedCount` (the deprecated twin of
     * `getUltraGroupUnreadMentionedCount`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `count` the count
     */
    setOnUltraGroupUnreadMentionedCountLoadedListener(listener?: (code: number, targetId: string, count: number) => void): void;
    /**
     * Sets the listener that receives the result of `loadUltraGroupUnreadCount` (the deprecated twin of
     * `getUltraGroupUnreadCount`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `count` the count
     */
    setOnUltraGroupUnreadCountLoadedListener(listener?: (code: number, targetId: string, count: number) => void): void;
    /**
     * Sets the listener for the outcome of `modifyUltraGroupMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `messageUId` message UID
     * @deprecated never emitted through the RN module: the engine raises `onUltraGroupMessageModified` only when `modifyUltraGroupMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `modifyUltraGroupMessage`.
     */
    setOnUltraGroupMessageModifiedListener(listener?: (code: number, messageUId: string) => void): void;
    /**
     * Sets the listener for the outcome of `recallUltraGroupMessage` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `message` the message; `deleteRemote` deleteRemote passed in
     * @deprecated never emitted through the RN module: the engine raises `onUltraGroupMessageRecalled` only when `recallUltraGroupMessage` gets no callback, and the RN module always passes one. Use the `callback` parameter of `recallUltraGroupMessage`.
     */
    setOnUltraGroupMessageRecalledListener(listener?: (code: number, message: RCIMIWMessage, deleteRemote: boolean) => void): void;
    /**
     * Sets the listener for the outcome of `clearUltraGroupMessages` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `channelId` channel ID; `timestamp` timestamp (ms); `policy` policy passed in
     * @deprecated never emitted through the RN module: the engine raises `onUltraGroupMessagesCleared` only when `clearUltraGroupMessages` gets no callback, and the RN module always passes one. Use the `callback` parameter of `clearUltraGroupMessages`.
     */
    setOnUltraGroupMessagesClearedListener(listener?: (code: number, targetId: string, channelId: string, timestamp: number, policy: RCIMIWMessageOperationPolicy) => void): void;
    /**
     * Sets the listener for the outcome of `clearUltraGroupMessagesForAllChannel` when it is called without a
     * callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `timestamp` timestamp (ms)
     * @deprecated never emitted through the RN module: the engine raises `onUltraGroupMessagesClearedForAllChannel` only when `clearUltraGroupMessagesForAllChannel` gets no callback, and the RN module always passes one. Use the `callback` parameter of `clearUltraGroupMessagesForAllChannel`.
     */
    setOnUltraGroupMessagesClearedForAllChannelListener(listener?: (code: number, targetId: string, timestamp: number) => void): void;
    /**
     * Sets the listener for the outcome of `sendUltraGroupTypingStatus` when it is called without a callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `targetId` conversation ID; `channelId` channel ID; `typingStatus` the typing status
     * @deprecated never emitted through the RN module: the engine raises `onUltraGroupTypingStatusSent` only when `sendUltraGroupTypingStatus` gets no callback, and the RN module always passes one. Use the `callback` parameter of `sendUltraGroupTypingStatus`.
     */
    setOnUltraGroupTypingStatusSentListener(listener?: (code: number, targetId: string, channelId: string, typingStatus: RCIMIWUltraGroupTypingStatus) => void): void;
    /**
     * Sets the listener that receives the result of `loadBatchRemoteUltraGroupMessages` (the deprecated twin of
     * `getBatchRemoteUltraGroupMessages`), echoing the call's arguments.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `matchedMessages` messages found on the server; `notMatchedMessages` messages not found
     */
    setOnBatchRemoteUltraGroupMessagesLoadedListener(listener?: (code: number, matchedMessages: Array<RCIMIWMessage>, notMatchedMessages: Array<RCIMIWMessage>) => void): void;
    /**
     * Sets the listener for the outcome of `updateUltraGroupMessageExpansion` when it is called without a
     * callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `expansion` expansion key/values (a Map: the wrapper converts the plain object); `messageUId` message UID
     * @deprecated never emitted through the RN module: the engine raises `onUltraGroupMessageExpansionUpdated` only when `updateUltraGroupMessageExpansion` gets no callback, and the RN module always passes one. Use the `callback` parameter of `updateUltraGroupMessageExpansion`.
     */
    setOnUltraGroupMessageExpansionUpdatedListener(listener?: (code: number, expansion: Map<string, string>, messageUId: string) => void): void;
    /**
     * Sets the listener for the outcome of `removeUltraGroupMessageExpansionForKeys` when it is called without a
     * callback.
     * Only one listener per event is live: setting one replaces the previous one, undefined clears it.
     *
     * @param listener receives `code` 0 on success, otherwise the IMLib error code; `messageUId` message UID; `keys` keys
     * @deprecated never emitted through the RN module: the engine raises `onUltraGroupMessageExpansionForKeysRemoved` only when `removeUltraGroupMessageExpansionForKeys` gets no callback, and the RN module always passes one. Use the `callback` parameter of `removeUltraGroupMessageExpansionForKeys`.
     */
    setOnUltraGroupMessageExpansionForKeysRemovedListener(listener?: (code: number, messageUId: string, keys: Array<string>) => void): void;
}
