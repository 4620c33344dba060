// Watches what reaches JS through an emitter, and which event was being delivered when a callback or a
// listener ran: that is how the harness tells "called for its own event" from "called for another call's".
import type { EmitterLike } from './types';

export interface SeenEvent {
  seq: number;
  name: string;
  data: any;
}

export interface Invocation {
  /** Which spy: `call#<i>.<member>` for callbacks, `listener:<name>` for listeners. */
  owner: string;
  member: string;
  args: unknown[];
  /** The event being emitted when it ran; outside any emit, the last one emitted. */
  event: SeenEvent | null;
  inEmit: boolean;
}

export class EventObserver {
  readonly events: SeenEvent[] = [];
  readonly invocations: Invocation[] = [];
  /** Errors thrown by JS handlers during emit (the wrapper's handlers, in practice). */
  readonly handlerErrors: Array<{ event: string; error: unknown }> = [];
  private current: SeenEvent | null = null;
  private seq = 0;

  /** Patches `emit` on this emitter instance: the facade (or the harness) emits through it. */
  constructor(readonly emitter: EmitterLike) {
    const original = emitter.emit.bind(emitter);
    emitter.emit = (name: string, data?: unknown) => {
      const event: SeenEvent = { seq: ++this.seq, name, data };
      this.events.push(event);
      const previous = this.current;
      this.current = event;
      try {
        original(name, data);
      } catch (error) {
        this.handlerErrors.push({ event: name, error });
      } finally {
        this.current = previous;
      }
    };
  }

  /** A function that records each call with the event it belongs to. */
  spy(owner: string, member: string): (...args: unknown[]) => void {
    return (...args: unknown[]) => {
      const inEmit = this.current !== null;
      this.invocations.push({ owner, member, args, event: this.current ?? this.events[this.events.length - 1] ?? null, inEmit });
    };
  }

  clear(): void {
    this.events.length = 0;
    this.invocations.length = 0;
    this.handlerErrors.length = 0;
  }
}
