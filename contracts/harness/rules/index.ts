// The semantic rules, checked through the wrapper on the simulator (skipped while their native methods
// are not simulated).
import type { Check } from '../check';
import type { SdkContracts } from '../sdk';
import { chatroomKv } from './chatroom-kv';
import { expansionLimits } from './expansion-limits';
import { offlinePackages } from './offline-packages';
import { recallRule } from './recall';
import { reconnectKick, reconnectSchedule } from './reconnect';
import { sendRateLimit } from './send-rate-limit';

export function semanticRules(sdk: SdkContracts): Check[] {
  return [sendRateLimit, reconnectSchedule(sdk), reconnectKick(sdk), offlinePackages, chatroomKv, recallRule(sdk), expansionLimits];
}
