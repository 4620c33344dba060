import { sendTypingStatus } from '../../../rongcloud/typing';
import { defineNativeMethods } from '../define';
import { conversationArgs, conversationOf, EngineCode } from '../history-args';

/** `sendTypingStatus` has no result event (boundary §2 row 53): what happened shows in the device log. */
defineNativeMethods({
  sendTypingStatus: {
    args: [...conversationArgs, ['currentType', 'string']],
    run({ args, engine, trace }) {
      const ref = conversationOf(args);
      if (!ref) return EngineCode.PARAM_ERROR;
      const outcome = engine.hasStore ? sendTypingStatus(engine, ref.conversationType, ref.targetId, ref.channelId, args.currentType ?? '') : 'offline';
      trace(`typing status ${outcome}`, { targetId: ref.targetId });
      return EngineCode.SUCCESS;
    },
  },
});
