import type { SendOptions, SendResult } from '../cloud/cloud';
import type { Device } from '../device/device';
import { ConversationType } from '../rongcloud/enums';
import type { Message } from '../rongcloud/message';
import type { World } from '../world';

/** A message the cloud accepted, with who should get it by the delivery rules, fixed when it was accepted. */
export interface Accepted {
  readonly uid: string;
  readonly senderId: string;
  readonly conversationType: number;
  readonly targetId: string;
  readonly at: number;
  /**
   * Recipient users and their devices online (on the cloud) when it was accepted: each of those gets it
   * exactly once; a recipient with none gets it exactly once on one device (the next to log in).
   * Null for chatrooms, whose messages go live to present devices only and are checked apart.
   */
  readonly recipients: ReadonlyMap<string, readonly string[]> | null;
}

export interface Reception {
  readonly deviceId: string;
  readonly userId: string;
  readonly uid: string;
  /** RECALL (8) when what arrived is the recall notice that replaced a message (it keeps the UId). */
  readonly messageType: number;
  readonly conversationType: number;
  readonly targetId: string;
  readonly senderUserId: string;
  readonly sentTime: number;
  readonly at: number;
}

export interface SendReport {
  readonly eventId: string;
  readonly deviceId: string;
  readonly userId: string;
  readonly code: number;
  readonly uid: string;
}

/**
 * Records what the invariants are checked against: every message the cloud accepted (by wrapping
 * `cloud.send`, so it sees the request as the engine made it), everything devices report to JS, and the
 * virtual time of each. It only observes: it never changes what the simulator does.
 */
export class DeliveryObserver {
  readonly accepted: Accepted[] = [];
  readonly receptions: Reception[] = [];
  readonly reports: SendReport[] = [];
  /** Times seen, in the order seen (the clock must never run backwards). */
  readonly times: number[] = [];

  constructor(readonly world: World) {
    const cloud = world.cloud;
    const send = cloud.send;
    cloud.send = (client, senderId, message, options?: SendOptions, ...rest: unknown[]): SendResult => {
      const recipients = this.recipientsOf(senderId, message, options ?? {});
      const result = (send as (...args: unknown[]) => SendResult).call(cloud, client, senderId, message, options, ...rest);
      if (result.code === 0 && result.message) {
        this.accepted.push({ uid: result.message.messageUId, senderId, conversationType: message.conversationType, targetId: message.targetId, at: this.now(), recipients });
      }
      return result;
    };
  }

  private now(): number {
    const t = this.world.clock.now();
    this.times.push(t);
    return t;
  }

  private recipientsOf(senderId: string, message: Message, options: SendOptions): Map<string, string[]> | null {
    const users: string[] = [];
    switch (message.conversationType) {
      case ConversationType.PRIVATE:
      case ConversationType.SYSTEM:
        users.push(message.targetId);
        break;
      case ConversationType.GROUP: {
        const members = this.world.server.groupMembers(message.targetId).filter((id) => id !== senderId);
        users.push(...(options.designatedUserIds ? members.filter((id) => options.designatedUserIds!.includes(id)) : members));
        break;
      }
      default:
        return null;
    }
    return new Map(users.map((userId) => [userId, this.world.server.sessionsOf(userId)]));
  }

  /** Starts recording a device's receptions and send reports. */
  attach(device: Device): void {
    device.rn.emitter.addListener('IRCIMIWListener:onMessageReceived', (data: { message: Message }) => {
      const m = data.message;
      this.receptions.push({
        deviceId: device.id, userId: device.userId, uid: m.messageUId, messageType: m.messageType, conversationType: m.conversationType, targetId: m.targetId,
        senderUserId: m.senderUserId, sentTime: m.sentTime, at: this.now(),
      });
    });
    for (const name of ['SendMessage:onMessageSent', 'SendGroupMessageToDesignatedUsers:onMessageSent']) {
      device.rn.emitter.addListener(name, (data: { eventId: string; code: number; message: Message }) => {
        this.reports.push({ eventId: data.eventId, deviceId: device.id, userId: device.userId, code: data.code, uid: data.message?.messageUId ?? '' });
        this.now();
      });
    }
  }
}
