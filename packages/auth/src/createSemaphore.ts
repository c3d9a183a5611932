/** Runs at most `limit` tasks at a time; the rest wait in arrival order. */
export interface Semaphore {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now plus tasks waiting. */
  readonly pending: number;
}

/** Creates a semaphore that lets `limit` tasks run at once. */
export function createSemaphore(limit: number): Semaphore {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`createSemaphore: limit "${limit}" is not a positive integer`);
  }

  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    const next = waiting.shift();
    if (next) {
      next();
      return;
    }
    running -= 1;
  };

  return {
    get pending() {
      return running + waiting.length;
    },
    async run(task) {
      if (running < limit) {
        running += 1;
      } else {
        // The slot passes straight from the releasing task to this one, so `running`
        // never drops and rises again in between.
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
