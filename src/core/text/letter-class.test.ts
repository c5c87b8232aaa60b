import { describe, expect, it } from 'vitest';
import { BMP_LETTER, LETTER, foldedPattern } from './letter-class.ts';

describe('LETTER', () => {
  const letter = new RegExp(`^${LETTER}$`);

  it.each([
    ['a', true], ['Z', true], ['é', true], ['ß', true], ['Ł', true], ['Ж', true], ['Ω', true], ['ع', true], ['中', true], ['ª', true],
    ['1', false], ['-', false], [' ', false], ['\u00a0', false], ['’', false], ['«', false], ['\u0301', false], ['€', false],
  ])('%j is a letter: %s', (c, want) => {
    expect(letter.test(c)).toBe(want);
  });

  it('agrees with /\\p{L}/u on every BMP code unit (regenerate BMP_LETTER when Unicode moves on)', () => {
    const unicode = /^\p{L}$/u;
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (unicode.test(ch) !== letter.test(ch)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
    expect(BMP_LETTER.length).toBeGreaterThan(1000);
  });
});

describe('foldedPattern', () => {
  it.each([
    [/(?<!\p{L})(?:mai|juin)/iu, 'le 3 mai', true],
    [/(?<!\p{L})(?:mai|juin)/iu, 'remai', false],
    [/(?<!\p{L})(?:mai|juin)/iu, 'émai', false],
    [/an(?![\p{L}-])/iu, 'un an.', true],
    [/an(?![\p{L}-])/iu, 'anné', false],
    [/an(?![\p{L}-])/iu, 'an-', false],
    [/\d|x\[\p{L}/iu, 'x[é', true],
  ])('%s on %j: %s', (re, text, want) => {
    const f = foldedPattern(re);
    expect(f.flags).not.toMatch(/[iu]/);
    expect(f.test(text)).toBe(want);
    expect(re.test(text)).toBe(want);
  });

  it.each([[/\p{Lu}/u], [/\P{L}/u], [/\u{1F600}/u]])('refuses %s', (re) => {
    expect(() => foldedPattern(re)).toThrow(/unsupported/);
  });
});
