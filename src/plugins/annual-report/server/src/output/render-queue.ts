export interface QueueBounds {
  /** Jobs at once. */
  concurrency: number;
  /** Jobs waiting for a free place; beyond that the queue is full. */
  waiting: number;
}

/**
 * A bounded line of expensive jobs (PDF prints): at most `concurrency` at once and `waiting` more
 * in line. A job already running or waiting under the same key is shared, not started again, so
 * that the same page asked for many times at once is printed once.
 */
export const renderQueue = <T>(bounds: () => QueueBounds) => {
  const jobs = new Map<string, Promise<T>>();
  const line: Array<() => void> = [];
  let running = 0;

  const start = (work: () => Promise<T>): Promise<T> => {
    running += 1;
    return (async () => work())().finally(() => {
      running -= 1;
      line.shift()?.();
    });
  };

  return {
    /** The job's result, or null when the queue is full (the caller answers 503). */
    run(key: string, work: () => Promise<T>): Promise<T> | null {
      const shared = jobs.get(key);
      if (shared) return shared;
      const { concurrency, waiting } = bounds();
      let job: Promise<T>;
      if (running < concurrency) job = start(work);
      else if (line.length < waiting)
        job = new Promise<T>((resolve, reject) => {
          line.push(() => start(work).then(resolve, reject));
        });
      else return null;
      const tracked = job.finally(() => jobs.delete(key));
      jobs.set(key, tracked);
      return tracked;
    },
  };
};
