/**
 * The native module `NativeModules.RCReactNativeIM` as the wrapper `@rongcloud/react-native-im-wrapper` 5.2.5
 * (with callbacks) calls it, and the events it emits (boundary §2, §3, §5). This is the surface a fake native
 * must implement so that the unmodified wrapper runs on it.
 *
 * Conventions:
 * - Argument names and order are the wrapper's; enums travel as ordinals; the 4 Map parameters arrive as plain
 *   objects (the wrapper applies Object.fromEntries).
 * - Methods ending in `eventId` answer through per-call events "<PascalMethod>:<callback>" that echo it; a
 *   non-zero resolved code means no event follows.
 * - Every method except `create`/`destroy` rejects instead of resolving when the engine is missing
 *   (Android code "ENGINE_DESTROYED", iOS "-102").
 */
import type {
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

/** The 133 methods of `NativeModules.RCReactNativeIM`. */
export interface RCReactNativeIM {
    /**
     * Android: a void method (the JS call returns undefined); iOS: a promise resolving null. The wrapper ignores
     * the result.
     */
    create(appKey: string, options: RCIMIWEngineOptions): void;
    /**
     * Resolves 0 on Android, null on iOS.
     */
    destroy(): Promise<number | null>;
    /**
     * iOS only (absent on Android, where the wrapper never calls it): resolves 0, or -1 when the token is nil.
     */
    setDeviceToken(deviceToken: string): Promise<number>;
    /**
     * Per-call events: `Connect:onDatabaseOpened`, `Connect:onConnected`, each echoing `eventId`.
     */
    connect(token: string, timeout: number, eventId: string): Promise<number>;
    /**
     * Resolves with the status code; no events.
     */
    disconnect(receivePush: boolean): Promise<number>;
    /**
     * Resolves with the created message object (no events).
     */
    createTextMessage(type: RCIMIWConversationType, targetId: string, channelId: string, text: string): Promise<RCIMIWTextMessage>;
    /**
     * Resolves with the created message object (no events).
     */
    createImageMessage(type: RCIMIWConversationType, targetId: string, channelId: string, path: string): Promise<RCIMIWImageMessage>;
    /**
     * Resolves with the created message object (no events).
     */
    createFileMessage(type: RCIMIWConversationType, targetId: string, channelId: string, path: string): Promise<RCIMIWFileMessage>;
    /**
     * Resolves with the created message object (no events).
     */
    createSightMessage(type: RCIMIWConversationType, targetId: string, channelId: string, path: string, duration: number): Promise<RCIMIWSightMessage>;
    /**
     * Resolves with the created message object (no events).
     */
    createVoiceMessage(type: RCIMIWConversationType, targetId: string, channelId: string, path: string, duration: number): Promise<RCIMIWVoiceMessage>;
    /**
     * Resolves with the created message object (no events).
     */
    createReferenceMessage(type: RCIMIWConversationType, targetId: string, channelId: string, referenceMessage: RCIMIWMessage, text: string): Promise<RCIMIWReferenceMessage>;
    /**
     * Resolves with the created message object (no events).
     */
    createGIFMessage(type: RCIMIWConversationType, targetId: string, channelId: string, path: string): Promise<RCIMIWGIFMessage>;
    /**
     * Resolves with the created message object (no events).
     */
    createCustomMessage(type: RCIMIWConversationType, targetId: string, channelId: string, policy: RCIMIWCustomMessagePolicy, messageIdentifier: string, fields: Record<string, string>): Promise<RCIMIWCustomMessage>;
    /**
     * Resolves with the created message object (no events).
     */
    createLocationMessage(type: RCIMIWConversationType, targetId: string, channelId: string, longitude: number, latitude: number, poiName: string, thumbnailPath: string): Promise<RCIMIWLocationMessage>;
    /**
     * Per-call events: `SendMessage:onMessageSaved`, `SendMessage:onMessageSent`, each echoing `eventId`.
     */
    sendMessage(message: RCIMIWMessage, eventId: string): Promise<number>;
    /**
     * Per-call events: `SendMediaMessage:onMediaMessageSaved`, `SendMediaMessage:onMediaMessageSending`,
     * `SendMediaMessage:onSendingMediaMessageCanceled`, `SendMediaMessage:onMediaMessageSent`, each echoing
     * `eventId`.
     */
    sendMediaMessage(message: RCIMIWMediaMessage, eventId: string): Promise<number>;
    /**
     * Per-call events: `CancelSendingMediaMessage:onCancelSendingMediaMessageCalled`, each echoing `eventId`.
     */
    cancelSendingMediaMessage(message: RCIMIWMediaMessage, eventId: string): Promise<number>;
    /**
     * Per-call events: `DownloadMediaMessage:onMediaMessageDownloading`,
     * `DownloadMediaMessage:onDownloadingMediaMessageCanceled`, `DownloadMediaMessage:onMediaMessageDownloaded`,
     * each echoing `eventId`.
     */
    downloadMediaMessage(message: RCIMIWMediaMessage, eventId: string): Promise<number>;
    /**
     * Per-call events: `CancelDownloadingMediaMessage:onCancelDownloadingMediaMessageCalled`, each echoing
     * `eventId`.
     */
    cancelDownloadingMediaMessage(message: RCIMIWMediaMessage, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onConversationLoaded`.
     */
    loadConversation(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Per-call events: `GetConversation:onSuccess`, `GetConversation:onError`, each echoing `eventId`.
     */
    getConversation(type: RCIMIWConversationType, targetId: string, channelId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onConversationsLoaded`.
     */
    loadConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string, startTime: number, count: number): Promise<number>;
    /**
     * Per-call events: `GetConversations:onSuccess`, `GetConversations:onError`, each echoing `eventId`.
     */
    getConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string, startTime: number, count: number, eventId: string): Promise<number>;
    /**
     * Per-call events: `RemoveConversation:onConversationRemoved`, each echoing `eventId`.
     */
    removeConversation(type: RCIMIWConversationType, targetId: string, channelId: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `RemoveConversations:onConversationsRemoved`, each echoing `eventId`.
     */
    removeConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onUnreadCountLoaded`.
     */
    loadUnreadCount(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Per-call events: `GetUnreadCount:onSuccess`, `GetUnreadCount:onError`, each echoing `eventId`.
     */
    getUnreadCount(type: RCIMIWConversationType, targetId: string, channelId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onTotalUnreadCountLoaded`.
     */
    loadTotalUnreadCount(channelId: string): Promise<number>;
    /**
     * Per-call events: `GetTotalUnreadCount:onSuccess`, `GetTotalUnreadCount:onError`, each echoing `eventId`.
     */
    getTotalUnreadCount(channelId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onUnreadMentionedCountLoaded`.
     */
    loadUnreadMentionedCount(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Per-call events: `GetUnreadMentionedCount:onSuccess`, `GetUnreadMentionedCount:onError`, each echoing
     * `eventId`.
     */
    getUnreadMentionedCount(type: RCIMIWConversationType, targetId: string, channelId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onUltraGroupAllUnreadCountLoaded`.
     */
    loadUltraGroupAllUnreadCount(): Promise<number>;
    /**
     * Per-call events: `GetUltraGroupAllUnreadCount:onSuccess`, `GetUltraGroupAllUnreadCount:onError`, each
     * echoing `eventId`.
     */
    getUltraGroupAllUnreadCount(eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event
     * `IRCIMIWListener:onUltraGroupAllUnreadMentionedCountLoaded`.
     */
    loadUltraGroupAllUnreadMentionedCount(): Promise<number>;
    /**
     * Per-call events: `GetUltraGroupAllUnreadMentionedCount:onSuccess`,
     * `GetUltraGroupAllUnreadMentionedCount:onError`, each echoing `eventId`.
     */
    getUltraGroupAllUnreadMentionedCount(eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onUltraGroupUnreadCountLoaded`.
     */
    loadUltraGroupUnreadCount(targetId: string): Promise<number>;
    /**
     * Per-call events: `GetUltraGroupUnreadCount:onSuccess`, `GetUltraGroupUnreadCount:onError`, each echoing
     * `eventId`.
     */
    getUltraGroupUnreadCount(targetId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onUltraGroupUnreadMentionedCountLoaded`.
     */
    loadUltraGroupUnreadMentionedCount(targetId: string): Promise<number>;
    /**
     * Per-call events: `GetUltraGroupUnreadMentionedCount:onSuccess`,
     * `GetUltraGroupUnreadMentionedCount:onError`, each echoing `eventId`.
     */
    getUltraGroupUnreadMentionedCount(targetId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onUnreadCountByConversationTypesLoaded`.
     */
    loadUnreadCountByConversationTypes(conversationTypes: Array<RCIMIWConversationType>, channelId: string, contain: boolean): Promise<number>;
    /**
     * Per-call events: `GetUnreadCountByConversationTypes:onSuccess`,
     * `GetUnreadCountByConversationTypes:onError`, each echoing `eventId`.
     */
    getUnreadCountByConversationTypes(conversationTypes: Array<RCIMIWConversationType>, channelId: string, contain: boolean, eventId: string): Promise<number>;
    /**
     * Per-call events: `ClearUnreadCount:onUnreadCountCleared`, each echoing `eventId`.
     */
    clearUnreadCount(type: RCIMIWConversationType, targetId: string, channelId: string, timestamp: number, eventId: string): Promise<number>;
    /**
     * Per-call events: `SaveDraftMessage:onDraftMessageSaved`, each echoing `eventId`.
     */
    saveDraftMessage(type: RCIMIWConversationType, targetId: string, channelId: string, draft: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onDraftMessageLoaded`.
     */
    loadDraftMessage(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Per-call events: `GetDraftMessage:onSuccess`, `GetDraftMessage:onError`, each echoing `eventId`.
     */
    getDraftMessage(type: RCIMIWConversationType, targetId: string, channelId: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `ClearDraftMessage:onDraftMessageCleared`, each echoing `eventId`.
     */
    clearDraftMessage(type: RCIMIWConversationType, targetId: string, channelId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onBlockedConversationsLoaded`.
     */
    loadBlockedConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string): Promise<number>;
    /**
     * Per-call events: `GetBlockedConversations:onSuccess`, `GetBlockedConversations:onError`, each echoing
     * `eventId`.
     */
    getBlockedConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `ChangeConversationTopStatus:onConversationTopStatusChanged`, each echoing `eventId`.
     */
    changeConversationTopStatus(type: RCIMIWConversationType, targetId: string, channelId: string, top: boolean, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onConversationTopStatusLoaded`.
     */
    loadConversationTopStatus(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Per-call events: `GetConversationTopStatus:onSuccess`, `GetConversationTopStatus:onError`, each echoing
     * `eventId`.
     */
    getConversationTopStatus(type: RCIMIWConversationType, targetId: string, channelId: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `SyncConversationReadStatus:onConversationReadStatusSynced`, each echoing `eventId`.
     */
    syncConversationReadStatus(type: RCIMIWConversationType, targetId: string, channelId: string, timestamp: number, eventId: string): Promise<number>;
    /**
     * Resolves with the status code; no events.
     */
    sendTypingStatus(type: RCIMIWConversationType, targetId: string, channelId: string, currentType: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onMessagesLoaded`.
     */
    loadMessages(type: RCIMIWConversationType, targetId: string, channelId: string, sentTime: number, order: RCIMIWTimeOrder, policy: RCIMIWMessageOperationPolicy, count: number): Promise<number>;
    /**
     * Per-call events: `GetMessages:onSuccess`, `GetMessages:onError`, each echoing `eventId`.
     */
    getMessages(type: RCIMIWConversationType, targetId: string, channelId: string, sentTime: number, order: RCIMIWTimeOrder, policy: RCIMIWMessageOperationPolicy, count: number, eventId: string): Promise<number>;
    /**
     * Per-call events: `GetMessageById:onSuccess`, `GetMessageById:onError`, each echoing `eventId`.
     */
    getMessageById(messageId: number, eventId: string): Promise<number>;
    /**
     * Per-call events: `GetMessageByUId:onSuccess`, `GetMessageByUId:onError`, each echoing `eventId`.
     */
    getMessageByUId(messageUId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onFirstUnreadMessageLoaded`.
     */
    loadFirstUnreadMessage(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Per-call events: `GetFirstUnreadMessage:onSuccess`, `GetFirstUnreadMessage:onError`, each echoing
     * `eventId`.
     */
    getFirstUnreadMessage(type: RCIMIWConversationType, targetId: string, channelId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onUnreadMentionedMessagesLoaded`.
     */
    loadUnreadMentionedMessages(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Per-call events: `GetUnreadMentionedMessages:onSuccess`, `GetUnreadMentionedMessages:onError`, each
     * echoing `eventId`.
     */
    getUnreadMentionedMessages(type: RCIMIWConversationType, targetId: string, channelId: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `InsertMessage:onMessageInserted`, each echoing `eventId`.
     */
    insertMessage(message: RCIMIWMessage, eventId: string): Promise<number>;
    /**
     * Per-call events: `InsertMessages:onMessagesInserted`, each echoing `eventId`.
     */
    insertMessages(messages: Array<RCIMIWMessage>, eventId: string): Promise<number>;
    /**
     * Per-call events: `ClearMessages:onMessagesCleared`, each echoing `eventId`.
     */
    clearMessages(type: RCIMIWConversationType, targetId: string, channelId: string, timestamp: number, policy: RCIMIWMessageOperationPolicy, eventId: string): Promise<number>;
    /**
     * Per-call events: `DeleteLocalMessages:onLocalMessagesDeleted`, each echoing `eventId`.
     */
    deleteLocalMessages(messages: Array<RCIMIWMessage>, eventId: string): Promise<number>;
    /**
     * Per-call events: `DeleteMessages:onMessagesDeleted`, each echoing `eventId`.
     */
    deleteMessages(type: RCIMIWConversationType, targetId: string, channelId: string, messages: Array<RCIMIWMessage>, eventId: string): Promise<number>;
    /**
     * Per-call events: `RecallMessage:onMessageRecalled`, each echoing `eventId`.
     */
    recallMessage(message: RCIMIWMessage, eventId: string): Promise<number>;
    /**
     * Per-call events: `SendPrivateReadReceiptMessage:onPrivateReadReceiptMessageSent`, each echoing `eventId`.
     */
    sendPrivateReadReceiptMessage(targetId: string, channelId: string, timestamp: number, eventId: string): Promise<number>;
    /**
     * Per-call events: `SendGroupReadReceiptRequest:onGroupReadReceiptRequestSent`, each echoing `eventId`.
     */
    sendGroupReadReceiptRequest(message: RCIMIWMessage, eventId: string): Promise<number>;
    /**
     * Per-call events: `SendGroupReadReceiptResponse:onGroupReadReceiptResponseSent`, each echoing `eventId`.
     */
    sendGroupReadReceiptResponse(targetId: string, channelId: string, messages: Array<RCIMIWMessage>, eventId: string): Promise<number>;
    /**
     * Per-call events: `UpdateMessageExpansion:onMessageExpansionUpdated`, each echoing `eventId`.
     */
    updateMessageExpansion(messageUId: string, expansion: Record<string, string>, eventId: string): Promise<number>;
    /**
     * Per-call events: `RemoveMessageExpansionForKeys:onMessageExpansionForKeysRemoved`, each echoing `eventId`.
     */
    removeMessageExpansionForKeys(messageUId: string, keys: Array<string>, eventId: string): Promise<number>;
    /**
     * Per-call events: `ChangeMessageSentStatus:onMessageSentStatusChanged`, each echoing `eventId`.
     */
    changeMessageSentStatus(messageId: number, sentStatus: RCIMIWSentStatus, eventId: string): Promise<number>;
    /**
     * Per-call events: `ChangeMessageReceiveStatus:onMessageReceiveStatusChanged`, each echoing `eventId`.
     */
    changeMessageReceiveStatus(messageId: number, receivedStatus: RCIMIWReceivedStatus, eventId: string): Promise<number>;
    /**
     * Per-call events: `JoinChatRoom:onChatRoomJoined`, each echoing `eventId`.
     */
    joinChatRoom(targetId: string, messageCount: number, autoCreate: boolean, eventId: string): Promise<number>;
    /**
     * Per-call events: `LeaveChatRoom:onChatRoomLeft`, each echoing `eventId`.
     */
    leaveChatRoom(targetId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onChatRoomMessagesLoaded`.
     */
    loadChatRoomMessages(targetId: string, timestamp: number, order: RCIMIWTimeOrder, count: number): Promise<number>;
    /**
     * Per-call events: `GetChatRoomMessages:onSuccess`, `GetChatRoomMessages:onError`, each echoing `eventId`.
     */
    getChatRoomMessages(targetId: string, timestamp: number, order: RCIMIWTimeOrder, count: number, eventId: string): Promise<number>;
    /**
     * Per-call events: `AddChatRoomEntry:onChatRoomEntryAdded`, each echoing `eventId`.
     */
    addChatRoomEntry(targetId: string, key: string, value: string, deleteWhenLeft: boolean, overwrite: boolean, eventId: string): Promise<number>;
    /**
     * Per-call events: `AddChatRoomEntries:onChatRoomEntriesAdded`, each echoing `eventId`.
     */
    addChatRoomEntries(targetId: string, entries: Record<string, string>, deleteWhenLeft: boolean, overwrite: boolean, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onChatRoomEntryLoaded`.
     */
    loadChatRoomEntry(targetId: string, key: string): Promise<number>;
    /**
     * Per-call events: `GetChatRoomEntry:onSuccess`, `GetChatRoomEntry:onError`, each echoing `eventId`.
     */
    getChatRoomEntry(targetId: string, key: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onChatRoomAllEntriesLoaded`.
     */
    loadChatRoomAllEntries(targetId: string): Promise<number>;
    /**
     * Per-call events: `GetChatRoomAllEntries:onSuccess`, `GetChatRoomAllEntries:onError`, each echoing
     * `eventId`.
     */
    getChatRoomAllEntries(targetId: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `RemoveChatRoomEntry:onChatRoomEntryRemoved`, each echoing `eventId`.
     */
    removeChatRoomEntry(targetId: string, key: string, force: boolean, eventId: string): Promise<number>;
    /**
     * Per-call events: `RemoveChatRoomEntries:onChatRoomEntriesRemoved`, each echoing `eventId`.
     */
    removeChatRoomEntries(targetId: string, keys: Array<string>, force: boolean, eventId: string): Promise<number>;
    /**
     * Per-call events: `AddToBlacklist:onBlacklistAdded`, each echoing `eventId`.
     */
    addToBlacklist(userId: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `RemoveFromBlacklist:onBlacklistRemoved`, each echoing `eventId`.
     */
    removeFromBlacklist(userId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onBlacklistStatusLoaded`.
     */
    loadBlacklistStatus(userId: string): Promise<number>;
    /**
     * Per-call events: `GetBlacklistStatus:onSuccess`, `GetBlacklistStatus:onError`, each echoing `eventId`.
     */
    getBlacklistStatus(userId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onBlacklistLoaded`.
     */
    loadBlacklist(): Promise<number>;
    /**
     * Per-call events: `GetBlacklist:onSuccess`, `GetBlacklist:onError`, each echoing `eventId`.
     */
    getBlacklist(eventId: string): Promise<number>;
    /**
     * Per-call events: `SearchMessages:onSuccess`, `SearchMessages:onError`, each echoing `eventId`.
     */
    searchMessages(type: RCIMIWConversationType, targetId: string, channelId: string, keyword: string, startTime: number, count: number, eventId: string): Promise<number>;
    /**
     * Per-call events: `SearchMessagesByTimeRange:onSuccess`, `SearchMessagesByTimeRange:onError`, each echoing
     * `eventId`.
     */
    searchMessagesByTimeRange(type: RCIMIWConversationType, targetId: string, channelId: string, keyword: string, startTime: number, endTime: number, offset: number, count: number, eventId: string): Promise<number>;
    /**
     * Per-call events: `SearchMessagesByUserId:onSuccess`, `SearchMessagesByUserId:onError`, each echoing
     * `eventId`.
     */
    searchMessagesByUserId(userId: string, type: RCIMIWConversationType, targetId: string, channelId: string, startTime: number, count: number, eventId: string): Promise<number>;
    /**
     * Per-call events: `SearchConversations:onSuccess`, `SearchConversations:onError`, each echoing `eventId`.
     */
    searchConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string, messageTypes: Array<RCIMIWMessageType>, keyword: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `ChangeNotificationQuietHours:onNotificationQuietHoursChanged`, each echoing `eventId`.
     */
    changeNotificationQuietHours(startTime: string, spanMinutes: number, level: RCIMIWPushNotificationQuietHoursLevel, eventId: string): Promise<number>;
    /**
     * Per-call events: `RemoveNotificationQuietHours:onNotificationQuietHoursRemoved`, each echoing `eventId`.
     */
    removeNotificationQuietHours(eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onNotificationQuietHoursLoaded`.
     */
    loadNotificationQuietHours(): Promise<number>;
    /**
     * Per-call events: `GetNotificationQuietHours:onSuccess`, `GetNotificationQuietHours:onError`, each echoing
     * `eventId`.
     */
    getNotificationQuietHours(eventId: string): Promise<number>;
    /**
     * Per-call events: `ChangeConversationNotificationLevel:onConversationNotificationLevelChanged`, each
     * echoing `eventId`.
     */
    changeConversationNotificationLevel(type: RCIMIWConversationType, targetId: string, channelId: string, level: RCIMIWPushNotificationLevel, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onConversationNotificationLevelLoaded`.
     */
    loadConversationNotificationLevel(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Per-call events: `GetConversationNotificationLevel:onSuccess`, `GetConversationNotificationLevel:onError`,
     * each echoing `eventId`.
     */
    getConversationNotificationLevel(type: RCIMIWConversationType, targetId: string, channelId: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `ChangeConversationTypeNotificationLevel:onConversationTypeNotificationLevelChanged`,
     * each echoing `eventId`.
     */
    changeConversationTypeNotificationLevel(type: RCIMIWConversationType, level: RCIMIWPushNotificationLevel, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event
     * `IRCIMIWListener:onConversationTypeNotificationLevelLoaded`.
     */
    loadConversationTypeNotificationLevel(type: RCIMIWConversationType): Promise<number>;
    /**
     * Per-call events: `GetConversationTypeNotificationLevel:onSuccess`,
     * `GetConversationTypeNotificationLevel:onError`, each echoing `eventId`.
     */
    getConversationTypeNotificationLevel(type: RCIMIWConversationType, eventId: string): Promise<number>;
    /**
     * Per-call events: `ChangeUltraGroupDefaultNotificationLevel:onUltraGroupDefaultNotificationLevelChanged`,
     * each echoing `eventId`.
     */
    changeUltraGroupDefaultNotificationLevel(targetId: string, level: RCIMIWPushNotificationLevel, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event
     * `IRCIMIWListener:onUltraGroupDefaultNotificationLevelLoaded`.
     */
    loadUltraGroupDefaultNotificationLevel(targetId: string): Promise<number>;
    /**
     * Per-call events: `GetUltraGroupDefaultNotificationLevel:onSuccess`,
     * `GetUltraGroupDefaultNotificationLevel:onError`, each echoing `eventId`.
     */
    getUltraGroupDefaultNotificationLevel(targetId: string, eventId: string): Promise<number>;
    /**
     * Per-call events:
     * `ChangeUltraGroupChannelDefaultNotificationLevel:onUltraGroupChannelDefaultNotificationLevelChanged`, each
     * echoing `eventId`.
     */
    changeUltraGroupChannelDefaultNotificationLevel(targetId: string, channelId: string, level: RCIMIWPushNotificationLevel, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event
     * `IRCIMIWListener:onUltraGroupChannelDefaultNotificationLevelLoaded`.
     */
    loadUltraGroupChannelDefaultNotificationLevel(targetId: string, channelId: string): Promise<number>;
    /**
     * Per-call events: `GetUltraGroupChannelDefaultNotificationLevel:onSuccess`,
     * `GetUltraGroupChannelDefaultNotificationLevel:onError`, each echoing `eventId`.
     */
    getUltraGroupChannelDefaultNotificationLevel(targetId: string, channelId: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `ChangePushContentShowStatus:onPushContentShowStatusChanged`, each echoing `eventId`.
     */
    changePushContentShowStatus(showContent: boolean, eventId: string): Promise<number>;
    /**
     * Per-call events: `ChangePushLanguage:onPushLanguageChanged`, each echoing `eventId`.
     */
    changePushLanguage(language: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `ChangePushReceiveStatus:onPushReceiveStatusChanged`, each echoing `eventId`.
     */
    changePushReceiveStatus(receive: boolean, eventId: string): Promise<number>;
    /**
     * Per-call events: `SendGroupMessageToDesignatedUsers:onMessageSaved`,
     * `SendGroupMessageToDesignatedUsers:onMessageSent`, each echoing `eventId`.
     */
    sendGroupMessageToDesignatedUsers(message: RCIMIWMessage, userIds: Array<string>, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onMessageCountLoaded`.
     */
    loadMessageCount(type: RCIMIWConversationType, targetId: string, channelId: string): Promise<number>;
    /**
     * Per-call events: `GetMessageCount:onSuccess`, `GetMessageCount:onError`, each echoing `eventId`.
     */
    getMessageCount(type: RCIMIWConversationType, targetId: string, channelId: string, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onTopConversationsLoaded`.
     */
    loadTopConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string): Promise<number>;
    /**
     * Per-call events: `GetTopConversations:onSuccess`, `GetTopConversations:onError`, each echoing `eventId`.
     */
    getTopConversations(conversationTypes: Array<RCIMIWConversationType>, channelId: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `SyncUltraGroupReadStatus:onUltraGroupReadStatusSynced`, each echoing `eventId`.
     */
    syncUltraGroupReadStatus(targetId: string, channelId: string, timestamp: number, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onConversationsLoadedForAllChannel`.
     */
    loadConversationsForAllChannel(type: RCIMIWConversationType, targetId: string): Promise<number>;
    /**
     * Per-call events: `GetConversationsForAllChannel:onSuccess`, `GetConversationsForAllChannel:onError`, each
     * echoing `eventId`.
     */
    getConversationsForAllChannel(type: RCIMIWConversationType, targetId: string, eventId: string): Promise<number>;
    /**
     * Per-call events: `ModifyUltraGroupMessage:onUltraGroupMessageModified`, each echoing `eventId`.
     */
    modifyUltraGroupMessage(messageUId: string, message: RCIMIWMessage, eventId: string): Promise<number>;
    /**
     * Per-call events: `RecallUltraGroupMessage:onUltraGroupMessageRecalled`, each echoing `eventId`.
     */
    recallUltraGroupMessage(message: RCIMIWMessage, deleteRemote: boolean, eventId: string): Promise<number>;
    /**
     * Per-call events: `ClearUltraGroupMessages:onUltraGroupMessagesCleared`, each echoing `eventId`.
     */
    clearUltraGroupMessages(targetId: string, channelId: string, timestamp: number, policy: RCIMIWMessageOperationPolicy, eventId: string): Promise<number>;
    /**
     * Per-call events: `SendUltraGroupTypingStatus:onUltraGroupTypingStatusSent`, each echoing `eventId`.
     */
    sendUltraGroupTypingStatus(targetId: string, channelId: string, typingStatus: RCIMIWUltraGroupTypingStatus, eventId: string): Promise<number>;
    /**
     * Per-call events: `ClearUltraGroupMessagesForAllChannel:onUltraGroupMessagesClearedForAllChannel`, each
     * echoing `eventId`.
     */
    clearUltraGroupMessagesForAllChannel(targetId: string, timestamp: number, eventId: string): Promise<number>;
    /**
     * No eventId; the result goes to the global event `IRCIMIWListener:onBatchRemoteUltraGroupMessagesLoaded`.
     */
    loadBatchRemoteUltraGroupMessages(messages: Array<RCIMIWMessage>): Promise<number>;
    /**
     * Per-call events: `GetBatchRemoteUltraGroupMessages:onSuccess`, `GetBatchRemoteUltraGroupMessages:onError`,
     * each echoing `eventId`.
     */
    getBatchRemoteUltraGroupMessages(messages: Array<RCIMIWMessage>, eventId: string): Promise<number>;
    /**
     * Per-call events: `UpdateUltraGroupMessageExpansion:onUltraGroupMessageExpansionUpdated`, each echoing
     * `eventId`.
     */
    updateUltraGroupMessageExpansion(messageUId: string, expansion: Record<string, string>, eventId: string): Promise<number>;
    /**
     * Per-call events: `RemoveUltraGroupMessageExpansionForKeys:onUltraGroupMessageExpansionForKeysRemoved`,
     * each echoing `eventId`.
     */
    removeUltraGroupMessageExpansionForKeys(messageUId: string, keys: Array<string>, eventId: string): Promise<number>;
    /**
     * Resolves with the status code; no events.
     */
    changeLogLevel(level: RCIMIWLogLevel): Promise<number>;
}

/**
 * The 132 per-call events, keyed by name. Every payload carries the `eventId` of the call; iOS adds
 * `type: "<callbackName>"`, which the wrapper ignores. Only the listed keys are read.
 */
export interface RCReactNativeIMCallEvents {
    'Connect:onDatabaseOpened': { eventId: string; type?: string; code: number };
    'Connect:onConnected': { eventId: string; type?: string; code: number; userId: string };
    'SendMessage:onMessageSaved': { eventId: string; type?: string; message?: RCIMIWMessage };
    'SendMessage:onMessageSent': { eventId: string; type?: string; code: number; message?: RCIMIWMessage };
    'SendMediaMessage:onMediaMessageSaved': { eventId: string; type?: string; message?: RCIMIWMediaMessage };
    'SendMediaMessage:onMediaMessageSending': { eventId: string; type?: string; message?: RCIMIWMediaMessage; progress: number };
    'SendMediaMessage:onSendingMediaMessageCanceled': { eventId: string; type?: string; message?: RCIMIWMediaMessage };
    'SendMediaMessage:onMediaMessageSent': { eventId: string; type?: string; code: number; message?: RCIMIWMediaMessage };
    'CancelSendingMediaMessage:onCancelSendingMediaMessageCalled': { eventId: string; type?: string; code: number; message?: RCIMIWMediaMessage };
    'DownloadMediaMessage:onMediaMessageDownloading': { eventId: string; type?: string; message?: RCIMIWMediaMessage; progress: number };
    'DownloadMediaMessage:onDownloadingMediaMessageCanceled': { eventId: string; type?: string; message?: RCIMIWMediaMessage };
    'DownloadMediaMessage:onMediaMessageDownloaded': { eventId: string; type?: string; code: number; message?: RCIMIWMediaMessage };
    'CancelDownloadingMediaMessage:onCancelDownloadingMediaMessageCalled': { eventId: string; type?: string; code: number; message?: RCIMIWMediaMessage };
    'GetConversation:onSuccess': { eventId: string; type?: string; t?: RCIMIWConversation };
    'GetConversation:onError': { eventId: string; type?: string; code: number };
    'GetConversations:onSuccess': { eventId: string; type?: string; t: Array<RCIMIWConversation> };
    'GetConversations:onError': { eventId: string; type?: string; code: number };
    'RemoveConversation:onConversationRemoved': { eventId: string; type?: string; code: number };
    'RemoveConversations:onConversationsRemoved': { eventId: string; type?: string; code: number };
    'GetUnreadCount:onSuccess': { eventId: string; type?: string; t: number };
    'GetUnreadCount:onError': { eventId: string; type?: string; code: number };
    'GetTotalUnreadCount:onSuccess': { eventId: string; type?: string; t: number };
    'GetTotalUnreadCount:onError': { eventId: string; type?: string; code: number };
    'GetUnreadMentionedCount:onSuccess': { eventId: string; type?: string; t: number };
    'GetUnreadMentionedCount:onError': { eventId: string; type?: string; code: number };
    'GetUltraGroupAllUnreadCount:onSuccess': { eventId: string; type?: string; t: number };
    'GetUltraGroupAllUnreadCount:onError': { eventId: string; type?: string; code: number };
    'GetUltraGroupAllUnreadMentionedCount:onSuccess': { eventId: string; type?: string; t: number };
    'GetUltraGroupAllUnreadMentionedCount:onError': { eventId: string; type?: string; code: number };
    'GetUltraGroupUnreadCount:onSuccess': { eventId: string; type?: string; t: number };
    'GetUltraGroupUnreadCount:onError': { eventId: string; type?: string; code: number };
    'GetUltraGroupUnreadMentionedCount:onSuccess': { eventId: string; type?: string; t: number };
    'GetUltraGroupUnreadMentionedCount:onError': { eventId: string; type?: string; code: number };
    'GetUnreadCountByConversationTypes:onSuccess': { eventId: string; type?: string; t: number };
    'GetUnreadCountByConversationTypes:onError': { eventId: string; type?: string; code: number };
    'ClearUnreadCount:onUnreadCountCleared': { eventId: string; type?: string; code: number };
    'SaveDraftMessage:onDraftMessageSaved': { eventId: string; type?: string; code: number };
    'GetDraftMessage:onSuccess': { eventId: string; type?: string; t: string };
    'GetDraftMessage:onError': { eventId: string; type?: string; code: number };
    'ClearDraftMessage:onDraftMessageCleared': { eventId: string; type?: string; code: number };
    'GetBlockedConversations:onSuccess': { eventId: string; type?: string; t: Array<RCIMIWConversation> };
    'GetBlockedConversations:onError': { eventId: string; type?: string; code: number };
    'ChangeConversationTopStatus:onConversationTopStatusChanged': { eventId: string; type?: string; code: number };
    'GetConversationTopStatus:onSuccess': { eventId: string; type?: string; t: boolean };
    'GetConversationTopStatus:onError': { eventId: string; type?: string; code: number };
    'SyncConversationReadStatus:onConversationReadStatusSynced': { eventId: string; type?: string; code: number };
    'GetMessages:onSuccess': { eventId: string; type?: string; t: Array<RCIMIWMessage> };
    'GetMessages:onError': { eventId: string; type?: string; code: number };
    'GetMessageById:onSuccess': { eventId: string; type?: string; t?: RCIMIWMessage };
    'GetMessageById:onError': { eventId: string; type?: string; code: number };
    'GetMessageByUId:onSuccess': { eventId: string; type?: string; t?: RCIMIWMessage };
    'GetMessageByUId:onError': { eventId: string; type?: string; code: number };
    'GetFirstUnreadMessage:onSuccess': { eventId: string; type?: string; t?: RCIMIWMessage };
    'GetFirstUnreadMessage:onError': { eventId: string; type?: string; code: number };
    'GetUnreadMentionedMessages:onSuccess': { eventId: string; type?: string; t: Array<RCIMIWMessage> };
    'GetUnreadMentionedMessages:onError': { eventId: string; type?: string; code: number };
    'InsertMessage:onMessageInserted': { eventId: string; type?: string; code: number; message?: RCIMIWMessage };
    'InsertMessages:onMessagesInserted': { eventId: string; type?: string; code: number; messages: Array<RCIMIWMessage> };
    'ClearMessages:onMessagesCleared': { eventId: string; type?: string; code: number };
    'DeleteLocalMessages:onLocalMessagesDeleted': { eventId: string; type?: string; code: number; messages: Array<RCIMIWMessage> };
    'DeleteMessages:onMessagesDeleted': { eventId: string; type?: string; code: number; messages: Array<RCIMIWMessage> };
    'RecallMessage:onMessageRecalled': { eventId: string; type?: string; code: number; message?: RCIMIWMessage };
    'SendPrivateReadReceiptMessage:onPrivateReadReceiptMessageSent': { eventId: string; type?: string; code: number };
    'SendGroupReadReceiptRequest:onGroupReadReceiptRequestSent': { eventId: string; type?: string; code: number; message?: RCIMIWMessage };
    'SendGroupReadReceiptResponse:onGroupReadReceiptResponseSent': { eventId: string; type?: string; code: number; message: Array<RCIMIWMessage> };
    'UpdateMessageExpansion:onMessageExpansionUpdated': { eventId: string; type?: string; code: number };
    'RemoveMessageExpansionForKeys:onMessageExpansionForKeysRemoved': { eventId: string; type?: string; code: number };
    'ChangeMessageSentStatus:onMessageSentStatusChanged': { eventId: string; type?: string; code: number };
    'ChangeMessageReceiveStatus:onMessageReceiveStatusChanged': { eventId: string; type?: string; code: number };
    'JoinChatRoom:onChatRoomJoined': { eventId: string; type?: string; code: number; targetId: string };
    'LeaveChatRoom:onChatRoomLeft': { eventId: string; type?: string; code: number; targetId: string };
    'GetChatRoomMessages:onSuccess': { eventId: string; type?: string; t: Array<RCIMIWMessage> };
    'GetChatRoomMessages:onError': { eventId: string; type?: string; code: number };
    'AddChatRoomEntry:onChatRoomEntryAdded': { eventId: string; type?: string; code: number };
    'AddChatRoomEntries:onChatRoomEntriesAdded': { eventId: string; type?: string; code: number; errors: Record<string, number> };
    'GetChatRoomEntry:onSuccess': { eventId: string; type?: string; t: Record<string, string> };
    'GetChatRoomEntry:onError': { eventId: string; type?: string; code: number };
    'GetChatRoomAllEntries:onSuccess': { eventId: string; type?: string; t: Record<string, string> };
    'GetChatRoomAllEntries:onError': { eventId: string; type?: string; code: number };
    'RemoveChatRoomEntry:onChatRoomEntryRemoved': { eventId: string; type?: string; code: number };
    'RemoveChatRoomEntries:onChatRoomEntriesRemoved': { eventId: string; type?: string; code: number };
    'AddToBlacklist:onBlacklistAdded': { eventId: string; type?: string; code: number; userId: string };
    'RemoveFromBlacklist:onBlacklistRemoved': { eventId: string; type?: string; code: number; userId: string };
    'GetBlacklistStatus:onSuccess': { eventId: string; type?: string; t: RCIMIWBlacklistStatus };
    'GetBlacklistStatus:onError': { eventId: string; type?: string; code: number };
    'GetBlacklist:onSuccess': { eventId: string; type?: string; t: Array<string> };
    'GetBlacklist:onError': { eventId: string; type?: string; code: number };
    'SearchMessages:onSuccess': { eventId: string; type?: string; t: Array<RCIMIWMessage> };
    'SearchMessages:onError': { eventId: string; type?: string; code: number };
    'SearchMessagesByTimeRange:onSuccess': { eventId: string; type?: string; t: Array<RCIMIWMessage> };
    'SearchMessagesByTimeRange:onError': { eventId: string; type?: string; code: number };
    'SearchMessagesByUserId:onSuccess': { eventId: string; type?: string; t: Array<RCIMIWMessage> };
    'SearchMessagesByUserId:onError': { eventId: string; type?: string; code: number };
    'SearchConversations:onSuccess': { eventId: string; type?: string; t: Array<RCIMIWSearchConversationResult> };
    'SearchConversations:onError': { eventId: string; type?: string; code: number };
    'ChangeNotificationQuietHours:onNotificationQuietHoursChanged': { eventId: string; type?: string; code: number };
    'RemoveNotificationQuietHours:onNotificationQuietHoursRemoved': { eventId: string; type?: string; code: number };
    'GetNotificationQuietHours:onSuccess': { eventId: string; type?: string; startTime: string; spanMinutes: number; level: RCIMIWPushNotificationQuietHoursLevel };
    'GetNotificationQuietHours:onError': { eventId: string; type?: string; code: number };
    'ChangeConversationNotificationLevel:onConversationNotificationLevelChanged': { eventId: string; type?: string; code: number };
    'GetConversationNotificationLevel:onSuccess': { eventId: string; type?: string; t: RCIMIWPushNotificationLevel };
    'GetConversationNotificationLevel:onError': { eventId: string; type?: string; code: number };
    'ChangeConversationTypeNotificationLevel:onConversationTypeNotificationLevelChanged': { eventId: string; type?: string; code: number };
    'GetConversationTypeNotificationLevel:onSuccess': { eventId: string; type?: string; t: RCIMIWPushNotificationLevel };
    'GetConversationTypeNotificationLevel:onError': { eventId: string; type?: string; code: number };
    'ChangeUltraGroupDefaultNotificationLevel:onUltraGroupDefaultNotificationLevelChanged': { eventId: string; type?: string; code: number };
    'GetUltraGroupDefaultNotificationLevel:onSuccess': { eventId: string; type?: string; t: RCIMIWPushNotificationLevel };
    'GetUltraGroupDefaultNotificationLevel:onError': { eventId: string; type?: string; code: number };
    'ChangeUltraGroupChannelDefaultNotificationLevel:onUltraGroupChannelDefaultNotificationLevelChanged': { eventId: string; type?: string; code: number };
    'GetUltraGroupChannelDefaultNotificationLevel:onSuccess': { eventId: string; type?: string; t: RCIMIWPushNotificationLevel };
    'GetUltraGroupChannelDefaultNotificationLevel:onError': { eventId: string; type?: string; code: number };
    'ChangePushContentShowStatus:onPushContentShowStatusChanged': { eventId: string; type?: string; code: number };
    'ChangePushLanguage:onPushLanguageChanged': { eventId: string; type?: string; code: number };
    'ChangePushReceiveStatus:onPushReceiveStatusChanged': { eventId: string; type?: string; code: number };
    'SendGroupMessageToDesignatedUsers:onMessageSaved': { eventId: string; type?: string; message?: RCIMIWMessage };
    'SendGroupMessageToDesignatedUsers:onMessageSent': { eventId: string; type?: string; code: number; message?: RCIMIWMessage };
    'GetMessageCount:onSuccess': { eventId: string; type?: string; t: number };
    'GetMessageCount:onError': { eventId: string; type?: string; code: number };
    'GetTopConversations:onSuccess': { eventId: string; type?: string; t: Array<RCIMIWConversation> };
    'GetTopConversations:onError': { eventId: string; type?: string; code: number };
    'SyncUltraGroupReadStatus:onUltraGroupReadStatusSynced': { eventId: string; type?: string; code: number };
    'GetConversationsForAllChannel:onSuccess': { eventId: string; type?: string; t: Array<RCIMIWConversation> };
    'GetConversationsForAllChannel:onError': { eventId: string; type?: string; code: number };
    'ModifyUltraGroupMessage:onUltraGroupMessageModified': { eventId: string; type?: string; code: number };
    'RecallUltraGroupMessage:onUltraGroupMessageRecalled': { eventId: string; type?: string; code: number };
    'ClearUltraGroupMessages:onUltraGroupMessagesCleared': { eventId: string; type?: string; code: number };
    'SendUltraGroupTypingStatus:onUltraGroupTypingStatusSent': { eventId: string; type?: string; code: number };
    'ClearUltraGroupMessagesForAllChannel:onUltraGroupMessagesClearedForAllChannel': { eventId: string; type?: string; code: number };
    'GetBatchRemoteUltraGroupMessages:onSuccess': { eventId: string; type?: string; matchedMessages: Array<RCIMIWMessage>; notMatchedMessages: Array<RCIMIWMessage> };
    'GetBatchRemoteUltraGroupMessages:onError': { eventId: string; type?: string; code: number };
    'UpdateUltraGroupMessageExpansion:onUltraGroupMessageExpansionUpdated': { eventId: string; type?: string; code: number };
    'RemoveUltraGroupMessageExpansionForKeys:onUltraGroupMessageExpansionForKeysRemoved': { eventId: string; type?: string; code: number };
}

/**
 * The 114 global events, keyed by name, with keys in the order the wrapper hands them to the listener. They never
 * carry an eventId. Map fields are plain objects on the wire; the wrapper converts the 9 listed in boundary §4
 * with `new Map(Object.entries(...))`, which throws when the field is missing, so native always fills in `{}`.
 */
export interface RCReactNativeIMGlobalEvents {
    'IRCIMIWListener:onMessageReceived': { message: RCIMIWMessage; left: number; offline: boolean; hasPackage: boolean };
    'IRCIMIWListener:onConnectionStatusChanged': { status: RCIMIWConnectionStatus };
    'IRCIMIWListener:onConversationTopStatusSynced': { type: RCIMIWConversationType; targetId: string; channelId: string; top: boolean };
    'IRCIMIWListener:onRemoteMessageRecalled': { message: RCIMIWMessage };
    'IRCIMIWListener:onPrivateReadReceiptReceived': { targetId: string; channelId: string; timestamp: number };
    'IRCIMIWListener:onRemoteMessageExpansionUpdated': { expansion: Record<string, string>; message: RCIMIWMessage };
    'IRCIMIWListener:onRemoteMessageExpansionForKeyRemoved': { message: RCIMIWMessage; keys: Array<string> };
    'IRCIMIWListener:onChatRoomMemberChanged': { targetId: string; actions: Array<RCIMIWChatRoomMemberAction> };
    'IRCIMIWListener:onTypingStatusChanged': { type: RCIMIWConversationType; targetId: string; channelId: string; userTypingStatus: Array<RCIMIWTypingStatus> };
    'IRCIMIWListener:onConversationReadStatusSyncMessageReceived': { type: RCIMIWConversationType; targetId: string; timestamp: number };
    'IRCIMIWListener:onChatRoomEntriesSynced': { roomId: string };
    'IRCIMIWListener:onChatRoomEntriesChanged': { operationType: RCIMIWChatRoomEntriesOperationType; roomId: string; entries: Record<string, string> };
    'IRCIMIWListener:onRemoteUltraGroupMessageExpansionUpdated': { messages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onRemoteUltraGroupMessageModified': { messages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onRemoteUltraGroupMessageRecalled': { messages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onUltraGroupReadTimeReceived': { targetId: string; channelId: string; timestamp: number };
    'IRCIMIWListener:onUltraGroupTypingStatusChanged': { info: Array<RCIMIWUltraGroupTypingStatusInfo> };
    'IRCIMIWListener:onMessageBlocked': { info: RCIMIWBlockedMessageInfo };
    'IRCIMIWListener:onChatRoomStatusChanged': { targetId: string; status: RCIMIWChatRoomStatus };
    'IRCIMIWListener:onGroupMessageReadReceiptRequestReceived': { targetId: string; messageUId: string };
    'IRCIMIWListener:onGroupMessageReadReceiptResponseReceived': { targetId: string; messageUId: string; respondUserIds: Record<string, number> };
    'IRCIMIWListener:onConnected': { code: number; userId: string };
    'IRCIMIWListener:onDatabaseOpened': { code: number };
    'IRCIMIWListener:onConversationLoaded': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; conversation?: RCIMIWConversation };
    'IRCIMIWListener:onConversationsLoaded': { code: number; conversationTypes: Array<RCIMIWConversationType>; channelId: string; startTime: number; count: number; conversations: Array<RCIMIWConversation> };
    'IRCIMIWListener:onConversationRemoved': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string };
    'IRCIMIWListener:onConversationsRemoved': { code: number; conversationTypes: Array<RCIMIWConversationType>; channelId: string };
    'IRCIMIWListener:onTotalUnreadCountLoaded': { code: number; channelId: string; count: number };
    'IRCIMIWListener:onUnreadCountLoaded': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; count: number };
    'IRCIMIWListener:onUnreadCountByConversationTypesLoaded': { code: number; conversationTypes: Array<RCIMIWConversationType>; channelId: string; contain: boolean; count: number };
    'IRCIMIWListener:onUnreadMentionedCountLoaded': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; count: number };
    'IRCIMIWListener:onUltraGroupAllUnreadCountLoaded': { code: number; count: number };
    'IRCIMIWListener:onUltraGroupAllUnreadMentionedCountLoaded': { code: number; count: number };
    'IRCIMIWListener:onUnreadCountCleared': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; timestamp: number };
    'IRCIMIWListener:onDraftMessageSaved': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; draft: string };
    'IRCIMIWListener:onDraftMessageCleared': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string };
    'IRCIMIWListener:onDraftMessageLoaded': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; draft: string };
    'IRCIMIWListener:onBlockedConversationsLoaded': { code: number; conversationTypes: Array<RCIMIWConversationType>; channelId: string; conversations: Array<RCIMIWConversation> };
    'IRCIMIWListener:onConversationTopStatusChanged': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; top: boolean };
    'IRCIMIWListener:onConversationTopStatusLoaded': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; top: boolean };
    'IRCIMIWListener:onConversationReadStatusSynced': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; timestamp: number };
    'IRCIMIWListener:onMessageAttached': { message: RCIMIWMessage };
    'IRCIMIWListener:onMessageSent': { code: number; message: RCIMIWMessage };
    'IRCIMIWListener:onMediaMessageAttached': { message: RCIMIWMediaMessage };
    'IRCIMIWListener:onMediaMessageSending': { message: RCIMIWMediaMessage; progress: number };
    'IRCIMIWListener:onSendingMediaMessageCanceled': { code: number; message: RCIMIWMediaMessage };
    'IRCIMIWListener:onMediaMessageSent': { code: number; message: RCIMIWMediaMessage };
    'IRCIMIWListener:onMediaMessageDownloading': { message: RCIMIWMediaMessage; progress: number };
    'IRCIMIWListener:onMediaMessageDownloaded': { code: number; message: RCIMIWMediaMessage };
    'IRCIMIWListener:onDownloadingMediaMessageCanceled': { code: number; message: RCIMIWMediaMessage };
    'IRCIMIWListener:onMessagesLoaded': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; sentTime: number; order: RCIMIWTimeOrder; messages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onUnreadMentionedMessagesLoaded': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; messages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onFirstUnreadMessageLoaded': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; message?: RCIMIWMessage };
    'IRCIMIWListener:onMessageInserted': { code: number; message: RCIMIWMessage };
    'IRCIMIWListener:onMessagesInserted': { code: number; messages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onMessagesCleared': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; timestamp: number };
    'IRCIMIWListener:onLocalMessagesDeleted': { code: number; messages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onMessagesDeleted': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; messages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onMessageRecalled': { code: number; message: RCIMIWMessage };
    'IRCIMIWListener:onPrivateReadReceiptMessageSent': { code: number; targetId: string; channelId: string; timestamp: number };
    'IRCIMIWListener:onMessageExpansionUpdated': { code: number; messageUId: string; expansion: Record<string, string> };
    'IRCIMIWListener:onMessageExpansionForKeysRemoved': { code: number; messageUId: string; keys: Array<string> };
    'IRCIMIWListener:onMessageReceiveStatusChanged': { code: number; messageId: number };
    'IRCIMIWListener:onMessageSentStatusChanged': { code: number; messageId: number };
    'IRCIMIWListener:onChatRoomJoined': { code: number; targetId: string };
    'IRCIMIWListener:onChatRoomJoining': { targetId: string };
    'IRCIMIWListener:onChatRoomLeft': { code: number; targetId: string };
    'IRCIMIWListener:onChatRoomMessagesLoaded': { code: number; targetId: string; messages: Array<RCIMIWMessage>; syncTime: number };
    'IRCIMIWListener:onChatRoomEntryAdded': { code: number; targetId: string; key: string };
    'IRCIMIWListener:onChatRoomEntriesAdded': { code: number; targetId: string; entries: Record<string, string>; errorEntries: Record<string, number> };
    'IRCIMIWListener:onChatRoomEntryLoaded': { code: number; targetId: string; entry: Record<string, string> };
    'IRCIMIWListener:onChatRoomAllEntriesLoaded': { code: number; targetId: string; entries: Record<string, string> };
    'IRCIMIWListener:onChatRoomEntryRemoved': { code: number; targetId: string; key: string };
    'IRCIMIWListener:onChatRoomEntriesRemoved': { code: number; targetId: string; keys: Array<string> };
    'IRCIMIWListener:onBlacklistAdded': { code: number; userId: string };
    'IRCIMIWListener:onBlacklistRemoved': { code: number; userId: string };
    'IRCIMIWListener:onBlacklistStatusLoaded': { code: number; userId: string; status: RCIMIWBlacklistStatus };
    'IRCIMIWListener:onBlacklistLoaded': { code: number; userIds: Array<string> };
    'IRCIMIWListener:onMessagesSearched': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; keyword: string; startTime: number; count: number; messages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onMessagesSearchedByTimeRange': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; keyword: string; startTime: number; endTime: number; offset: number; count: number; messages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onMessagesSearchedByUserId': { code: number; userId: string; type: RCIMIWConversationType; targetId: string; channelId: string; startTime: number; count: number; messages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onConversationsSearched': { code: number; conversationTypes: Array<RCIMIWConversationType>; channelId: string; messageTypes: Array<RCIMIWMessageType>; keyword: string; conversations: Array<RCIMIWSearchConversationResult> };
    'IRCIMIWListener:onGroupReadReceiptRequestSent': { code: number; message: RCIMIWMessage };
    'IRCIMIWListener:onGroupReadReceiptResponseSent': { code: number; targetId: string; channelId: string; messages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onNotificationQuietHoursChanged': { code: number; startTime: string; spanMinutes: number; level: RCIMIWPushNotificationQuietHoursLevel };
    'IRCIMIWListener:onNotificationQuietHoursRemoved': { code: number };
    'IRCIMIWListener:onNotificationQuietHoursLoaded': { code: number; startTime: string; spanMinutes: number; level: RCIMIWPushNotificationQuietHoursLevel };
    'IRCIMIWListener:onConversationNotificationLevelChanged': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; level: RCIMIWPushNotificationLevel };
    'IRCIMIWListener:onConversationNotificationLevelLoaded': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; level: RCIMIWPushNotificationLevel };
    'IRCIMIWListener:onConversationTypeNotificationLevelChanged': { code: number; type: RCIMIWConversationType; level: RCIMIWPushNotificationLevel };
    'IRCIMIWListener:onConversationTypeNotificationLevelLoaded': { code: number; type: RCIMIWConversationType; level: RCIMIWPushNotificationLevel };
    'IRCIMIWListener:onUltraGroupDefaultNotificationLevelChanged': { code: number; targetId: string; level: RCIMIWPushNotificationLevel };
    'IRCIMIWListener:onUltraGroupDefaultNotificationLevelLoaded': { code: number; targetId: string; level: RCIMIWPushNotificationLevel };
    'IRCIMIWListener:onUltraGroupChannelDefaultNotificationLevelChanged': { code: number; targetId: string; channelId: string; level: RCIMIWPushNotificationLevel };
    'IRCIMIWListener:onUltraGroupChannelDefaultNotificationLevelLoaded': { code: number; targetId: string; channelId: string; level: RCIMIWPushNotificationLevel };
    'IRCIMIWListener:onPushContentShowStatusChanged': { code: number; showContent: boolean };
    'IRCIMIWListener:onPushLanguageChanged': { code: number; language: string };
    'IRCIMIWListener:onPushReceiveStatusChanged': { code: number; receive: boolean };
    'IRCIMIWListener:onMessageCountLoaded': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; count: number };
    'IRCIMIWListener:onTopConversationsLoaded': { code: number; conversationTypes: Array<RCIMIWConversationType>; channelId: string; conversations: Array<RCIMIWConversation> };
    'IRCIMIWListener:onGroupMessageToDesignatedUsersAttached': { message: RCIMIWMessage };
    'IRCIMIWListener:onGroupMessageToDesignatedUsersSent': { code: number; message: RCIMIWMessage };
    'IRCIMIWListener:onUltraGroupReadStatusSynced': { code: number; targetId: string; channelId: string; timestamp: number };
    'IRCIMIWListener:onConversationsLoadedForAllChannel': { code: number; type: RCIMIWConversationType; targetId: string; conversations: Array<RCIMIWConversation> };
    'IRCIMIWListener:onUltraGroupUnreadMentionedCountLoaded': { code: number; targetId: string; count: number };
    'IRCIMIWListener:onUltraGroupUnreadCountLoaded': { code: number; targetId: string; count: number };
    'IRCIMIWListener:onUltraGroupMessageModified': { code: number; messageUId: string };
    'IRCIMIWListener:onUltraGroupMessageRecalled': { code: number; message: RCIMIWMessage; deleteRemote: boolean };
    'IRCIMIWListener:onUltraGroupMessagesCleared': { code: number; targetId: string; channelId: string; timestamp: number; policy: RCIMIWMessageOperationPolicy };
    'IRCIMIWListener:onUltraGroupMessagesClearedForAllChannel': { code: number; targetId: string; timestamp: number };
    'IRCIMIWListener:onUltraGroupTypingStatusSent': { code: number; targetId: string; channelId: string; typingStatus: RCIMIWUltraGroupTypingStatus };
    'IRCIMIWListener:onBatchRemoteUltraGroupMessagesLoaded': { code: number; matchedMessages: Array<RCIMIWMessage>; notMatchedMessages: Array<RCIMIWMessage> };
    'IRCIMIWListener:onUltraGroupMessageExpansionUpdated': { code: number; expansion: Record<string, string>; messageUId: string };
    'IRCIMIWListener:onUltraGroupMessageExpansionForKeysRemoved': { code: number; messageUId: string; keys: Array<string> };
}

/** Name of a native method. */
export type RCReactNativeIMMethodName = keyof RCReactNativeIM;
/** Name of a per-call event. */
export type RCReactNativeIMCallEventName = keyof RCReactNativeIMCallEvents;
/** Name of a global event. */
export type RCReactNativeIMGlobalEventName = keyof RCReactNativeIMGlobalEvents;
/** Every event the native module emits, by name. */
export type RCReactNativeIMEvents = RCReactNativeIMCallEvents & RCReactNativeIMGlobalEvents;

/**
 * Native methods that only older wrappers call (5.2.4 and 5.2.5 before callbacks, boundary §8). Those versions
 * call the other methods with the same names and argument orders but never pass an `eventId`; results then go
 * to the global events only. A fake native that serves every 5.x wrapper implements these as well.
 */
export interface RCReactNativeIMLegacy {
    /** Old name of `loadChatRoomAllEntries`; the result goes to `IRCIMIWListener:onAllChatRoomEntriesLoaded`. */
    loadAllChatRoomEntries(targetId: string): Promise<number>;
    /** Old name of `removeUltraGroupMessageExpansionForKeys`; the result goes to `IRCIMIWListener:onUltraGroupMessageExpansionRemoved`. */
    removeUltraGroupMessageExpansion(messageUId: string, keys: Array<string>): Promise<number>;
}

/** Global events under the names older wrappers listen to (boundary §8). */
export interface RCReactNativeIMLegacyGlobalEvents {
    /** Later `onChatRoomAllEntriesLoaded`; the wrapper converts `entries` to a Map. */
    'IRCIMIWListener:onAllChatRoomEntriesLoaded': { code: number; targetId: string; entries: Record<string, string> };
    /** Later `onUltraGroupMessageExpansionForKeysRemoved`. */
    'IRCIMIWListener:onUltraGroupMessageExpansionRemoved': { code: number; messageUId: string; keys: Array<string> };
    /** Later `onMessagesCleared`: how `clearMessages` reports without an eventId in 5.2.4. */
    'IRCIMIWListener:onMessageCleared': { code: number; type: RCIMIWConversationType; targetId: string; channelId: string; timestamp: number };
}
