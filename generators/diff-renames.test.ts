import { pairRenames, wordSimilarity } from './diff-renames';

describe('rename guesses', () => {
  it('scores names by shared camelCase words, ignoring order', () => {
    expect(wordSimilarity('loadAllChatRoomEntries', 'loadChatRoomAllEntries')).toBe(1);
    expect(wordSimilarity('removeUltraGroupMessageExpansion', 'removeUltraGroupMessageExpansionForKeys')).toBeCloseTo(10 / 12);
    expect(wordSimilarity('connect', 'disconnect')).toBe(0);
    expect(wordSimilarity('getURLInfo', 'getUrlInfo')).toBe(1);
  });

  it('pairs each removed name with at most one added name, best match first', () => {
    const pairs = pairRenames(
      [
        { name: 'loadAllChatRoomEntries', shape: 'string' },
        { name: 'deleteThing', shape: 'number' },
      ],
      [
        { name: 'loadChatRoomAllEntries', shape: 'string' },
        { name: 'loadChatRoomEntries', shape: 'string' },
        { name: 'somethingElse', shape: 'number' },
      ],
    );
    expect([...pairs]).toEqual([['loadAllChatRoomEntries', 'loadChatRoomAllEntries']]);
  });

  it('needs the same shape for a weaker name match, and uses the comparison key when given', () => {
    expect(pairRenames([{ name: 'sendA', shape: 'x' }], [{ name: 'sendB', shape: 'x' }]).get('sendA')).toBe('sendB');
    expect(pairRenames([{ name: 'sendA', shape: 'x' }], [{ name: 'sendB', shape: 'y' }]).size).toBe(0);
    const listeners = pairRenames(
      [{ name: 'setOnChatRoomJoinedListener', key: 'ChatRoomJoined', shape: 's' }],
      [{ name: 'setOnMessageClearedListener', key: 'MessageCleared', shape: 's' }],
    );
    expect(listeners.size).toBe(0);
  });
});
