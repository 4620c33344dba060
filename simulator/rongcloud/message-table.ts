import type { Message } from './message';

/**
 * A local database's rows by local message id. Ids are handed out densely from 1, so the rows live in an
 * array indexed by id: on the send and receive path this is several times cheaper than a Map of a
 * hundred thousand rows (no hashing, no rehash of a growing table). The interface is the part of Map the
 * engine uses.
 */
export class MessageTable {
  private readonly rows: Array<Message | undefined> = [undefined];
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(messageId: number): Message | undefined {
    return Number.isInteger(messageId) && messageId > 0 ? this.rows[messageId] : undefined;
  }

  has(messageId: number): boolean {
    return this.get(messageId) !== undefined;
  }

  set(messageId: number, row: Message): this {
    if (!Number.isInteger(messageId) || messageId <= 0) throw new RangeError(`message ids start at 1, got ${messageId}`);
    // Fill any gap with explicit undefined so the array stays packed (a hole would make it a dictionary).
    while (this.rows.length < messageId) this.rows.push(undefined);
    if (this.rows[messageId] === undefined) this.count++;
    this.rows[messageId] = row;
    return this;
  }

  delete(messageId: number): boolean {
    if (this.get(messageId) === undefined) return false;
    this.rows[messageId] = undefined;
    this.count--;
    return true;
  }

  /** Rows in id order. */
  *values(): IterableIterator<Message> {
    for (let id = 1; id < this.rows.length; id++) {
      const row = this.rows[id];
      if (row !== undefined) yield row;
    }
  }
}
