import { describe, expect, it } from 'vitest';
import { findNames, isInstitution } from './find-names.ts';
import { isCapsLine } from './entity-table.ts';

describe('isInstitution', () => {
  it.each([
    ['Ministerio', true], ['Ministère', true], ['Minist', true], ['Secretaría', true], ['Institut', true], ['Instituto', true],
    ['Comisión', true], ['Universidad', true], ['Università', true], ['Dirección', true], ['Fundación', true], ['Bank', true],
    ['Banque', true], ['Office', true], ['Bureau', true], ['Department', true],
    ['Ministry-of', false], ['Universe2', false], ['Banks', false], ['ministerio', false], ['Tesla', false], ['', false], ['Fundaci ón', false],
  ])('%j: %s', (word, want) => {
    expect(isInstitution(word)).toBe(want);
  });
});

describe('findNames with institutions', () => {
  it.each([
    ['Le Ministerio de Energía y Minas a publié un rapport.', 'es', 'Ministerio de Energía y Minas'],
    ['Tesla y Mercedes venden más coches.', 'es', 'Tesla'],
  ] as const)('%j → first name %j', (sentence, lang, first) => {
    expect(findNames(sentence, lang)[0]?.text).toBe(first);
  });
});

describe('findNames: names that span "and", "d\'" or start with an article', () => {
  it.each([
    // English puts the institution's head last: "and" joins when one follows.
    ['A probe by the U.S. Securities and Exchange Commission began.', 'en', ['U.S. Securities and Exchange Commission']],
    ['The logo of NASA, the National Aeronautics and Space Administration.', 'en', ['NASA', 'National Aeronautics and Space Administration']],
    ['A gift from the Bill and Melinda Gates Foundation came last year.', 'en', ['Bill and Melinda Gates Foundation']],
    ['There were talks between Tesla and Nvidia.', 'en', ['Tesla', 'Nvidia']],
    ['He sold shares of Apple and Microsoft Corp. in May.', 'en', ['Apple', 'Microsoft Corp.']],
    // One capitalised word, "d'" and a capital: one name. Two words before: a person, then an organisation.
    ["La Côte d'Ivoire a signé l'accord.", 'fr', ["Côte d'Ivoire"]],
    ["Il a reçu le Ballon d’Or en 1998.", 'fr', ['Ballon d’Or']],
    ["Selon Sam Altman d'OpenAI, la demande explose.", 'fr', ['Sam Altman', 'OpenAI']],
    ["Le rachat d'Intel par Nvidia.", 'fr', ['Intel', 'Nvidia']],
    // A capitalised article whose name never came ("We" is a stop word) is not a name of its own.
    ['It renamed itself The We Company in January.', 'en', ['Company']],
    ['Il cite Le Monde et La Poste.', 'fr', ['Le Monde', 'La Poste']],
  ] as const)('%j (%s) → %j', (sentence, lang, names) => {
    expect(findNames(sentence, lang).map((n) => n.text)).toEqual(names);
  });
});

describe('isCapsLine', () => {
  it.each([
    ['“UNA CONFRONTACIÓN MÁXIMA”', true],
    ['"DEMANDER DAVANTAGE DE SACRIFICES AUX PORTUGAIS"', true],
    ['Nvidia and OpenAI signed.', false],
    ['NATO', true],
    ['SNS', false],
    ['엘제이-류화영 진흙탕 싸움 SNS', false],
    ['', false],
  ] as const)('%j → %s', (line, want) => {
    expect(isCapsLine(line)).toBe(want);
  });
});

describe('findNames: a German noun before "von" is not part of the name', () => {
  // The noun stays a span of its own (entity-table drops article-led lone nouns); the name after "von" is apart.
  it.each([
    ['Die Anleger begrüßten die Absicht von GM am Montag.', ['Anleger', 'Absicht', 'GM']],
    ['Er wird als Nachfolger von Paul Achleitner gehandelt.', ['Nachfolger', 'Paul Achleitner']],
    ['Sie lobten die Batteriefabrik von LG Energy Solution in Ohio.', ['Batteriefabrik', 'LG Energy Solution', 'Ohio']],
    ['Die Rede von Olaf Scholz war kurz.', ['Rede', 'Olaf Scholz']],
  ] as const)('%j → %j', (sentence, names) => {
    expect(findNames(sentence, 'de').map((n) => n.text)).toEqual(names);
  });

  it.each([
    ['Gestern sprach Karl-Theodor zu Guttenberg in Berlin.', 'de', 'Karl-Theodor zu Guttenberg'],
    ['Gestern erinnerte Scholz an Otto von Bismarck.', 'de', 'Otto von Bismarck'],
    ['The board met the Karl von Habsburg foundation.', 'en', 'Karl von Habsburg'],
  ] as const)('without an article before, %j keeps %j', (sentence, lang, name) => {
    expect(findNames(sentence, lang).map((n) => n.text)).toContain(name);
  });
});

describe('findNames: German numbers written as nouns', () => {
  // The noun after the number is left alone, for entity-table's German common-noun tests.
  it.each([
    ['Zehntausend Zuhörer jubelten Herbert Diess zu.', 'Zehntausend', 'Herbert Diess'],
    ['Am Abend protestierten Hunderte Beschäftigte vor Volkswagen.', 'Hunderte', 'Volkswagen'],
  ] as const)('%j: no name holds %j; %j stays', (sentence, number, name) => {
    const names = findNames(sentence, 'de').map((n) => n.text);
    expect(names.filter((n) => n.includes(number))).toEqual([]);
    expect(names).toContain(name);
  });
});
