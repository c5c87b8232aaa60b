import { describe, expect, test } from 'vitest';
import type { Lang } from '../types.ts';
import { countedNounAfter } from './counted-noun.ts';

const known = (w: string): boolean => ['jours', 'days', 'votes'].includes(w);

describe('countedNounAfter', () => {
  test.each<[Lang, string, string]>([
    ['en', ' firms joined', 'firms'],
    ['en', ' member carriers, use', 'carriers'],
    ['en', ' EU countries', 'countries'],
    ['en', ' children were', 'children'],
    ['en', ' electoral votes needed', 'votes'],
    ['fr', ' fossiles accréditant', 'fossiles'],
    ['fr', ' bateaux transportant', 'bateaux'],
    ['fr', ' plus grosses fortunes.', 'fortunes'],
    ['fr', ' derniers jours de mars', 'jours'],
    ['de', ' Löcher für', 'Löcher'],
    ['de', ' TV-Haushalte, die', 'TV-Haushalte'],
    ['de', ' offene Ausschreibungen in', 'Ausschreibungen'],
    ['es', ' jubilados del gobierno', 'jubilados'],
    ['es', ' nuevos hospitales', 'hospitales'],
    ['it', ' migranti sono', 'migranti'],
    ['it', ' nuove scuole', 'scuole'],
  ])('%s: %j → %s', (lang, s, noun) => {
    expect(countedNounAfter(s, lang, known)?.[1]).toBe(noun);
  });

  test.each<[Lang, string]>([
    ['en', 'firms'], // no space: glued text is not a count
    ['en', ' of the firms'],
    ['en', ' is what'],
    ['en', ' percent'],
    ['en', ' January sales'],
    ['en', ' dollars'],
    ['en', ' analysis'],
    ['fr', ' mars 2020'],
    ['fr', ' dans les'],
    ['fr', ' grandes.'],
    ['fr', " d'entre-elles"],
    ['fr', ' quarts des Français'],
    ['fr', ' euros'],
    ['fr', ' Français'],
    ['de', ' Uhr am'],
    ['de', ' Euro'],
    ['de', ' HD'],
    ['de', ' Mai'],
    ['de', ' und drei'],
    ['es', ' de mayo'],
    ['es', ' dólares'],
    ['es', ' más'],
    ['it', ' settembre'],
    ['it', ' anche'],
    ['it', ' euro'],
  ])('%s: no counted noun in %j', (lang, s) => {
    expect(countedNounAfter(s, lang, known)).toBeNull();
  });
});
