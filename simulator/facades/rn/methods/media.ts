import { EngineCode, RC } from '../../../codes';
import { cancelDownload, cancelUpload, downloadMedia, hasMediaSource, isMediaMessage, mediaSendHooks } from '../../../rongcloud/media';
import { cloneMessage, type Message } from '../../../rongcloud/message';
import { defineNativeMethods } from '../define';
import { isSendable, messageFromJs } from '../messages-in';
import { startSend } from './messages';

/** The message argument of a media method, or null when the engine answers -101 ("message invalid"). */
function mediaArgument(raw: unknown): Message | null {
  const message = messageFromJs(raw);
  return message && isMediaMessage(message) ? message : null;
}

/*
 * Cancelling when no transfer of that message is running (never started, already finished, or already in
 * the cloud send after its upload) answers code -1 (ERRORCODE_UNKNOWN) in the cancel's event: the iOS
 * engine only learns a BOOL from `cancelSendMediaMessage:`, and no more specific IMLib code exists.
 *
 * Without an eventId (5.2.4 wrappers) the cancel's answer goes to the listener that takes (code, message),
 * `onSendingMediaMessageCanceled` / `onDownloadingMediaMessageCanceled`; the transfer's own "canceled" end
 * is not reported a second time there.
 */
defineNativeMethods({
  sendMediaMessage: {
    args: [['message', 'message']],
    eventId: true,
    legacy: { onMediaMessageSaved: { event: 'onMediaMessageAttached' }, onMediaMessageSending: {}, onMediaMessageSent: {} },
    run(call) {
      const message = mediaArgument(call.args.message);
      if (!isSendable(message) || !hasMediaSource(message)) return EngineCode.PARAM_ERROR;
      return startSend(call, call.args.message, {}, mediaSendHooks(call.engine, call.reply));
    },
  },
  cancelSendingMediaMessage: {
    args: [['message', 'message']],
    eventId: true,
    legacy: { onCancelSendingMediaMessageCalled: { event: 'onSendingMediaMessageCanceled' } },
    run({ args, engine, reply }) {
      const message = mediaArgument(args.message);
      if (!message) return EngineCode.PARAM_ERROR;
      const canceled = cancelUpload(engine, message);
      reply('onCancelSendingMediaMessageCalled', { code: canceled ? RC.SUCCESS : RC.UNKNOWN, message: canceled ?? cloneMessage(message) });
      return EngineCode.SUCCESS;
    },
  },
  downloadMediaMessage: {
    args: [['message', 'message']],
    eventId: true,
    legacy: { onMediaMessageDownloading: {}, onMediaMessageDownloaded: {} },
    run({ args, engine, reply }) {
      const message = mediaArgument(args.message);
      if (!message) return EngineCode.PARAM_ERROR;
      downloadMedia(engine, message, reply);
      return EngineCode.SUCCESS;
    },
  },
  cancelDownloadingMediaMessage: {
    args: [['message', 'message']],
    eventId: true,
    legacy: { onCancelDownloadingMediaMessageCalled: { event: 'onDownloadingMediaMessageCanceled' } },
    run({ args, engine, reply }) {
      const message = mediaArgument(args.message);
      if (!message) return EngineCode.PARAM_ERROR;
      const canceled = cancelDownload(engine, message);
      reply('onCancelDownloadingMediaMessageCalled', { code: canceled ? RC.SUCCESS : RC.UNKNOWN, message: canceled ?? cloneMessage(message) });
      return EngineCode.SUCCESS;
    },
  },
});
