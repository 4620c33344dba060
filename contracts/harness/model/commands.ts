// The fc commands of model:multi-device: each runs on the simulator through the wrappers, applies the same
// step to the model, and compares what every device's app has seen so far.
import fc from 'fast-check';
import type { World } from '../../../simulator';
import { same } from '../equality';
import { answer, settle, type App } from '../rules/app';
import { Violation } from '../violation';
import { DEVICES, ROOM, type DeviceId, type Model, type Seen } from './model';

export const RULE = 'model:multi-device';

export interface Real {
  world: World;
  apps: Record<DeviceId, App>;
  seen: Record<DeviceId, Seen>;
  /** Commands run so far, for the failure message. */
  log: string[];
}

type Step = 'connect' | 'disconnect' | 'networkDown' | 'networkUp' | 'send' | 'burst' | 'sendToRoom' | 'join' | 'leave';

class DeviceCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly step: Step, readonly id: DeviceId) {}

  check(): boolean {
    return true;
  }

  async run(model: Model, real: Real): Promise<void> {
    const app = real.apps[this.id];
    const seen = real.seen[this.id];
    real.log.push(this.toString());
    switch (this.step) {
      case 'connect':
        model.connect(this.id);
        await answer(RULE, 'connect', () => app.engine.connect(real.world.server.issueToken(DEVICES[this.id].user), 0, {
          onDatabaseOpened: (code: number) => void seen.databaseOpened.push(code),
          onConnected: (code: number) => void seen.connected.push(code),
        }));
        break;
      case 'disconnect':
        model.disconnect(this.id);
        await answer(RULE, 'disconnect', () => app.engine.disconnect(false));
        break;
      case 'networkDown':
        model.networkDown(this.id);
        app.device.network.down();
        break;
      case 'networkUp':
        model.networkUp(this.id);
        app.device.network.up();
        break;
      case 'join':
        model.join(this.id);
        await answer(RULE, 'joinChatRoom', () => app.engine.joinChatRoom(ROOM, -1, true, { onChatRoomJoined: (code: number) => void seen.joined.push(code) }));
        break;
      case 'leave':
        model.leave(this.id);
        await answer(RULE, 'leaveChatRoom', () => app.engine.leaveChatRoom(ROOM, { onChatRoomLeft: (code: number) => void seen.left.push(code) }));
        break;
      case 'burst':
        // Three sends without waiting: with the clock still, the sixth send in a second hits the rate limit.
        for (let i = 0; i < 3; i++) await sendText(model, real, this.id, false);
        break;
      case 'send':
      case 'sendToRoom':
        await sendText(model, real, this.id, this.step === 'sendToRoom');
        break;
    }
    await settle(real.world, RULE);
    compare(model, real);
  }

  toString(): string {
    return `${this.step}(${this.id})`;
  }
}

async function sendText(model: Model, real: Real, id: DeviceId, toRoom: boolean): Promise<void> {
  const { engine } = real.apps[id];
  const seen = real.seen[id];
  const text = model.send(id, toRoom);
  const to = DEVICES[id].user === 'alice' ? 'bob' : 'alice';
  const message = await answer(RULE, 'createTextMessage', () => (toRoom ? engine.createTextMessage(3, ROOM, '', text) : engine.createTextMessage(1, to, '', text)));
  await answer(RULE, 'sendMessage', () => engine.sendMessage(message, {
    onMessageSaved: () => void seen.saved++,
    onMessageSent: (code: number) => void seen.sent.push(code),
  }));
}

/** Sets (plain or forced) or removes (plain or forced) a chatroom attribute. */
class EntryCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly id: DeviceId, readonly remove: boolean, readonly key: string, readonly forced: boolean) {}

  check(): boolean {
    return true;
  }

  async run(model: Model, real: Real): Promise<void> {
    const engine = real.apps[this.id].engine;
    const seen = real.seen[this.id];
    real.log.push(this.toString());
    if (this.remove) {
      model.removeEntry(this.id, this.key, this.forced);
      await answer(RULE, 'removeChatRoomEntry', () => engine.removeChatRoomEntry(ROOM, this.key, this.forced, { onChatRoomEntryRemoved: (code: number) => void seen.kv.push(code) }));
    } else {
      model.setEntry(this.id, this.key, this.forced);
      await answer(RULE, 'addChatRoomEntry', () => engine.addChatRoomEntry(ROOM, this.key, `by-${this.id}`, false, this.forced, { onChatRoomEntryAdded: (code: number) => void seen.kv.push(code) }));
    }
    await settle(real.world, RULE);
    compare(model, real);
  }

  toString(): string {
    return `${this.remove ? 'removeEntry' : 'setEntry'}(${this.id}, ${this.key}${this.forced ? ', forced' : ''})`;
  }
}

class AdvanceCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly ms: number) {}

  check(): boolean {
    return true;
  }

  async run(model: Model, real: Real): Promise<void> {
    real.log.push(this.toString());
    model.advance(this.ms);
    await settle(real.world, RULE, this.ms);
    compare(model, real);
  }

  toString(): string {
    return `advance(${this.ms})`;
  }
}

function compare(model: Model, real: Real): void {
  for (const id of Object.keys(DEVICES) as DeviceId[]) {
    const want = model.devices[id].seen;
    const got = real.seen[id];
    for (const key of Object.keys(want) as Array<keyof Seen>) {
      if (!same(got[key], want[key])) {
        throw new Violation(RULE, `after ${real.log.join(', ')}: on ${id} the app saw ${key} differ from the model`, { expected: want[key], actual: got[key] });
      }
    }
  }
}

export type Start = 'nobody online' | 'online' | 'in the room';

/** Commands that lead to a run's starting state (they are checked like any other). */
export function startCommands(start: Start): Array<fc.AsyncCommand<Model, Real>> {
  const ids: DeviceId[] = ['alice-android', 'bob-android'];
  if (start === 'nobody online') return [];
  const online = ids.map((id) => new DeviceCommand('connect', id));
  return start === 'online' ? online : [...online, ...ids.map((id) => new DeviceCommand('join', id))];
}

const device = fc.constantFrom<DeviceId>('alice-android', 'alice-ios', 'bob-android');

const times = <T>(n: number, arb: fc.Arbitrary<T>): Array<fc.Arbitrary<T>> => Array.from({ length: n }, () => arb);
const step = (name: Step) => device.map((id): fc.AsyncCommand<Model, Real> => new DeviceCommand(name, id));

/** Weighted so that runs reach shared rooms, offline inboxes and kicks, not only refusals. */
export const commandArbs: Array<fc.Arbitrary<fc.AsyncCommand<Model, Real>>> = [
  step('connect'),
  step('disconnect'),
  step('networkDown'),
  ...times(2, step('networkUp')),
  ...times(3, step('send')),
  step('burst'),
  ...times(2, step('join')),
  step('leave'),
  ...times(3, step('sendToRoom')),
  ...times(3, fc.tuple(device, fc.boolean(), fc.constantFrom('k1', 'k2'), fc.boolean()).map(([id, remove, key, forced]): fc.AsyncCommand<Model, Real> => new EntryCommand(id, remove, key, forced))),
  // At most 1 s per step: 30 steps stay under the chatroom's 30 s offline auto-kick, which the model leaves out.
  fc.constantFrom(100, 1000).map((ms): fc.AsyncCommand<Model, Real> => new AdvanceCommand(ms)),
];
