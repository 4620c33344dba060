import type { CloudClient, DeliveryMeta, DeliveryReceipt, PlatformClass, PushRoute } from '../cloud/client';
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
  /** The device's databases, one per user: they outlive the engine (destroy/create keeps them, as on a phone). */
  private readonly databases: Map<string, LocalStore>;
  private readonly unsubscribeNetwork: () => void;
  /** Per-area client state (chatrooms joined, typing timers ...), keyed by area name. */
  readonly areas = new Map<string, unknown>();

  constructor(readonly host: EngineHost, readonly appKey: string, readonly options: EngineOptions) {
    this.deviceId = host.deviceId;
    this.platformClass = host.platformClass;
    this.databases = host.databases ?? new Map();
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
    this.phase = 'idle';
    // Also ends a session an unanswered login left on the cloud (logout of an offline client does nothing).
    // Only a live session can tell the cloud about pushes; offline, the cloud keeps pushing (seed 004 L679).
    this.host.cloud.signOut(this, receivePush);
    this.finishConnect(RC.CHANNEL_INVALID, '');
    // An app-initiated disconnect leaves the reconnect mechanism (seed 004 L720).
    this.setStatus(ConnectionStatus.SIGN_OUT);
    for (const hook of sessionHooks.values()) hook(this, 'disconnected');
  }

  destroy(): void {
    if (this.destroyed) return;
    this.host.cloud.logout(this);
    this.stopTimers();
    this.phase = 'stopped';
    this.destroyed = true;
    this.unsubscribeNetwork();
  }

  private attempt(): void {
    this.retryTimer = null;
    if (this.destroyed || (this.phase !== 'connecting' && this.phase !== 'reconnecting')) return;
    const reconnect = this.everConnected;
    // A newer attempt (the schedule restarted on a network change) makes this one's failure moot.
    const generation = this.retryGeneration;
    this.host.trace('net', reconnect ? 'reconnect attempt' : 'connect attempt', { attempt: this.attemptIndex + 1 });
    this.setStatus(ConnectionStatus.CONNECTING);
    const sent = this.host.network.carry(
      () => {
        const result = this.host.cloud.login(this.token, this.appKey, this, {
          reconnect,
          kickReconnectDevice: this.options.kickReconnectDevice === true,
        });
        // The answer travels back; if it is lost the server still holds a session the device never saw.
        const back = this.host.network.carry(() => this.loginAnswered(result.code, result.userId, generation), () => this.loginLost(generation));
        if (!back) this.loginLost(generation);
      },
      () => this.attemptFailed(generation),
    );
    if (!sent) this.attemptFailed(generation);
  }

  private loginLost(generation: number): void {
    if (generation !== this.retryGeneration || this.phase === 'connected') return;
    this.host.cloud.logout(this);
    this.attemptFailed(generation);
  }

  private attemptFailed(generation = this.retryGeneration): void {
    if (generation !== this.retryGeneration) return;
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

  private loginAnswered(code: number, userId: string, generation: number): void {
    // A second answer for a session already up (an older attempt's): that session is this one.
    if (this.phase === 'connected' && !this.destroyed) return;
    if (this.destroyed || (this.phase !== 'connecting' && this.phase !== 'reconnecting')) {
      // The app gave up (disconnect/timeout) while the answer was on its way: drop the server session.
      if (code === RC.SUCCESS) this.host.cloud.logout(this);
      return;
    }
    if (code === RC.SUCCESS && !this.host.cloud.sessions.isOnline(this)) {
      // The cloud ended this session while its answer travelled (an outage): as if the connection broke at once.
      this.host.trace('net', 'login answer for a session the cloud has ended', { code });
      this.attemptFailed(generation);
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
      this.attemptFailed(generation);
      return;
    }
    // A connection error ends the reconnect mechanism (seed 004 L710); an older attempt's session goes too.
    this.stopTimers();
    this.phase = 'stopped';
    this.host.cloud.logout(this);
    this.host.trace('note', 'connection refused', { code, name: codeName(code) });
    this.setStatus(fatalStatus);
    this.finishConnect(code, '');
  }

  private connectTimedOut(): void {
    this.connectDeadline = null;
    if (this.phase !== 'connecting') return;
    this.stopTimers();
    this.phase = 'stopped';
    this.host.cloud.logout(this);
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
      this.connectionLost();
    } else if (up && (this.phase === 'reconnecting' || this.phase === 'connecting')) {
      // A network change restarts the schedule: try at once.
      this.attemptIndex = 0;
      this.scheduleAttempt();
    }
  }

  /** The link or the cloud went away under a live session: the cloud drops it and the SDK starts reconnecting. */
  private connectionLost(): void {
    this.host.cloud.logout(this);
    this.phase = 'reconnecting';
    this.attemptIndex = 0;
    this.setStatus(ConnectionStatus.NETWORK_UNAVAILABLE);
    this.scheduleAttempt();
  }

  setStatus(status: ConnectionStatusValue): void {
    if (this.status === status && status !== ConnectionStatus.CONNECTING) return;
    this.status = status;
    this.host.trace('note', `status ${connectionStatusName(status)}`);
    this.host.emit('onConnectionStatusChanged', { status });
  }

  // ---- CloudClient --------------------------------------------------------------------------------

  pushRoute(): PushRoute {
    if (this.host.pushChannel !== 'apns') return { channel: 'vendor' };
    const token = this.areas.get('deviceToken');
    return { channel: 'apns', deviceToken: typeof token === 'string' && token !== '' ? token : null };
  }

  deliver(message: Message, meta: DeliveryMeta, receipt?: DeliveryReceipt): void {
    const carried = this.host.network.carry(() => this.delivered(message, meta, receipt), receipt && (() => receipt.lost()));
    if (!carried) {
      this.host.trace('net', 'delivery lost: link down', { messageUId: message.messageUId });
      receipt?.lost();
    }
  }

  private delivered(message: Message, meta: DeliveryMeta, receipt: DeliveryReceipt | undefined): void {
    if (this.phase !== 'connected' || this.destroyed) {
      // Not listening (the login answer is still on its way, or the session ended): no ack, the cloud retries.
      if (receipt) this.host.trace('net', 'delivery not taken: not connected', { messageUId: message.messageUId });
      receipt?.lost();
      return;
    }
    if (receipt && (this.areas.get(TAKEN_DELIVERIES_AREA) as Set<number> | undefined)?.has(receipt.id)) {
      this.host.trace('note', 'duplicate delivery dropped', { messageUId: message.messageUId });
      this.ack(receipt);
      return;
    }
    // Cloud signals (recall, read receipts, expansion changes) ride the message path, offline included.
    const signal = signalOf(message);
    if (signal) signalHandlers.get(signal.kind)?.(this, signal, meta);
    else receiveMessage(this, message, meta);
    if (receipt) this.ack(receipt);
  }

  /**
   * Acks a delivery. On a link with no latency and no loss the ack cannot go astray, so it is taken as
   * arrived (no packet, nothing remembered: the happy path stays free); otherwise it travels, and the
   * delivery id is remembered so a retry caused by a lost ack is dropped.
   */
  private ack(receipt: DeliveryReceipt): void {
    const network = this.host.network;
    if (network.currentLatency === 0 && network.currentLoss === 0) {
      receipt.acked();
      return;
    }
    const taken = takenDeliveries(this);
    taken.add(receipt.id);
    if (taken.size > TAKEN_DELIVERIES_KEPT) taken.delete(taken.values().next().value as number);
    if (!network.carry(() => receipt.acked(), () => receipt.lost())) receipt.lost();
  }

  sessionEnded(code: number): void {
    if (this.phase === 'connecting' || this.phase === 'reconnecting') {
      // The cloud ended the session of a login whose answer is still on its way: that answer is void.
      this.host.trace('cloud', 'session ended before its login answer arrived', { code, name: codeName(code) });
      if (code < 31000) return; // a transient end: the answer finds the session gone and the SDK tries again
      this.stopTimers();
      this.phase = 'stopped';
      this.setStatus(endedStatus(code));
      this.finishConnect(code, '');
      return;
    }
    if (this.phase !== 'connected') return;
    if (code < 31000) {
      // A transient end (the cloud unreachable, `world.server.outage`): the SDK reconnects on its schedule.
      this.host.trace('cloud', 'connection lost', { code, name: codeName(code) });
      this.connectionLost();
      return;
    }
    this.stopTimers();
    this.phase = 'stopped';
    this.host.trace('cloud', 'session ended', { code, name: codeName(code) });
    this.setStatus(endedStatus(code));
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

/** Delivery ids acked over a lossy or slow link, newest last (plain data, so snapshots carry it). */
const TAKEN_DELIVERIES_AREA = 'takenDeliveries';
/** A retry comes within the ack timeout or at the next login: a few thousand recent ids are plenty. */
const TAKEN_DELIVERIES_KEPT = 4096;

function takenDeliveries(engine: RongCloudEngine): Set<number> {
  let taken = engine.areas.get(TAKEN_DELIVERIES_AREA) as Set<number> | undefined;
  if (!taken) engine.areas.set(TAKEN_DELIVERIES_AREA, (taken = new Set()));
  return taken;
}

/** The status a session ended by the cloud leaves the device in (kick, ban, token). */
function endedStatus(code: number): ConnectionStatusValue {
  if (code === RC.CONN_USER_BLOCKED) return ConnectionStatus.CONN_USER_BLOCKED;
  if (code === RC.CONN_TOKEN_INCORRECT) return ConnectionStatus.TOKEN_INCORRECT;
  return ConnectionStatus.KICKED_OFFLINE_BY_OTHER_CLIENT;
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
