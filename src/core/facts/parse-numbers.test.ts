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
    // Counted generic nouns are not key numbers: no unit, no labelled quantity.
    ['fr', 'Les deux entreprises ont signé.'],
    ['en', 'The two companies and 14 firms agreed.'],
    ['es', 'Las tres acciones del gobierno.'],
    ['it', 'Nel 2024 ha venduto molto.'],
    ['en', 'In 2024 more people came; in 2025 young people left.'],
    ['fr', 'Il a cité 3 grandes entreprises et 2 autres salariés.'],
  ])('%s: no quantity with a unit in %s', (lang, input) => {
    expect(parseNumbers(input, lang)).toEqual([]);
  });
});
