import { ask, L, people, PRIVATE, sendTexts } from '../../testing/history';
import { record } from '../../testing/rn';

async function chat() {
  const ctx = await people(['alice', 'bob']);
  const a = await sendTexts(ctx.world, ctx.alice, PRIVATE, 'bob', ['Lunch today?', 'lunch at noon', 'dinner']);
  const b = await sendTexts(ctx.world, ctx.bob, PRIVATE, 'alice', ['LUNCH sounds good', 'see you']);
  return { ...ctx, a, b };
}

const textsOf = (r: any) => r.onSuccess.t.map((m: any) => m.text);

describe('RN native: local message search', () => {
  test('searchMessages finds the keyword (ASCII case ignored), newest first, before startTime (0: from the newest), up to count', async () => {
    const { world, alice, a } = await chat();
    expect(textsOf(await ask(world, alice, 'searchMessages', [PRIVATE, 'bob', '', 'lunch', 0, 50]))).toEqual(['LUNCH sounds good', 'lunch at noon', 'Lunch today?']);
    expect(textsOf(await ask(world, alice, 'searchMessages', [PRIVATE, 'bob', '', 'lunch', 0, 2]))).toEqual(['LUNCH sounds good', 'lunch at noon']);
    expect(textsOf(await ask(world, alice, 'searchMessages', [PRIVATE, 'bob', '', 'lunch', a[1].sentTime, 50]))).toEqual(['Lunch today?']);
    expect(textsOf(await ask(world, alice, 'searchMessages', [PRIVATE, 'bob', '', 'breakfast', 0, 50]))).toEqual([]);
  });

  test('searchMessagesByTimeRange keeps [startTime, endTime] and pages with offset', async () => {
    const { world, alice, a, b } = await chat();
    const all = await ask(world, alice, 'searchMessagesByTimeRange', [PRIVATE, 'bob', '', 'lunch', a[1].sentTime, b[0].sentTime, 0, 50]);
    expect(textsOf(all)).toEqual(['LUNCH sounds good', 'lunch at noon']);
    const second = await ask(world, alice, 'searchMessagesByTimeRange', [PRIVATE, 'bob', '', 'lunch', 0, b[1].sentTime, 1, 1]);
    expect(textsOf(second)).toEqual(['lunch at noon']);
  });

  test('searchMessagesByUserId finds a sender\'s messages, newest first', async () => {
    const { world, alice, b } = await chat();
    expect(textsOf(await ask(world, alice, 'searchMessagesByUserId', ['bob', PRIVATE, 'bob', '', 0, 50]))).toEqual(['see you', 'LUNCH sounds good']);
    expect(textsOf(await ask(world, alice, 'searchMessagesByUserId', ['alice', PRIVATE, 'bob', '', b[0].sentTime, 1]))).toEqual(['dinner']);
  });

  test.each([
    ['searchMessages', [1, 'bob', '', '', 0, 10]],
    ['searchMessages', [1, 'bob', '', 'x', 0, 51]],
    ['searchMessages', [1, 'bob', '', 'x', 0, 0]],
    ['searchMessages', [0, 'bob', '', 'x', 0, 10]],
    ['searchMessages', [1, 'bob', '', 'x', -1, 10]],
    ['searchMessagesByTimeRange', [1, 'bob', '', 'x', 10, 5, 0, 10]],
    ['searchMessagesByTimeRange', [1, 'bob', '', 'x', 0, 5, -1, 10]],
    ['searchMessagesByUserId', ['', 1, 'bob', '', 0, 10]],
    ['searchMessagesByUserId', ['bob', 1, '', '', 0, 10]],
  ])('%s %j is -101', async (method, args) => {
    const { world, alice } = await people(['alice']);
    expect(await ask(world, alice, method, args)).toEqual({ code: -101, onSuccess: undefined, onError: undefined });
  });

  test('legacy wrappers hear onMessagesSearched… with every argument echoed', async () => {
    const { world, alice } = await chat();
    const events = record(alice, [L('onMessagesSearched'), L('onMessagesSearchedByTimeRange'), L('onMessagesSearchedByUserId')]);
    await alice.rn.native.searchMessages(PRIVATE, 'bob', '', 'dinner', 0, 5);
    await alice.rn.native.searchMessagesByTimeRange(PRIVATE, 'bob', '', 'dinner', 0, 1e15, 0, 5);
    await alice.rn.native.searchMessagesByUserId('alice', PRIVATE, 'bob', '', 0, 1);
    await world.settle();
    const [one, two, three] = events.map((e) => ({ ...e.data, messages: e.data.messages.map((m: any) => m.text) }));
    expect(one).toEqual({ code: 0, type: PRIVATE, targetId: 'bob', channelId: '', keyword: 'dinner', startTime: 0, count: 5, messages: ['dinner'] });
    expect(two).toEqual({ code: 0, type: PRIVATE, targetId: 'bob', channelId: '', keyword: 'dinner', startTime: 0, endTime: 1e15, offset: 0, count: 5, messages: ['dinner'] });
    expect(three).toEqual({ code: 0, userId: 'alice', type: PRIVATE, targetId: 'bob', channelId: '', startTime: 0, count: 1, messages: ['dinner'] });
  });
});
