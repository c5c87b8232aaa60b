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

  const FILL = ['Filler one.', 'Filler two.', 'Filler three.'];

  test.each<[Lang, string, string[], string]>([
    ['fr', 'Le quotidien veut tripler ses abonnés', [...FILL, 'Le titre perd 6 millions d’euros par an.', 'Un plan est prévu.', 'Son actionnaire apportera 25 millions d’euros.'], '25 millions d’euros'],
    ['en', 'The city’s forgotten shelters', [...FILL, 'Each kit cost $2.40 per person.', 'Few remain.', 'The governor found $15 million in state funding.'], '$15 million'],
    ['de', 'Der Verlag sucht Geld', [...FILL, 'Die Zeitung verliert 3 Millionen Euro pro Jahr.', 'Ein Plan liegt vor.', 'Der Eigentümer sagt 20 Millionen Euro zu.'], '20 Millionen Euro'],
    ['es', 'La empresa busca capital', [...FILL, 'La empresa pierde 2 millones de euros al mes.', 'Hay un plan.', 'El fondo aportará 30 millones de euros.'], '30 millones de euros'],
    ['it', "L'azienda cerca capitali", [...FILL, "L'azienda perde 1 milione di euro al mese.", 'Un piano esiste.', 'Il fondo verserà 50 milioni di euro.'], '50 milioni di euro'],
    // A smaller amount beside a rate is another rate left implicit: the rate stays.
    ['en', 'Child care costs', [...FILL, 'The best centre costs $2,000 a month.', 'The cheapest option costs $1,600.'], '$2,000'],
    // A rate in the lead stays ahead of a one-off amount far in the body.
    ['fr', 'Les aides au logement gelées', ['Les aides atteignent 260 euros par mois.', ...FILL, ...FILL, ...FILL, ...FILL, "Le budget de l'agence est de 3 milliards d'euros."], '260 euros'],
    // The headline repeats the rate.
    ['fr', "L'électricité augmente de 21 euros par an", [...FILL, 'La hausse représente 21 euros par an.', "Le fournisseur a investi 2 milliards d'euros."], '21 euros'],
  ])('%s: a rate hands its place to a larger one-off amount standing nearly as high (%s)', (lang, title, sentences, want) => {
    expect(main(lang, title, sentences)?.[0]).toBe(want);
  });

  test.each<[Lang, string, string[], string]>([
    ['es', 'Las ayudas avanzan', ['Texto uno.', 'Texto dos.', 'El Gobierno ha desembolsado hasta ahora 40 millones de euros.', 'El Parlamento aprobó 250 millones de euros para el plan.'], '250 millones de euros'],
    ['fr', 'Les aides tardent', ['Texte un.', 'Texte deux.', "Seuls 12 millions d'euros ont été versés aux communes.", "L'État avait promis 90 millions d'euros pour ce plan."], "90 millions d'euros"],
    ['en', 'Aid is slow', ['Text one.', 'Text two.', 'The agency has disbursed $30 million so far.', 'Congress approved $400 million for the program.'], '$400 million'],
    ['de', 'Hilfen fließen langsam', ['Text eins.', 'Text zwei.', 'Bisher sind erst 8 Millionen Euro abgeflossen.', 'Der Bund hat 120 Millionen Euro bewilligt.'], '120 Millionen Euro'],
    ['it', 'Aiuti in ritardo', ['Testo uno.', 'Testo due.', 'Finora sono stati erogati 5 milioni di euro.', 'Il governo ha stanziato 60 milioni di euro.'], '60 milioni di euro'],
    // The first part reported goes with the smallest envelope that holds it.
    ['es', 'Subsidios', ['Texto uno.', 'Texto dos.', 'Se han ejecutado 40 millones de euros y el gas ha desembolsado 5 millones de euros.', 'Aprobaron 20 millones de euros para el gas y 300 millones de euros para la gasolina.'], '300 millones de euros'],
    // Far apart: two different budgets; no "paid out so far" word: no pairing.
    ['en', 'Aid is slow', ['Text one.', 'Text two.', 'The agency has disbursed $30 million so far.', ...FILL, 'Congress approved $400 million for another program.'], '$30 million'],
    ['en', 'A plant', ['Text one.', 'Text two.', 'Acme paid $30 million for the plant.', 'The board approved $400 million of buybacks.'], '$30 million'],
  ])('%s: a budget beats the part of it paid out so far (%s)', (lang, title, sentences, want) => {
    expect(main(lang, title, sentences)?.[0]).toBe(want);
  });
});
