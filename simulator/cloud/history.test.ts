import { ConversationType } from '../rongcloud/enums';
import { newMessage, type Message } from '../rongcloud/message';
import { ServerHistory } from './history';

function message(uid: string, text: string): Message {
  const m = newMessage({ conversationType: ConversationType.PRIVATE, messageType: 2, targetId: 'bob', messageUId: uid }, false, null);
  m.text = text;
  return m;
}

describe('ServerHistory', () => {
  const key = ServerHistory.key(ConversationType.PRIVATE, 'alice', 'bob', '');

  test('one key per private pair, whoever sends', () => {
    expect(ServerHistory.key(ConversationType.PRIVATE, 'bob', 'alice', '')).toBe(key);
    expect(ServerHistory.key(ConversationType.GROUP, 'alice', 'g1', '')).toBe('2|g1|');
    expect(ServerHistory.key(ConversationType.GROUP, 'alice', 'g2', '')).toBe('2|g2|');
    expect(ServerHistory.key(ConversationType.GROUP, 'alice', 'g2', 'c1')).toBe('2|g2|c1');
    expect(ServerHistory.key(ConversationType.PRIVATE, 'bob', 'alice', '')).toBe(key);
  });

  test('finds every message by UId however look-ups and adds interleave (the UId index is built lazily)', () => {
    const history = new ServerHistory();
    for (let i = 0; i < 5; i++) history.add(key, message(`u${i}`, `m${i}`));
    expect(history.size()).toBe(5);
    expect(history.get('u3')?.text).toBe('m3');
    for (let i = 5; i < 10; i++) history.add(key, message(`u${i}`, `m${i}`));
    expect(history.get('u0')?.text).toBe('m0');
    expect(history.get('u9')?.text).toBe('m9');
    expect(history.get('missing')).toBeUndefined();
    expect(history.size()).toBe(10);
    expect(history.conversation(key).map((m) => m.messageUId)).toEqual(Array.from({ length: 10 }, (_, i) => `u${i}`));
  });

  test('remove and replace see messages added since the last look-up', () => {
    const history = new ServerHistory();
    history.add(key, message('a', 'first'));
    history.add(key, message('b', 'second'));
    history.remove('a');
    expect(history.get('a')).toBeUndefined();
    history.add(key, message('c', 'third'));
    history.replace('c', message('c', 'recalled'));
    expect(history.get('c')?.text).toBe('recalled');
    expect(history.conversation(key).map((m) => m.text)).toEqual(['second', 'recalled']);
    expect(history.size()).toBe(2);
  });
});
