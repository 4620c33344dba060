/** Promise helpers over the wrapper's callback style, for tests. */
import type { Engine, RCIMIWMessage } from '../src/im';

export function connect(engine: Engine, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    engine.connect(token, 0, { onConnected: (code) => resolve(code) }).catch(reject);
  });
}

export async function text(engine: Engine, type: number, targetId: string, body: string): Promise<RCIMIWMessage> {
  return engine.createTextMessage(type, targetId, '', body);
}

export function send(engine: Engine, message: RCIMIWMessage): Promise<number> {
  return new Promise((resolve, reject) => {
    engine.sendMessage(message, { onMessageSent: (code) => resolve(code) }).catch(reject);
  });
}
