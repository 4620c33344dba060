import { RC } from '../codes';
import { ServerControl } from '../server-control';
import { describe } from '../describe-value';
import { checkOperation } from './operations';

/**
 * Time-based cloud faults on `world.server` (the count-based `failNext`, `kick`, `blockUser` and
 * `expireToken` live in server-control.ts). Loaded by world.ts.
 */
declare module '../server-control' {
  interface ServerControl {
    /** Every matching request (optionally only `userId`'s) answers `code` for the next `ms` of virtual time. */
    failFor(operation: string, code: number, ms: number, options?: { userId?: string }): void;
    /**
     * The cloud is unreachable for `ms` of virtual time: every online device loses its connection at once
     * (status NETWORK_UNAVAILABLE, as when the link drops) and every connect or reconnect attempt fails
     * with 30002 until the outage ends; devices come back on the SDK's reconnect schedule. Server API
     * calls (world.server.*) keep working.
     */
    outage(ms: number): void;
  }
}

function requireMs(where: string, ms: unknown): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) throw new RangeError(`${where}: ms must be a finite number of virtual milliseconds > 0, got ${describe(ms)}`);
  return ms;
}

function requireOptions(where: string, options: unknown): { userId?: string } {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`${where}: options must be an object like { userId }`);
  const { userId } = options as { userId?: unknown };
  if (userId !== undefined && (typeof userId !== 'string' || userId.length === 0)) throw new TypeError(`${where}: options.userId must be a non-empty string`);
  return { userId: userId as string | undefined };
}

ServerControl.prototype.failFor = function (this: ServerControl, operation: string, code: number, ms: number, options?: { userId?: string }): void {
  checkOperation('failFor(operation, code, ms)', operation);
  if (!Number.isInteger(code) || code === 0) throw new TypeError(`failFor(${operation}, code, ms): code must be a non-zero integer (a RongCloud code), got ${describe(code)}`);
  requireMs(`failFor(${operation}, ${code}, ms)`, ms);
  const { userId } = requireOptions('failFor', options);
  this.cloud.faults.failUntil(operation, code, this.cloud.now() + ms, { userId });
  const trace = this['traceUser'];
  if (userId) trace(userId, 'planned failure window', { operation, code, ms });
};

ServerControl.prototype.outage = function (this: ServerControl, ms: number): void {
  requireMs('outage(ms)', ms);
  const cloud = this.cloud;
  cloud.faults.failUntil('connect', RC.NETWORK_UNAVAILABLE, cloud.now() + ms);
  const trace = this['traceUser'];
  for (const userId of this.users()) trace(userId, 'cloud outage', { ms });
  for (const userId of cloud.sessions.onlineUsers()) cloud.endSessions(userId, RC.NETWORK_UNAVAILABLE);
};
