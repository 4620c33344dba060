import { EngineCode, RC } from '../../../codes';
import { ConversationType } from '../../../rongcloud/enums';
import { isQuietHoursSpan, isQuietHoursStart, QuietHoursLevel } from '../../../rongcloud/notification-levels';
import { changeConversationLevel, changePushPreference, changeQuietHours, changeTypeLevel, deviceSettings, ownLevel, typeLevel } from '../../../rongcloud/notifications';
import { defineNativeMethods } from '../define';
import { channel, conversationArgs, queryPair, validConversation, withStore } from '../queries';
import '../../../cloud/push-settings';

const NOT_SUPPORTED = RC.INVALID_PARAMETER_CONVERSATION_TYPE_NOT_SUPPORT;

defineNativeMethods({
  // ---- per conversation (seed 004 L4221-4412) ----

  changeConversationNotificationLevel: {
    args: [...conversationArgs, ['level', { enum: 'PushNotificationLevel' }]],
    eventId: true,
    legacy: { onConversationNotificationLevelChanged: { echo: ['type', 'targetId', 'channelId', 'level'] } },
    run({ args, engine, reply, method }) {
      if (!validConversation(args)) return EngineCode.PARAM_ERROR;
      // Private, group, system and ultra group conversations (L4229); chatrooms never push (L4780).
      if (args.type === ConversationType.CHATROOM) {
        reply('onConversationNotificationLevelChanged', { code: NOT_SUPPORTED });
        return EngineCode.SUCCESS;
      }
      const ref = { type: args.type, targetId: args.targetId, channelId: channel(args.channelId) };
      changeConversationLevel(engine, method, ref, args.level, (code) => reply('onConversationNotificationLevelChanged', { code }));
      return EngineCode.SUCCESS;
    },
  },

  // The level set on the conversation itself (NONE when never set); `conversation.notificationLevel` shows the effective one.
  ...queryPair('conversationNotificationLevel', {
    args: conversationArgs,
    loaded: 'onConversationNotificationLevelLoaded',
    resultKey: 'level',
    run(call) {
      const { args } = call;
      if (!validConversation(args)) return EngineCode.PARAM_ERROR;
      return withStore(call, (store) => ownLevel(store, args.type, args.targetId, channel(args.channelId)));
    },
  }),

  // ---- per conversation type (seed 004 L4414-4476) ----

  changeConversationTypeNotificationLevel: {
    args: [['type', { enum: 'ConversationType' }], ['level', { enum: 'PushNotificationLevel' }]],
    eventId: true,
    legacy: { onConversationTypeNotificationLevelChanged: { echo: ['type', 'level'] } },
    run({ args, engine, reply, method }) {
      if (args.type === ConversationType.INVALID) return EngineCode.PARAM_ERROR;
      // "CHATROOM is not supported" (L4432).
      if (args.type === ConversationType.CHATROOM) {
        reply('onConversationTypeNotificationLevelChanged', { code: NOT_SUPPORTED });
        return EngineCode.SUCCESS;
      }
      changeTypeLevel(engine, method, args.type, args.level, (code) => reply('onConversationTypeNotificationLevelChanged', { code }));
      return EngineCode.SUCCESS;
    },
  },

  ...queryPair('conversationTypeNotificationLevel', {
    args: [['type', { enum: 'ConversationType' }]],
    loaded: 'onConversationTypeNotificationLevelLoaded',
    resultKey: 'level',
    run(call) {
      if (call.args.type === ConversationType.INVALID) return EngineCode.PARAM_ERROR;
      return withStore(call, (store) => typeLevel(store, call.args.type));
    },
  }),

  // ---- global quiet hours (seed 004 L7338-7502) ----

  changeNotificationQuietHours: {
    args: [['startTime', 'string'], ['spanMinutes', 'number'], ['level', { enum: 'PushNotificationQuietHoursLevel' }]],
    eventId: true,
    legacy: { onNotificationQuietHoursChanged: { echo: ['startTime', 'spanMinutes', 'level'] } },
    run({ args, engine, reply, method }) {
      // A start that is not HH:MM:SS is the engine's "startTime invalid" (-101).
      if (!isQuietHoursStart(args.startTime)) return EngineCode.PARAM_ERROR;
      // The span is checked by IMLib, which answers its own code (1..1439, L7378).
      if (!isQuietHoursSpan(args.spanMinutes)) {
        reply('onNotificationQuietHoursChanged', { code: RC.INVALID_PARAMETER_SPAN_MINUTES });
        return EngineCode.SUCCESS;
      }
      const hours = { startTime: args.startTime, spanMinutes: args.spanMinutes, level: args.level };
      changeQuietHours(engine, method, hours, (code) => reply('onNotificationQuietHoursChanged', { code }));
      return EngineCode.SUCCESS;
    },
  },

  removeNotificationQuietHours: {
    args: [],
    eventId: true,
    legacy: { onNotificationQuietHoursRemoved: {} },
    run({ engine, reply, method }) {
      changeQuietHours(engine, method, null, (code) => reply('onNotificationQuietHoursRemoved', { code }));
      return EngineCode.SUCCESS;
    },
  },

  // onSuccess(startTime, spanMinutes, level); with no window: ('', 0, NONE).
  ...queryPair('notificationQuietHours', {
    args: [],
    loaded: 'onNotificationQuietHoursLoaded',
    run: (call) => withStore(call, (store) => {
      const hours = deviceSettings(store).quietHours;
      return hours ? { ...hours } : { startTime: '', spanMinutes: 0, level: QuietHoursLevel.NONE };
    }),
  }),

  // ---- user-level push preferences (seed 004 L7701-7805) ----

  changePushContentShowStatus: {
    args: [['showContent', 'boolean']],
    eventId: true,
    legacy: { onPushContentShowStatusChanged: { echo: ['showContent'] } },
    run({ args, engine, reply, method }) {
      changePushPreference(engine, method, { showContent: args.showContent }, (code) => reply('onPushContentShowStatusChanged', { code }));
      return EngineCode.SUCCESS;
    },
  },

  changePushLanguage: {
    args: [['language', 'string']],
    eventId: true,
    legacy: { onPushLanguageChanged: { echo: ['language'] } },
    run({ args, engine, reply, method }) {
      // Built in: zh_CN, en_US, ar_SA; custom template languages are free-form (L7718), so any tag is kept.
      if (typeof args.language !== 'string' || args.language.trim().length === 0) return EngineCode.PARAM_ERROR;
      changePushPreference(engine, method, { language: args.language }, (code) => reply('onPushLanguageChanged', { code }));
      return EngineCode.SUCCESS;
    },
  },

  changePushReceiveStatus: {
    args: [['receive', 'boolean']],
    eventId: true,
    legacy: { onPushReceiveStatusChanged: { echo: ['receive'] } },
    run({ args, engine, reply, method }) {
      changePushPreference(engine, method, { receive: args.receive }, (code) => reply('onPushReceiveStatusChanged', { code }));
      return EngineCode.SUCCESS;
    },
  },
});
