/**
 * Inside the imsim repository, `@rongcloud/react-native-im-wrapper` (not on the npm registry here) resolves to
 * this module: imsim's reference wrapper, bound to `react-native` when first imported, exactly as the real
 * package binds itself. In an app, the import resolves to the real package and this file plays no part.
 */
import { bindRCIMIWEngine } from '../../contracts/reference/rongcloud-rn';
import type { RCIMIWEngine as Engine } from '../../specs/rongcloud-rn/RCIMEngine';

// Like the real package's class, the name is both the value (the class) and the type (an engine).
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const RCIMIWEngine = bindRCIMIWEngine(require('react-native'));
export type RCIMIWEngine = Engine;
export * from '../../specs/rongcloud-rn/RCIMDefines';
