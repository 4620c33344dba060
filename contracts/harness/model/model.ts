// The model of model:multi-device: who is online, what the cloud keeps for whom, and what each device's
// app must have seen (through the wrapper's callbacks and listeners). Two mobile devices of alice and one
// of bob: a login kicks the user's other online mobile device; messages go to every online device of the
// receiver, or wait in the user's offline inbox for the next login of one of them.

export type DeviceId = 'alice-android' | 'alice-ios' | 'bob-android';
export type User = 'alice' | 'bob';

export const DEVICES: Record<DeviceId, { user: User; platform: 'android' | 'ios' }> = {
  'alice-android': { user: 'alice', platform: 'android' },
  'alice-ios': { user: 'alice', platform: 'ios' },
  'bob-android': { user: 'bob', platform: 'android' },
};

export const CODE = { OK: 0, CHANNEL_INVALID: 30001, NETWORK_UNAVAILABLE: 30002, CLIENT_NOT_INIT: 33001, CONNECTION_EXIST: 34001, RATE: 20604 };
const PER_SECOND = 5;

/** What an app sees on one device; the real side records the same shape. */
export interface Seen {
  received: Array<[text: unknown, left: unknown, offline: unknown, hasPackage: unknown]>;
  databaseOpened: number[];
  connected: number[];
  saved: number;
  sent: number[];
  kicked: number;
}

export const emptySeen = (): Seen => ({ received: [], databaseOpened: [], connected: [], saved: 0, sent: [], kicked: 0 });

interface DeviceState {
  phase: 'idle' | 'online' | 'waiting' | 'stopped';
  netUp: boolean;
  /** connect was called once: the user's database exists (sends before that get 33001). */
  hasStore: boolean;
  /** A connect whose onConnected has not come yet. */
  pending: boolean;
  /** Accepted send times in the current session (the 5-per-second window). */
  window: number[];
  seen: Seen;
}

export class Model {
  now = 0;
  texts = 0;
  readonly devices = {} as Record<DeviceId, DeviceState>;
  readonly inbox: Record<User, string[]> = { alice: [], bob: [] };

  constructor() {
    for (const id of Object.keys(DEVICES) as DeviceId[]) {
      this.devices[id] = { phase: 'idle', netUp: true, hasStore: false, pending: false, window: [], seen: emptySeen() };
    }
  }

  private logout(d: DeviceState): void {
    d.window = [];
  }

  /** A successful login: kicks the user's other online mobile device, then takes the offline inbox. */
  private login(id: DeviceId): void {
    const user = DEVICES[id].user;
    for (const other of Object.keys(DEVICES) as DeviceId[]) {
      const o = this.devices[other];
      if (other !== id && DEVICES[other].user === user && o.phase === 'online') {
        o.phase = 'stopped';
        o.seen.kicked++;
        this.logout(o);
      }
    }
    const d = this.devices[id];
    d.phase = 'online';
    if (d.pending) {
      d.pending = false;
      d.seen.connected.push(CODE.OK);
    }
    const waiting = this.inbox[user].splice(0);
    waiting.forEach((text, i) => d.seen.received.push([text, waiting.length - 1 - i, true, false]));
  }

  connect(id: DeviceId): void {
    const d = this.devices[id];
    if (d.phase === 'online' || d.phase === 'waiting') {
      d.seen.connected.push(CODE.CONNECTION_EXIST);
      return;
    }
    d.hasStore = true;
    d.seen.databaseOpened.push(CODE.OK);
    d.pending = true;
    if (d.netUp) this.login(id);
    else d.phase = 'waiting';
  }

  disconnect(id: DeviceId): void {
    const d = this.devices[id];
    if (d.pending) {
      d.pending = false;
      d.seen.connected.push(CODE.CHANNEL_INVALID);
    }
    if (d.phase === 'online') this.logout(d);
    d.phase = 'idle';
  }

  networkDown(id: DeviceId): void {
    const d = this.devices[id];
    d.netUp = false;
    if (d.phase === 'online') {
      this.logout(d);
      d.phase = 'waiting';
    }
  }

  networkUp(id: DeviceId): void {
    const d = this.devices[id];
    d.netUp = true;
    if (d.phase === 'waiting') this.login(id);
  }

  /** A text from this device to the other user; returns the text sent. */
  send(id: DeviceId): string {
    const text = `m${this.texts++}`;
    const d = this.devices[id];
    if (!d.hasStore) {
      d.seen.sent.push(CODE.CLIENT_NOT_INIT);
      return text;
    }
    d.seen.saved++;
    if (d.phase !== 'online') {
      d.seen.sent.push(CODE.NETWORK_UNAVAILABLE);
      return text;
    }
    d.window = d.window.filter((t) => t > this.now - 1000);
    if (d.window.length >= PER_SECOND) {
      d.seen.sent.push(CODE.RATE);
      return text;
    }
    d.window.push(this.now);
    d.seen.sent.push(CODE.OK);
    const to: User = DEVICES[id].user === 'alice' ? 'bob' : 'alice';
    const online = (Object.keys(DEVICES) as DeviceId[]).filter((o) => DEVICES[o].user === to && this.devices[o].phase === 'online');
    if (online.length === 0) this.inbox[to].push(text);
    for (const o of online) this.devices[o].seen.received.push([text, 0, false, false]);
    return text;
  }

  advance(ms: number): void {
    this.now += ms;
  }
}
