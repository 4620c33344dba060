/**
 * The baseline a user pays nothing for: a hand-rolled `jest.fn`-style native stub that answers 0 and echoes
 * the callbacks at once, with no rules, no cloud and no second device. What imsim costs is its ratio to this.
 */
type Handler = (data: any) => void;

export function createStubNative() {
  const handlers = new Map<string, Set<Handler>>();
  const emit = (name: string, data: unknown) => handlers.get(name)?.forEach((h) => h(data));
  let nextId = 1;
  const emitter = {
    addListener(name: string, fn: Handler) {
      let set = handlers.get(name);
      if (!set) handlers.set(name, (set = new Set()));
      set.add(fn);
      return { remove: () => set!.delete(fn) };
    },
    removeAllListeners(name: string) {
      handlers.delete(name);
    },
  };
  const native = {
    create: () => undefined,
    connect: (_token: string, _timeout: number, eventId: string) => {
      Promise.resolve().then(() => {
        emit('Connect:onDatabaseOpened', { eventId, code: 0 });
        emit('Connect:onConnected', { eventId, code: 0, userId: 'stub' });
      });
      return Promise.resolve(0);
    },
    sendMessage: (message: Record<string, unknown>, eventId: string) => {
      Promise.resolve().then(() => {
        const saved = { ...message, messageId: nextId++ };
        emit('SendMessage:onMessageSaved', { eventId, message: saved });
        emit('SendMessage:onMessageSent', { eventId, code: 0, message: { ...saved, sentStatus: 2 } });
      });
      return Promise.resolve(0);
    },
  };
  return { native, emitter };
}
