import { describe, expect, test } from 'vitest';
import type { Lang } from '../types.ts';
import { buildEntityTable } from './entity-table.ts';
import { findNames } from './find-names.ts';
import { findParties } from './find-parties.ts';

describe('findNames', () => {
  test.each<[Lang, string, string[]]>([
    ['fr', 'Nvidia a annoncé racheter 4% d’Intel, autre géant.', ['Nvidia', 'Intel']],
    ['fr', 'le PDG d’OpenAI Sam Altman déclare', ['OpenAI', 'Sam Altman']],
    ['fr', "après la prise de parole d'Emmanuel Macron.", ['Emmanuel Macron']],
    ['fr', 'M. Huang avait surpris les marchés.', ['Huang']],
    ['fr', "L'Américain a répondu à l'Université de Lincoln.", ['Américain', 'Université de Lincoln']],
    ['en', 'Microsoft President Brad Smith met Bank of America.', ['Microsoft', 'Brad Smith', 'Bank of America']],
    ['en', "Verizon's Yahoo deal closed in New York.", ['Verizon', 'Yahoo', 'New York']],
    ['en', 'NASA picked Sierra Nevada Corp. and SpaceX.', ['NASA', 'Sierra Nevada Corp.', 'SpaceX']],
    ['de', 'Laut Konzernchef Herbert Diess will die Deutsche Bank wachsen.', ['Herbert Diess', 'Deutsche Bank']],
    ['de', 'Der Ausbau des Netzes kostet 5 Mio. EUR.', ['Ausbau', 'Netzes']],
    ['de', 'Betriebsratschefin und Aufsichtsrätin Daniela Cavallo kritisierte Diess.', ['Daniela Cavallo', 'Diess']],
    ['de', 'Laut Crocs-CEO Andrew Rees wächst die Marke.', ['Andrew Rees', 'Marke']],
    ['de', 'Der Betriebsrat von Airbus tagte.', ['Airbus']],
    ['en', 'The Democrat Mary Peltola spoke to the Corporate Council.', ['Democrat Mary Peltola', 'Corporate Council']],
    ['es', 'El ministro Alberto Pimentel habló con el Banco Central.', ['Alberto Pimentel', 'Banco Central']],
    ['it', "L'amministratore delegato dell'Eni Claudio Descalzi ha parlato.", ['Eni', 'Claudio Descalzi']],
  ])('%s: %s', (lang, sentence, names) => {
    expect(findNames(sentence, lang).map((n) => n.text)).toEqual(names);
  });

  test('sentence-initial words the article also writes in lowercase are not names', () => {
    expect(findNames('Publié le 3 mars par Le Monde.', 'fr', new Set(['publié'])).map((n) => n.text)).toEqual(['Le Monde']);
  });
});

describe('findParties', () => {
  const parties = (lang: Lang, title: string, sentences: string[], about: string[] = []) => {
    const table = buildEntityTable(sentences, lang, title, about);
    return findParties(table, lang, about, () => undefined).map((p) => `${p.name}:${p.kind}${p.role ? `:${p.role}` : ''}`);
  };

  test('fr: headline organisations first, people with roles, surnames merged', () => {
    const got = parties('fr', "Nvidia va investir jusqu'à 100 milliards de dollars dans OpenAI", [
      'Le géant Nvidia a annoncé un investissement avec OpenAI.',
      '« Nvidia et OpenAI se sont soutenus pendant une décennie », rappelle Jensen Huang, fondateur et PDG de Nvidia.',
      'M. Huang avait déjà surpris les marchés.',
    ]);
    expect(got.slice(0, 2)).toEqual(['Nvidia:org', 'OpenAI:org']);
    expect(got).toContain('Jensen Huang:person:fondateur et PDG de Nvidia');
    expect(got.some((p) => p.startsWith('Huang:'))).toBe(false);
  });

  test('de: appositions are cut and common nouns are not parties', () => {
    const got = parties('de', 'Freenet kauft Media Broadcast', [
      'Der Mobilfunkanbieter Freenet übernimmt Media Broadcast.',
      'Die Übernahme kostet Freenet 295 Millionen Euro.',
      'Die Finanzierung der Übernahme steht, sagte Christoph Vilanek.',
    ]);
    expect(got).toContain('Freenet:org');
    expect(got).toContain('Media Broadcast:org');
    expect(got.some((p) => /Mobilfunkanbieter|Übernahme|Finanzierung|Millionen/.test(p))).toBe(false);
  });

  test('fr: a place written as a setting ranks after the actors; lone heads take their full name', () => {
    const table = buildEntityTable(
      [
        'En France, la Commission de régulation de l’énergie a proposé une hausse.',
        'Engie et EDF contestent la décision en France.',
        'La Commission a répondu à Engie et à EDF, selon les Français.',
      ],
      'fr',
      'Électricité : Engie et EDF contestent',
      [],
    );
    const sentences = [
      'En France, la Commission de régulation de l’énergie a proposé une hausse.',
      'Engie et EDF contestent la décision en France.',
      'La Commission a répondu à Engie et à EDF, selon les Français.',
    ];
    const got = findParties(table, 'fr', [], () => undefined, sentences).map((p) => p.name);
    expect([...got.slice(0, 2)].sort()).toEqual(['EDF', 'Engie']);
    expect(got).toContain('Commission de régulation de l’énergie');
    expect(got).not.toContain('Commission');
    expect(got).not.toContain('Français');
    // "En France … en France": a setting; it may stay in the list but after the actors.
    expect(got.slice(0, 3)).not.toContain('France');
  });

  test('the page\'s own site and author are not parties; a credited agency ranks last', () => {
    const sentences = [
      'PARIS (AFP) – Engie et EDF contestent la hausse, selon Jean Dupont.',
      'Le Carillon des Vallées a interrogé Engie, EDF et AFP.',
      'Jean Dupont rappelle que Engie et EDF ont déjà fait appel.',
    ];
    const table = buildEntityTable(sentences, 'fr', 'Engie et EDF contestent', []);
    const got = findParties(table, 'fr', [], () => undefined, sentences, ['Le Carillon des Vallées', 'Jean Dupont']).map((p) => p.name);
    expect(got).not.toContain('Carillon des Vallées');
    expect(got).not.toContain('Jean Dupont');
    expect(got.slice(0, 2).sort()).toEqual(['EDF', 'Engie']);
    if (got.includes('AFP')) expect(got.indexOf('AFP')).toBe(got.length - 1);
  });

  test('en: JSON-LD about names are kept even when mentioned once', () => {
    const got = parties('en', 'A deal', ['The deal was signed by Acme and Globex.', 'Analysts cheered.'], ['Globex']);
    expect(got).toContain('Globex:org');
  });

  test.each<[string, string[], string[], string[]]>([
    [
      'de: a common noun in front of a name, or joined by "von", is cut off',
      ['Volkswagen baut am Standort Wolfsburg neue Autos.', 'Der Aufbau von Lieferketten dauert, sagte Volkswagen.', 'Der iPhone-Fertiger Foxconn liefert Teile an Volkswagen.'],
      ['Volkswagen', 'Foxconn'],
      ['Standort Wolfsburg', 'Aufbau von Lieferketten', 'Lieferketten', 'iPhone-Fertiger Foxconn'],
    ],
    [
      'de: names that start with a word of their own stay whole',
      ['Die Deutsche Bank und Herbert Diess verhandeln.', 'Die Deutsche Bank bestätigte das, sagte Herbert Diess.'],
      ['Deutsche Bank', 'Herbert Diess'],
      ['Bank', 'Diess'],
    ],
  ])('%s', (_, sentences, want, not) => {
    const got = findParties(buildEntityTable(sentences, 'de', 'Volkswagen, Foxconn und die Deutsche Bank', []), 'de', [], () => undefined, sentences).map((p) => p.name);
    for (const w of want) expect(got).toContain(w);
    for (const n of not) expect(got).not.toContain(n);
  });

  test.each<[Lang, string[], string, boolean]>([
    // One mention with an organisation cue (an acronym) in a short article is a party …
    ['fr', ['Le prix du gaz augmente.', 'Les ménages paieront plus.', 'La hausse a été proposée.', 'Elle sera appliquée en janvier.', 'Selon l’Ifop, les Français sont inquiets.'], 'Ifop', true],
    ['fr', ['Le prix du gaz augmente.', 'Les ménages paieront plus.', 'La hausse a été proposée.', 'Elle sera appliquée en janvier.', 'Le régulateur CRE a validé la hausse.'], 'CRE', true],
    ['en', ['Prices rose.', 'Households will pay more.', 'The rise was proposed.', 'It applies in January.', 'A survey by the firm JLL found the same.'], 'JLL', true],
    // … a single plain mention late in the article is not.
    ['en', ['Prices rose.', 'Households will pay more.', 'The rise was proposed.', 'It applies in January.', 'Bills go up.', 'Many complained.', 'We heard from Jones.'], 'Jones', false],
  ])('%s: one mention of %s → party %s', (lang, sentences, name, want) => {
    const got = findParties(buildEntityTable(sentences, lang, '', []), lang, [], () => undefined, sentences).map((p) => p.name);
    expect(got.includes(name)).toBe(want);
  });
});
