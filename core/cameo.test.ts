import { describe, expect, it } from 'vitest';
import { CAMEO_ROOTS, RELATION_CAMEO, classOfRelation, isCameoRoot, isQuadClass, quadClassOfRoot } from './cameo.ts';
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
