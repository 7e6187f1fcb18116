import { describe, expect, it } from 'vitest';
import { isActorParam, paramLabel } from './saved-queries.ts';

describe('saved-query form fields', () => {
  it('labels a parameter with the first clause of its description, keeping the rest as help', () => {
    const p = { name: 'actor', type: 'string' as const, description: 'only acts by or against this actor (entity id, name or alias); empty = all' };
    expect(paramLabel(p)).toEqual({ label: 'Only acts by or against this actor', help: 'actor · string · only acts by or against this actor (entity id, name or alias); empty = all' });
    expect(paramLabel({ name: 'limit', type: 'integer' as const, description: 'rows returned' })).toEqual({ label: 'Rows returned', help: 'limit · integer' });
    expect(paramLabel({ name: 'limit', type: 'integer' as const })).toEqual({ label: 'limit', help: 'limit · integer' });
  });

  it('gives type-ahead to parameters that take an entity id, name or alias', () => {
    expect(isActorParam({ name: 'country', type: 'string', description: 'country: entity id, name or alias' })).toBe(true);
    expect(isActorParam({ name: 'type', type: 'string', description: 'only this entity type (Person, Country, Organization…); empty = all' })).toBe(false);
  });
});
