import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { createInFlightLimits } from './in-flight.ts';

const statusOf = (fn: () => void) => {
  try {
    fn();
    return 0;
  } catch (err) {
    return (err as AppError).status;
  }
};

describe('createInFlightLimits', () => {
  it('refuses a client beyond its share with 429 and everyone beyond the total with 503', () => {
    const slots = createInFlightLimits({ total: 3, perClient: 2 });
    expect(statusOf(() => slots.acquire('a'))).toBe(0);
    expect(statusOf(() => slots.acquire('a'))).toBe(0);
    expect(statusOf(() => slots.acquire('a'))).toBe(429);
    expect(statusOf(() => slots.acquire('b'))).toBe(0);
    expect(statusOf(() => slots.acquire('c'))).toBe(503);
    expect(slots.running).toBe(3);
  });

  it('gives slots back on release', () => {
    const slots = createInFlightLimits({ total: 1, perClient: 1 });
    slots.acquire('a');
    slots.release('a');
    expect(statusOf(() => slots.acquire('b'))).toBe(0);
    expect(slots.running).toBe(1);
  });
});
