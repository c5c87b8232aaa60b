import { describe, expect, test } from 'vitest';
import type { AmountQualifier, Lang } from '../types.ts';
import { parseAmounts } from './parse-amounts.ts';
import { pickMainAmount, TITLE_SENTENCE, type AmountCandidate } from './pick-main-amount.ts';

const amt = (value: number, sentence: number, currency = 'EUR', qualifier: AmountQualifier = 'exact'): AmountCandidate => ({
  text: String(value),
  value,
  currency,
  qualifier,
  source: { sentence, text: String(value) },
});

describe('pickMainAmount', () => {
  test('the amount the headline repeats comes first', () => {
    const got = pickMainAmount([amt(5e6, 0), amt(1e9, 4)], 'Acme buys Globex for €1bn', 'en', -1);
    expect(got[0]?.value).toBe(1e9);
  });

  test('without headline help, the lead amount wins', () => {
    const got = pickMainAmount([amt(13.1e6, 0), amt(5, 4)], 'Une collecte', 'fr', -1);
    expect(got[0]?.value).toBe(13.1e6);
  });

  test('a total the article breaks down beats a part in the lead', () => {
    const got = pickMainAmount([amt(13.1e6, 0), amt(5, 4), amt(144.2e6, 10), amt(131.1e6, 10)], 'Une collecte', 'fr', 0);
    expect(got[0]?.value).toBe(144.2e6);
  });

  test('amounts of another currency do not make a sum', () => {
    const got = pickMainAmount([amt(13.1e6, 0), amt(144.2e6, 10), amt(131.1e6, 10, 'USD')], 'Une collecte', 'fr', 0);
    expect(got[0]?.value).toBe(13.1e6);
  });

  /** The main amount's text and sentence for an article, amounts read as extractFacts reads them. */
  const main = (lang: Lang, title: string, sentences: string[]): [string, number] | undefined => {
    const amounts: AmountCandidate[] = sentences.flatMap((s, i) =>
      parseAmounts(s, lang).map((a) => ({ text: a.text, value: a.value, currency: a.currency, qualifier: a.qualifier, source: { sentence: i, text: a.text } })),
    );
    const first = pickMainAmount(amounts, title, lang, -1, sentences)[0];
    return first && [first.text, first.source.sentence];
  };

  test.each<[Lang, string, string[], string]>([
    ['es', 'Los hackers piden un rescate', ['El Estado pagaría un rescate que oscilaría entre $7 millones y $10 millones.'], '$10 millones'],
    ['en', 'Hackers ask for a ransom', ['The ransom is between $7 million and $10 million, officials said.'], '$10 million'],
    ['fr', 'Une rançon demandée', ['La rançon serait comprise entre 7 millions d’euros et 10 millions d’euros.'], '10 millions d’euros'],
    ['de', 'Lösegeld gefordert', ['Gefordert werden zwischen 7 Millionen Euro und 10 Millionen Euro.'], '10 Millionen Euro'],
    // Not a range: two amounts side by side.
    ['en', 'Two deals', ['Acme paid $7 million and Globex $10 million.'], '$7 million'],
  ])('%s: a range is read as its upper end (%s)', (lang, title, sentences, want) => {
    expect(main(lang, title, sentences)?.[0]).toBe(want);
  });

  test.each<[Lang, string, string[], string]>([
    ['fr', 'La Poste condamnée', ['Le parquet visait une amende maximale de 150.000 euros.', 'Le tribunal a été clément.', 'La Poste a été condamnée à 120.000 euros.'], '120.000 euros'],
    ['en', 'Bank fined', ['The bank faced a maximum fine of $5 million.', 'The court was lenient.', 'It was fined $2 million on Monday.'], '$2 million'],
    // "up to" is not a cap that something else undercuts: the seed's "jusqu'à 100 milliards" stays main.
    ['fr', 'Nvidia investit dans OpenAI', ['Nvidia investira jusqu’à 100 milliards de dollars dans OpenAI.', 'Une première tranche de 10 milliards de dollars sera versée.'], '100 milliards de dollars'],
    // A maximum with no other amount in its currency stays.
    ['en', 'Bank fined', ['The bank faced a maximum fine of $5 million.', 'Its shares fell by €2 million in value.'], '$5 million'],
  ])('%s: a maximum gives way to the amount decided (%s)', (lang, title, sentences, want) => {
    expect(main(lang, title, sentences)?.[0]).toBe(want);
  });

  test.each<[Lang, string, string[], string]>([
    ['fr', "Seulement 17 millions d'euros versés par l'État sur les 240 promis", ['Le ministre avait promis 240 millions d’euros.', 'Seuls 17 millions d’euros ont été payés.'], '240 millions d’euros'],
    ['en', 'Only $17 million paid out of the 240 promised', ['The minister promised $240 million.', 'Only $17 million has been paid.'], '$240 million'],
    // No "of/sur" whole: the headline's own amount.
    ['fr', "17 millions d'euros versés par l'État", ['Le ministre avait promis 240 millions d’euros.', 'Seuls 17 millions d’euros ont été payés.'], '17 millions d’euros'],
  ])('%s: the headline\'s whole beats its part (%s)', (lang, title, sentences, want) => {
    expect(main(lang, title, sentences)?.[0]).toBe(want);
  });

  test.each<[Lang, string, string[], [string, number] | undefined]>([
    ['fr', 'La couronne à 6 dollars du rappeur vendue 595.000 dollars', ['Elle a atteint le double de l’estimation, soit 300.000 dollars.', 'Un autre lot est parti pour 75.600 dollars.'], ['595.000 dollars', TITLE_SENTENCE]],
    ['en', 'Crown sold for $595,000', ['Nothing else was sold.'], ['$595,000', TITLE_SENTENCE]],
    // The text repeats the headline's amount: the text's mention is the source.
    ['fr', 'La couronne vendue 595.000 dollars', ['Elle a été vendue 595.000 dollars mardi.', 'Un autre lot est parti pour 75.600 dollars.'], ['595.000 dollars', 0]],
    ['en', 'A quiet auction', ['Nothing was sold.'], undefined],
  ])('%s: an amount only the headline states is the main one, sourced to the headline (%s)', (lang, title, sentences, want) => {
    expect(main(lang, title, sentences)).toEqual(want);
  });
});
