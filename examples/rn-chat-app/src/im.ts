/**
 * The app's one import of the RongCloud wrapper. In an app this file is
 *
 *   export { RCIMIWEngine } from '@rongcloud/react-native-im-wrapper';
 *   export type * from '@rongcloud/react-native-im-wrapper';
 *
 * The real wrapper is not on this registry, so the example binds imsim's reference wrapper to
 * `react-native` the way the real module does: once, when this module is first imported.
 */
import { bindRCIMIWEngine } from '../../../contracts/reference/rongcloud-rn';

// `require`, not `import`: this repo has no type declarations for react-native (jest maps it to imsim).
export const RCIMIWEngine = bindRCIMIWEngine(require('react-native'));

export type { RCIMIWEngine as Engine } from '../../../specs/rongcloud-rn/RCIMEngine';
export {
  RCIMIWConversationType,
  RCIMIWMessageDirection,
  RCIMIWMessageType,
  type RCIMIWCustomMessage,
  type RCIMIWMessage,
  type RCIMIWTextMessage,
} from '../../../specs/rongcloud-rn/RCIMDefines';
