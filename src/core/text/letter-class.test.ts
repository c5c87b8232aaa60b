import { describe, expect, it } from 'vitest';
import { BMP_LETTER, BMP_NUMBER, LETTER, foldedPattern, spellUnicodeClasses } from './letter-class.ts';

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

describe('BMP_NUMBER', () => {
  it('agrees with /\\p{N}/u on every BMP code unit (regenerate BMP_NUMBER when Unicode moves on)', () => {
    const unicode = /^\p{N}$/u;
    const spelt = new RegExp(`^[${BMP_NUMBER}]$`);
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (unicode.test(ch) !== spelt.test(ch)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });
});

describe('spellUnicodeClasses', () => {
  // The same source with 'iu' and spelt out with 'i' alone: the same match (or none) on each text.
  it.each([
    ['(?<![\\p{L}\\p{N}])(?:abonnez-vous|s\'abonner)(?![\\p{L}\\p{N}])', 'Abonnez-vous dès maintenant'],
    ['(?<![\\p{L}\\p{N}])(?:abonnez-vous|s\'abonner)(?![\\p{L}\\p{N}])', 'réabonnez-vous'],
    ['(?<![\\p{L}\\p{N}])(?:abo)(?![\\p{L}\\p{N}])', 'Abo² testen'],
    ['(?<![\\p{L}\\p{N}])(?:abo)(?![\\p{L}\\p{N}])', 'ÄBO abo'],
    ['folg(?:en sie|e) (?:uns|[\\p{L}\\p{N} ]{1,30}? auf)', 'Folgen Sie Südkurier24 auf Google News'],
    ['ajouter (?:[\\p{L}\\p{N}+]+ ){0,4}à l[’\']écran', 'Ajouter Numérama+ à l’écran'],
    ['[^\\p{L}\\p{N}]+', 'mot—Ωmega ½'],
    ['\\p{L}\\p{N}', 'x¹ é2'],
  ])('/%s/ on %j', (src, text) => {
    const unicode = new RegExp(src, 'iu');
    const spelt = new RegExp(spellUnicodeClasses(src), 'i');
    expect(spelt.exec(text)?.[0]).toBe(unicode.exec(text)?.[0]);
    expect(spelt.exec(text)?.index).toBe(unicode.exec(text)?.index);
  });

  it.each([['\\p{Lu}'], ['\\P{L}'], ['\\u{1F600}']])('refuses %s', (src) => {
    expect(() => spellUnicodeClasses(src)).toThrow(/unsupported/);
  });

  it('leaves other escapes and classes as written', () => {
    expect(spellUnicodeClasses('a\\[b\\d[x\\]y]')).toBe('a\\[b\\d[x\\]y]');
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

  it.each([[/\p{Lu}/u], [/\P{L}/u], [/\u{1F600}/u], [/\p{N}/u]])('refuses %s', (re) => {
    expect(() => foldedPattern(re)).toThrow(/unsupported/);
  });
});
