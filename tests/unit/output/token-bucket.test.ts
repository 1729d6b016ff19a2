import {
  rateLimiter,
  takeToken,
} from '../../../src/plugins/annual-report/server/src/output/token-bucket';

/** A limiter on a clock the test moves. */
const setup = (burst = 3, perMinute = 6, clients = 100) => {
  let now = 1_000_000;
  const limiter = rateLimiter({ limits: () => ({ burst, perMinute }), clients, now: () => now });
  return { limiter, advance: (ms: number) => (now += ms) };
};

it('lets a client make `burst` requests at once, then says when to come back', () => {
  const { limiter } = setup(3, 6);
  expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([null, null, null]);
  // 6 a minute: one every 10 s.
  expect(limiter.take('a')).toBe(10);
});

it('gives tokens back at `perMinute`, never more than `burst`', () => {
  const { limiter, advance } = setup(3, 6);
  for (let i = 0; i < 3; i += 1) limiter.take('a');
  advance(5_000);
  expect(limiter.take('a')).toBe(5);
  advance(5_000);
  expect(limiter.take('a')).toBeNull();
  expect(limiter.take('a')).toBe(10);
  advance(60 * 60_000);
  expect([limiter.take('a'), limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([
    null,
    null,
    null,
    10,
  ]);
});

it('refused requests do not push the wait further', () => {
  const { limiter, advance } = setup(1, 6);
  limiter.take('a');
  for (let i = 0; i < 50; i += 1) limiter.take('a');
  advance(10_000);
  expect(limiter.take('a')).toBeNull();
});

it('counts each client apart', () => {
  const { limiter } = setup(1, 6);
  expect(limiter.take('a')).toBeNull();
  expect(limiter.take('a')).toBe(10);
  expect(limiter.take('b')).toBeNull();
});

it('remembers at most `clients` clients: the least recent one starts afresh', () => {
  const { limiter } = setup(1, 6, 2);
  limiter.take('a');
  limiter.take('b');
  limiter.take('c');
  expect(limiter.take('c')).toBe(10);
  expect(limiter.take('a')).toBeNull();
});

it('a clock that goes back gives nothing back', () => {
  const { bucket } = takeToken(undefined, 10_000, { burst: 1, perMinute: 6 });
  expect(takeToken(bucket, 0, { burst: 1, perMinute: 6 }).retryAfterSeconds).toBe(10);
});
