import { expect, test } from 'vitest';
import { publishedIso } from './published-iso.ts';

test.each([
  ['2025-09-22', '2025-09-22'],
  ['2025-09-22T10:15:00+02:00', '2025-09-22T10:15:00+02:00'],
  ['2025-09-22 10:15:00Z', '2025-09-22T10:15:00Z'],
  ['Mon, 22 Sep 2025 08:15:00 GMT', '2025-09-22T08:15:00.000Z'],
  ['yesterday', null],
  ['', null],
])('%s → %s', (input, expected) => {
  expect(publishedIso(input)).toBe(expected);
});
