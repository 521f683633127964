import type { LiveEvent, LiveEvents } from './live-events.js';

/** Items kept for a subscriber that does not read them. */
const MAX_QUEUED = 100;

/**
 * The source of one subscription: every live event is offered to `select`, which reads the item anew for the
 * subscriber (through the policy, in the database query) and gives null when they may not read it; only what it
 * gives (the payload, keyed by the subscription's field) is sent, in the order the events came. Ends (and stops listening) when the subscription ends.
 */
export function liveStream<T>(
  events: LiveEvents,
  select: (event: LiveEvent) => Promise<T | null> | null,
): AsyncIterableIterator<T> {
  const ready: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let done = false;
  let chain: Promise<void> = Promise.resolve();

  const deliver = (value: T) => {
    const next = waiting.shift();
    if (next) next({ value, done: false });
    else {
      // A client that stops reading loses the oldest, not the memory of the replica: polling catches up.
      if (ready.length >= MAX_QUEUED) ready.shift();
      ready.push(value);
    }
  };
  const unlisten = events.listen((event) => {
    const selected = select(event);
    if (selected === null) return;
    // In order of arrival, each read as it comes; a failed read sends nothing.
    chain = chain.then(async () => {
      const value = await selected.catch(() => null);
      if (value !== null && !done) deliver(value);
    });
  });
  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      unlisten();
      for (const next of waiting.splice(0)) next({ value: undefined, done: true });
      ready.length = 0;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next() {
      if (ready.length > 0) return Promise.resolve({ value: ready.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: finish,
    throw: async (error: unknown) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
