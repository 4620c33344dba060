import { addToBlacklist, blacklist, blacklistStatus, removeFromBlacklist } from '../../../rongcloud/blacklist';
import { defineNativeMethods } from '../define';
import { defineQuery, EngineCode, nonEmpty, RC } from '../history-args';

/** Blacklist (seed 004 L913-1087), kept by the cloud. */
defineNativeMethods({
  addToBlacklist: {
    args: [['userId', 'string']],
    eventId: true,
    legacy: { onBlacklistAdded: {} },
    run({ args, engine, reply }) {
      if (!nonEmpty(args.userId)) return EngineCode.PARAM_ERROR;
      addToBlacklist(engine, args.userId, (code) => reply('onBlacklistAdded', { code, userId: args.userId }));
      return EngineCode.SUCCESS;
    },
  },
  removeFromBlacklist: {
    args: [['userId', 'string']],
    eventId: true,
    legacy: { onBlacklistRemoved: {} },
    run({ args, engine, reply }) {
      if (!nonEmpty(args.userId)) return EngineCode.PARAM_ERROR;
      removeFromBlacklist(engine, args.userId, (code) => reply('onBlacklistRemoved', { code, userId: args.userId }));
      return EngineCode.SUCCESS;
    },
  },
});

defineQuery(
  'getBlacklistStatus',
  'loadBlacklistStatus',
  {
    args: [['userId', 'string']],
    start(call, answer) {
      if (!nonEmpty(call.args.userId)) return EngineCode.PARAM_ERROR;
      blacklistStatus(call.engine, call.args.userId, (code, status) => answer(code, status));
      return EngineCode.SUCCESS;
    },
  },
  { event: 'onBlacklistStatusLoaded', echo: ['userId'], key: 'status', empty: 0 },
);

defineQuery(
  'getBlacklist',
  'loadBlacklist',
  {
    args: [],
    start(call, answer) {
      blacklist(call.engine, (code, userIds) => answer(code, code === RC.SUCCESS ? userIds : undefined));
      return EngineCode.SUCCESS;
    },
  },
  { event: 'onBlacklistLoaded', echo: [], key: 'userIds', empty: [] },
);
