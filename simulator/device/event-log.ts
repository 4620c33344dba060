/**
 * A device's readable record of everything that crossed its boundary: native calls and their immediate
 * results, events emitted to JS, network and cloud happenings. A failing test prints `format()`.
 */
export type LogKind = 'call' | 'result' | 'reject' | 'event' | 'net' | 'cloud' | 'fault' | 'note';

export interface LogEntry {
  readonly seq: number;
  readonly time: number;
  readonly kind: LogKind;
  readonly name: string;
  readonly data?: unknown;
}

export class EventLog {
  private readonly entries: LogEntry[] = [];
  private dropped = 0;
  private seq = 0;

  constructor(private readonly label: () => string, private readonly clock: () => number, private readonly limit: number) {}

  add(kind: LogKind, name: string, data?: unknown): void {
    this.entries.push({ seq: ++this.seq, time: this.clock(), kind, name, data });
    if (this.entries.length > this.limit) {
      // Keep the newest entries; a cap keeps million-message runs from holding every payload.
      const cut = Math.ceil(this.limit / 10);
      this.entries.splice(0, cut);
      this.dropped += cut;
    }
  }

  all(): readonly LogEntry[] {
    return this.entries;
  }

  /** Entries of one kind, optionally only those whose name matches. */
  filter(kind?: LogKind, name?: string | RegExp): LogEntry[] {
    if (kind !== undefined && kind !== null && typeof kind !== 'string') throw new TypeError('log.filter(kind, name): kind must be a log kind such as "event"');
    if (name !== undefined && name !== null && typeof name !== 'string' && Object.prototype.toString.call(name) !== '[object RegExp]') {
      throw new TypeError('log.filter(kind, name): name must be a string or a RegExp');
    }
    return this.entries.filter(
      (e) => (!kind || e.kind === kind) && (!name || (typeof name === 'string' ? e.name === name : name.test(e.name))),
    );
  }

  /** Events emitted to JS with the given name, as payloads. */
  events(name: string): unknown[] {
    if (typeof name !== 'string') throw new TypeError('log.events(name): name must be an event name such as "IRCIMIWListener:onMessageReceived"');
    return this.entries.filter((e) => e.kind === 'event' && e.name === name).map((e) => e.data);
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** One line per entry: `[   1.250s] android-1(alice) event IRCIMIWListener:onConnectionStatusChanged {"status":1}`. */
  format(options: { last?: number } = {}): string {
    if (options === null || typeof options !== 'object') throw new TypeError('log.format(options): options must be an object like { last: 20 }');
    const last = options.last;
    if (last !== undefined && !(Number.isInteger(last) && last >= 0)) throw new RangeError('log.format({ last }): last must be a whole number of entries >= 0');
    const list = last ? this.entries.slice(-last) : this.entries;
    const head = this.dropped ? [`(${this.dropped} older entries dropped)`] : [];
    return head
      .concat(list.map((e) => `[${(e.time / 1000).toFixed(3).padStart(10)}s] ${this.label()} ${e.kind.padEnd(6)} ${e.name}${e.data === undefined ? '' : ' ' + safeJson(e.data)}`))
      .join('\n');
  }

  /** A plain, JSON-safe copy for determinism comparisons and snapshots. */
  toJSON(): Array<{ time: number; kind: LogKind; name: string; data?: unknown }> {
    return this.entries.map(({ time, kind, name, data }) => ({ time, kind, name, data: data === undefined ? undefined : JSON.parse(safeJson(data)) }));
  }
}

function safeJson(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v));
    return text === undefined ? String(value) : text.length > 2000 ? text.slice(0, 2000) + '…' : text;
  } catch {
    return '[unserialisable]';
  }
}
