import { circuitBreaker } from '../../../src/plugins/annual-report/server/src/cache/breaker';

const clock = () => {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe('circuitBreaker', () => {
  it('opens after the given failures in a row, and refuses until the cooldown ends', () => {
    const time = clock();
    const breaker = circuitBreaker({ failures: 3, cooldownMs: 5000, now: time.now });
    breaker.failure();
    breaker.failure();
    expect(breaker.allow()).toBe(true);
    breaker.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.allow()).toBe(false);
    time.advance(4999);
    expect(breaker.allow()).toBe(false);
  });

  it('a success in between resets the count', () => {
    const breaker = circuitBreaker({ failures: 2, cooldownMs: 1000 });
    breaker.failure();
    breaker.success();
    breaker.failure();
    expect(breaker.state).toBe('closed');
  });

  it('after the cooldown lets one trial through: its success closes, its failure reopens', () => {
    const time = clock();
    const breaker = circuitBreaker({ failures: 1, cooldownMs: 1000, now: time.now });
    breaker.failure();
    time.advance(1000);
    expect(breaker.state).toBe('half-open');
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false); // one trial at a time
    breaker.failure();
    expect(breaker.state).toBe('open');
    time.advance(1000);
    expect(breaker.allow()).toBe(true);
    breaker.success();
    expect(breaker.state).toBe('closed');
    expect(breaker.allow()).toBe(true);
  });
});
