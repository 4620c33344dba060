import type { Cloud } from '../cloud/cloud';
import { RC } from '../codes';
import type { RongCloudEngine } from './engine';

/**
 * A request the device makes to the cloud and whose answer it waits for (pin, DND, quiet hours, push
 * preferences, read sync): carried over the device's link both ways, so a link that is down or drops
 * fails it as a send would (30002 / 30003). `apply` runs on the cloud side and returns the cloud's code;
 * `done` runs back on the device with the final code. Planned faults (`world.server.failNext(operation)`)
 * answer instead of `apply`.
 */
export function settingsRequest(engine: RongCloudEngine, operation: string, apply: (cloud: Cloud, userId: string) => number, done: (code: number) => void): void {
  if (!engine.hasStore) {
    done(RC.CLIENT_NOT_INIT);
    return;
  }
  if (!engine.connected) {
    done(RC.NETWORK_UNAVAILABLE);
    return;
  }
  const { cloud, network } = engine.host;
  const userId = engine.userId;
  const sent = network.carry(
    () => {
      let code: number;
      if (!cloud.sessions.isOnline(engine)) code = RC.CHANNEL_INVALID;
      else code = cloud.faults.take(operation, userId) ?? apply(cloud, userId);
      const back = network.carry(() => done(code), () => done(RC.MSG_RESPONSE_TIMEOUT));
      if (!back) done(RC.MSG_RESPONSE_TIMEOUT);
    },
    // Lost to packet loss: noticed at the ack timeout (30003); a cut link: 30002.
    (reason) => done(reason === 'dropped' ? RC.MSG_RESPONSE_TIMEOUT : RC.NETWORK_UNAVAILABLE),
  );
  if (!sent) done(RC.NETWORK_UNAVAILABLE);
}
