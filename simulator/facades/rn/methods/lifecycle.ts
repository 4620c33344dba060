import { EngineCode } from '../../../codes';
import { defineNativeMethods } from '../define';

defineNativeMethods({
  connect: {
    args: [['token', 'string'], ['timeout', 'number']],
    eventId: true,
    legacy: { onDatabaseOpened: {}, onConnected: {} },
    run({ args, engine, reply }) {
      if (typeof args.token !== 'string' || args.token.length === 0) return EngineCode.PARAM_ERROR;
      engine.connect(args.token, args.timeout, reply);
      return EngineCode.SUCCESS;
    },
  },
  disconnect: {
    args: [['receivePush', 'boolean']],
    run({ args, engine }) {
      engine.disconnect(args.receivePush);
      return EngineCode.SUCCESS;
    },
  },
  setDeviceToken: {
    args: [['deviceToken', 'string']],
    run({ args, engine, trace }) {
      // iOS only (Android's wrapper resolves 0 without calling native): -1 when the token is nil.
      if (args.deviceToken === null) return -1;
      engine.areas.set('deviceToken', args.deviceToken);
      trace('device token set');
      // A connected SDK uploads the token at once; otherwise it goes with the next login.
      engine.host.cloud.pushRouteChanged(engine);
      return EngineCode.SUCCESS;
    },
  },
  changeLogLevel: {
    args: [['level', { enum: 'LogLevel' }]],
    run({ args, engine }) {
      engine.areas.set('logLevel', args.level);
      return EngineCode.SUCCESS;
    },
  },
});
