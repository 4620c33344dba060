import { cloneMessage } from '../../../rongcloud/message';
import { recallMessage } from '../../../rongcloud/recall';
import { defineNativeMethods } from '../define';
import { EngineCode, messagesOf, RC } from '../history-args';

defineNativeMethods({
  recallMessage: {
    args: [['message', 'message']],
    eventId: true,
    legacy: { onMessageRecalled: {} },
    run({ args, engine, reply }) {
      const messages = messagesOf([args.message]);
      if (!messages) return EngineCode.PARAM_ERROR;
      if (!engine.hasStore) reply('onMessageRecalled', { code: RC.CLIENT_NOT_INIT, message: cloneMessage(messages[0]) });
      else recallMessage(engine, messages[0], (code, message) => reply('onMessageRecalled', { code, message: cloneMessage(message) }));
      return EngineCode.SUCCESS;
    },
  },
});
