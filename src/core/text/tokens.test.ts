import { describe, expect, test } from 'vitest';
import type { Lang } from '../types.ts';
import { contentWords, tokenize } from './tokens.ts';

describe('tokenize', () => {
  test.each<[Lang, string, string[]]>([
    ['fr', "L'investissement d'Intel", ["l'", 'investissement', "d'", 'intel']],
    ['fr', 'jusqu’à 100 milliards', ["jusqu'", 'à', 'milliards']],
    ['fr', 'aujourd’hui', ["aujourd'hui"]],
    ['it', "dell'azienda e l'On. Conti", ["dell'", 'azienda', 'e', "l'", 'on', 'conti']],
    ['en', "Nvidia's chips, O'Brien's Wi-Fi", ['nvidia', 'chips', "o'brien", 'wi-fi']],
    ['en', 'COVID-19 hit 4\u202f% of GPUs', ['covid-19', 'hit', 'of', 'gpus']],
    ['de', 'Die Übernahme kostet 2,3 Mrd. Euro', ['die', 'übernahme', 'kostet', 'mrd', 'euro']],
    ['es', '¿Qué pasó con Telefónica?', ['qué', 'pasó', 'con', 'telefónica']],
    ['en', "trailing' dash- ", ['trailing', 'dash']],
  ])('%s: %s', (lang, text, expected) => {
    expect(tokenize(text, lang)).toEqual(expected);
  });

  test('does not split English words that look like French elisions', () => {
    expect(tokenize("don't l'amour", 'en')).toEqual(["don't", "l'amour"]);
  });
});

describe('contentWords', () => {
  test.each<[Lang, string, string[]]>([
    ['fr', "L'investissement de Nvidia dans OpenAI", ['investissement', 'nvidia', 'openai']],
    ['en', 'The company said it would buy a stake', ['company', 'buy', 'stake']],
    ['de', 'Der Konzern und die Bank haben sich geeinigt', ['konzern', 'bank', 'geeinigt']],
    ['es', 'El banco y la empresa firmaron un acuerdo', ['banco', 'empresa', 'firmaron', 'acuerdo']],
    ['it', "L'azienda ha firmato un accordo con la banca", ['azienda', 'firmato', 'accordo', 'banca']],
  ])('%s: %s', (lang, text, expected) => {
    expect(contentWords(text, lang)).toEqual(expected);
  });
});

describe('tokenize with a maximum', () => {
  const text = "L'investissement d'Intel, jusqu'à 100 milliards : l'accord de Nvidia's partner.";
  test.each([
    ['fr', 0], ['fr', 1], ['fr', 2], ['fr', 3], ['fr', 5], ['fr', 100],
    ['en', 0], ['en', 4], ['en', 100],
  ] as const)('%s, max %i: the first tokens of the full list', (lang, max) => {
    expect(tokenize(text, lang, max)).toEqual(tokenize(text, lang).slice(0, max));
  });
});
