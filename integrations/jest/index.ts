/**
 * `imsim/jest`: add it to `setupFilesAfterEnv` (or import it in a test file). Each test gets a fresh world;
 * `react-native` (mapped to `imsim/react-native`) speaks for that world's app device.
 */
import { registerHooks } from './hooks';

registerHooks();

export { getWorld, currentDevice, useDevice, useWorld, configure, type ImsimJestOptions } from './world';
export { isolatedWrapper } from './isolated';
export { sleep } from './clock';
