import { describe, expect, test } from 'vitest';
import type { AmountQualifier, Lang } from '../types.ts';
import { parseNumbers } from './parse-numbers.ts';

describe('parseNumbers', () => {
  test.each<[Lang, string, string, number, string, AmountQualifier]>([
    ['en', 'shares fell -5.44% on Tuesday', '-5.44%', -5.44, '%', 'exact'],
    ['en', 'revenue grew 3.5 percent', '3.5 percent', 3.5, '%', 'exact'],
    ['en', 'about 4,000 jobs will go', '4,000 jobs', 4000, 'jobs', 'about'],
    ['en', 'it has 12,500 employees', '12,500 employees', 12500, 'employees', 'exact'],
    ['en', 'output of 1.4 million barrels per day', '1.4 million barrels per day', 1.4e6, 'barrels/day', 'exact'],
    ['en', 'an order for 100 aircraft', '100 aircraft', 100, 'aircraft', 'exact'],
    ['en', 'up to 10 GW of capacity', '10 GW', 10, 'GW', 'up-to'],
    ['fr', 'pourrait nécessiter jusqu’à 10 gigawatts de puissance', '10 gigawatts', 10, 'GW', 'up-to'],
    ['fr', 'racheter 4\u202f% d’Intel', '4\u202f%', 4, '%', 'exact'],
    ['fr', 'une hausse de 2,5 pour cent', '2,5 pour cent', 2.5, '%', 'exact'],
    ['fr', 'la suppression de 1\u00a0200 emplois', '1\u00a0200 emplois', 1200, 'jobs', 'exact'],
    ['fr', 'plus de 70.000 salariés', '70.000 salariés', 70000, 'employees', 'more-than'],
    ['fr', 'une commande de 30 avions', '30 avions', 30, 'aircraft', 'exact'],
    ['de', 'rund 2.000 Mitarbeiter', '2.000 Mitarbeiter', 2000, 'employees', 'about'],
    ['de', 'ein Plus von 3,2 Prozent', '3,2 Prozent', 3.2, '%', 'exact'],
    ['de', 'bis zu 500 Stellen', '500 Stellen', 500, 'jobs', 'up-to'],
    ['de', 'Leistung von 800 MW', '800 MW', 800, 'MW', 'exact'],
    ['de', 'bestellt 100 Flugzeuge', '100 Flugzeuge', 100, 'aircraft', 'exact'],
    ['es', 'el 15 por ciento del total', '15 por ciento', 15, '%', 'exact'],
    ['es', 'más de 300 empleos', '300 empleos', 300, 'jobs', 'more-than'],
    ['es', 'unos 2.500 empleados', '2.500 empleados', 2500, 'employees', 'about'],
    ['es', '50.000 barriles diarios', '50.000 barriles diarios', 50000, 'barrels/day', 'exact'],
    ['it', 'il 3,5 per cento', '3,5 per cento', 3.5, '%', 'exact'],
    ['it', '500 posti di lavoro', '500 posti di lavoro', 500, 'jobs', 'exact'],
    ['it', 'oltre 1.200 dipendenti', '1.200 dipendenti', 1200, 'employees', 'more-than'],
    ['it', '12 TWh all’anno', '12 TWh', 12, 'TWh', 'exact'],
    ['fr', 'plus de 7,4 millions de personnes', '7,4 millions de personnes', 7.4e6, 'people', 'more-than'],
    ['de', '23 Millionen Privathaushalte', '23 Millionen Privathaushalte', 23e6, 'households', 'exact'],
    ['en', 'five million households', 'five million households', 5e6, 'households', 'exact'],
    ['en', 'its 397 guest rooms', '397 guest rooms', 397, 'rooms', 'exact'],
    ['es', '156 hectáreas', '156 hectáreas', 156, 'ha', 'exact'],
    ['es', '1.016.885 automóviles', '1.016.885 automóviles', 1016885, 'vehicles', 'exact'],
    ['fr', 'huit millions de passagers', 'huit millions de passagers', 8e6, 'passengers', 'exact'],
    ['en', 'ordered 100,000 vans', '100,000 vans', 1e5, 'vehicles', 'exact'],
    ['en', 'close to 1,000 maintenance workers', '1,000 maintenance workers', 1000, 'employees', 'about'],
    ['en', '100,000 electric delivery vans', '100,000 electric delivery vans', 1e5, 'vehicles', 'exact'],
    ['de', 'rund 600 eigene Läden', '600 eigene Läden', 600, 'stores', 'about'],
    ['es', 'unos 80 mil operarios', '80 mil operarios', 80000, 'employees', 'about'],
    ['es', 'dejó ocho heridos', 'ocho heridos', 8, 'injured', 'exact'],
  ])('%s: %s', (lang, input, text, value, unit, qualifier) => {
    const [first] = parseNumbers(input, lang);
    expect(first).toMatchObject({ text, unit, qualifier });
    expect(first?.value).toBeCloseTo(value, 3);
  });

  test.each<[Lang, string]>([
    ['en', 'It was founded in 2019 and sold for $5 million.'],
    ['fr', 'Le 22 septembre 2025, Nvidia a annoncé un accord.'],
    ['de', 'Am 3. Oktober 2025 sprach er.'],
    ['es', 'Desde 2020-2024 nada cambió.'],
    ['it', 'Il 22 settembre 2025 alle 10.'],
    // A spelled-out count after a definite article names the story's parties, not a figure.
    ['fr', 'Les deux entreprises ont signé.'],
    ['en', 'The two companies agreed.'],
    ['es', 'Las tres acciones del gobierno.'],
    ['de', 'Die beiden Firmen und die drei Partner einigten sich.'],
    ['it', 'Nel 2024 ha venduto molto.'],
    ['en', 'In 2024 more people came; in 2025 young people left.'],
    ['fr', 'Il a cité 2 autres salariés.'],
    // Years, labels, dates, times, phone numbers, money and function words are not counts.
    ['en', 'The 2020 Olympics and 2024 elections.'],
    ['en', 'Article 5 states that COVID-19 patients and Boeing 777 engines wait.'],
    ['fr', 'Le 15 mars et le 3 mai, à 15h30, appelez le 01 23 45 67 89 puis 12 fois-ci.'],
    ['de', 'Am 3. Oktober um 15 Uhr kamen 5 Euro und Seite 12 Absätze.'],
    ['es', 'El 5 de mayo pagó 20 dólares y 3 más.'],
    ['it', 'Il 15 settembre alle 10 e 30 con 5 euro.'],
    ['en', 'He was 25 when he died; 2 of them left with 1 of theirs.'],
    ['fr', 'Trois quarts des Français et trois d’entre-elles.'],
    ['de', 'Er kaufte Elf Aquitaine.'],
  ])('%s: no quantity with a unit in %s', (lang, input) => {
    expect(parseNumbers(input, lang)).toEqual([]);
  });

  // Counts of things the unit table does not name: the noun, as written, is the unit.
  test.each<[Lang, string, string, number, string]>([
    ['fr', 'ont déterré 233 fossiles sur place', '233 fossiles', 233, 'fossiles'],
    ['fr', 'Avec 70.000 professionnels de santé référencés', '70.000 professionnels', 70000, 'professionnels'],
    ['fr', 'la labellisation de quatre fondations', 'quatre fondations', 4, 'fondations'],
    ['fr', 'les 14 plus grosses fortunes', '14 plus grosses fortunes', 14, 'fortunes'],
    ['fr', 'quelque 108.000 copies sur un total', '108.000 copies', 108000, 'copies'],
    ['fr', 'atteindre 4 millions de copies', '4 millions de copies', 4e6, 'copies'],
    ['en', 'bringing the total to 14 firms.', '14 firms', 14, 'firms'],
    ['en', 'across the alliance’s 13 member carriers', '13 member carriers', 13, 'carriers'],
    ['en', 'to just seven states', 'seven states', 7, 'states'],
    ['en', 'The five companies can now vie', 'five companies', 5, 'companies'],
    ['fr', 'conserve les sept différentes séries', 'sept différentes séries', 7, 'séries'],
    ['en', 'more than 300 coordinated offices', '300 coordinated offices', 300, 'offices'],
    ['de', 'Mehr als 1.000 Löcher wurden gebohrt', '1.000 Löcher', 1000, 'Löcher'],
    ['de', 'Etwa 30.000 Schaulustige verfolgten', '30.000 Schaulustige', 30000, 'Schaulustige'],
    ['de', 'hat sechs offene Ausschreibungen', 'sechs offene Ausschreibungen', 6, 'Ausschreibungen'],
    ['de', 'parallel 100 Millionen HD Streams', '100 Millionen HD Streams', 1e8, 'Streams'],
    ['de', 'bei 59,3 Cents je Euro', '59,3 Cents', 59.3, 'Cents'],
    ['es', 'se logró el pago a 60 mil jubilados', '60 mil jubilados', 60000, 'jubilados'],
    ['es', 'cerca de 500 efectivos', '500 efectivos', 500, 'efectivos'],
    ['it', 'sono arrivati 300 migranti', '300 migranti', 300, 'migranti'],
  ])('%s: counted noun in %s', (lang, input, text, value, unit) => {
    const [first] = parseNumbers(input, lang);
    expect(first).toMatchObject({ text, unit, counted: true });
    expect(first?.value).toBeCloseTo(value, 3);
  });

  test.each<[Lang, string, string, number, string]>([
    ['fr', 'Depuis vingt-six jours, les antennes', 'vingt-six jours', 26, 'days'],
    ['fr', 'conservées pendant vingt ans.', 'vingt ans', 20, 'years'],
    ['fr', 'au bout de dix-huit mois', 'dix-huit mois', 18, 'months'],
    ['fr', 'depuis trente-et-un ans', 'trente-et-un ans', 31, 'years'],
    ['en', 'for the remaining twenty-four hours', 'twenty-four hours', 24, 'hours'],
    ['de', 'seit zwanzig Jahren', 'zwanzig Jahren', 20, 'years'],
    ['es', 'durante quince días', 'quince días', 15, 'days'],
    ['it', 'per venti anni', 'venti anni', 20, 'years'],
    ['de', 'ein 30-Minuten-Takt', '30-Minuten', 30, 'minutes'],
    ['de', 'etwa 15 Sekunden Zeitunterschied', '15 Sekunden', 15, 's'],
    ['fr', 'après deux semaines', 'deux semaines', 2, 'weeks'],
    ['fr', 'pendant les 15 derniers jours de mars', '15 derniers jours', 15, 'days'],
  ])('%s: spelled-out teens, tens and their compounds, new time units in %s', (lang, input, text, value, unit) => {
    const [first] = parseNumbers(input, lang);
    expect(first).toMatchObject({ text, unit });
    expect(first?.value).toBe(value);
  });

  test.each<[Lang, string]>([
    ['fr', 'les quatre-vingts ans du roi'],
    ['fr', 'les deux-roues électriques'],
    ['en', 'in two-three years'],
  ])('%s: hyphenated words that are not a readable number in %s', (lang, input) => {
    expect(parseNumbers(input, lang).map((n) => n.value)).toEqual([]);
  });

  // A range's first end takes the unit (and scale) of its second.
  test.each<[Lang, string, number[], string]>([
    ['fr', 'une réduction de 250 à 330 équivalents temps plein', [250, 330], 'équivalents'],
    ['fr', 'avec 300 à 380 départs volontaires', [300, 380], 'départs'],
    ['fr', 'entre 10 et 12 degrés', [10, 12], '°C'],
    ['en', 'between 10 and 12 percent', [10, 12], '%'],
    ['en', 'a rise of 10-12%', [10, 12], '%'],
    ['de', 'zwischen 2 und 3 Millionen Menschen', [2e6, 3e6], 'people'],
    ['es', 'de 10 a 12 días', [10, 12], 'days'],
    ['it', 'tra 5 e 7 anni', [5, 7], 'years'],
    ['fr', 'en un temps record -douze à 18 mois, contre', [12, 18], 'months'],
  ])('%s: range in %s', (lang, input, values, unit) => {
    const got = parseNumbers(input, lang);
    expect(got.map((n) => n.value)).toEqual(values);
    expect(got.every((n) => n.unit === unit)).toBe(true);
  });

  // Round counts, shares in tenths, a part of a whole, and a comparison that does not repeat the unit.
  test.each<[Lang, string, Array<[number, string]>]>([
    ['fr', 'déjà utilisé par une centaine de médecins', [[100, 'médecins']]],
    ['fr', 'une dizaine de personnes', [[10, 'people']]],
    ['es', 'una decena de heridos', [[10, 'injured']]],
    ['it', 'una ventina di persone', [[20, 'people']]],
    ['de', 'zwei Dutzend Firmen', [[24, 'Firmen']]],
    ['en', 'about 7 in 10 voters say', [[70, '%']]],
    ['fr', '3 sur 10 le pensent', [[30, '%']]],
    ['en', 'More than 330 of the resort’s 397 guest rooms', [[330, 'rooms'], [397, 'rooms']]],
    ['en', 'the remaining 49 of the 120 seats', [[49, 'seats'], [120, 'seats']]],
    ['fr', '110.000 abonnés en 2023, contre 40.000 aujourd’hui', [[110000, 'subscribers'], [40000, 'subscribers']]],
    ['fr', '24 % des voix, contre 21,3 à sa rivale', [[24, '%'], [21.3, '%']]],
    ['en', 'rose to 5.2%, up from 4.8 in May', [[5.2, '%'], [4.8, '%']]],
  ])('%s: %s', (lang, input, expected) => {
    expect(parseNumbers(input, lang).map((n) => [n.value, n.unit])).toEqual(expected);
  });

  test.each<[Lang, string, Array<[number, string]>]>([
    // Another number in between: the comparison is not with the one that has a unit.
    ['fr', 'moins de 13 ans (338 en 2015 contre 600 en 2018)', [[13, 'years']]],
    // A year after a comparison word is a date; a part larger than its whole is not a part.
    ['en', 'jobs fell 2% against 2019 figures', [[2, '%']]],
    ['en', '30 of the 20 seats', [[20, 'seats']]],
    ['en', 'in 10 years and 12 in 10 minutes', [[10, 'years'], [10, 'minutes']]],
    ['fr', 'plus de trois dizaines de milliers de nouveaux cas', []],
    ['fr', 'selon le quotidien 20Minutes, 10GW', [[10, 'GW']]],
  ])('%s: no elided unit in %s', (lang, input, expected) => {
    expect(parseNumbers(input, lang).map((n) => [n.value, n.unit])).toEqual(expected);
  });

  test.each<[Lang, string, number[]]>([
    // "and" without "between" is a list, not a range; a year never opens a range.
    ['en', 'it sold 10 and 12 percent more', [12]],
    ['en', 'from 2019 to 20 percent', [20]],
    ['fr', '438 contre 86 et 42 abstentions', [42]],
  ])('%s: no range in %s', (lang, input, values) => {
    expect(parseNumbers(input, lang).map((n) => n.value)).toEqual(values);
  });
});
