// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { FRAME_TEXTS_KEY, readFrameTexts, writeFrameTexts } from './frame-texts.ts';

const stamp = { lang: 'fr', version: '1.2.0' };
const texts = { strings: { popup_loading: 'Chargement…' }, dates: { '2025-01-02T00:00:00Z': '2 janv. 2025' } };
const broken = { getItem: () => { throw new Error('disabled'); }, setItem: () => { throw new Error('full'); } } as unknown as Storage;

beforeEach(() => localStorage.clear());

describe('the first frame’s texts', () => {
  test('written texts are read back', () => {
    expect(writeFrameTexts(stamp, texts)).toBe(true);
    const got = readFrameTexts(stamp);
    expect(Object.fromEntries(got.strings)).toEqual(texts.strings);
    expect(Object.fromEntries(got.dates)).toEqual(texts.dates);
  });

  test.each([
    ['another language', { lang: 'de', version: '1.2.0' }],
    ['another version', { lang: 'fr', version: '1.3.0' }],
  ])('none for %s', (_, other) => {
    writeFrameTexts(stamp, texts);
    expect(readFrameTexts(other).strings.size + readFrameTexts(other).dates.size).toBe(0);
  });

  test('the same texts are not written again; changed ones are', () => {
    writeFrameTexts(stamp, texts);
    expect(writeFrameTexts(stamp, structuredClone(texts))).toBe(false);
    expect(writeFrameTexts(stamp, { ...texts, dates: {} })).toBe(true);
    expect(writeFrameTexts(stamp, { ...texts, strings: { popup_loading: 'Patientez…' } })).toBe(true);
    expect(readFrameTexts(stamp).strings.get('popup_loading')).toBe('Patientez…');
  });

  test.each([
    ['absent', null],
    ['not JSON', '{'],
    ['null', 'null'],
    ['a string', '"x"'],
    ['no maps', JSON.stringify(stamp)],
    ['maps not objects', JSON.stringify({ ...stamp, strings: 'x', dates: 3 })],
  ])('%s → nothing, no throw', (_, raw) => {
    if (raw !== null) localStorage.setItem(FRAME_TEXTS_KEY, raw);
    const got = readFrameTexts(stamp);
    expect(got.strings.size + got.dates.size).toBe(0);
  });

  test('non-string texts are left out', () => {
    localStorage.setItem(FRAME_TEXTS_KEY, JSON.stringify({ ...stamp, strings: { a: 'A', b: 3, c: null }, dates: { d: { x: 1 } } }));
    const got = readFrameTexts(stamp);
    expect([...got.strings]).toEqual([['a', 'A']]);
    expect(got.dates.size).toBe(0);
  });

  test('a storage that throws loses only the speed-up', () => {
    expect(readFrameTexts(stamp, broken).strings.size).toBe(0);
    expect(writeFrameTexts(stamp, texts, broken)).toBe(false);
  });
});
