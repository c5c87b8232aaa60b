import { describe, expect, test } from 'vitest';
import { cosine, inverseDocumentFrequency, sumVectors, tfidfVector } from './tfidf.ts';

describe('tf-idf', () => {
  const docs = [['nvidia', 'openai'], ['nvidia', 'intel'], ['gigawatt']];
  const idf = inverseDocumentFrequency(docs);

  test('rarer terms weigh more: log(1 + N/df)', () => {
    expect(idf.get('nvidia')).toBeCloseTo(Math.log(1 + 3 / 2), 10);
    expect(idf.get('openai')).toBeCloseTo(Math.log(1 + 3), 10);
  });

  test.each<[string[], string[], number]>([
    [['nvidia', 'openai'], ['nvidia', 'openai'], 1],
    [['nvidia'], ['gigawatt'], 0],
    [[], ['nvidia'], 0],
  ])('cosine(%j, %j) = %d', (a, b, expected) => {
    expect(cosine(tfidfVector(a, idf), tfidfVector(b, idf))).toBeCloseTo(expected, 10);
  });

  test('partial overlap lies strictly between 0 and 1; the centroid sums weights', () => {
    const a = tfidfVector(['nvidia', 'openai'], idf);
    const b = tfidfVector(['nvidia', 'intel'], idf);
    const c = cosine(a, b);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
    expect(sumVectors([a, b]).weights.get('nvidia')).toBeCloseTo(2 * idf.get('nvidia')!, 10);
  });
});
