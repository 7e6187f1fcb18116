import { describe, expect, it } from 'vitest';
import { createSessionStore } from './session-store.ts';

describe('session store', () => {
  it('finds a session by its id until it expires or is deleted', () => {
    let t = 1_000;
    const store = createSessionStore({ ttlMs: 100, now: () => t });
    const { id } = store.create('vera', 'viewer', 'cookie');
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(store.get(id)).toMatchObject({ user: 'vera', role: 'viewer' });
    t += 101;
    expect(store.get(id)).toBeUndefined();
    const second = store.create('ed', 'editor', 'token');
    store.delete(second.id);
    expect(store.get(second.id)).toBeUndefined();
    expect(store.get('not-an-id')).toBeUndefined();
  });

  it('holds at most max sessions, dropping the oldest', () => {
    const store = createSessionStore({ ttlMs: 60_000, max: 2 });
    const first = store.create('a', 'viewer', 'cookie');
    const second = store.create('b', 'viewer', 'cookie');
    const third = store.create('c', 'viewer', 'cookie');
    expect(store.size()).toBe(2);
    expect(store.get(first.id)).toBeUndefined();
    expect(store.get(second.id)?.user).toBe('b');
    expect(store.get(third.id)?.user).toBe('c');
  });
});
