import { ConnectionStatus, RC } from '../codes';
import { ACK_TIMEOUT_MS } from '../device/network';
import type { Device, Platform } from '../device/device';
import { ConversationType } from '../rongcloud/enums';
import { createWorld, type World } from '../world';
import { DEVICES, type Action } from './actions';
import { DeliveryObserver } from './observer';

/**
 * A seeded world of 4 users on 6 devices (u0 and u1 on two devices each), a group of everyone, a chatroom
 * and a blacklist (u3 blocks u2), driven by a list of actions: sends and faults. `heal()` then lifts
 * every fault and brings every device back, so the invariants can ask for the final truth.
 */
export const ROOM = 'room';
export const GROUP = 'g1';
const layout: ReadonlyArray<readonly [user: number, platform: Platform]> = [
  [0, 'android'], [0, 'web'], [1, 'ios'], [1, 'miniprogram'], [2, 'android'], [3, 'ios'],
];

/** What the app side knows from its own successful calls (the model the checks compare the world with). */
export interface AppModel {
  /** `owner<-blocked` pairs from successful addToBlacklist calls. */
  readonly blocked: Set<string>;
  /** Per device: virtual time spans after a successful leave of the room and before its next join call. */
  readonly leftRoom: Map<string, Array<{ from: number; to: number }>>;
  /** The eventIds of every send the app made: each must be answered exactly once. */
  readonly sends: string[];
  /** KV set attempts: who tried to set which key to which (unique) value. */
  readonly kvWrites: Array<{ userId: string; key: string; value: string }>;
  /**
   * The app server's mutes: who could not send where. Spans are counted in messages the cloud accepted
   * (`observer.accepted` positions: several things happen at one virtual time), and end at `until` at the latest.
   */
  readonly mutes: Array<{ userId: string; targetId: string; fromSeq: number; toSeq: number; until: number }>;
  /** UIds the app tried to recall (whether or not the recall got through): they reach a device at most once. */
  readonly recalled: Set<string>;
}

/** How long the scenario's mutes last when nobody lifts them. */
export const MUTE_MS = 60_000;

export interface Scenario {
  readonly world: World;
  readonly devices: readonly Device[];
  readonly users: readonly string[];
  readonly observer: DeliveryObserver;
  readonly model: AppModel;
}

/** Mutant hooks (tests only): patch the world before the observer wraps it, or the devices once connected. */
export interface ScenarioHooks {
  beforeObserve?(world: World): void;
  afterSetup?(scenario: Scenario): void;
}

export async function setUp(seed: number, hooks: ScenarioHooks = {}): Promise<Scenario & { run(action: Action): Promise<void>; heal(): Promise<void> }> {
  const world = createWorld({ seed, limits: { sendsPerSecond: 20 }, logLimit: 20_000 });
  const users = ['u0', 'u1', 'u2', 'u3'];
  const devices = layout.map(([user, platform], i) => world.device({ id: `d${i}-${users[user]}`, platform }));
  world.server.createGroup(GROUP, users);
  world.server.createChatRoom(ROOM, { keepAlive: true });
  hooks.beforeObserve?.(world);
  const observer = new DeliveryObserver(world);
  const model: AppModel = { blocked: new Set(), leftRoom: new Map(), sends: [], kvWrites: [], mutes: [], recalled: new Set() };
  const userOf = (i: number) => users[layout[i][0]];
  let n = 0;
  const eventId = () => `e${++n}`;
  const answers = new Map<string, (data: any) => void>();
  const joinCalls = new Map<string, number>();
  for (const device of devices) {
    observer.attach(device);
    for (const name of ['LeaveChatRoom:onChatRoomLeft', 'AddToBlacklist:onBlacklistAdded']) {
      device.rn.emitter.addListener(name, (data: { eventId: string }) => answers.get(data.eventId)?.(data));
    }
  }
  const connect = (i: number) => {
    const device = devices[i];
    if (!device.engine) device.rn.native.create(world.appKey, {});
    else if (device.engine.status === ConnectionStatus.CONNECTED) return;
    void device.rn.native.connect(world.server.issueToken(userOf(i)), 0, eventId());
  };
  for (let i = 0; i < DEVICES; i++) connect(i);
  await world.settle();
  // Everyone starts in the chatroom, so chatroom sends, leaves and KV writes have something to work on.
  for (const device of devices) void device.rn.native.joinChatRoom(ROOM, -1, false, eventId());
  await world.settle();
  const blockId = eventId();
  answers.set(blockId, (data) => data.code === RC.SUCCESS && model.blocked.add('u3<-u2'));
  void devices[5].rn.native.addToBlacklist('u2', blockId);
  await world.settle();

  const scenario: Scenario = { world, devices, users, observer, model };
  hooks.afterSetup?.(scenario);

  let text = 0;
  async function send(action: Extract<Action, { kind: 'send' }>): Promise<void> {
    const device = devices[action.device];
    const own = layout[action.device][0];
    const peer = users[action.target === own ? (action.target + 1) % users.length : action.target];
    const sendId = () => {
      const id = eventId();
      model.sends.push(id);
      return id;
    };
    for (let b = 0; b < action.burst; b++) {
      const body = `m${++text}`;
      if (action.to === 'private') {
        const message = await device.rn.native.createTextMessage(ConversationType.PRIVATE, peer, '', body);
        void device.rn.native.sendMessage(message, sendId());
      } else if (action.to === 'chatroom') {
        const message = await device.rn.native.createTextMessage(ConversationType.CHATROOM, ROOM, '', body);
        void device.rn.native.sendMessage(message, sendId());
      } else {
        const message = await device.rn.native.createTextMessage(ConversationType.GROUP, GROUP, '', body);
        if (action.to === 'group') void device.rn.native.sendMessage(message, sendId());
        else void device.rn.native.sendGroupMessageToDesignatedUsers(message, [peer], sendId());
      }
    }
  }

  async function run(action: Action): Promise<void> {
    switch (action.kind) {
      case 'send':
        await send(action);
        break;
      case 'down':
        devices[action.device].network.down();
        break;
      case 'up':
        devices[action.device].network.up();
        break;
      case 'latency':
        devices[action.device].network.latency(action.ms);
        break;
      case 'loss':
        devices[action.device].network.loss(action.p);
        break;
      case 'kick':
        world.server.kick(users[action.user]);
        break;
      case 'expireToken':
        world.server.expireToken(users[action.user]);
        break;
      case 'reconnect':
        connect(action.device);
        break;
      case 'disconnect':
        void devices[action.device].rn.native.disconnect(true);
        break;
      case 'failNext': {
        const code = { sendMessage: RC.MSG_RESPONSE_TIMEOUT, connect: RC.NETWORK_UNAVAILABLE, joinChatRoom: RC.CHATROOM_NOT_EXIST }[action.operation];
        world.server.failNext(action.operation, code, { userId: users[action.user], times: action.times });
        break;
      }
      case 'outage':
        world.server.outage(action.ms);
        break;
      case 'advance':
        await world.clock.advance(action.ms);
        break;
      case 'join': {
        const device = devices[action.device];
        const spans = model.leftRoom.get(device.id);
        const open = spans?.[spans.length - 1];
        if (open && open.to === Infinity) open.to = world.clock.now();
        joinCalls.set(device.id, world.clock.now());
        void device.rn.native.joinChatRoom(ROOM, -1, false, eventId());
        break;
      }
      case 'leave': {
        const device = devices[action.device];
        const id = eventId();
        const calledAt = world.clock.now();
        answers.set(id, (data) => {
          // A join called while this leave was on its way may land after it: then the device is in the room.
          if (data.code !== RC.SUCCESS || (joinCalls.get(device.id) ?? -1) >= calledAt) return;
          const spans = model.leftRoom.get(device.id) ?? [];
          spans.push({ from: world.clock.now(), to: Infinity });
          model.leftRoom.set(device.id, spans);
        });
        void device.rn.native.leaveChatRoom(ROOM, id);
        break;
      }
      case 'mute': {
        const userId = users[action.user];
        const targetId = action.where === 'group' ? GROUP : ROOM;
        const now = world.clock.now();
        const seq = observer.accepted.length;
        // A new mute or an unmute ends the span in force; a new mute starts the next one.
        const current = model.mutes.find((m) => m.userId === userId && m.targetId === targetId && m.toSeq === Infinity && m.until > now);
        if (current) current.toSeq = seq;
        if (action.where === 'group') {
          if (action.on) world.server.muteInGroup(GROUP, [userId], MUTE_MS / 60_000);
          else world.server.unmuteInGroup(GROUP, [userId]);
        } else if (action.on) world.server.muteInChatRoom(ROOM, [userId], MUTE_MS / 60_000);
        else world.server.unmuteInChatRoom(ROOM, [userId]);
        if (action.on) model.mutes.push({ userId, targetId, fromSeq: seq, toSeq: Infinity, until: now + MUTE_MS });
        break;
      }
      case 'recall': {
        // The device recalls the last message it sent successfully, as its app would from the chat screen.
        const device = devices[action.device];
        const last = [...observer.reports].reverse().find((r) => r.deviceId === device.id && r.code === RC.SUCCESS && r.uid);
        const row = last && device.engine?.store.getByUId(last.uid);
        if (!row) break;
        model.recalled.add(last.uid);
        void device.rn.native.recallMessage({ ...row }, eventId());
        break;
      }
      case 'kv': {
        const userId = userOf(action.device);
        const key = `k${action.key}`;
        const value = `v${++text}`;
        // Every attempt counts: an answer lost on its way back still set the value on the cloud.
        model.kvWrites.push({ userId, key, value });
        void devices[action.device].rn.native.addChatRoomEntry(ROOM, key, value, false, action.force, eventId());
        break;
      }
    }
    await world.settle();
  }

  /** Lifts every fault, lets outages end and retries run, and has the app connect every device again. */
  async function heal(): Promise<void> {
    world.cloud.faults.clear();
    for (const device of devices) {
      device.network.loss(0);
      device.network.latency(0);
      device.network.up();
    }
    for (let round = 0; round < 2; round++) {
      await world.clock.advance(25_000);
      // The app's answer to a kick, an expired token or its own disconnect: a fresh token and connect.
      for (let i = 0; i < DEVICES; i++) connect(i);
      await world.clock.advance(70_000 + 3 * ACK_TIMEOUT_MS);
    }
  }

  return { ...scenario, run, heal };
}
