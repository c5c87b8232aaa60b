import { describe, expect, test } from 'vitest';
import type { AmountQualifier, Lang } from '../types.ts';
import { parseAmounts } from './parse-amounts.ts';

describe('parseAmounts', () => {
  test.each<[Lang, string, string, number, string, AmountQualifier]>([
    ['en', 'Nvidia will invest up to $100bn in OpenAI', '$100bn', 100e9, 'USD', 'up-to'],
    ['en', 'a deal worth €2.5 billion', '€2.5 billion', 2.5e9, 'EUR', 'exact'],
    ['en', 'it paid £40m for the site', '£40m', 40e6, 'GBP', 'exact'],
    ['en', 'about $6 million in fees', '$6 million', 6e6, 'USD', 'about'],
    ['en', 'more than $280 million on ads', '$280 million', 280e6, 'USD', 'more-than'],
    ['en', 'a $100-million renovation', '$100-million', 100e6, 'USD', 'exact'],
    ['en', 'US $6.9 billion in remittances', 'US $6.9 billion', 6.9e9, 'USD', 'exact'],
    ['en', 'less than $1,250 per month', '$1,250', 1250, 'USD', 'less-than'],
    ['fr', 'un investissement pouvant atteindre 100 milliards de dollars pour', '100 milliards de dollars', 100e9, 'USD', 'up-to'],
    ['fr', "un prêt de 1,5 milliard d'euros", "1,5 milliard d'euros", 1.5e9, 'EUR', 'exact'],
    ['fr', 'jusqu’à 1.500 euros par foyer', '1.500 euros', 1500, 'EUR', 'up-to'],
    ['fr', 'soit 900\u202f000 euros d’amende', '900\u202f000 euros', 900000, 'EUR', 'exact'],
    ['fr', 'environ 180\u00a0millions d’euros', '180\u00a0millions d’euros', 180e6, 'EUR', 'about'],
    ['fr', 'plus de 2\u2009500 € par an', '2\u2009500 €', 2500, 'EUR', 'more-than'],
    ['fr', 'entre 8 et 10 milliards d’euros', '10 milliards d’euros', 10e9, 'EUR', 'exact'],
    ['fr', '1,3 milliard de gourdes', '1,3 milliard de gourdes', 1.3e9, 'HTG', 'exact'],
    ['de', 'ein Umsatz von 2,3 Mrd. Euro', '2,3 Mrd. Euro', 2.3e9, 'EUR', 'exact'],
    ['de', 'rund 5 Mio. EUR Gewinn', '5 Mio. EUR', 5e6, 'EUR', 'about'],
    ['de', 'CHF 1,2 Mrd. für den Bau', 'CHF 1,2 Mrd.', 1.2e9, 'CHF', 'exact'],
    ['de', 'bis zu 400 Millionen Euro', '400 Millionen Euro', 400e6, 'EUR', 'up-to'],
    ['de', 'vier Milliarden Euro Handel', 'vier Milliarden Euro', 4e9, 'EUR', 'exact'],
    ['de', '275 Millionen US-Dollar investiert', '275 Millionen US-Dollar', 275e6, 'USD', 'exact'],
    ['es', 'recibió US$ 3 millones', 'US$ 3 millones', 3e6, 'USD', 'exact'],
    ['es', 'unos 1.000 millones de euros', '1.000 millones de euros', 1e9, 'EUR', 'about'],
    ['es', 'hasta $10 millones', '$10 millones', 10e6, 'USD', 'up-to'],
    ['es', '14.372,4 millones de dólares', '14.372,4 millones de dólares', 14372.4e6, 'USD', 'exact'],
    ['es', 'un subsidio de Q745 millones', 'Q745 millones', 745e6, 'GTQ', 'exact'],
    ['it', 'un piano da 2 miliardi di euro', '2 miliardi di euro', 2e9, 'EUR', 'exact'],
    ['it', 'fino a 3,5 milioni di euro', '3,5 milioni di euro', 3.5e6, 'EUR', 'up-to'],
    ['it', 'oltre 500 milioni di dollari', '500 milioni di dollari', 500e6, 'USD', 'more-than'],
    ['it', 'circa 1,2 miliardi di euro', '1,2 miliardi di euro', 1.2e9, 'EUR', 'about'],
  ])('%s: %s', (lang, input, text, value, currency, qualifier) => {
    const [first] = parseAmounts(input, lang);
    expect(first).toMatchObject({ text, currency, qualifier });
    expect(first?.value).toBeCloseTo(value, 0);
    expect(input.slice(first?.index ?? 0, (first?.index ?? 0) + text.length)).toBe(text);
  });

  test.each<[Lang, string]>([
    ['en', 'In Q3 2025 Nvidia bought 4% of Intel.'],
    ['en', 'The 2024 wildfire destroyed 30 per cent of the park.'],
    ['fr', 'Le premier gigawatt sera opérationnel en 2026.'],
    ['fr', '« Tout commence par le calcul », dit-il, 10 ans après.'],
    ['de', 'Am 3. Oktober kamen 2.000 Menschen.'],
    ['es', 'El tercer trimestre de 2025 cerró con 15 por ciento.'],
    ['it', 'Nel 2025 i dipendenti erano 500.'],
  ])('%s: no money in %s', (lang, input) => {
    expect(parseAmounts(input, lang)).toEqual([]);
  });
});
