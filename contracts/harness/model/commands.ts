// The fc commands of model:multi-device: each runs on the simulator through the wrappers, applies the same
// step to the model, and compares what every device's app has seen so far.
import fc from 'fast-check';
import type { World } from '../../../simulator';
import { same } from '../equality';
import { settle, type App } from '../rules/app';
import { Violation } from '../violation';
import { DEVICES, type DeviceId, type Model, type Seen } from './model';

export const RULE = 'model:multi-device';

export interface Real {
  world: World;
  apps: Record<DeviceId, App>;
  seen: Record<DeviceId, Seen>;
  /** Commands run so far, for the failure message. */
  log: string[];
}

type Step = 'connect' | 'disconnect' | 'networkDown' | 'networkUp' | 'send';

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
        await app.engine.connect(real.world.server.issueToken(DEVICES[this.id].user), 0, {
          onDatabaseOpened: (code: number) => void seen.databaseOpened.push(code),
          onConnected: (code: number) => void seen.connected.push(code),
        });
        break;
      case 'disconnect':
        model.disconnect(this.id);
        await app.engine.disconnect(false);
        break;
      case 'networkDown':
        model.networkDown(this.id);
        app.device.network.down();
        break;
      case 'networkUp':
        model.networkUp(this.id);
        app.device.network.up();
        break;
      case 'send': {
        const text = model.send(this.id);
        const to = DEVICES[this.id].user === 'alice' ? 'bob' : 'alice';
        const message = await app.engine.createTextMessage(1, to, '', text);
        await app.engine.sendMessage(message, {
          onMessageSaved: () => void seen.saved++,
          onMessageSent: (code: number) => void seen.sent.push(code),
        });
        break;
      }
    }
    await settle(real.world, RULE);
    compare(model, real);
  }

  toString(): string {
    return `${this.step}(${this.id})`;
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

const device = fc.constantFrom<DeviceId>('alice-android', 'alice-ios', 'bob-android');

export const commandArbs: Array<fc.Arbitrary<fc.AsyncCommand<Model, Real>>> = [
  device.map((id) => new DeviceCommand('connect', id)),
  device.map((id) => new DeviceCommand('disconnect', id)),
  device.map((id) => new DeviceCommand('networkDown', id)),
  device.map((id) => new DeviceCommand('networkUp', id)),
  device.map((id) => new DeviceCommand('send', id)),
  device.map((id) => new DeviceCommand('send', id)),
  fc.constantFrom(100, 1000, 5000).map((ms) => new AdvanceCommand(ms)),
];
