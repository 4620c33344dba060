import { conversationKey } from './local-store';

describe('conversationKey', () => {
  test('one key per conversation, whatever order they are asked in (the last key is remembered)', () => {
    expect(conversationKey(1, 'bob', '')).toBe('1|bob|');
    expect(conversationKey(1, 'bob', '')).toBe('1|bob|');
    expect(conversationKey(2, 'bob', '')).toBe('2|bob|');
    expect(conversationKey(2, 'bob', 'c1')).toBe('2|bob|c1');
    expect(conversationKey(2, 'carol', 'c1')).toBe('2|carol|c1');
    // A missing channel is the default channel.
    expect(conversationKey(2, 'carol', null)).toBe('2|carol|');
    expect(conversationKey(2, 'carol', undefined)).toBe('2|carol|');
    expect(conversationKey(1, 'bob', '')).toBe('1|bob|');
  });
});
