import { expect, test } from 'vitest';
import { publishedIso } from './published-iso.ts';

test.each([
  ['2025-09-22', '2025-09-22'],
  ['2025-09-22T10:15:00+02:00', '2025-09-22T10:15:00+02:00'],
  ['2025-09-22 10:15:00Z', '2025-09-22T10:15:00Z'],
  ['Mon, 22 Sep 2025 08:15:00 GMT', '2025-09-22T08:15:00Z'],
  // V8's Date.parse reads neither; the card used to show no published date at all.
  ['2022-05-04T03:00:00 UTC', '2022-05-04T03:00:00Z'],
  ['2024-04-30 16:00:34 +02:00', '2024-04-30T16:00:34+02:00'],
  // Early in the morning east of UTC: still the page's day, not the UTC day before.
  ['Tue, 18 Aug 2020 00:30:00 +0200', '2020-08-18T00:30:00+02:00'],
  ['yesterday', null],
  ['', null],
])('%s → %s', (input, expected) => {
  expect(publishedIso(input)).toBe(expected);
});
