/**
 * Sends a message and retries the failures that pass by themselves: 20604 (more than 5 sends in a
 * second) and 30002 (no network), with exponential back-off. A retry resends the failed message itself
 * (same messageId), so the conversation never shows the message twice.
 */
import type { Engine, RCIMIWMessage } from './im';

export const SEND_MSG_FREQUENCY_OVERRUN = 20604;
export const NETWORK_UNAVAILABLE = 30002;

export interface RetryOptions {
  /** How the app waits: `setTimeout` in the app, the virtual clock in tests. */
  sleep(ms: number): Promise<void>;
  /** Sends in all, the first included (default 4). */
  attempts?: number;
  /** Wait before the first retry; doubles each time (default 1000 ms). */
  baseDelayMs?: number;
  retryOn?: readonly number[];
}

export interface SendOutcome {
  /** 0, or the last failure code (an immediate non-zero code of sendMessage included). */
  code: number;
  message?: RCIMIWMessage;
  attempts: number;
}

export async function sendWithRetry(engine: Engine, message: RCIMIWMessage, options: RetryOptions): Promise<SendOutcome> {
  const attempts = options.attempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const retryOn = options.retryOn ?? [SEND_MSG_FREQUENCY_OVERRUN, NETWORK_UNAVAILABLE];
  let current = message;
  for (let attempt = 1; ; attempt++) {
    const { code, message: sent } = await sendOnce(engine, current);
    if (code === 0 || !retryOn.includes(code) || attempt >= attempts) return { code, message: sent, attempts: attempt };
    current = sent ?? current;
    await options.sleep(baseDelayMs * 2 ** (attempt - 1));
  }
}

function sendOnce(engine: Engine, message: RCIMIWMessage): Promise<{ code: number; message?: RCIMIWMessage }> {
  return new Promise((resolve, reject) => {
    engine
      .sendMessage(message, { onMessageSent: (code, sent) => resolve({ code, message: sent }) })
      // A non-zero immediate code means no callback will come.
      .then((code) => code !== 0 && resolve({ code }), reject);
  });
}
