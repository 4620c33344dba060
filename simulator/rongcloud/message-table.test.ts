import { blankMessage } from './message';
import { MessageTable } from './message-table';

const row = (id: number) => ({ ...blankMessage(1, 'bob', '', 1), messageId: id });

describe('MessageTable', () => {
  it('keeps rows by id, counts them and lists them in id order', () => {
    const table = new MessageTable();
    const a = row(1);
    const c = row(3);
    table.set(3, c).set(1, a);
    expect(table.size).toBe(2);
    expect(table.get(1)).toBe(a);
    expect(table.get(2)).toBeUndefined();
    expect(table.has(3)).toBe(true);
    expect([...table.values()].map((m) => m.messageId)).toEqual([1, 3]);
  });

  it('deletes a row once, and replacing a row does not count it twice', () => {
    const table = new MessageTable();
    table.set(1, row(1));
    table.set(1, row(1));
    expect(table.size).toBe(1);
    expect(table.delete(1)).toBe(true);
    expect(table.delete(1)).toBe(false);
    expect(table.size).toBe(0);
    expect([...table.values()]).toEqual([]);
  });

  it('answers nothing for ids that can never exist and refuses to store under them', () => {
    const table = new MessageTable();
    for (const id of [0, -1, 1.5, Number.NaN]) {
      expect(table.get(id)).toBeUndefined();
      expect(table.delete(id)).toBe(false);
      expect(() => table.set(id, row(1))).toThrow(RangeError);
    }
    expect(table.size).toBe(0);
  });
});
