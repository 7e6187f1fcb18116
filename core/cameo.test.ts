import { describe, expect, it } from 'vitest';
import { CAMEO_GOLDSTEIN, CAMEO_ROOTS, RELATION_CAMEO, RELATION_GOLDSTEIN, classOfRelation, goldsteinOf, isCameoRoot, isQuadClass, quadClassOfRoot } from './cameo.ts';
import { RELATION_TYPES } from './model.ts';

describe('CAMEO classes of relationship types', () => {
  it('groups roots into QuadClasses as GDELT does', () => {
    expect(quadClassOfRoot('05')).toBe('verbal-cooperation');
    expect(quadClassOfRoot('06')).toBe('material-cooperation');
    expect(quadClassOfRoot('08')).toBe('material-cooperation');
    expect(quadClassOfRoot('09')).toBe('verbal-conflict');
    expect(quadClassOfRoot('13')).toBe('verbal-conflict');
    expect(quadClassOfRoot('14')).toBe('material-conflict');
    expect(quadClassOfRoot('20')).toBe('material-conflict');
  });
  it('classes events and leaves states without a class', () => {
    expect(classOfRelation('SANCTIONED')).toEqual({ cameo: '16', quadClass: 'material-conflict' });
    expect(classOfRelation('MEDIATED')).toEqual({ cameo: '04', quadClass: 'verbal-cooperation' });
    expect(classOfRelation('PROVIDED_AID_TO')).toEqual({ cameo: '07', quadClass: 'material-cooperation' });
    expect(classOfRelation('PRESIDENT_OF')).toBeUndefined();
    expect(classOfRelation('LOCATED_IN')).toBeUndefined();
    expect(classOfRelation('NOT_A_TYPE')).toBeUndefined();
  });
  it('names only known relationship types and roots', () => {
    for (const [type, root] of Object.entries(RELATION_CAMEO)) {
      expect(Object.hasOwn(RELATION_TYPES, type)).toBe(true);
      expect(Object.hasOwn(CAMEO_ROOTS, root)).toBe(true);
    }
  });
  it('tells its own root codes and QuadClass names from other values', () => {
    expect(isCameoRoot('04')).toBe(true);
    expect(isCameoRoot('042')).toBe(false);
    expect(isCameoRoot(4)).toBe(false);
    expect(isQuadClass('material-conflict')).toBe(true);
    expect(isQuadClass('conflict')).toBe(false);
  });
});

describe('Goldstein-style weights', () => {
  it('weighs every root within -10..+10, cooperation above zero and conflict below', () => {
    for (const root of Object.keys(CAMEO_ROOTS) as (keyof typeof CAMEO_ROOTS)[]) {
      const w = CAMEO_GOLDSTEIN[root];
      expect(w).toBeGreaterThanOrEqual(-10);
      expect(w).toBeLessThanOrEqual(10);
      const q = quadClassOfRoot(root);
      if (q.endsWith('cooperation') && root !== '01') expect(w, root).toBeGreaterThan(0);
      if (q.endsWith('conflict')) expect(w, root).toBeLessThan(0);
    }
  });
  it('gives a type its own weight where it differs from its root, else the root weight', () => {
    expect(goldsteinOf('SIGNED')).toBe(8);
    expect(goldsteinOf('JOINED')).toBe(CAMEO_GOLDSTEIN['05']);
    expect(goldsteinOf('SANCTIONED')).toBe(-8);
    expect(goldsteinOf('ATTACKED')).toBe(-10);
    expect(goldsteinOf('PRESIDENT_OF')).toBeUndefined();
    expect(goldsteinOf('SOMETHING_FOREIGN', '14')).toBe(-6.5);
  });
  it('keeps each type override on the same side of zero as its root', () => {
    for (const [type, w] of Object.entries(RELATION_GOLDSTEIN)) {
      expect(Object.hasOwn(RELATION_CAMEO, type), type).toBe(true);
      const root = RELATION_CAMEO[type as keyof typeof RELATION_CAMEO]!;
      expect(Math.sign(w), type).toBe(Math.sign(CAMEO_GOLDSTEIN[root]) || 1);
      expect(Math.abs(w)).toBeLessThanOrEqual(10);
    }
  });
});
