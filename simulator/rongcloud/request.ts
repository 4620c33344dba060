import { RC } from '../codes';
import type { RongCloudEngine } from './engine';

/** What the cloud answers to a request: a code and, on success, a value. */
export interface Answer<T = undefined> {
  code: number;
  value?: T;
}

/**
 * A request to the cloud over the device's link, as IMLib makes for history, recall, receipts,
 * expansion and blacklist operations: refused at once when not connected (30002), `op` runs on the cloud
 * side when the request lands (a planned `failNext(operation)` answers instead), and the answer travels
 * back. A request cut on the way out (link down) is 30002; one lost to packet loss is 30003 at the ack
 * timeout; an answer lost on the way back is 30003 (the cloud has done the work, as on a real device whose
 * answer timed out).
 */
export function cloudRequest<T>(engine: RongCloudEngine, operation: string, op: () => Answer<T>, done: (answer: Answer<T>) => void): void {
  if (!engine.connected) {
    done({ code: RC.NETWORK_UNAVAILABLE });
    return;
  }
  const { cloud, network } = engine.host;
  const userId = engine.userId;
  const answered = done;
  // A destroyed engine reports nothing more, whatever the cloud did.
  done = (answer) => {
    if (!engine.isDestroyed) answered(answer);
  };
  const sent = network.carry(
    () => {
      let answer: Answer<T>;
      if (!cloud.sessions.isOnline(engine)) answer = { code: RC.CHANNEL_INVALID };
      else {
        const planned = cloud.faults.take(operation, userId);
        answer = planned !== null ? { code: planned } : op();
      }
      const back = network.carry(
        () => done(answer),
        () => done({ code: RC.MSG_RESPONSE_TIMEOUT }),
      );
      if (!back) done({ code: RC.MSG_RESPONSE_TIMEOUT });
    },
    // Lost to packet loss: noticed at the ack timeout (30003); a cut link: 30002.
    (reason) => done({ code: reason === 'dropped' ? RC.MSG_RESPONSE_TIMEOUT : RC.NETWORK_UNAVAILABLE }),
  );
  if (!sent) done({ code: RC.NETWORK_UNAVAILABLE });
}
