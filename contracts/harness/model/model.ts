// The model of model:multi-device: who is online, what the cloud keeps for whom, and what each device's
// app must have seen (through the wrapper's callbacks and listeners). Two mobile devices of alice and one
// of bob: a login kicks the user's other online mobile device; messages go to every online device of the
// receiver, or wait in the user's offline inbox for the next login of one of them. One chatroom: membership
// is per user, only devices that joined and are online receive its messages, a reconnect rejoins, an app
// connect or disconnect forgets it, leaving on one device takes the user's other present devices out; its
// attributes (KV) belong to the user who set them. (The offline auto-kick needs 30 s offline or 31 messages,
// which the command sizes never reach.)

export type DeviceId = 'alice-android' | 'alice-ios' | 'bob-android';
export type User = 'alice' | 'bob';

export const DEVICES: Record<DeviceId, { user: User; platform: 'android' | 'ios' }> = {
  'alice-android': { user: 'alice', platform: 'android' },
  'alice-ios': { user: 'alice', platform: 'ios' },
  'bob-android': { user: 'bob', platform: 'android' },
};

export const CODE = {
  OK: 0, CHANNEL_INVALID: 30001, NETWORK_UNAVAILABLE: 30002, CLIENT_NOT_INIT: 33001, CONNECTION_EXIST: 34001, RATE: 20604,
  NOT_IN_ROOM: 23406, NOT_OWNER: 23424, NO_KEY: 23427,
};
export const ROOM = 'room1';
const PER_SECOND = 5;

/** What an app sees on one device; the real side records the same shape. */
export interface Seen {
  received: Array<[text: unknown, left: unknown, offline: unknown, hasPackage: unknown]>;
  databaseOpened: number[];
  connected: number[];
  saved: number;
  sent: number[];
  kicked: number;
  joined: number[];
  left: number[];
  kv: number[];
}

export const emptySeen = (): Seen => ({ received: [], databaseOpened: [], connected: [], saved: 0, sent: [], kicked: 0, joined: [], left: [], kv: [] });

interface DeviceState {
  phase: 'idle' | 'online' | 'waiting' | 'stopped';
  netUp: boolean;
  /** connect was called once: the user's database exists (sends before that get 33001). */
  hasStore: boolean;
  /** A connect whose onConnected has not come yet. */
  pending: boolean;
  /** Accepted send times in the current session (the 5-per-second window). */
  window: number[];
  /** The app connected (or reconnected) at least once since its last connect call: the next login is a reconnect. */
  everConnected: boolean;
  /** The device counts itself in the chatroom (what a reconnect rejoins). */
  inRoom: boolean;
  seen: Seen;
}

export class Model {
  now = 0;
  texts = 0;
  readonly devices = {} as Record<DeviceId, DeviceState>;
  readonly inbox: Record<User, string[]> = { alice: [], bob: [] };
  /** Chatroom members and the devices they are present on. */
  readonly members = new Map<User, Set<DeviceId>>();
  /** Chatroom attributes: key -> the user who set it. */
  readonly kv = new Map<string, User>();

  constructor() {
    for (const id of Object.keys(DEVICES) as DeviceId[]) {
      this.devices[id] = { phase: 'idle', netUp: true, hasStore: false, pending: false, window: [], everConnected: false, inRoom: false, seen: emptySeen() };
    }
  }

  private logout(id: DeviceId): void {
    this.devices[id].window = [];
    this.members.get(DEVICES[id].user)?.delete(id);
  }

  private joinRoom(id: DeviceId): void {
    const user = DEVICES[id].user;
    if (!this.members.has(user)) this.members.set(user, new Set());
    this.members.get(user)!.add(id);
    this.devices[id].inRoom = true;
  }

  /** A successful login: kicks the user's other online mobile device, then takes the offline inbox. */
  private login(id: DeviceId): void {
    const user = DEVICES[id].user;
    for (const other of Object.keys(DEVICES) as DeviceId[]) {
      const o = this.devices[other];
      if (other !== id && DEVICES[other].user === user && o.phase === 'online') {
        o.phase = 'stopped';
        o.seen.kicked++;
        this.logout(other);
      }
    }
    const d = this.devices[id];
    d.phase = 'online';
    // A reconnect rejoins the room the device was in; a new app session starts with none.
    if (d.everConnected && d.inRoom) this.joinRoom(id);
    else d.inRoom = false;
    d.everConnected = true;
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
    d.everConnected = false;
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
    if (d.phase === 'online') this.logout(id);
    d.phase = 'idle';
    d.inRoom = false;
  }

  networkDown(id: DeviceId): void {
    const d = this.devices[id];
    d.netUp = false;
    if (d.phase === 'online') {
      this.logout(id);
      d.phase = 'waiting';
    }
  }

  networkUp(id: DeviceId): void {
    const d = this.devices[id];
    d.netUp = true;
    if (d.phase === 'waiting') this.login(id);
  }

  /** A text from this device to the other user, or to the chatroom; returns the text sent. */
  send(id: DeviceId, toRoom = false): string {
    const text = `${toRoom ? 'r' : 'm'}${this.texts++}`;
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
    const sender = DEVICES[id].user;
    if (toRoom) {
      if (!this.members.has(sender)) {
        d.seen.sent.push(CODE.NOT_IN_ROOM);
        return text;
      }
      d.seen.sent.push(CODE.OK);
      for (const [user, present] of this.members) if (user !== sender) for (const o of present) this.devices[o].seen.received.push([text, 0, false, false]);
      return text;
    }
    d.seen.sent.push(CODE.OK);
    const to: User = DEVICES[id].user === 'alice' ? 'bob' : 'alice';
    const online = (Object.keys(DEVICES) as DeviceId[]).filter((o) => DEVICES[o].user === to && this.devices[o].phase === 'online');
    if (online.length === 0) this.inbox[to].push(text);
    for (const o of online) this.devices[o].seen.received.push([text, 0, false, false]);
    return text;
  }

  /** The code a chatroom request gets before the cloud judges it (never connected, not online). */
  private local(d: DeviceState): number | null {
    if (!d.hasStore) return CODE.CLIENT_NOT_INIT;
    if (d.phase !== 'online') return CODE.NETWORK_UNAVAILABLE;
    return null;
  }

  join(id: DeviceId): void {
    const d = this.devices[id];
    const code = this.local(d);
    if (code === null) this.joinRoom(id);
    d.seen.joined.push(code ?? CODE.OK);
  }

  leave(id: DeviceId): void {
    const d = this.devices[id];
    const user = DEVICES[id].user;
    let code = this.local(d);
    if (code === null) {
      const present = this.members.get(user);
      if (!present) code = CODE.NOT_IN_ROOM;
      else {
        // The user's other present devices are told and drop the room too.
        for (const o of present) this.devices[o].inRoom = false;
        this.members.delete(user);
        code = CODE.OK;
      }
      d.inRoom = false;
    }
    d.seen.left.push(code);
  }

  setEntry(id: DeviceId, key: string, overwrite: boolean): void {
    const d = this.devices[id];
    const user = DEVICES[id].user;
    let code = this.local(d) ?? (this.members.has(user) ? null : CODE.NOT_IN_ROOM);
    if (code === null) {
      const owner = this.kv.get(key);
      code = owner !== undefined && owner !== user && !overwrite ? CODE.NOT_OWNER : CODE.OK;
      if (code === CODE.OK) this.kv.set(key, user);
    }
    d.seen.kv.push(code);
  }

  removeEntry(id: DeviceId, key: string, force: boolean): void {
    const d = this.devices[id];
    const user = DEVICES[id].user;
    let code = this.local(d) ?? (this.members.has(user) ? null : CODE.NOT_IN_ROOM);
    if (code === null) {
      const owner = this.kv.get(key);
      code = owner === undefined ? CODE.NO_KEY : owner !== user && !force ? CODE.NOT_OWNER : CODE.OK;
      if (code === CODE.OK) this.kv.delete(key);
    }
    d.seen.kv.push(code);
  }

  advance(ms: number): void {
    this.now += ms;
  }
}
