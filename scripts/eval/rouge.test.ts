import { describe, expect, test } from 'vitest';
import { rouge, rougeLsum, rougeN, rougeTokens } from './rouge.ts';

describe('rougeTokens', () => {
  test.each([
    ["L'État, 1,5 %", ['l', 'état', '1', '5']],
    ['The U.S. said — “no”.', ['the', 'u', 's', 'said', 'no']],
    ['   ', []],
  ])('%s', (text, expected) => {
    expect(rougeTokens(text)).toEqual(expected);
  });
});

// Hand-computed: P = hits / candidate n-grams, R = hits / reference n-grams, F = 2PR / (P + R).
describe('rougeN', () => {
  test.each<[string, string, number, number, number, number]>([
    // 3 of 3 unigrams hit; the reference has 6.
    ['the cat sat', 'the cat sat on the mat', 1, 1, 0.5, 2 / 3],
    // bigrams: "the cat", "cat sat" both in the 5 reference bigrams.
    ['the cat sat', 'the cat sat on the mat', 2, 1, 0.4, (2 * 0.4) / 1.4],
    // clipping: "the" counts once because the reference has it once.
    ['the the the', 'the cat', 1, 1 / 3, 1 / 2, 0.4],
    ['The Cat!', 'the cat', 1, 1, 1, 1],
    ['dog', 'the cat', 1, 0, 0, 0],
    ['', 'the cat', 1, 0, 0, 0],
    ['one', 'one', 2, 0, 0, 0],
  ])('%s | %s | n=%i', (cand, ref, n, p, r, f) => {
    const s = rougeN(cand, ref, n);
    expect(s.precision).toBeCloseTo(p, 10);
    expect(s.recall).toBeCloseTo(r, 10);
    expect(s.f1).toBeCloseTo(f, 10);
  });
});

describe('rougeLsum', () => {
  test('Lin (2004) §3.2 example: union LCS w1 w2 w3 w5', () => {
    // LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5 → union 4 tokens; R = 4/5, P = 4/10.
    const s = rougeLsum(['w1 w2 w6 w7 w8', 'w1 w3 w8 w9 w5'], ['w1 w2 w3 w4 w5']);
    expect(s.recall).toBeCloseTo(0.8, 10);
    expect(s.precision).toBeCloseTo(0.4, 10);
    expect(s.f1).toBeCloseTo((2 * 0.8 * 0.4) / 1.2, 10);
  });

  test('order matters within a sentence, not across sentences', () => {
    // One reference sentence "a b c d"; candidate "d c b a" has an LCS of 1.
    expect(rougeLsum(['d c b a'], ['a b c d']).recall).toBeCloseTo(0.25, 10);
    // The same tokens as two candidate sentences in reference order: "c d" and "a b" → union 4.
    expect(rougeLsum(['c d', 'a b'], ['a b c d']).f1).toBeCloseTo(1, 10);
  });

  test('hits are clipped by candidate counts across reference sentences', () => {
    // Both reference sentences match "x" but the candidate has only one: 1 hit of 2 reference tokens.
    const s = rougeLsum(['x'], ['x', 'x']);
    expect(s.recall).toBeCloseTo(0.5, 10);
    expect(s.precision).toBeCloseTo(1, 10);
  });

  test('empty sides score 0', () => {
    expect(rougeLsum([], ['a b']).f1).toBe(0);
    expect(rougeLsum(['a b'], ['...']).f1).toBe(0);
  });
});

describe('rouge', () => {
  test('identical summaries score 1 on every measure', () => {
    const s = rouge(['Nvidia invests in OpenAI.', 'The first gigawatt comes in 2026.'], ['Nvidia invests in OpenAI.', 'The first gigawatt comes in 2026.']);
    expect([s.rouge1.f1, s.rouge2.f1, s.rougeL.f1]).toEqual([1, 1, 1]);
  });
});
