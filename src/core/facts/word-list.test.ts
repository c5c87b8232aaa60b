import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { foldCase, WordList } from './word-list.ts';
import { modifiedUnitAfter, STOP_MODIFIERS, UNIT_WORDS, unitAfter } from './parse-numbers.ts';
import { SUFFIX_WORDS, suffixAfter } from './parse-amounts.ts';

// The regexes the WordList matchers replace, as they were written: the matchers must agree with them on any text.
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT_ALT = UNIT_WORDS.map((w) => esc(w).replace(/ /g, '\\s+')).join('|');
const UNIT_RE = new RegExp(`^(?:\\s|-)?(?:(?:de |d'|d’|of |di )\\s*)?(${UNIT_ALT})(?![\\p{L}\\p{N}])`, 'iu');
const MODIFIED_UNIT_RE = new RegExp(`^\\s(?:(?!(?:${STOP_MODIFIERS})\\s)\\p{Ll}[\\p{L}-]{2,}\\s){1,2}(${UNIT_ALT})(?![\\p{L}\\p{N}])`, 'iu');
const SUFFIX_ALT = [...SUFFIX_WORDS].sort((a, b) => b.length - a.length).map(esc).join('|');
const SUFFIX_RE = new RegExp(`^\\s?(?:de |d'|d’|di |of |in )?(${SUFFIX_ALT})(?![\\p{L}])`, 'iu');
const viaRegex = (re: RegExp, s: string): [string, string] | null => {
  const m = re.exec(s);
  return m ? [m[0], m[1] ?? ''] : null;
};

describe('foldCase', () => {
  test.each([
    ['Prozent', 'prozent'],
    ['ſtaff', 'staff'],
    ['KM', 'km'],
  ])('%s → %s', (s, out) => expect(foldCase(s)).toBe(out));
  test('undefined when lowercasing changes the length', () => expect(foldCase('İstanbul')).toBeUndefined());
});

describe('WordList.matchAt', () => {
  const list = new WordList(['barrels per day', 'barrels', 'km']);
  test.each([
    ['barrels  per\u00a0day!', 0, 16],
    ['barrels per week', 0, 7],
    ['kmh', 0, -1],
    ['x km', 2, 4],
  ])('%j at %i → %i', (s, at, end) => expect(list.matchAt(s, at, (e) => !/^\p{L}/u.test(s.slice(e)))).toBe(end));
});

describe('matchers agree with the regexes they replace', () => {
  const unitWord = fc.constantFrom(...UNIT_WORDS, ...SUFFIX_WORDS);
  const cased = unitWord.chain((w) => fc.constantFrom(w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)));
  const piece = fc.oneof(
    cased,
    fc.constantFrom(' ', '  ', '\u00a0', '-', 'de ', 'De ', "d'", 'd’', 'of ', 'di ', 'in ', 'new ', 'Maintenance ', 'the ', 'more ', 'x', '5', 'ſ', 'K', 'İ', 'é', 'h', '.', ','),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  );
  const text = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(''));
  test('unitAfter', () => {
    fc.assert(fc.property(text, (s) => { expect(unitAfter(s)).toEqual(viaRegex(UNIT_RE, s)); }), { numRuns: 1000 });
  }, 30_000);
  test('modifiedUnitAfter', () => {
    const spaced = text.map((s) => ` ${s}`);
    fc.assert(fc.property(spaced, (s) => { expect(modifiedUnitAfter(s)).toEqual(viaRegex(MODIFIED_UNIT_RE, s)); }), { numRuns: 1000 });
  }, 30_000);
  test('suffixAfter', () => {
    fc.assert(fc.property(text, (s) => { expect(suffixAfter(s)).toEqual(viaRegex(SUFFIX_RE, s)); }), { numRuns: 1000 });
  }, 30_000);
});
