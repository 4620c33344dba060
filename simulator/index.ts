/** imsim: a deterministic in-memory simulator of IM SDK engines. */
export { createWorld, World, DEFAULT_START_TIME, type WorldOptions, type WorldClock } from './world';
export { Device, type DeviceOptions, type Platform } from './device/device';
export { DeviceEmitter, type Subscription } from './device/emitter';
export { EventLog, type LogEntry, type LogKind } from './device/event-log';
export { ACK_TIMEOUT_MS, DeviceNetwork, type LossReason } from './device/network';
export { ServerControl } from './server-control';
export { RC, EngineCode, ConnectionStatus, codeName, connectionStatusName } from './codes';
export { reconnectDelaysMs, reconnectSteadyDelayMs } from './rongcloud/reconnect';
export type { Message } from './rongcloud/message';
export { SNAPSHOT_VERSION, type WorldSnapshot } from './snapshot';
export type { SnapshotHooks } from './snapshot/cloud';
export type { PushNotification } from './cloud/push-notifications';
export type { PushDecision } from './cloud/push-settings';
