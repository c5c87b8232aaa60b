import { describe, expect, test } from 'vitest';
import type { Lang } from '../types.ts';
import { buildEntityTable } from './entity-table.ts';
import { findNames } from './find-names.ts';
import { acronymExpansion, findParties } from './find-parties.ts';

/** The party names findParties lists for these sentences (no JSON-LD "about", no amounts). */
const names = (lang: Lang, title: string, sentences: string[], own: string[] = []): string[] =>
  findParties(buildEntityTable(sentences, lang, title, []), lang, [], () => undefined, sentences, own).map((p) => p.name);

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
    // A month beside a number is a date ("Dec. 11", "seit Mai 2022", "21 Dec"); without one it may be a name.
    ['en', 'The bill was voted on by the House Dec. 11 and sent on.', ['House']],
    ['de', 'Er leitet Siemens seit Mai 2022.', ['Siemens']],
    ['fr', 'Le vote aura lieu le 12 Mai au Sénat.', ['Sénat']],
    ['de', 'Mai Thi Nguyen-Kim traf Siemens.', ['Mai Thi Nguyen-Kim', 'Siemens']],
    // A hyphen between spaces is a dash, not part of a name.
    ['en', 'Their Windpark - Windfloat Atlantic project starts.', ['Windpark', 'Windfloat Atlantic']],
    ['es', 'El consorcio Aguas - Iberdrola Renovables respondió.', ['Aguas', 'Iberdrola Renovables']],
    // German conjunctions opening a sentence are not names.
    ['de', 'Während Equinor baut, wartet RWE.', ['Equinor', 'RWE']],
  ])('%s: %s', (lang, sentence, names) => {
    expect(findNames(sentence, lang).map((n) => n.text)).toEqual(names);
  });

  test.each<[Lang, string, string[]]>([
    // A full stop kept inside a sentence the splitter left whole (a quotation) ends a name and opens a sentence.
    ['de', '„Sie prüfen alles andere. Der Fall zeigt es“, sagte Ricardo Canese.', ['Fall', 'Ricardo Canese']],
    ['fr', 'Il cite Bandari. Pratiquement rien ne bouge chez Total.', ['Bandari', 'Pratiquement', 'Total']],
    // Abbreviations and legal suffixes do not end a sentence.
    ['en', 'A letter from Apple Corp. Chairman Tim Cook came.', ['Apple Corp.', 'Tim Cook']],
  ])('%s: %s', (lang, sentence, names) => {
    expect(findNames(sentence, lang).map((n) => n.text)).toEqual(names);
  });

  test('a full stop inside a sentence makes the next word sentence-initial', () => {
    expect(findNames('Il cite Bandari. Pratiquement rien ne bouge.', 'fr').find((n) => n.text === 'Pratiquement')?.initial).toBe(true);
    expect(findNames('Il cite Bandari, Pratiquement Inc. et Total.', 'fr').find((n) => n.text === 'Pratiquement Inc.')?.initial).toBe(false);
  });

  test.each<[string, string, boolean]>([
    // A lone word in parentheses is an acronym or a name; a parenthesis that opens a clause capitalises for grammar.
    ['El martes Montecon informó al sindicato portuario (Supra) del despido.', 'Supra', false],
    ['The agency (BOEM) issued leases.', 'BOEM', false],
    ['Prices rose (Analysts expected it) last week.', 'Analysts', true],
    // After a name, a parenthesised word glosses the place: as before, not a solid mention.
    ['A man was arrested in Besançon (Doubs) on Sunday.', 'Doubs', true],
  ])('%s: %s initial=%s', (sentence, name, initial) => {
    expect(findNames(sentence, 'en').find((n) => n.text === name)?.initial).toBe(initial);
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
    const got = names('de', 'Volkswagen, Foxconn und die Deutsche Bank', sentences);
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
    const got = names(lang, '', sentences);
    expect(got.includes(name)).toBe(want);
  });
});

describe('acronymExpansion', () => {
  test.each<[string, string, string | undefined]>([
    ['CRE', "Selon la Commission de régulation de l'énergie (CRE), la hausse est justifiée.", "Commission de régulation de l'énergie"],
    ['NYAG', '(Reuters) — The New York State Attorney General (NYAG) is investigating WeWork.', 'New York State Attorney General'],
    ['MEM', 'La proyección del Ministerio de Energía y Minas (MEM) es que el precio suba.', 'Ministerio de Energía y Minas'],
    ['EU', 'Die Europäische Union (EU) hebt die Zölle.', 'Europäische Union'],
    ['BCE', 'La Banca centrale europea (BCE) alza i tassi.', 'Banca centrale europea'],
    // Some write their acronym as a word.
    ['Supra', 'Mieres presentó al Sindicato Único Portuario y Ramas Afines (Supra) una fórmula.', 'Sindicato Único Portuario y Ramas Afines'],
    ['Lima', 'Er reiste nach Lima (Lima) weiter.', undefined],
    ['LR', 'Les Républicains (LR) ont voté contre.', 'Les Républicains'],
    // Reaching the first letter by leaving a word out onto an article is not a definition.
    ['LR', 'Le président des Républicains (LR) a voté contre.', undefined],
    // Lowercase expansions, initials that do not match, acronyms never defined.
    ['ARS', "L'agence régionale de santé (ARS) a répondu.", undefined],
    ['FO', 'a dit Jean Dupont (FO) hier.', undefined],
    ['EDF', 'EDF a publié ses comptes.', undefined],
  ])('%s in %j → %j', (acr, sentence, want) => {
    expect(acronymExpansion(acr, [sentence])).toBe(want);
  });
});

describe('findParties: places, dates, headings, duplicates', () => {
  test.each<[string, Lang, string, string[], string[], string[]]>([
    [
      'fr: a headline that names a city as the place ("à Marseille") does not make it an actor',
      'fr',
      'Mal-logement à Marseille : la Fondation Abbé-Pierre alerte',
      ['Trois immeubles se sont effondrés rue d’Aubagne à Marseille.', 'La Fondation Abbé-Pierre demande des fonds, a dit Julien Denormandie.', 'La Fondation Abbé-Pierre et Julien Denormandie se verront à Marseille.', 'Marseille attend.'],
      ['Fondation Abbé-Pierre', 'Julien Denormandie'],
      ['Marseille', 'Aubagne'],
    ],
    [
      'es: "en España" in the headline and the text is the setting; the personal "a" is not a place',
      'es',
      'Los coches más vendidos en España, según Anfac',
      ['En España se vendieron un millón de coches, dijo Anfac a El Mundo.', 'Anfac espera más ventas en España.', 'Dacia y Anfac lo confirmaron en España.'],
      ['Anfac', 'El Mundo'],
      ['España'],
    ],
    [
      'de: "in Bremen" in the headline; a compound\'s last part ("Luftwaffen-Piloten") is not a headline word',
      'de',
      'CAE bildet künftig Luftwaffen-Piloten in Bremen aus',
      ['Die CAE GmbH bildet Piloten in Bremen aus.', 'Lufthansa Aviation Training schickt Piloten nach Bremen.', 'CAE GmbH und Lufthansa Aviation Training unterzeichneten den Vertrag in der Stadt Bremen.'],
      ['CAE GmbH', 'Lufthansa Aviation Training'],
      ['Bremen', 'Piloten'],
    ],
    [
      'en: "invest in" names a company, not a place',
      'en',
      'SoftBank to invest $2 billion in WeWork',
      ['SoftBank will invest $2 billion in WeWork, SoftBank said.', 'WeWork welcomed the money.'],
      ['SoftBank', 'WeWork'],
      [],
    ],
    [
      'en: holidays and months are not parties',
      'en',
      'Harris and Trump race to Election Day',
      ['Kamala Harris and Donald Trump campaign before Election Day.', 'The House votes Dec. 11, Harris said.', 'Election Day is Nov. 5, Donald Trump said.'],
      ['Kamala Harris', 'Donald Trump'],
      ['Election Day', 'House Dec', 'Dec'],
    ],
    [
      'es: words seen only in a line written in capitals are a heading',
      'es',
      'Gobierno acusa a Montecon',
      ['“UNA CONFRONTACIÓN MÁXIMA”', 'El gobierno dijo que Montecon despidió a 150 trabajadores.', 'Montecon respondió al ministro Pablo Mieres.', 'Pablo Mieres habló con Katoen Natie.'],
      ['Montecon', 'Pablo Mieres'],
      ['CONFRONTACIÓN MÁXIMA', 'UNA CONFRONTACIÓN MÁXIMA'],
    ],
    [
      'de: a counted noun after a number is no name ("120.000 Tonnen Stahlbeton")',
      'de',
      'RWE sprengt Kühltürme in Gundremmingen',
      ['RWE sprengte 120.000 Tonnen Stahlbeton.', 'Die Thüringer Sprenggesellschaft half RWE.', 'RWE und die Thüringer Sprenggesellschaft sind zufrieden.'],
      ['RWE', 'Thüringer Sprenggesellschaft'],
      ['Tonnen Stahlbeton', 'Stahlbeton'],
    ],
    [
      'fr: a name cut on a particle loses its dangling particle ("Facebook de")',
      'fr',
      'La Fondation du patrimoine lance une collecte',
      ['Les dons passent par la page Facebook de la Fondation du patrimoine.', 'La Fondation du patrimoine a reçu des dons.', 'Franck Riester salue la Fondation du patrimoine.'],
      ['Fondation du patrimoine'],
      ['Facebook de'],
    ],
    [
      'de: money ("US-Dollar", "Euro") is not a party; a person called Yuan is',
      'de',
      'Zoom investiert in Europa',
      ['Zoom-Chef Eric Yuan sagte, Zoom investiere 2 Milliarden US-Dollar.', 'Der Kurs in US-Dollar fiel, der Euro stieg.', 'Yuan sagte, Zoom bleibe in Europa. Der Euro sei stark, der US-Dollar schwach.'],
      ['Zoom', 'Eric Yuan'],
      ['US-Dollar', 'Euro'],
    ],
    [
      'en: a list of two names joined by "and" is cut again when one side is written alone; an agency\'s name is kept whole',
      'en',
      'Nvidia meets regulators',
      ['On Monday, Nvidia and Commerce Department officials met.', 'The U.S. Securities and Exchange Commission was not there, Nvidia said.', 'Reporters asked Nvidia about it.'],
      ['Nvidia', 'Commerce Department', 'U.S. Securities and Exchange Commission'],
      ['Nvidia and Commerce Department', 'U.S. Securities', 'Exchange Commission'],
    ],
    [
      "fr: \"d'\" joins a one-word name to the next (Côte d'Ivoire) unless the first is written alone (Coliposte)",
      'fr',
      "Colis : la Côte d'Ivoire signe avec Coliposte",
      ["Les salariés de la plateforme Coliposte d'Issy-les-Moulineaux ont fait grève.", 'La direction de Coliposte a répondu.', "La Côte d'Ivoire a signé avec Coliposte."],
      ['Coliposte', "Côte d'Ivoire"],
      ["Coliposte d'Issy-les-Moulineaux", 'Côte', 'Ivoire'],
    ],
    [
      'en: a sentence that opens on an organisation whose first word is also a common word keeps it whole; a legal form alone is nobody',
      'en',
      'Home Depot sales miss',
      ['The home-improvement retailer earned $2.8 billion, Home Depot Inc. said.', 'Analysts at Home Depot rivals were calm.', 'Home Depot shares fell, and Inc. magazine noticed.', 'Buyers came back to Home Depot in May.', 'Its home office stayed shut.'],
      ['Home Depot Inc.'],
      ['Depot', 'Inc.'],
    ],
    [
      "es: a minister's portfolio is no party and does not cut the ministry's name; a portfolio also used alone is",
      'es',
      'Polémica por el proyecto Amador',
      ['El Ministerio de Ambiente aprobó el estudio, según Mayín Correa.', 'Es necesario que el Ministro de Ambiente se pronuncie, dijo Mayín Correa.', 'El ministro de Comercio no habló.', 'El ministro de Hacienda lo confirmó y Hacienda pagará.'],
      ['Ministerio de Ambiente', 'Mayín Correa', 'Hacienda'],
      ['Ambiente', 'Comercio'],
    ],
    [
      'fr, en: a disease, an editorial note, a French wage or tax acronym, a lone "Company" are not parties',
      'fr',
      'Le Covid-19 freine la hausse du Smic',
      ['Le Covid-19 a frappé, a dit Olivier Dussopt (la CSG et le Smic baissent, NDLR).', 'Olivier Dussopt a parlé du Covid-19 et du Smic.', 'La Company et la CSG attendent, selon Olivier Dussopt.'],
      ['Olivier Dussopt'],
      ['Covid-19', 'Smic', 'CSG', 'NDLR', 'Company'],
    ],
    [
      'de: a capitalised "Uber" inside a sentence is the company, not "über"',
      'de',
      'Wynaendts wechselt in den Aufsichtsrat',
      ['Wynaendts sitzt im Verwaltungsrat von Air France-KLM und Uber Technologies.', 'Über die Nachfolge wird im Mai entschieden.', 'Auch Uber Technologies lobte Wynaendts.'],
      ['Air France-KLM', 'Uber Technologies'],
      ['Technologies'],
    ],
  ])('%s', (_, lang, title, sentences, want, not) => {
    const got = names(lang, title, sentences);
    for (const w of want) expect(got).toContain(w);
    // Dropped, or ranked after every actor.
    const lastActor = Math.max(...want.map((w) => got.indexOf(w)));
    for (const n of not) expect(got.indexOf(n) === -1 || got.indexOf(n) > lastActor, `${n} in ${got.join(' | ')}`).toBe(true);
  });

  test('an acronym the text defines is shown once, with its full name; a name inside a longer one is not repeated', () => {
    const sentences = [
      "Selon la Commission de régulation de l'énergie (CRE), la hausse est justifiée, a dit Jens Hesselbjerg Christensen.",
      'La CRE a publié sa délibération.',
      'La CRE a été saisie par EDF.',
      'Hesselbjerg Christensen a confirmé, comme Hesselbjerg Christensen l’avait dit.',
    ];
    const got = names('fr', 'La CRE propose une hausse', sentences);
    expect(got).toContain("Commission de régulation de l'énergie (CRE)");
    expect(got).not.toContain('CRE');
    expect(got).not.toContain("Commission de régulation de l'énergie");
    expect(got).toContain('Jens Hesselbjerg Christensen');
    expect(got).not.toContain('Hesselbjerg Christensen');
  });

  test.each<[Lang, string[], string, string]>([
    ['fr', ['Le ministre de la Culture Franck Riester a salué la collecte.', 'Franck Riester a remercié les donateurs.'], 'Franck Riester', 'Culture Franck Riester'],
    ['fr', ['Le ministre du Logement Julien Denormandie a promis 240 millions.', 'Julien Denormandie a visité le quartier.'], 'Julien Denormandie', 'Logement Julien Denormandie'],
    ['es', ['La ministra de Sanidad Carolina Darias compareció.', 'Carolina Darias pidió calma.'], 'Carolina Darias', 'Sanidad Carolina Darias'],
    ['it', ['Il ministro della Salute Roberto Speranza ha parlato.', 'Roberto Speranza ha firmato.'], 'Roberto Speranza', 'Salute Roberto Speranza'],
    // Named once: the title before the portfolio is evidence enough.
    ['en', ['The Secretary of State Antony Blinken flew to Paris.', 'He met officials there.'], 'Antony Blinken', 'State Antony Blinken'],
  ])('%s: the portfolio before a minister\'s name is cut off (%s)', (lang, sentences, want, not) => {
    const got = names(lang, '', sentences);
    expect(got).toContain(want);
    expect(got).not.toContain(not);
  });

  test.each<[string, Lang, string, string[], string[], string[]]>([
    [
      'a photo credit names the photographer or the publisher, not an actor',
      'en',
      'Home Depot sales miss',
      ['Home Depot reported earnings.', 'A shopper outside a Home Depot in Hialeah. (AP Photo/Alan Diaz, File)', 'Home Depot shares fell, said Craig Menear.', 'Photo: Jane Roe for Reuters'],
      ['Home Depot', 'Craig Menear'],
      ['Alan Diaz', 'Jane Roe'],
    ],
    [
      'the publication named at the end of the headline is not a headline actor',
      'fr',
      'Baccalauréat : des copies retenues - Le Carillon des Vallées',
      ['Selon le collectif, des copies sont retenues, a dit Frédérique Rolet.', 'Frédérique Rolet a parlé à Jean-Michel Blanquer.', 'Jean-Michel Blanquer répond.', 'Photo d’illustration. (© Le Carillon des Vallées)', 'Lire Le Carillon des Vallées demain.'],
      ['Frédérique Rolet', 'Jean-Michel Blanquer'],
      ['Carillon des Vallées', 'Le Carillon des Vallées'],
    ],
    [
      'a common noun phrase\'s acronym is not a party; an organisation written in lowercase is',
      'fr',
      'La SNCF suspend les abonnements',
      ['La SNCF suspend les tarifs réglementés de vente (TRV).', 'Les TRV baissent, dit la SNCF.', 'Le vice-président de la fédération nationale des associations d’usagers des transports (Fnaut) approuve.'],
      ['SNCF', 'Fnaut'],
      ['TRV'],
    ],
  ])('%s', (_, lang, title, sentences, want, not) => {
    const got = names(lang, title, sentences);
    for (const w of want) expect(got, got.join(' | ')).toContain(w);
    for (const n of not) expect(got, got.join(' | ')).not.toContain(n);
  });

  test.each<[string, Lang, string[], string[], string[]]>([
    [
      'fr: a demonym in front of a name is cut off',
      'fr',
      ['Le groupe est né de la fusion du Suédois Astra et du Britannique Zeneca.', 'AstraZeneca livrera les doses, a dit AstraZeneca.'],
      ['AstraZeneca', 'Astra', 'Zeneca'],
      ['Suédois Astra', 'Britannique Zeneca'],
    ],
    [
      'en: an English name that starts with a demonym stays whole; a rival noun is cut off',
      'en',
      ['British Airways cut fares, British Airways said.', 'Rival Lowe’s was also lower.', 'Ryanair followed British Airways.'],
      ['British Airways', 'Lowe'],
      ['Airways', 'Rival Lowe'],
    ],
    [
      'fr, en: a plural organisation noun before a pair of names makes both organisations, named once',
      'fr',
      ['La Ville met fin au service.', 'Les usagers regrettent.', 'Le bilan est mauvais.', 'Le conseil a voté.', 'La police approuve.', 'Les rues sont libres.', 'Selon lui, les entreprises Lime et Bird n’ont pas encadré le service.', 'Il a vu Dupont.'],
      ['Lime', 'Bird'],
      ['Dupont'],
    ],
    [
      'fr, en: an apposition that calls a name once-named an organisation keeps it, even after "à"',
      'fr',
      ['Le merlu est sauvé.', 'Les stocks remontent.', 'Les pêcheurs respirent.', 'Le quota baisse.', 'La flotte s’adapte.', 'Les prix montent.', 'Pour Javier López, directeur de campagne à Oceana, une organisation de défense de la mer, la reprise est fragile.'],
      ['Oceana'],
      [],
    ],
    [
      'fr: the name after a role and "du" is an organisation named once',
      'fr',
      ['Le bac est perturbé.', 'Les notes manquent.', 'Les parents attendent.', 'Le ministre répond.', 'Le calendrier tient.', 'Les copies sont là.', 'Pour Frédérique Rolet, porte-parole du Snes-Fsu, il faut négocier.'],
      ['Snes-Fsu'],
      [],
    ],
  ])('%s', (_, lang, sentences, want, not) => {
    const got = names(lang, '', sentences);
    for (const w of want) expect(got, got.join(' | ')).toContain(w);
    for (const n of not) expect(got, got.join(' | ')).not.toContain(n);
  });

  test.each<[string, Lang, string, string[], string | undefined]>([
    ['a lowercase first word of the headline that the text repeats is a brand', 'de', 'creditshelf kooperiert mit finleap', ['Die Kooperation von creditshelf mit finleap ist geplant.', 'creditshelf plant die Akquisition.', 'Für creditshelf-Kunden ändert sich nichts, sagte Daniel Bartsch.'], 'creditshelf'],
    // Named once only, or a stop word: no brand.
    ['a lowercase first word named once is not', 'de', 'creditshelf kooperiert mit finleap', ['Die Kooperation mit finleap ist geplant, sagte Daniel Bartsch.', 'Daniel Bartsch bestätigte das.'], undefined],
    ['a stop word is not', 'fr', 'pour Doctolib, une année record', ['Pour Doctolib, pour les patients et pour les médecins, tout change.', 'Doctolib le confirme, pour sa part.'], undefined],
  ])('%s', (_, lang, title, sentences, want) => {
    const got = names(lang, title, sentences).filter((n) => /^\p{Ll}/u.test(n));
    expect(got).toEqual(want ? [want] : []);
  });

  test('a full name is shown with the acronym the text defines for it, wherever it ranks', () => {
    const sentences = [
      'Equinor and RWE won leases, Equinor said.',
      'RWE and Equinor will build floating farms, RWE said.',
      'The federal Bureau of Ocean Energy Management (BOEM) issued the leases.',
    ];
    const got = names('en', 'Equinor and RWE win leases', sentences);
    expect(got).toContain('Bureau of Ocean Energy Management (BOEM)');
    expect(got).not.toContain('Bureau of Ocean Energy Management');
    expect(got).not.toContain('BOEM');
  });

  test('a name cut before its last particle phrase is replaced in place by the whole name', () => {
    const sentences = [
      'Le Service de police de la Ville a saisi des trottinettes, dit Éric Alan Caldwell.',
      'Éric Alan Caldwell a parlé à Montréal.',
      'Le Service de police de la Ville de Montréal (SPVM) confirme.',
      'Montréal et Montréal.',
    ];
    const got = names('fr', 'La fin des trottinettes', sentences);
    expect(got).toContain('Service de police de la Ville de Montréal (SPVM)');
    expect(got).not.toContain('Service de police de la Ville');
  });

  test('a name of several words inside the site name is the publisher ("El País" in "Diario EL PAIS Uruguay")', () => {
    const sentences = ['Montecon dijo a El País que despedirá a 150 trabajadores.', 'Fuentes de Montecon dijeron a El País que no.', 'El País consultó al ministro Pablo Mieres.'];
    const got = names('es', 'Gobierno acusa a Montecon', sentences, ['Diario EL PAIS Uruguay']);
    expect(got).not.toContain('El País');
    expect(got).toContain('Montecon');
  });
});

describe('findParties: page furniture', () => {
  test('image file names and captions glued to a date are not parties; the names of the story stay', () => {
    const sentences = [
      'General Motors und LG Energy Solution bauen eine Fabrik in Ohio.',
      'Das Bild zeigt laut Battery-Logo-1030x568-300x165.png Gerrit Bockey2022-11-24 eine neue Fabrik.',
      'General Motors investiert 2,6 Milliarden Dollar, sagte LG Energy Solution.',
      'Mehr dazu zeigt laut Battery-Logo-1030x568-300x165.png Gerrit Bockey2022-11-24 eine Grafik.',
    ];
    const got = names('de', 'General Motors und LG Energy Solution', sentences);
    expect(got).toEqual(expect.arrayContaining(['General Motors', 'LG Energy Solution']));
    expect(got.filter((n) => /png|Bockey/.test(n))).toEqual([]);
  });
});
