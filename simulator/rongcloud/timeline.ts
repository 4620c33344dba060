import { TimeOrder } from './enums';
import type { Message } from './message';

/**
 * Binary searches over a timeline sorted by sentTime (local timelines and server history both are), so a
 * page costs O(log n + count) even over a million messages.
 */

/** First index whose sentTime is >= t. */
export function firstAtOrAfter(list: readonly Message[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].sentTime < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose sentTime is > t. */
export function firstAfter(list: readonly Message[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].sentTime <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface PageWindow {
  /** BEFORE: older than sentTime (0 = from the newest), newest first; AFTER: newer than sentTime, oldest first. */
  sentTime: number;
  order: number;
  count: number;
}

/**
 * Walks one page of `list` in the order the SDK returns it, keeping the items `keep` accepts, until
 * `count` are found. `floor` hides everything at or before that time (a remote clear).
 */
export function pageOf(list: readonly Message[], window: PageWindow, keep: (m: Message) => boolean = () => true, floor = -Infinity): Message[] {
  const out: Message[] = [];
  if (window.order === TimeOrder.AFTER) {
    for (let i = firstAfter(list, Math.max(window.sentTime, floor)); i < list.length && out.length < window.count; i++) {
      if (keep(list[i])) out.push(list[i]);
    }
  } else {
    const end = window.sentTime > 0 ? firstAtOrAfter(list, window.sentTime) : list.length;
    for (let i = end - 1; i >= 0 && out.length < window.count && list[i].sentTime > floor; i--) {
      if (keep(list[i])) out.push(list[i]);
    }
  }
  return out;
}
