import { MessageType } from './enums';
import type { ConversationRef } from './history';
import type { LocalStore } from './local-store';
import type { Message } from './message';
import { firstAfter, firstAtOrAfter } from './timeline';

/** Search results per call (seed 004 L2109, L2186, L2267: 0 < count <= 50). */
export const MAX_SEARCH_COUNT = 50;

/**
 * The words a message can be found by: the text of text and reference messages, a file's name, a
 * location's POI name. Media, custom and notification messages carry no searchable text.
 */
export function searchableText(m: Message): string {
  switch (m.messageType) {
    case MessageType.TEXT:
    case MessageType.REFERENCE:
      return typeof m.text === 'string' ? m.text : '';
    case MessageType.FILE:
      return typeof m.name === 'string' ? m.name : '';
    case MessageType.LOCATION:
      return typeof m.poiName === 'string' ? m.poiName : '';
    default:
      return '';
  }
}

/** SQLite LIKE, which IMLib's local search uses, ignores ASCII case only. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export function matchesKeyword(m: Message, keyword: string): boolean {
  const text = searchableText(m);
  return text.length > 0 && asciiLower(text).includes(asciiLower(keyword));
}

/** Before `startTime` (0: from the newest): the end index of the part of a timeline to search. */
function endBefore(timeline: readonly Message[], startTime: number): number {
  return startTime > 0 ? firstAtOrAfter(timeline, startTime) : timeline.length;
}

/** Newest first from index `end` down, the first `count` that match, stopping below `floor`. */
function searchBackwards(timeline: readonly Message[], end: number, count: number, match: (m: Message) => boolean, floor = -Infinity): Message[] {
  const out: Message[] = [];
  for (let i = end - 1; i >= 0 && out.length < count && timeline[i].sentTime >= floor; i--) {
    if (match(timeline[i])) out.push(timeline[i]);
  }
  return out;
}

/** `searchMessages`: messages of one conversation containing `keyword`, sent before `startTime` (0: newest). */
export function searchByKeyword(store: LocalStore, ref: ConversationRef, keyword: string, startTime: number, count: number): Message[] {
  const timeline = store.timeline(ref.conversationType, ref.targetId, ref.channelId);
  return searchBackwards(timeline, endBefore(timeline, startTime), count, (m) => matchesKeyword(m, keyword));
}

/**
 * `searchMessagesByTimeRange`: matches sent within [startTime, endTime], newest first, skipping the
 * first `offset` matches (paging).
 */
export function searchByTimeRange(store: LocalStore, ref: ConversationRef, keyword: string, startTime: number, endTime: number, offset: number, count: number): Message[] {
  const timeline = store.timeline(ref.conversationType, ref.targetId, ref.channelId);
  const matches = searchBackwards(timeline, firstAfter(timeline, endTime), offset + count, (m) => matchesKeyword(m, keyword), startTime);
  return matches.slice(offset);
}

/** `searchMessagesByUserId`: messages of one conversation sent by `userId`, before `startTime` (0: newest). */
export function searchBySender(store: LocalStore, ref: ConversationRef, userId: string, startTime: number, count: number): Message[] {
  const timeline = store.timeline(ref.conversationType, ref.targetId, ref.channelId);
  return searchBackwards(timeline, endBefore(timeline, startTime), count, (m) => m.senderUserId === userId);
}
