import type { CloudClient, DeliveryMeta, PlatformClass } from '../cloud/client';
import { ConnectionStatus, RC, codeName, connectionStatusName, type ConnectionStatusValue } from '../codes';
import type { TimerHandle } from '../core/scheduler';
import type { EngineHost, EngineOptions, Reply } from './host';
import { LocalStore } from './local-store';
import type { Message } from './message';
import { receiveMessage } from './messaging';
import { reconnectDelay } from './reconnect';
import { signalHandlers, signalOf } from './signals';

type Phase = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'stopped';

/** Push handlers for area events the cloud sends (`notify`); areas register theirs at module load. */
export const pushHandlers = new Map<string, (engine: RongCloudEngine, payload: Record<string, unknown>) => void>();

/** Session changes areas react to: an app connect, the SDK's own reconnect, an app disconnect. */
export type SessionEvent = 'connected' | 'reconnected' | 'disconnected';
/** Area hooks on session changes (chatrooms rejoin after a reconnect); areas register theirs at module load. */
export const sessionHooks = new Map<string, (engine: RongCloudEngine, event: SessionEvent) => void>();

/**
 * The RongCloud client engine of one device: connection state machine with reconnect and multi-device
 * rules, the local databases, and the hooks the cloud calls. Written once and shared by every RongCloud
 * facade; facades only translate arguments and events.
 */
export class RongCloudEngine implements CloudClient {
  readonly deviceId: string;
  readonly platformClass: PlatformClass;
  status: ConnectionStatusValue = ConnectionStatus.UNCONNECTED;
  userId = '';
  private phase: Phase = 'idle';
  private token = '';
  private pendingConnect: Reply | null = null;
  private connectDeadline: TimerHandle | null = null;
  private retryTimer: TimerHandle | null = null;
  private attemptIndex = 0;
  private retryGeneration = 0;
  private everConnected = false;
  private destroyed = false;
  private readonly databases = new Map<string, LocalStore>();
  private readonly unsubscribeNetwork: () => void;
  /** Per-area client state (chatrooms joined, typing timers ...), keyed by area name. */
  readonly areas = new Map<string, unknown>();

  constructor(readonly host: EngineHost, readonly appKey: string, readonly options: EngineOptions) {
    this.deviceId = host.deviceId;
    this.platformClass = host.platformClass;
    this.unsubscribeNetwork = host.network.onChange((up) => this.onNetworkChange(up));
  }

  get connected(): boolean {
    return this.phase === 'connected';
  }

  /** The signed-in user's local database (opened at connect from the token's user). */
  get store(): LocalStore {
    return this.database(this.userId);
  }

  /** After `destroy` the engine is gone: pending work (media transfers ...) must not report any more. */
  get isDestroyed(): boolean {
    return this.destroyed;
  }

  get hasStore(): boolean {
    return this.userId !== '';
  }

  database(userId: string): LocalStore {
    let db = this.databases.get(userId);
    if (!db) this.databases.set(userId, (db = new LocalStore(userId)));
    return db;
  }

  now(): number {
    return this.host.scheduler.now();
  }

  // ---- connect / disconnect ---------------------------------------------------------------------

  connect(token: string, timeoutSeconds: number, reply: Reply): void {
    if (this.phase === 'connected' || this.phase === 'connecting' || this.phase === 'reconnecting') {
      reply('onConnected', { code: RC.CONNECTION_EXIST, userId: this.userId });
      return;
    }
    this.token = token;
    this.pendingConnect = reply;
    this.everConnected = false;
    this.attemptIndex = 0;
    const claimed = this.host.cloud.accounts.claimedUser(token);
    if (claimed === null) {
      this.finishConnect(RC.CONN_TOKEN_INCORRECT, '');
      this.setStatus(ConnectionStatus.TOKEN_INCORRECT);
      this.phase = 'stopped';
      return;
    }
    this.userId = claimed;
    this.database(claimed);
    reply('onDatabaseOpened', { code: RC.SUCCESS });
    this.phase = 'connecting';
    if (timeoutSeconds > 0) {
      this.connectDeadline = this.host.scheduler.after(timeoutSeconds * 1000, () => this.connectTimedOut());
    }
    this.attempt();
  }

  disconnect(receivePush: boolean): void {
    this.host.trace('note', 'disconnect', { receivePush });
    this.stopTimers();
    const wasOnline = this.phase === 'connected';
    this.phase = 'idle';
    if (wasOnline) this.host.cloud.logout(this);
    this.finishConnect(RC.CHANNEL_INVALID, '');
    // An app-initiated disconnect leaves the reconnect mechanism (seed 004 L720).
    this.setStatus(ConnectionStatus.SIGN_OUT);
    for (const hook of sessionHooks.values()) hook(this, 'disconnected');
  }

  destroy(): void {
    if (this.destroyed) return;
    if (this.phase === 'connected') this.host.cloud.logout(this);
    this.stopTimers();
    this.phase = 'stopped';
    this.destroyed = true;
    this.unsubscribeNetwork();
  }

  private attempt(): void {
    this.retryTimer = null;
    if (this.destroyed || (this.phase !== 'connecting' && this.phase !== 'reconnecting')) return;
    const reconnect = this.everConnected;
    this.host.trace('net', reconnect ? 'reconnect attempt' : 'connect attempt', { attempt: this.attemptIndex + 1 });
    this.setStatus(ConnectionStatus.CONNECTING);
    const sent = this.host.network.carry(
      () => {
        const result = this.host.cloud.login(this.token, this.appKey, this, {
          reconnect,
          kickReconnectDevice: this.options.kickReconnectDevice === true,
        });
        // The answer travels back; if it is lost the server still holds a session the device never saw.
        const back = this.host.network.carry(() => this.loginAnswered(result.code, result.userId), () => this.loginLost());
        if (!back) this.loginLost();
      },
      () => this.attemptFailed(),
    );
    if (!sent) this.attemptFailed();
  }

  private loginLost(): void {
    this.host.cloud.logout(this);
    this.attemptFailed();
  }

  private attemptFailed(): void {
    if (this.destroyed || (this.phase !== 'connecting' && this.phase !== 'reconnecting')) return;
    this.setStatus(ConnectionStatus.NETWORK_UNAVAILABLE);
    this.scheduleAttempt();
  }

  private scheduleAttempt(): void {
    const delay = reconnectDelay(this.attemptIndex++);
    this.host.scheduler.cancel(this.retryTimer);
    this.retryTimer = null;
    const generation = ++this.retryGeneration;
    const run = () => {
      if (generation === this.retryGeneration) this.attempt();
    };
    // A zero delay is immediate work, not a timer: it must happen without the clock moving.
    if (delay === 0) this.host.scheduler.defer(run);
    else this.retryTimer = this.host.scheduler.after(delay, run);
  }

  private loginAnswered(code: number, userId: string): void {
    if (this.destroyed || (this.phase !== 'connecting' && this.phase !== 'reconnecting')) {
      // The app gave up (disconnect/timeout) while the answer was on its way: drop the server session.
      if (code === RC.SUCCESS) this.host.cloud.logout(this);
      return;
    }
    if (code === RC.SUCCESS) {
      const reconnected = this.everConnected;
      this.stopTimers();
      this.phase = 'connected';
      this.everConnected = true;
      this.attemptIndex = 0;
      this.userId = userId;
      this.setStatus(ConnectionStatus.CONNECTED);
      this.finishConnect(RC.SUCCESS, userId);
      for (const hook of sessionHooks.values()) hook(this, reconnected ? 'reconnected' : 'connected');
      return;
    }
    const fatalStatus = fatalConnectStatus(code);
    if (fatalStatus === null) {
      this.host.trace('net', 'connect attempt failed', { code, name: codeName(code) });
      this.attemptFailed();
      return;
    }
    // A connection error ends the reconnect mechanism (seed 004 L710).
    this.stopTimers();
    this.phase = 'stopped';
    this.host.trace('note', 'connection refused', { code, name: codeName(code) });
    this.setStatus(fatalStatus);
    this.finishConnect(code, '');
  }

  private connectTimedOut(): void {
    this.connectDeadline = null;
    if (this.phase !== 'connecting') return;
    this.stopTimers();
    this.phase = 'stopped';
    this.host.trace('note', 'connect timed out');
    this.setStatus(ConnectionStatus.TIMEOUT);
    this.finishConnect(RC.CONNECT_TIMEOUT, '');
  }

  private finishConnect(code: number, userId: string): void {
    const reply = this.pendingConnect;
    this.pendingConnect = null;
    if (this.connectDeadline) {
      this.host.scheduler.cancel(this.connectDeadline);
      this.connectDeadline = null;
    }
    reply?.('onConnected', { code, userId });
  }

  private stopTimers(): void {
    this.retryGeneration++;
    this.host.scheduler.cancel(this.retryTimer);
    this.retryTimer = null;
    this.host.scheduler.cancel(this.connectDeadline);
    this.connectDeadline = null;
  }

  private onNetworkChange(up: boolean): void {
    if (this.destroyed) return;
    if (!up && this.phase === 'connected') {
      // The link is gone: the cloud drops the session and the SDK starts reconnecting.
      this.host.cloud.logout(this);
      this.phase = 'reconnecting';
      this.attemptIndex = 0;
      this.setStatus(ConnectionStatus.NETWORK_UNAVAILABLE);
      this.scheduleAttempt();
    } else if (up && (this.phase === 'reconnecting' || this.phase === 'connecting')) {
      // A network change restarts the schedule: try at once.
      this.attemptIndex = 0;
      this.scheduleAttempt();
    }
  }

  setStatus(status: ConnectionStatusValue): void {
    if (this.status === status && status !== ConnectionStatus.CONNECTING) return;
    this.status = status;
    this.host.trace('note', `status ${connectionStatusName(status)}`);
    this.host.emit('onConnectionStatusChanged', { status });
  }

  // ---- CloudClient --------------------------------------------------------------------------------

  deliver(message: Message, meta: DeliveryMeta): void {
    const carried = this.host.network.carry(() => {
      if (this.phase !== 'connected' || this.destroyed) return;
      // Cloud signals (recall, read receipts, expansion changes) ride the message path, offline included.
      const signal = signalOf(message);
      if (signal) {
        signalHandlers.get(signal.kind)?.(this, signal, meta);
        return;
      }
      receiveMessage(this, message, meta);
    });
    if (!carried) this.host.trace('net', 'delivery lost: link down', { messageUId: message.messageUId });
  }

  sessionEnded(code: number): void {
    if (this.phase !== 'connected') return;
    this.stopTimers();
    this.phase = 'stopped';
    this.host.trace('cloud', 'session ended', { code, name: codeName(code) });
    this.setStatus(code === RC.CONN_USER_BLOCKED ? ConnectionStatus.CONN_USER_BLOCKED
      : code === RC.CONN_TOKEN_INCORRECT ? ConnectionStatus.TOKEN_INCORRECT
      : ConnectionStatus.KICKED_OFFLINE_BY_OTHER_CLIENT);
  }

  notify(event: string, payload: Record<string, unknown>): void {
    this.host.network.carry(() => {
      if (this.phase !== 'connected' || this.destroyed) return;
      const handler = pushHandlers.get(event);
      if (handler) handler(this, payload);
      else this.host.emit(event, payload);
    });
  }
}

/** The status a refused login leaves the device in; null when the SDK should keep retrying. */
function fatalConnectStatus(code: number): ConnectionStatusValue | null {
  switch (code) {
    case RC.CONN_TOKEN_INCORRECT:
    case RC.CONN_TOKEN_EXPIRE:
      return ConnectionStatus.TOKEN_INCORRECT;
    case RC.CONN_USER_BLOCKED:
      return ConnectionStatus.CONN_USER_BLOCKED;
    case RC.CONN_OTHER_DEVICE_LOGIN:
      return ConnectionStatus.UNCONNECTED;
    default:
      // Every 31xxx code is a connection error the app must handle; 30xxx are transient.
      return code >= 31000 && code < 32000 ? ConnectionStatus.UNCONNECTED : null;
  }
}
