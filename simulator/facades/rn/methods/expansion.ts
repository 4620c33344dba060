import { removeExpansionKeys, updateExpansion } from '../../../rongcloud/expansion';
import { defineNativeMethods } from '../define';
import { EngineCode, nonEmpty, RC } from '../history-args';

/** Message expansion (seed 004 L2585-2758): the wrapper hands native the Map as a plain object (boundary §4). */
defineNativeMethods({
  updateMessageExpansion: {
    args: [['messageUId', 'string'], ['expansion', 'stringRecord']],
    eventId: true,
    legacy: { onMessageExpansionUpdated: { echo: ['messageUId', 'expansion'] } },
    run(call) {
      const { args, engine, reply } = call;
      if (!nonEmpty(args.messageUId) || Object.keys(args.expansion).length === 0) return EngineCode.PARAM_ERROR;
      // The legacy event echoes the argument: a copy, so the payload never aliases the app's object.
      args.expansion = { ...args.expansion };
      if (!engine.hasStore) reply('onMessageExpansionUpdated', { code: RC.CLIENT_NOT_INIT });
      else updateExpansion(engine, args.messageUId, { ...args.expansion }, (code) => reply('onMessageExpansionUpdated', { code }));
      return EngineCode.SUCCESS;
    },
  },
  removeMessageExpansionForKeys: {
    args: [['messageUId', 'string'], ['keys', 'stringArray']],
    eventId: true,
    legacy: { onMessageExpansionForKeysRemoved: { echo: ['messageUId', 'keys'] } },
    run(call) {
      const { args, engine, reply } = call;
      if (!nonEmpty(args.messageUId) || args.keys.length === 0) return EngineCode.PARAM_ERROR;
      args.keys = [...args.keys];
      if (!engine.hasStore) reply('onMessageExpansionForKeysRemoved', { code: RC.CLIENT_NOT_INIT });
      else removeExpansionKeys(engine, args.messageUId, [...args.keys], (code) => reply('onMessageExpansionForKeysRemoved', { code }));
      return EngineCode.SUCCESS;
    },
  },
});
