import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../../src/model/closestName.ts';

describe('closestName', () => {
  it('finds typos, case and separator differences, and abbreviations', () => {
    expect(closestName('destination', ['origin', 'destinaton', 'count'])).toBe('destinaton');
    expect(closestName('zone_id', ['Zone ID'])).toBe('Zone ID');
    expect(closestName('zone_id', ['zone'])).toBe('zone');
    expect(closestName('residents', ['resident'])).toBe('resident');
  });

  it('says nothing when nothing is close', () => {
    expect(closestName('destination', ['origin', 'count'])).toBeNull();
    expect(closestName('count', [])).toBeNull();
    expect(closestName('id', ['zz'])).toBeNull();
    expect(closestName('count', ['cont'])).toBe('cont');
    expect(closestName('lon', ['weekday_in'])).toBeNull();
  });

  it('computes Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
