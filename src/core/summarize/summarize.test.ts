import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../text/sentences.ts';
import { summarize } from './summarize.ts';

// Articles written for these tests (fictional companies), shaped like wire copy: a lead with the news, then
// background, quotes, a cross-reference and a credit that must never reach the TL;DR.
const EN = [
  'Photo: Company handout, used with permission of the Northwind press office',
  'Northwind Energy agreed on Tuesday to buy the solar developer Brightfield for $2.4bn in cash, the largest deal in its history.',
  'The acquisition gives Northwind 40 solar farms in Spain and Italy with a combined capacity of 3 GW.',
  '“This is a defining moment for our company and for clean power in Europe,” said chief executive Dana Ortiz.',
  'Read more: Why utilities are racing to buy solar developers this year',
  'Brightfield was founded in 2011 and employs about 600 people.',
  'Northwind shares rose 4% in early trading after the announcement.',
  'Analysts said the price was high but the solar farms would add to earnings from 2027.',
  'Will regulators in Brussels approve the deal quickly?',
  'The deal is expected to close in the second half of 2026, subject to approval by European competition authorities.',
].join('\n\n');

const FR = [
  'Par Jeanne Martin',
  "Le groupe Méridien a annoncé lundi l'acquisition de la start-up Lumière pour 1,5 milliard d'euros, une opération destinée à renforcer sa position dans les batteries.",
  "Lumière, fondée à Grenoble en 2015, conçoit des batteries au sodium pour le stockage d'électricité.",
  'Lire aussi : Les batteries au sodium, une alternative au lithium ?',
  "« Nous changeons d'échelle », a déclaré M. Durand, le PDG de Méridien.",
  "L'opération doit être finalisée au premier trimestre 2026, sous réserve du feu vert des autorités.",
  "Méridien prévoit d'investir 300 millions d'euros supplémentaires dans l'usine de Lumière d'ici 2028.",
  "Les syndicats de la start-up ont demandé des garanties sur l'emploi des 250 salariés du site.",
].join('\n\n');

describe('summarize', () => {
  test('English wire story: the lead, 1–2 sentences, in article order, never the credit or the quote', () => {
    const sentences = splitSentences(EN, 'en');
    const tldr = summarize(sentences, { title: 'Northwind to buy Brightfield for $2.4bn', lang: 'en' })!;
    expect(tldr.method).toBe('extractive');
    expect(tldr.sentences.length).toBeGreaterThanOrEqual(1);
    expect(tldr.sentences.length).toBeLessThanOrEqual(2);
    expect(tldr.sentences).toEqual([...tldr.sentences].sort((a, b) => a - b));
    expect(tldr.text.startsWith('Northwind Energy agreed on Tuesday')).toBe(true);
    expect(tldr.text).not.toMatch(/Photo|Read more|defining moment|\?/);
    expect(tldr.text).toBe(tldr.sentences.map((i) => sentences[i]).join(' '));
  });

  test('French story: skips the byline, "Lire aussi" and the bare quote', () => {
    const sentences = splitSentences(FR, 'fr');
    const tldr = summarize(sentences, { title: 'Méridien rachète Lumière pour 1,5 milliard d’euros', lang: 'fr' })!;
    expect(tldr.text).toContain('Le groupe Méridien a annoncé lundi');
    expect(tldr.text).not.toMatch(/Par Jeanne|Lire aussi|changeons/);
  });

  test('maxSentences bounds the result', () => {
    const sentences = splitSentences(EN, 'en');
    expect(summarize(sentences, { title: '', lang: 'en', maxSentences: 1 })!.sentences).toHaveLength(1);
    expect(summarize(sentences, { title: '', lang: 'en', maxSentences: 3 })!.sentences).toHaveLength(3);
    expect(summarize(sentences, { title: '', lang: 'en', maxSentences: 0 })).toBeNull();
  });

  test('a repeated lead is not picked twice (MMR)', () => {
    const lead = 'Northwind Energy agreed on Tuesday to buy the solar developer Brightfield for $2.4bn in cash.';
    const sentences = [lead, lead.replace('Tuesday', 'Tuesday morning'), ...splitSentences(EN, 'en').slice(2)];
    const tldr = summarize(sentences, { title: '', lang: 'en' })!;
    expect(tldr.sentences).toContain(0);
    expect(tldr.sentences).not.toContain(1);
  });

  test('the title pulls up the sentence it is about', () => {
    const sentences = splitSentences(EN, 'en');
    const title = 'Brightfield union demands job guarantees';
    const withUnion = [...sentences.slice(0, 6), 'The Brightfield union demanded job guarantees for all staff before the sale.', ...sentences.slice(6)];
    expect(summarize(withUnion, { title, lang: 'en' })!.text).toContain('union demanded');
    expect(summarize(withUnion, { title: '', lang: 'en' })!.text).not.toContain('union demanded');
  });

  test('skips the headline repeated in the body and strips a wire dateline', () => {
    const title = 'Northwind to buy Brightfield for $2.4bn';
    const sentences = [
      'Northwind to buy Brightfield for $2.4bn Energy group makes its biggest deal yet.',
      'MADRID (Reuters) — Northwind Energy agreed on Tuesday to buy the solar developer Brightfield for $2.4bn in cash.',
      ...splitSentences(EN, 'en').slice(2),
    ];
    const tldr = summarize(sentences, { title, lang: 'en' })!;
    expect(tldr.sentences).not.toContain(0);
    expect(tldr.sentences[0]).toBe(1);
    expect(tldr.text.startsWith('Northwind Energy agreed on Tuesday')).toBe(true);
  });

  test.each([
    [['Too short.', 'Really short.', 'Yes.']],
    [['Northwind Energy agreed on Tuesday to buy the solar developer Brightfield for $2.4bn.']],
    [[]],
  ])('null when the text is too short: %j', (sentences) => {
    expect(summarize(sentences, { title: '', lang: 'en' })).toBeNull();
  });

  test('never throws; indices are valid, unique and ordered', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 40 }), fc.constantFrom('en', 'fr', 'de', 'es', 'it' as const), (sentences, lang) => {
        const tldr = summarize(sentences, { title: sentences[0] ?? '', lang });
        if (!tldr) return;
        expect(tldr.sentences.length).toBeLessThanOrEqual(2);
        tldr.sentences.forEach((i, k) => {
          expect(i).toBeGreaterThanOrEqual(0);
          expect(i).toBeLessThan(sentences.length);
          if (k > 0) expect(i).toBeGreaterThan(tldr.sentences[k - 1]!);
        });
      }),
      { numRuns: 200 },
    );
  });
});
