import { renderQueue } from '../../../src/plugins/annual-report/server/src/output/render-queue';

/** A job that finishes when the test says so. */
const deferred = () => {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { promise, finish, fail };
};

const setup = (concurrency = 2, waiting = 1) => {
  const started: string[] = [];
  const jobs = new Map<string, ReturnType<typeof deferred>>();
  const queue = renderQueue<string>(() => ({ concurrency, waiting }));
  const run = (key: string) =>
    queue.run(key, () => {
      started.push(key);
      const job = deferred();
      jobs.set(key, job);
      return job.promise;
    });
  return { started, jobs, run };
};

const settle = () => new Promise((resolve) => setImmediate(resolve));

it('runs `concurrency` jobs, lines up `waiting` more, and refuses beyond', async () => {
  const { started, jobs, run } = setup(2, 1);
  const a = run('a');
  const b = run('b');
  const c = run('c');
  expect(run('d')).toBeNull();
  expect(started).toEqual(['a', 'b']);
  jobs.get('a')!.finish('A');
  await expect(a).resolves.toBe('A');
  await settle();
  expect(started).toEqual(['a', 'b', 'c']);
  jobs.get('b')!.finish('B');
  jobs.get('c')!.finish('C');
  await expect(Promise.all([b, c])).resolves.toEqual(['B', 'C']);
  // Room again once the line has drained.
  expect(run('e')).not.toBeNull();
});

it('shares a job asked for again while it runs or waits, without taking a place', async () => {
  const { started, jobs, run } = setup(1, 1);
  const first = run('page');
  const again = run('page');
  const other = run('other');
  const otherAgain = run('other');
  expect(started).toEqual(['page']);
  expect(again).toBe(first);
  expect(otherAgain).toBe(other);
  jobs.get('page')!.finish('PDF');
  await expect(again).resolves.toBe('PDF');
  await settle();
  jobs.get('other')!.finish('OTHER');
  await expect(otherAgain).resolves.toBe('OTHER');
  // Finished jobs are not kept: the next request prints again (the response cache keeps results).
  run('page');
  expect(started).toEqual(['page', 'other', 'page']);
});

it('a failed job frees its place and fails everyone waiting on it', async () => {
  const { started, jobs, run } = setup(1, 1);
  const a = run('a');
  const shared = run('a');
  const b = run('b');
  jobs.get('a')!.fail(new Error('chromium died'));
  await expect(a).rejects.toThrow('chromium died');
  await expect(shared).rejects.toThrow('chromium died');
  await settle();
  expect(started).toEqual(['a', 'b']);
  jobs.get('b')!.finish('B');
  await expect(b).resolves.toBe('B');
});

it('a job that throws at once does not keep its place', async () => {
  const queue = renderQueue<string>(() => ({ concurrency: 1, waiting: 0 }));
  await expect(
    queue.run('x', () => {
      throw new Error('bad page');
    }),
  ).rejects.toThrow('bad page');
  await expect(queue.run('y', async () => 'Y')).resolves.toBe('Y');
});
