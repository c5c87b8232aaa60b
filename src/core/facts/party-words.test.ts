import { describe, expect, test } from 'vitest';
import { expandHead, isNonParty, isOrgHead, isTimeName } from './party-words.ts';

describe('isNonParty', () => {
  test.each([
    ['conseil', true],
    ['commission', true],
    ['general', true],
    ['francais', true],
    ['venezuelan', true],
    ['comment', true],
    ['warum', true],
    ['universite', true],
    ['etats', true],
    ['universite de lincoln', false],
    ['etats-unis', false],
    ['american airlines', false],
    ['deutsche bank', false],
    ['general motors', false],
    ['union europeenne', false],
    ['nvidia', false],
    ['edf', false],
  ])('%s → %s', (key, want) => {
    expect(isNonParty(key)).toBe(want);
  });
});

describe('expandHead', () => {
  test.each([
    ['Commission', "La Commission de régulation de l'énergie (CRE) a publié son avis.", "Commission de régulation de l'énergie"],
    ['Conseil', 'Le Conseil départemental de Meurthe-et-Moselle versera 1000 euros.', 'Conseil départemental de Meurthe-et-Moselle'],
    ['Institut', "Selon l'Institut météorologique d'Islande, l'éruption a commencé.", "Institut météorologique d'Islande"],
    ['Ministerio', 'El Ministerio de Energía anunció el subsidio.', 'Ministerio de Energía'],
    ['Ligue', 'Il a gagné la Ligue des champions trois fois.', 'Ligue des champions'],
    ['État', "Le secrétaire d'État auprès du ministre de l'Action publique.", undefined],
    ['Gobierno', 'El Gobierno de que hablamos.', undefined],
    ['Conseil', 'Le Conseil a tranché.', undefined],
    ['Conseil', 'Le Conseil a dit que le Conseil départemental de la Meuse paiera.', 'Conseil départemental de la Meuse'],
    ['Conseil', 'Les Conseillers du Conseil régional du Centre votent.', 'Conseil régional du Centre'],
    ['Union', 'La Réunion de la Union des banques.', 'Union des banques'],
  ])('%s in %s', (head, sentence, want) => {
    expect(expandHead(head, sentence)).toBe(want);
  });
});

describe('isTimeName', () => {
  test.each([
    ['election day', true],
    ['memorial day', true],
    ['semana santa', true],
    ['semaine sainte', true],
    ['day', false],
    ['deutsche bank', false],
    ['dia', false],
    ['world day of something else', false],
  ])('%s → %s', (key, want) => {
    expect(isTimeName(key)).toBe(want);
  });
});

describe('isOrgHead', () => {
  test.each([
    ['federation', true],
    ['sindicato', true],
    ['agence', true],
    ['tarifs', false],
    ['zones', false],
    ['kleine', false],
  ])('%s → %s', (key, want) => {
    expect(isOrgHead(key)).toBe(want);
  });
});
