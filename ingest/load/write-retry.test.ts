import { describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { MAX_RACE_ATTEMPTS, lostRace, writeWithRetry } from './write-retry.ts';

const neo4jError = (code: string) => Object.assign(new Error(code), { code });

/** A driver whose sessions run the work with no transaction: only the retry policy is under test here. */
function fakeDriver() {
  const stats = { sessions: 0, closed: 0 };
  const driver = {
    session: () => {
      stats.sessions++;
      return { executeWrite: (work: (tx: unknown) => Promise<unknown>) => work({}), close: async () => void stats.closed++ };
    },
  } as unknown as Driver;
  return { driver, stats };
}

describe('writeWithRetry', () => {
  it('runs the work again after a lost race and returns what the committed attempt returned', async () => {
    const { driver, stats } = fakeDriver();
    let attempts = 0;
    const result = await writeWithRetry(driver, 'neo4j', async () => {
      attempts++;
      if (attempts < 3) throw neo4jError(attempts === 1 ? 'Neo.ClientError.Schema.ConstraintValidationFailed' : 'Neo.ClientError.Statement.EntityNotFound');
      return attempts;
    });
    expect(result).toBe(3);
    expect(stats).toEqual({ sessions: 3, closed: 3 });
  });

  it('reports any other error at once', async () => {
    const { driver, stats } = fakeDriver();
    await expect(writeWithRetry(driver, 'neo4j', async () => Promise.reject(neo4jError('Neo.ClientError.Statement.SyntaxError')))).rejects.toThrow('SyntaxError');
    expect(stats.sessions).toBe(1);
  });

  it('gives up after a bounded number of lost races', async () => {
    const { driver, stats } = fakeDriver();
    await expect(writeWithRetry(driver, 'neo4j', async () => Promise.reject(neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed')))).rejects.toThrow();
    expect(stats.sessions).toBe(MAX_RACE_ATTEMPTS);
    expect(stats.closed).toBe(MAX_RACE_ATTEMPTS);
  });

  it('tells lost races from other failures', () => {
    expect(lostRace(neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed'))).toBe(true);
    expect(lostRace(new Error('boom'))).toBe(false);
    expect(lostRace(undefined)).toBe(false);
  });
});
