import { describe, expect, test } from 'vitest';
import { budgetSide, isRate, type BudgetSide } from './amount-kind.ts';

/** Runs `fn` on the first occurrence of `amount` in `sentence`. */
const at = <T>(fn: (s: string, i: number, n: number) => T, sentence: string, amount: string): T => {
  const i = sentence.indexOf(amount);
  if (i < 0) throw new Error(`"${amount}" not in "${sentence}"`);
  return fn(sentence, i, amount.length);
};

describe('isRate', () => {
  test.each<[string, string, boolean]>([
    // Per period, after the amount (a few words may sit between).
    ['Le journal accuse « structurellement 8 millions d’euros de pertes » par an.', '8 millions d’euros', true],
    ['The plan costs $5 million a year.', '$5 million', true],
    ['Bahnfahrer könnten um bis zu 400 Millionen Euro pro Jahr entlastet werden.', '400 Millionen Euro', true],
    ['El alquiler cuesta 900 euros al mes.', '900 euros', true],
    ["L'abbonamento costa 30 euro al mese.", '30 euro', true],
    ['Les prix du pass (75,20 € mensuels) restent stables.', '75,20 €', true],
    ['Après une baisse de 5 euros/mois, les aides sont gelées.', '5 euros', true],
    // Per unit.
    ['It earned $2.8 billion, or $2.53 per diluted share.', '$2.53', true],
    ['The kits cost roughly $2.40 per person.', '$2.40', true],
    ['Ein Paar kostet 120 US-Dollar pro Paar.', '120 US-Dollar', true],
    ['Un radar coûte 80.000 euros pièce.', '80.000 euros', true],
    ['The two founders got $100 each.', '$100', true],
    ["Il a payé 2 millions d'euros pour une pièce de théâtre.", "2 millions d'euros", false],
    // Per period, before the amount.
    ['Europäische Unternehmen sparen dadurch jedes Jahr rund vier Milliarden Euro.', 'vier Milliarden Euro', true],
    ['Los exportadores calculan que cada día pierden unos $38 millones.', '$38 millones', true],
    ['Cette année la ville dépense chaque mois 3 millions d’euros.', '3 millions d’euros', true],
    // A rate phrase before a comma belongs to another number.
    ['Le journal vend 70.000 exemplaires par jour, mais perd 8 millions d’euros.', '8 millions d’euros', false],
    // Not rates.
    ['Deep Tech investment grew by more than 20% per year to almost $18 billion.', '$18 billion', false],
    ['Revenue was $5 million a year ago.', '$5 million', false],
    ["Le chiffre d'affaires atteignait 5 millions d'euros l'an dernier.", "5 millions d'euros", false],
    ['Der Umsatz lag bei 5 Millionen Euro im Jahr 2024.', '5 Millionen Euro', false],
    ["Seulement 17 millions d'euros versés par l'État.", "17 millions d'euros", false],
    ["Une facture de 10 millions d'euros payée par les ménages.", "10 millions d'euros", false],
    ['Stanziati 10 milioni di euro per le famiglie.', '10 milioni di euro', false],
    ['El Estado pagó $10 millones por el rescate.', '$10 millones', false],
    ['NASA will receive $18 billion for 2015.', '$18 billion', false],
    ['The lodge reopened after a $100 million revamp that took a year.', '$100 million', false],
    ['Le Smic augmente de 100 euros.', '100 euros', false],
  ])('%s → %s: %s', (sentence, amount, want) => {
    expect(at(isRate, sentence, amount)).toBe(want);
  });
});

describe('budgetSide', () => {
  test.each<[string, string, BudgetSide | undefined]>([
    ['El Parlamento aprobó 250 millones de euros para el plan.', '250 millones de euros', 'envelope'],
    ['Aprobaron Q20 millones para el gas y Q300 millones para la gasolina.', 'Q300 millones', 'envelope'],
    ["L'État avait promis une aide de 90 millions d'euros.", "90 millions d'euros", 'envelope'],
    ['Congress approved $400 million for the program.', '$400 million', 'envelope'],
    ['Der Bund hat 120 Millionen Euro bewilligt.', '120 Millionen Euro', 'envelope'],
    ['Il governo ha stanziato 60 milioni di euro.', '60 milioni di euro', 'envelope'],
    ['El Gobierno ha desembolsado hasta ahora 40 millones de euros.', '40 millones de euros', 'disbursed'],
    ['El ministerio ha ejecutado unos 40 millones de euros.', '40 millones de euros', 'disbursed'],
    ["Seuls 12 millions d'euros ont été versés aux communes.", "12 millions d'euros", 'disbursed'],
    ['The agency has disbursed $30 million so far.', '$30 million', 'disbursed'],
    ['Bisher sind erst 8 Millionen Euro abgeflossen.', '8 Millionen Euro', 'disbursed'],
    ['Finora sono stati erogati 5 milioni di euro.', '5 milioni di euro', 'disbursed'],
    // Neither: a price paid, a payment still to come, a result.
    ['Acme paid $4.8 billion for Globex.', '$4.8 billion', undefined],
    ["Le département va verser jusqu'à 1.500 euros de prime.", '1.500 euros', undefined],
    ['The company reported revenue of $5 billion.', '$5 billion', undefined],
    // The clause ends at a comma: the verb of the previous clause is not this amount's.
    ['Le ministre a promis des aides, la ville a reçu 3 millions d’euros.', '3 millions d’euros', undefined],
  ])('%s → %s: %s', (sentence, amount, want) => {
    expect(at(budgetSide, sentence, amount)).toBe(want);
  });
});
