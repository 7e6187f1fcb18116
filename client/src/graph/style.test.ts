import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../core/model.ts';
import { pictogramIndex, PICTOGRAMS, typeStyle } from './style.ts';

describe('pictograms', () => {
  it('gives every model type its own icon in the atlas and a foreign type the dot', () => {
    const indices = ENTITY_TYPES.map(pictogramIndex);
    for (const [i, type] of ENTITY_TYPES.entries()) expect(PICTOGRAMS[indices[i]!]).toBe(typeStyle(type).icon);
    expect(new Set(indices).size).toBe(ENTITY_TYPES.length);
    const dot = pictogramIndex('Vessel');
    expect(dot).toBeGreaterThanOrEqual(0);
    expect(indices).not.toContain(dot);
  });
});
