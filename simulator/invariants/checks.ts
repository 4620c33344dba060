import { CHATROOMS_AREA, type ChatRooms } from '../cloud/chatrooms';
import { ConnectionStatus } from '../codes';
import { ConversationType, MessageType } from '../rongcloud/enums';
import { isUnreadCounted, mentionsUser } from '../rongcloud/local-store';
import type { Scenario } from './scenario';
import { ROOM } from './scenario';

/**
 * The invariants, checked once a scenario has healed. Each returns human-readable violations; none means
 * the property holds. Every one has a mutant simulator it catches (invariants.test.ts).
 */
export function violations(s: Scenario): string[] {
  return [...connectedAgain(s), ...uniqueUIds(s), ...deliveredExactlyOnce(s), ...nothingUnwanted(s), ...mutedSendsRefused(s), ...sendReports(s), ...unreadCounts(s), ...clockForward(s), ...kvOwnership(s)];
}

/** After every fault is lifted, every device is connected again (no device is stuck). */
export function connectedAgain({ devices }: Scenario): string[] {
  return devices.filter((d) => d.engine?.status !== ConnectionStatus.CONNECTED).map((d) => `${d.id} is not connected after healing (status ${String(d.engine?.status)})`);
}

/** The cloud never gives two messages one UId; no device stores two rows under one UId. */
export function uniqueUIds({ observer, devices }: Scenario): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const a of observer.accepted) {
    if (seen.has(a.uid)) out.push(`the cloud accepted two messages with UId ${a.uid}`);
    seen.add(a.uid);
  }
  for (const device of devices) {
    const store = device.engine?.hasStore ? device.engine.store : null;
    if (!store) continue;
    const uids = [...store.messages.values()].map((m) => m.messageUId).filter(Boolean);
    if (new Set(uids).size !== uids.length) out.push(`${device.id} stores ${uids.length - new Set(uids).size} duplicate UId row(s)`);
  }
  return out;
}

function countsByDevice(s: Scenario): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const r of s.observer.receptions) {
    // A recall notice stands in for a message that was recalled before it arrived: not a delivery of it.
    if (r.messageType === MessageType.RECALL) continue;
    let byDevice = counts.get(r.uid);
    if (!byDevice) counts.set(r.uid, (byDevice = new Map()));
    byDevice.set(r.deviceId, (byDevice.get(r.deviceId) ?? 0) + 1);
  }
  return counts;
}

/**
 * Each accepted message reaches each device of each recipient that was online when it was accepted
 * exactly once (and no other device of that user); a recipient with no device online gets it exactly once,
 * on one device. Chatroom messages reach a device at most once.
 */
export function deliveredExactlyOnce(s: Scenario): string[] {
  const out: string[] = [];
  const counts = countsByDevice(s);
  const devicesOf = (userId: string) => s.devices.filter((d) => d.userId === userId).map((d) => d.id);
  for (const a of s.observer.accepted) {
    const got = counts.get(a.uid) ?? new Map<string, number>();
    if (!a.recipients) {
      for (const [deviceId, n] of got) if (n > 1) out.push(`chatroom message ${a.uid} reached ${deviceId} ${n} times`);
      continue;
    }
    // A recalled message may never arrive where it had not arrived yet (only the recall notice does).
    const recalled = s.model.recalled.has(a.uid);
    for (const [userId, online] of a.recipients) {
      const mine = devicesOf(userId);
      if (online.length > 0) {
        for (const deviceId of mine) {
          const want = online.includes(deviceId) ? 1 : 0;
          const n = got.get(deviceId) ?? 0;
          if (recalled ? n > want : n !== want) out.push(`message ${a.uid} from ${a.senderId} reached ${deviceId} ${n} time(s), expected ${recalled ? 'at most ' : ''}${want} (online then: ${online.join(', ')})`);
        }
      } else {
        const total = mine.reduce((sum, id) => sum + (got.get(id) ?? 0), 0);
        if (recalled ? total > 1 : total !== 1) out.push(`message ${a.uid} from ${a.senderId} to offline ${userId} reached their devices ${total} time(s), expected ${recalled ? 'at most ' : ''}1`);
      }
    }
  }
  return out;
}

/** No device receives what it should not: unknown messages, other people's, a blocked sender's, a room it left. */
export function nothingUnwanted(s: Scenario): string[] {
  const out: string[] = [];
  const accepted = new Map(s.observer.accepted.map((a) => [a.uid, a]));
  for (const r of s.observer.receptions) {
    const a = accepted.get(r.uid);
    if (!a) {
      out.push(`${r.deviceId} received ${r.uid}, which the cloud never accepted`);
      continue;
    }
    if (r.conversationType === ConversationType.PRIVATE && s.model.blocked.has(`${r.userId}<-${r.senderUserId}`)) {
      out.push(`${r.deviceId} (${r.userId}) received ${r.uid} from ${r.senderUserId}, whom it blacklisted`);
    }
    if (a.recipients && !a.recipients.has(r.userId)) out.push(`${r.deviceId} (${r.userId}) received ${r.uid}, meant for ${[...a.recipients.keys()].join(', ') || 'nobody'}`);
    if (r.conversationType === ConversationType.CHATROOM) {
      const left = s.model.leftRoom.get(r.deviceId)?.find((span) => r.sentTime > span.from && r.sentTime < span.to);
      if (left) out.push(`${r.deviceId} received chatroom message ${r.uid} sent at ${r.sentTime}, after it left the room at ${left.from}`);
    }
  }
  return out;
}

/** The cloud accepts nothing a muted user sends where they are muted (group or chatroom). */
export function mutedSendsRefused({ observer, model }: Scenario): string[] {
  const out: string[] = [];
  observer.accepted.forEach((a, seq) => {
    const mute = model.mutes.find((m) => m.userId === a.senderId && m.targetId === a.targetId && seq >= m.fromSeq && seq < m.toSeq && a.at < m.until);
    if (mute) out.push(`the cloud accepted ${a.uid} from ${a.senderId} into ${a.targetId} at ${a.at}, while muted there (until ${mute.until})`);
  });
  return out;
}

/**
 * Every send is answered exactly once, and one reported successful (onMessageSent code 0) names a message
 * the cloud accepted from that user.
 */
export function sendReports(s: Scenario): string[] {
  const out: string[] = [];
  const accepted = new Map(s.observer.accepted.map((a) => [a.uid, a]));
  const answers = new Map<string, number>();
  for (const r of s.observer.reports) {
    answers.set(r.eventId, (answers.get(r.eventId) ?? 0) + 1);
    if (r.code === 0 && accepted.get(r.uid)?.senderId !== r.userId) out.push(`${r.deviceId} reported ${r.uid} sent, but the cloud accepted no such message from ${r.userId}`);
  }
  for (const id of s.model.sends) if (answers.get(id) !== 1) out.push(`send ${id} was answered ${answers.get(id) ?? 0} time(s)`);
  return out;
}

/** Each conversation's unread and mention counts equal the counted unread messages in the local store. */
export function unreadCounts({ devices }: Scenario): string[] {
  const out: string[] = [];
  for (const device of devices) {
    const store = device.engine?.hasStore ? device.engine.store : null;
    if (!store) continue;
    for (const [key, record] of store.conversations) {
      const timeline = store.timelines.get(key) ?? [];
      const unread = timeline.filter(isUnreadCounted);
      const mentioned = unread.filter((m) => mentionsUser(m, store.userId)).length;
      if (record.unreadCount !== unread.length || record.mentionedCount !== mentioned) {
        out.push(`${device.id} ${key}: unread ${record.unreadCount} / mentioned ${record.mentionedCount}, store holds ${unread.length} / ${mentioned}`);
      }
    }
  }
  return out;
}

/** The virtual clock never runs backwards: not in what the observer saw, not in any device log. */
export function clockForward({ observer, devices }: Scenario): string[] {
  const out: string[] = [];
  const backwards = (times: readonly number[]) => times.findIndex((t, i) => i > 0 && t < times[i - 1]);
  const at = backwards(observer.times);
  if (at >= 0) out.push(`the clock ran backwards: ${observer.times[at - 1]} then ${observer.times[at]}`);
  for (const device of devices) {
    const entries = device.log.all();
    const i = backwards(entries.map((e) => e.time));
    if (i >= 0) out.push(`${device.id}'s log runs backwards at "${entries[i].name}": ${entries[i - 1].time} then ${entries[i].time}`);
  }
  return out;
}

/** A KV key has one value and one owner, and that owner did try to set that value. */
export function kvOwnership({ world, model }: Scenario): string[] {
  const rooms = world.cloud.areas.get(CHATROOMS_AREA) as ChatRooms | undefined;
  const room = rooms?.rooms.get(ROOM);
  if (!room) return [];
  const out: string[] = [];
  const values = room.kv.snapshot();
  for (const [key, entry] of room.kv.entries) {
    if (values[key] !== entry.value) out.push(`KV ${key} has two values: ${values[key]} and ${entry.value}`);
    if (!model.kvWrites.some((w) => w.key === key && w.value === entry.value && w.userId === entry.setter)) {
      out.push(`KV ${key} = ${entry.value} is owned by ${entry.setter}, who never tried to set that value`);
    }
  }
  return out;
}
