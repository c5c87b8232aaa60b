import { describe, expect, test } from 'vitest';
import { buildEntityTable, commonNounAcronym, kindOf, splitHeadline } from './entity-table.ts';

describe('splitHeadline', () => {
  test.each<[string, string | undefined]>([
    ['Baccalauréat : 108.000 copies retenues - Le Carillon des Vallées', 'Le Carillon des Vallées'],
    ['LVMH mit ordentlichem Wachstum | Weinwirtschaft', 'Weinwirtschaft'],
    ['CAE bildet künftig Piloten in Bremen aus - Aerobuzz.de', 'Aerobuzz.de'],
    ['Investor Icahn To Advise Trump On Finances, Regulation - Opposing Views', 'Opposing Views'],
    // A tail in lowercase, too long, or a second clause is part of the headline.
    ['Mal-logement à Marseille - seulement 17 millions versés par l’État', undefined],
    ['Apple buys Beats - the biggest deal in its history so far', undefined],
    ['Radio France : vers une sortie du conflit ?', undefined],
    ['Nvidia vs. AMD', undefined],
    // Too short a headline before the dash: the title is a pair of names.
    ['Tesla - BYD', undefined],
  ])('%j → %j', (title, publisher) => {
    const got = splitHeadline(title);
    expect(got.publisher).toBe(publisher);
    if (publisher) expect(title.startsWith(got.headline) && got.headline.length < title.length).toBe(true);
    else expect(got.headline).toBe(title);
  });
});

describe('commonNounAcronym', () => {
  test.each<[string, string, boolean]>([
    ['TRV', 'la hausse des tarifs réglementés de vente', true],
    ['KMU', 'Kredite für kleine und mittlere Unternehmen', true],
    ['KMUs', 'Kredite für kleine und mittlere Unternehmen', true],
    ['ZFE', 'les nouvelles zones à faibles émissions', true],
    // An agency written in lowercase is still an organisation.
    ['ARS', "selon l'agence régionale de santé", false],
    // An organisation written in lowercase, a name written in capitals, initials that do not match.
    ['FNAUT', "le vice-président de la fédération nationale des associations d'usagers des transports", false],
    ['Supra', 'presentó al Sindicato Único Portuario y Ramas Afines', false],
    ['Gtsou', 'La operadora de la red de transmisión de gas de Ucrania', false],
    ['CRE', "Selon la Commission de régulation de l'énergie", false],
    ['DEPP', "une étude de la direction de l'évaluation, de la prospective et de la performance", false],
    ['X', 'un mot x', false],
  ])('(%s) after %j → %s', (acr, before, want) => {
    expect(commonNounAcronym(acr, before)).toBe(want);
  });
});

describe('buildEntityTable: short forms joined to a full name', () => {
  const kind = (sentences: string[], name: string) => {
    const e = buildEntityTable(sentences, 'de', '', []).entities.find((x) => x.name === name);
    return e && kindOf(e);
  };

  test('"die Bahn" for Deutsche Bahn is a short form, not a surname: the company stays an organisation', () => {
    const s = ['Flixbus kritisiert die Deutsche Bahn.', 'Laut Flixbus plant die Bahn neue Züge.', 'Kunden der Bahn zahlen mehr.', 'Doch die Bahn widerspricht.', 'Die Ankündigungen von Deutscher Bahn und Bundesverkehrsminister Andreas Scheuer überraschen.'];
    expect(kind(s, 'Deutsche Bahn')).toBe('org');
  });

  test('inflected forms ("Deutscher Bahn", "der Deutschen Bank") join the nominative name, with their mentions', () => {
    const s = ['Flixbus kritisiert die Deutsche Bahn.', 'Die Ankündigungen von Deutscher Bahn überraschen.', 'Die Deutsche Bank bleibt.', 'Die Aktie der Deutschen Bank fiel.'];
    const names = buildEntityTable(s, 'de', '', []).entities.map((e) => [e.name, e.mentions]);
    expect(names).toEqual(expect.arrayContaining([['Deutsche Bahn', 2], ['Deutsche Bank', 2]]));
    expect(names.map(([n]) => n)).not.toContain('Deutscher Bahn');
    expect(names.map(([n]) => n)).not.toContain('Deutschen Bank');
  });

  test('a surname used alone after a verb still makes a person', () => {
    const s = ['Am Montag trug Victoria Beckham die Schuhe.', 'Damit zeigte Beckham, dass sie mutig ist.', 'Später sagte Beckham nichts mehr.'];
    expect(kind(s, 'Victoria Beckham')).toBe('person');
  });
});

describe('buildEntityTable: German counted nouns', () => {
  test('a run after a number word ("vier Jahre Chefaufseher") counts as article-led, like one after a digit', () => {
    const e = buildEntityTable(['Alexander Wynaendts soll weitere vier Jahre Chefaufseher bleiben.'], 'de', '', []).entities.find((x) => x.name === 'Jahre Chefaufseher');
    expect(e?.articleLed).toBe(1);
  });
});
