import { describe, expect, test } from 'vitest';
import type { Lang } from '../types.ts';
import { buildEntityTable } from './entity-table.ts';
import { findParties } from './find-parties.ts';
import { afterProductNoun, belongsToParty, hasModelNumber, isPartyProduct, partyMatcher } from './product-names.ts';

describe('hasModelNumber', () => {
  test.each<[string[], boolean]>([
    [['NVIDIA', 'A100'], true],
    [['Airbus', 'A320'], true],
    [['Tesla', 'Model', '3'], true],
    [['Galaxy', 'S24'], true],
    [['OpenAI', 'GPT-4'], true],
    [['Boeing', '737'], true],
    [['Nvidia'], false],
    [['Deutsche', 'Bank'], false],
    [['Bank', 'of', 'America'], false],
    [['Formula', 'One'], false],
  ])('%j → %s', (tokens, want) => {
    expect(hasModelNumber({ tokens })).toBe(want);
  });
});

describe('belongsToParty', () => {
  const m = partyMatcher(['Nvidia', 'OpenAI']);
  test.each<[string, string[], boolean, boolean]>([
    ['Vera Rubin', ['via la nouvelle plateforme Vera Rubin de Nvidia, précisent-ils.'], true, true],
    ['Blackwell', ['the Blackwell chips of Nvidia sold out.'], false, true],
    ['Blackwell', ['the Blackwell platform of Nvidia sold out.', 'Blackwell sold out.'], false, false],
    ['Hopper', ['Die Plattform Hopper von Nvidia ist ausverkauft.'], true, true],
    ['ChatGPT', ['à la percée de ChatGPT, rappelle Nvidia.', 'OpenAI fait tourner ChatGPT.'], false, true],
    ['Microsoft', ['Microsoft achète ces GPU.'], false, false],
    ['Intel', ["Nvidia rachète 4 % d'Intel."], false, true],
    ['Absent', ['Nvidia grandit.'], false, false],
    // A mention inside a longer word is not a mention ("GPT" in "ChatGPT").
    ['GPT', ['Nvidia fait tourner ChatGPT.'], false, false],
  ])('%s in %j → owned %s, withParty %s', (name, sentences, owned, withParty) => {
    expect(belongsToParty(name, m, sentences)).toEqual({ owned, withParty });
  });

  test('no leading parties: nothing belongs', () => {
    expect(belongsToParty('Vera Rubin', partyMatcher([]), ['Vera Rubin de Nvidia'])).toEqual({ owned: false, withParty: false });
  });
});

describe('afterProductNoun', () => {
  test.each<[string, string[], boolean]>([
    ['DGX', ['du premier supercalculateur DGX à la percée de ChatGPT'], true],
    ['GPT', ['Les modèles GPT sont entraînés.', 'OpenAI lance ChatGPT.'], true],
    ['Claude', ['The chatbot Claude answered.'], true],
    ['Gemini', ['Die Plattform Gemini wächst.', 'Google baut Gemini aus.'], false],
    ['Renault', ['le constructeur Renault a vendu plus.'], false],
    ['Airbus', ['Der Flugzeugbauer Airbus liefert.'], false],
    ['Absent', ['Nichts.'], false],
  ])('%s in %j → %s', (name, sentences, want) => {
    expect(afterProductNoun(name, sentences)).toBe(want);
  });
});

describe('isPartyProduct', () => {
  const table = buildEntityTable(
    ['Tesla sold more cars.', 'Tesla said the Tesla Model Y led sales.', 'Bank of America and the Fondation de France agreed.', 'Bank rules apply.'],
    'en',
    'Tesla sales',
    [],
  );
  const byName = (n: string) => table.entities.find((e) => e.name === n)!;
  test.each<[string, string, boolean]>([
    ['Tesla Model Y', 'Tesla', true],
    ['Bank of America', 'Bank', false],
  ])('%s, owner %s → %s', (name, owner, want) => {
    expect(isPartyProduct(byName(name), [byName(owner)])).toBe(want);
  });
});

describe('findParties: products and models of the leading parties are not parties', () => {
  const parties = (lang: Lang, title: string, sentences: string[]) =>
    findParties(buildEntityTable(sentences, lang, title, []), lang, [], () => undefined, sentences).map((p) => p.name);

  test.each<[Lang, string, string[], string[], string[]]>([
    [
      'fr',
      'Airbus va livrer des avions à Air France',
      [
        'Airbus a signé avec Air France un contrat pour des avions.',
        'Les appareils Airbus A350 remplaceront les anciens.',
        'La plateforme Skywise d’Airbus suivra la flotte, selon Air France.',
        'Le ministre Bruno Le Maire a salué l’accord.',
      ],
      ['Airbus', 'Air France'],
      ['Airbus A350', 'Skywise'],
    ],
    [
      'en',
      'Samsung signs chip deal with Qualcomm',
      [
        'Samsung signed a chip deal with Qualcomm on Monday.',
        'The Galaxy S25 phones of Samsung will use Qualcomm chips, Qualcomm said.',
        'SmartThings, run by Samsung, is not part of it.',
        'Analysts at Morgan Stanley welcomed the deal.',
        'Morgan Stanley raised its target.',
      ],
      ['Samsung', 'Qualcomm', 'Morgan Stanley'],
      ['Galaxy S25', 'SmartThings'],
    ],
    [
      'de',
      'Volkswagen baut den Golf in China',
      [
        'Volkswagen will den VW Golf künftig auch in China bauen.',
        'Der Konzern Volkswagen verhandelt mit SAIC.',
        'Der Volkswagen ID.3 bleibt in Zwickau, sagte SAIC.',
      ],
      ['Volkswagen', 'SAIC'],
      ['Volkswagen ID.3'],
    ],
  ])('%s: %s', (lang, title, sentences, want, not) => {
    const got = parties(lang, title, sentences);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });
});
