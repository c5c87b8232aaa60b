import { describe, expect, test } from 'vitest';
import { fmt, fmtShare, formatReport, table } from './metrics-table.ts';
import { buildReport } from './metrics-report.ts';

describe('formatting', () => {
  test.each([
    [0.97321, 3, '0.973'],
    [null, 3, '—'],
    [12.345, 1, '12.3'],
  ])('fmt(%s, %i) = %s', (v, d, out) => expect(fmt(v, d)).toBe(out));

  test.each([
    [{ counted: 0, hits: 0, share: null }, '—'],
    [{ counted: 4, hits: 3, share: 0.75 }, '0.750 (3/4)'],
  ])('fmtShare(%j) = %s', (s, out) => expect(fmtShare(s)).toBe(out));

  test('table pads columns', () => {
    expect(table([['a', 'bb'], ['ccc', 'd']])).toBe('a    bb\nccc  d');
  });

  test('the report names targets with PASS/MISS', () => {
    const text = formatReport(
      buildReport([
        { id: 'a', lang: 'en', source: 's', label: 'article', state: 'news', error: null, card: true, hiddenKinds: [], measures: {}, ms: 5, late: false, baselineMode: 'same-page', upsell: [], keep: [], lost: [] },
        { id: 'b', lang: 'en', source: 's', label: 'non-article', state: 'news', error: null, card: true, hiddenKinds: [], measures: {}, ms: 5, late: false, baselineMode: 'same-page', upsell: [], keep: [], lost: [] },
      ]),
    );
    expect(text).toContain('detection F1 ≥ 0.97');
    expect(text).toMatch(/cards on non-article ≤ 2%\s+1\.000\s+MISS/);
    expect(text).toMatch(/pages with article text hidden = 0\s+0\s+PASS/);
  });
});
