import { expect, test } from 'vitest';
import type { SavedSummary } from '../storage/types.ts';
import { makeInput } from '../storage/test-summary.ts';
import { buildSearchIndex, fold } from './search-index.ts';

const item = (n: number, over: Partial<SavedSummary> = {}): SavedSummary => ({ ...makeInput(n), id: `id${n}`, savedAt: '2026-01-01T00:00:00.000Z', tags: [], ...over });
const items = [
  item(1, { title: 'La Société Générale rachète une banque', site: 'lemonde.fr', lang: 'fr' }),
  item(2, { title: 'Nvidia invests in OpenAI', tldr: 'A big bet on chips.', site: 'reuters.com', note: 'follow up', tags: ['ai'] }),
  item(3, { title: 'Weather report', tldr: 'Rain expected.', site: 'reuters.com' }),
];
const index = buildSearchIndex(items);
const ids = (q: string, f = {}) => index.search(q, f).map((s) => s.id);

test.each([
  ['societe', ['id1']],
  ['SOCIÉTÉ générale', ['id1']],
  ['nvid', ['id2']],
  ['chips', ['id2']],
  ['follow', ['id2']],
  ['ai', ['id2']],
  ['reuters', ['id2', 'id3']],
  ['rain reuters', ['id3']],
  ['2.5 billion', ['id1', 'id2', 'id3']],
  ['jane', ['id1', 'id2', 'id3']],
  ['rain nvidia', []],
  ['zebra', []],
  ['', ['id1', 'id2', 'id3']],
])('"%s" finds %j', (q, expected) => {
  expect(ids(q)).toEqual(expected);
});

test.each([
  [{ site: 'reuters.com' }, ['id2', 'id3']],
  [{ lang: 'fr' }, ['id1']],
  [{ site: 'reuters.com', lang: 'fr' }, []],
])('filters %j', (f, expected) => {
  expect(ids('', f)).toEqual(expected);
  expect(ids('acme', f)).toEqual(expected);
});

test('fold removes accents and case', () => {
  expect(fold('Ça Été Ölçü')).toBe('ca ete olcu');
});
