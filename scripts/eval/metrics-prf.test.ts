import { describe, expect, test } from 'vitest';
import { emptyConfusion, groupWithAll, prf, quantile, ratio, tally } from './metrics-prf.ts';

describe('prf', () => {
  test.each([
    [{ tp: 8, fp: 2, fn: 2, tn: 5 }, 0.8, 0.8, 0.8],
    [{ tp: 9, fp: 1, fn: 0, tn: 0 }, 0.9, 1, 2 * 0.9 / 1.9],
    [{ tp: 0, fp: 3, fn: 3, tn: 0 }, 0, 0, 0],
    [{ tp: 0, fp: 0, fn: 4, tn: 1 }, null, 0, null],
    [{ tp: 0, fp: 0, fn: 0, tn: 7 }, null, null, null],
  ])('%j', (c, p, r, f) => {
    const out = prf(c);
    expect(out.precision).toBe(p);
    expect(out.recall).toBe(r);
    if (f === null) expect(out.f1).toBeNull();
    else expect(out.f1).toBeCloseTo(f, 10);
  });

  test('tally fills the four cells', () => {
    const c = emptyConfusion();
    tally(c, true, true);
    tally(c, true, false);
    tally(c, false, true);
    tally(c, false, false);
    tally(c, false, false);
    expect(c).toEqual({ tp: 1, fn: 1, fp: 1, tn: 2 });
  });
});

describe('ratio', () => {
  test.each([
    [1, 2, 0.5],
    [0, 3, 0],
    [0, 0, null],
  ])('%i/%i = %s', (n, d, out) => expect(ratio(n, d)).toBe(out));
});

describe('groupWithAll', () => {
  test('groups per language and keeps an all group', () => {
    const items = [{ lang: 'fr' }, { lang: 'en' }, { lang: 'fr' }];
    const g = groupWithAll(items, (i) => i.lang);
    expect([...g.keys()]).toEqual(['all', 'fr', 'en']);
    expect(g.get('all')).toHaveLength(3);
    expect(g.get('fr')).toHaveLength(2);
    expect(g.get('en')).toHaveLength(1);
  });
});

describe('quantile', () => {
  test.each([
    [[], 0.5, null],
    [[5], 0.95, 5],
    [[3, 1, 2], 0.5, 2],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 0.95, 20],
  ])('%j q=%s → %s', (v, q, out) => expect(quantile(v, q)).toBe(out));
});
