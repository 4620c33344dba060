// recall: a sent message recalled through the wrapper: the caller gets onMessageRecalled(0, the RECALL
// notice), the peer's remote-recalled listener gets the notice for the same UId; an unsent message or a
// second recall gets 25101; a peer offline at recall time never sees the recalled content.
import fc from 'fast-check';
import { createWorld } from '../../../simulator';
import { same } from '../equality';
import type { SdkContracts } from '../sdk';
import type { Platform } from '../types';
import { Violation } from '../violation';
import { call, connect, listen, only, openApp, ruleCheck, text } from './app';

const RULE = 'recall';
const CANT_RECALL = 25101;

type Case = 'sent' | 'unsent' | 'again' | 'peer-offline';

export function recallRule(sdk: SdkContracts) {
  const RECALL = sdk.enums.RCIMIWMessageType.RECALL;
  return ruleCheck(
    RULE,
    ['connect', 'disconnect', 'createTextMessage', 'sendMessage', 'recallMessage'],
    10,
    fc.record({ which: fc.constantFrom<Case>('sent', 'unsent', 'again', 'peer-offline'), platforms: fc.tuple(fc.constantFrom<Platform>('android', 'ios'), fc.constantFrom<Platform>('android', 'ios')) }),
    async (ctx, { which, platforms }) => {
      const world = createWorld({ seed: ctx.seed });
      const alice = openApp(world, ctx.load, 'alice-phone', platforms[0]);
      const bob = openApp(world, ctx.load, 'bob-phone', platforms[1]);
      for (const [app, user] of [[alice, 'alice'], [bob, 'bob']] as const) {
        if ((await connect(world, app, RULE, user)) !== 0) throw new Violation(RULE, `${user} could not connect`);
      }
      const recalled = listen(world, bob, 'setOnRemoteMessageRecalledListener');
      const received = listen(world, bob, 'setOnMessageReceivedListener');
      if (which === 'peer-offline') await call(world, bob, RULE, 'disconnect', [false], []);
      const draft = await text(alice, 1, 'bob', 'secret', RULE);
      const recall = async (message: unknown) => only(await call(world, alice, RULE, 'recallMessage', [message], ['onMessageRecalled']), 'onMessageRecalled', RULE, 'recallMessage');
      if (which === 'unsent') {
        const [code] = await recall(draft);
        if (code !== CANT_RECALL || recalled.length) throw new Violation(RULE, 'recalling a message that was never sent must fail with 25101 and tell nobody', { expected: [CANT_RECALL, 'no remote recall'], actual: [code, recalled.length] });
        return;
      }
      const sent = only(await call(world, alice, RULE, 'sendMessage', [draft], ['onMessageSent']), 'onMessageSent', RULE, 'sendMessage')[1] as { messageUId: string };
      const [code, notice] = await recall(sent);
      const noticeOk = (notice as { messageType?: unknown; messageUId?: unknown } | undefined)?.messageType === RECALL && (notice as { messageUId?: unknown }).messageUId === sent.messageUId;
      if (code !== 0 || !noticeOk) throw new Violation(RULE, 'recalling a sent message must answer 0 with the RECALL notice of that message', { expected: { code: 0, messageType: RECALL, messageUId: sent.messageUId }, actual: { code, notice } });
      if (which === 'again') {
        const [second] = await recall(sent);
        if (second !== CANT_RECALL) throw new Violation(RULE, 'a second recall of the same message must fail with 25101', { expected: CANT_RECALL, actual: second });
        return;
      }
      if (which === 'peer-offline') {
        received.length = 0;
        if ((await connect(world, bob, RULE, 'bob')) !== 0) throw new Violation(RULE, 'bob could not reconnect');
        const leaked = JSON.stringify(received.map((r) => r.args[0])).includes('secret');
        const notices = [...received.map((r) => r.args[0]), ...recalled.map((r) => r.args[0])].filter((m) => (m as { messageType?: unknown })?.messageType === RECALL);
        if (leaked || notices.length !== 1) throw new Violation(RULE, 'a peer offline at recall time must get only the recall notice at the next connect, never the content', { expected: { leaked: false, notices: 1 }, actual: { leaked, notices: notices.length } });
        return;
      }
      const heard = recalled.map((r) => [(r.args[0] as { messageUId?: unknown })?.messageUId, (r.args[0] as { messageType?: unknown })?.messageType]);
      if (!same(heard, [[sent.messageUId, RECALL]])) throw new Violation(RULE, 'the peer must hear the recall once, as the RECALL notice of that message', { expected: [[sent.messageUId, RECALL]], actual: heard });
    },
  );
}
