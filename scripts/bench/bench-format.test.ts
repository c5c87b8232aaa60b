import { describe, expect, test } from 'vitest';
import { formatBudgets, verdict } from './bench-format.ts';

describe('verdict', () => {
  test.each([
    [0.8, 1, 'PASS'],
    [1, 1, 'PASS'],
    [1.2, 1, 'OVER'],
    [null, 1, '—'],
    [3, null, '—'],
  ])('%s vs %s → %s', (v, max, out) => expect(verdict(v, max)).toBe(out));
});

test('formatBudgets aligns figures and budgets', () => {
  const text = formatBudgets([
    { label: 'content.js gzip', value: 9.87, unit: 'KB', max: 15 },
    { label: 'pipeline.js gzip', value: 80.2, unit: 'KB', max: null },
    { label: 'facts', value: null, unit: 'ms', max: 30 },
  ]);
  expect(text.split('\n')).toEqual([
    'content.js gzip   9.9 KB   budget ≤ 15 KB  PASS',
    'pipeline.js gzip  80.2 KB',
    'facts             n/a      budget ≤ 30 ms  —',
  ]);
});
