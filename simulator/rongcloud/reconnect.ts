/**
 * The SDK's reconnect back-off (seed 004 L714): wait 0, 0.25, 0.5, 1, 2, 4, 8, 16, 32 seconds between
 * attempts, then 64 seconds forever. Each delay runs from the previous attempt's failure.
 */
export const reconnectDelaysMs: readonly number[] = [0, 250, 500, 1000, 2000, 4000, 8000, 16000, 32000];
export const reconnectSteadyDelayMs = 64000;

export function reconnectDelay(attemptIndex: number): number {
  return attemptIndex < reconnectDelaysMs.length ? reconnectDelaysMs[attemptIndex] : reconnectSteadyDelayMs;
}
