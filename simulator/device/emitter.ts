/**
 * The event emitter a simulated device hands to JS: the subset of React Native's DeviceEventEmitter /
 * NativeEventEmitter that wrappers use, plus `listenerCount` and `emit` for tests and the facade.
 */
export interface Subscription {
  remove(): void;
}

type Handler = (data: any) => void;

export class DeviceEmitter {
  private readonly handlers = new Map<string, Set<{ fn: Handler }>>();
  private readonly taps = new Set<(eventName: string, data: unknown) => void>();

  constructor(private readonly onHandlerError: (error: unknown, eventName: string) => void = (e) => { throw e; }) {}

  addListener(eventName: string, handler: Handler, _context?: unknown): Subscription {
    if (typeof eventName !== 'string') throw new TypeError('addListener(eventName, handler): eventName must be a string');
    if (typeof handler !== 'function') throw new TypeError('addListener(eventName, handler): handler must be a function');
    const entry = { fn: handler };
    let set = this.handlers.get(eventName);
    if (!set) this.handlers.set(eventName, (set = new Set()));
    set.add(entry);
    let removed = false;
    return {
      remove: () => {
        if (removed) return;
        removed = true;
        const current = this.handlers.get(eventName);
        current?.delete(entry);
        if (current && current.size === 0) this.handlers.delete(eventName);
      },
    };
  }

  /** Older React Native API, still called by some code. */
  removeListener(eventName: string, handler: Handler): void {
    const set = this.handlers.get(eventName);
    if (!set) return;
    for (const entry of set) if (entry.fn === handler) set.delete(entry);
    if (set.size === 0) this.handlers.delete(eventName);
  }

  removeAllListeners(eventName?: string): void {
    if (eventName === undefined) this.handlers.clear();
    else this.handlers.delete(eventName);
  }

  listenerCount(eventName: string): number {
    return this.handlers.get(eventName)?.size ?? 0;
  }

  /** Names with at least one subscriber, sorted. */
  eventNames(): string[] {
    return [...this.handlers.keys()].sort();
  }

  /** Total subscriptions across all names (leak checks). */
  totalListenerCount(): number {
    let n = 0;
    for (const set of this.handlers.values()) n += set.size;
    return n;
  }

  /**
   * Sees every emitted event, listened to or not: integrations forward them to another emitter (the
   * `react-native` jest preset's DeviceEventEmitter). Tap errors are reported like handler errors.
   */
  tap(fn: (eventName: string, data: unknown) => void): Subscription {
    const own = (eventName: string, data: unknown) => fn(eventName, data);
    this.taps.add(own);
    return { remove: () => void this.taps.delete(own) };
  }

  private call(fn: Handler, data: unknown, eventName: string): void {
    try {
      fn(data);
    } catch (error) {
      this.onHandlerError(error, eventName);
    }
  }

  emit(eventName: string, data?: unknown): void {
    const set = this.handlers.get(eventName);
    if (set && set.size === 1) {
      // The common case, without the copy below.
      for (const entry of set) this.call(entry.fn, data, eventName);
    } else if (set) {
      // Copy first: handlers remove themselves while we iterate.
      for (const entry of [...set]) this.call(entry.fn, data, eventName);
    }
    if (this.taps.size === 0) return;
    for (const tap of [...this.taps]) {
      try {
        tap(eventName, data);
      } catch (error) {
        this.onHandlerError(error, eventName);
      }
    }
  }
}
