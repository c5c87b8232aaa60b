import { expect, test } from 'vitest';
import { toIsoDate } from './to-iso-date.ts';

test.each([
  // Already ISO: kept as written.
  ['2025-09-22', '2025-09-22'],
  ['2025-09', '2025-09'],
  ['2025-09-22T10:15:00+02:00', '2025-09-22T10:15:00+02:00'],
  ['2025-09-22T10:15:00.123Z', '2025-09-22T10:15:00.123Z'],
  ['2024-01-02T10:00', '2024-01-02T10:00'],
  // Forms V8 reads differently or not at all: the written day and offset stay.
  ['2022-05-04T03:00:00 UTC', '2022-05-04T03:00:00Z'],
  ['2024-04-30 16:00:34 +02:00', '2024-04-30T16:00:34+02:00'],
  ['2026-01-06 13:55:27 +01:00', '2026-01-06T13:55:27+01:00'],
  ['2020-08-18T00:30:00+0200', '2020-08-18T00:30:00+02:00'],
  ['2020-08-18T00:30+02', '2020-08-18T00:30:00+02:00'],
  ['2020-08-18 00:30', '2020-08-18T00:30:00'],
  ['2020-08-18T23:30:00-05:00', '2020-08-18T23:30:00-05:00'],
  ['2020-08-18T10:00:00+00:00', '2020-08-18T10:00:00+00:00'],
  ['2020-08-18 10:00:00+0000', '2020-08-18T10:00:00Z'],
  ['20200818T103000Z', '2020-08-18T10:30:00Z'],
  ['2020-08-18T10:00:00+02:00[Europe/Paris]', '2020-08-18T10:00:00+02:00'],
  ['2020-08-18 CEST', '2020-08-18'],
  // Written with month names (RFC 2822, Date.prototype.toString, US style): not moved to UTC.
  ['Tue, 18 Aug 2020 00:30:00 +0200', '2020-08-18T00:30:00+02:00'],
  ['Tue, 18 Aug 2020 00:30:00 GMT', '2020-08-18T00:30:00Z'],
  ['Thu Sep 18 2025 00:10:00 GMT+0200 (Central European Summer Time)', '2025-09-18T00:10:00+02:00'],
  ['September 18, 2025', '2025-09-18'],
  ['18 September 2025 08:05', '2025-09-18T08:05:00'],
  // Not dates, or impossible ones.
  ['2025-02-30', undefined],
  ['2025-13', undefined],
  ['31 Feb 2025', undefined],
  ['yesterday', undefined],
  ['', undefined],
  [undefined, undefined],
  ['  ', undefined],
])('%j → %j', (input, expected) => {
  expect(toIsoDate(input)).toBe(expected);
});

test('a time past 23:59 keeps only the day', () => {
  expect(toIsoDate('2025-09-22T25:10:00Z')).toBe('2025-09-22');
});
