import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Lang } from '../types.ts';
import { segmentSentences, splitSentences } from './sentences.ts';

// Each case: the text and the sentences expected. The traps are the ones Intl.Segmenter gets wrong on its own
// (see shared/docs/facts-and-summaries.md §1) plus the ones it already gets right, so a merge rule that is too
// eager shows up as a failure too.
const cases: Record<Lang, Array<[string, string[]]>> = {
  en: [
    ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['Sen. Warren spoke on Monday. The vote is Tuesday.', ['Sen. Warren spoke on Monday.', 'The vote is Tuesday.']],
    ['The U.S. Treasury said so. It was late.', ['The U.S. Treasury said so.', 'It was late.']],
    ['He moved to the U.S. He was twelve.', ['He moved to the U.S.', 'He was twelve.']],
    ['Shares of Intel Corp. rose 4%. It was a good day.', ['Shares of Intel Corp. rose 4%.', 'It was a good day.']],
    ['They bought Intel Corp. It cost $5bn.', ['They bought Intel Corp.', 'It cost $5bn.']],
    ['Apple Inc. CEO Tim Cook said so. Fine.', ['Apple Inc. CEO Tim Cook said so.', 'Fine.']],
    ['J. R. R. Tolkien wrote it. Yes.', ['J. R. R. Tolkien wrote it.', 'Yes.']],
    ['The deal closes at 9 a.m. Eastern time. Fine.', ['The deal closes at 9 a.m. Eastern time.', 'Fine.']],
    ['It starts at 9 a.m. The CEO speaks.', ['It starts at 9 a.m.', 'The CEO speaks.']],
    ['Growth was 1.5 percent. Prices rose.', ['Growth was 1.5 percent.', 'Prices rose.']],
    ['It was signed on Jan. 12. Then it failed.', ['It was signed on Jan. 12.', 'Then it failed.']],
    ['Due on Jan. 2026. Really.', ['Due on Jan. 2026.', 'Really.']],
    ['“We are ready,” he said. “We won.” Yes.', ['“We are ready,” he said.', '“We won.”', 'Yes.']],
    ['“It is done. We move on,” said Ms. Lee. Next.', ['“It is done. We move on,” said Ms. Lee.', 'Next.']],
    ['He lives in St. Louis. She does not.', ['He lives in St. Louis.', 'She does not.']],
    ['It was cut down via "cuts” to ten. They moved. Fine.', ['It was cut down via "cuts” to ten.', 'They moved.', 'Fine.']],
    ['"We won. It was hard," she said. Next.', ['"We won. It was hard," she said.', 'Next.']],
    ['Really? Yes! Fine...', ['Really?', 'Yes!', 'Fine...']],
    ['Is it cheap? No. Is it useful? Yes.', ['Is it cheap?', 'No.', 'Is it useful?', 'Yes.']],
    ['He ranked No. 1 in the world. Then he fell.', ['He ranked No. 1 in the world.', 'Then he fell.']],
    ['LA CROSSE, Wis. (AP) — After a summer of tumult, the path is clear. Next.', ['LA CROSSE, Wis. (AP) — After a summer of tumult, the path is clear.', 'Next.']],
    ['He was shot in Hialeah, Fla. The police came.', ['He was shot in Hialeah, Fla.', 'The police came.']],
  ],
  fr: [
    ['Selon M. Macron, tout va bien. Il part.', ['Selon M. Macron, tout va bien.', 'Il part.']],
    ['« Tout commence par le calcul », a déclaré M. Huang. Puis il part.', ['« Tout commence par le calcul », a déclaré M. Huang.', 'Puis il part.']],
    ['« C’est une étape majeure. Nous sommes prêts », a déclaré Mme Dupont. Ensuite.', ['« C’est une étape majeure. Nous sommes prêts », a déclaré Mme Dupont.', 'Ensuite.']],
    ['Il a dit : « Non ! » Puis rien.', ['Il a dit : « Non ! »', 'Puis rien.']],
    ['« Nous sommes prêts. » Puis il part.', ['« Nous sommes prêts. »', 'Puis il part.']],
    ['Selon le Dr. Martin, oui. Non.', ['Selon le Dr. Martin, oui.', 'Non.']],
    ['MM. Dupont et Durand arrivent. Bien.', ['MM. Dupont et Durand arrivent.', 'Bien.']],
    ['Il est 10 h. Le PIB monte.', ['Il est 10 h.', 'Le PIB monte.']],
    ['La hausse est de 1,5 %. Le 2e sem. 2026 sera calme.', ['La hausse est de 1,5 %.', 'Le 2e sem. 2026 sera calme.']],
    ["Nvidia rachète 4\u202f% d'Intel. L'U.E. ont réagi.", ["Nvidia rachète 4\u202f% d'Intel.", "L'U.E. ont réagi."]],
    ['Premier paragraphe sans point\n\nSecond paragraphe. Fin.', ['Premier paragraphe sans point', 'Second paragraphe.', 'Fin.']],
  ],
  de: [
    ['Am 3. Oktober kam er. Dann ging er.', ['Am 3. Oktober kam er.', 'Dann ging er.']],
    ['Im 20. Jahrhundert war das so. Heute nicht.', ['Im 20. Jahrhundert war das so.', 'Heute nicht.']],
    ['Das Team wurde 3. Dann kam der Abstieg.', ['Das Team wurde 3.', 'Dann kam der Abstieg.']],
    ['Es kostet 3 Mrd. Euro. Gut.', ['Es kostet 3 Mrd. Euro.', 'Gut.']],
    ['Der Umsatz lag bei 5 Mio. EUR. Das ist viel.', ['Der Umsatz lag bei 5 Mio. EUR.', 'Das ist viel.']],
    ['Firmen wie z. B. Siemens sparen. Andere nicht.', ['Firmen wie z. B. Siemens sparen.', 'Andere nicht.']],
    ['Laut Dr. Müller und Prof. Weber stimmt das. Ja.', ['Laut Dr. Müller und Prof. Weber stimmt das.', 'Ja.']],
    ['Haus Nr. 5 brennt. Die Feuerwehr kommt.', ['Haus Nr. 5 brennt.', 'Die Feuerwehr kommt.']],
    ['Das sagte John v. Berenberg-Consbruch. Gut.', ['Das sagte John v. Berenberg-Consbruch.', 'Gut.']],
    ['Er sagte: „Wir sind bereit. Wir kommen.“ Dann ging er.', ['Er sagte: „Wir sind bereit. Wir kommen.“', 'Dann ging er.']],
    ['Er forderte, »die Krise zu beenden« und zu verhandeln. Bartsch widersprach. Gut.', ['Er forderte, »die Krise zu beenden« und zu verhandeln.', 'Bartsch widersprach.', 'Gut.']],
    ['Sie sagte: »Wir kommen. Sofort.« Dann ging sie.', ['Sie sagte: »Wir kommen. Sofort.«', 'Dann ging sie.']],
  ],
  es: [
    ['La Sra. García dijo que sí. Bien.', ['La Sra. García dijo que sí.', 'Bien.']],
    ['El Sr. Pérez y el Dr. Ruiz llegaron. Luego.', ['El Sr. Pérez y el Dr. Ruiz llegaron.', 'Luego.']],
    ['Costó 3,5 millones. «Es mucho. Demasiado», dijo D. Juan. Fin.', ['Costó 3,5 millones.', '«Es mucho. Demasiado», dijo D. Juan.', 'Fin.']],
    ['¿Qué pasó? Nada.', ['¿Qué pasó?', 'Nada.']],
  ],
  it: [
    ['Il Sig. Rossi è arrivato. Poi è andato via.', ['Il Sig. Rossi è arrivato.', 'Poi è andato via.']],
    ['Il Dott. Bianchi e l’Avv. Verdi firmano. Bene.', ['Il Dott. Bianchi e l’Avv. Verdi firmano.', 'Bene.']],
    ['«Siamo pronti. Andiamo», ha detto l’On. Conti. Fine.', ['«Siamo pronti. Andiamo», ha detto l’On. Conti.', 'Fine.']],
    ['La crescita è dell’1,5%. Bene.', ['La crescita è dell’1,5%.', 'Bene.']],
  ],
};

describe('splitSentences', () => {
  for (const lang of Object.keys(cases) as Lang[]) {
    test.each(cases[lang])(`${lang}: %s`, (text, expected) => {
      expect(splitSentences(text, lang)).toEqual(expected);
    });
  }

  test('paragraphs never merge, and a quote that does not close in its paragraph glues nothing', () => {
    expect(splitSentences('« Une citation ouverte. Encore.\n\nNouveau paragraphe.', 'fr')).toEqual([
      '« Une citation ouverte.',
      'Encore.',
      'Nouveau paragraphe.',
    ]);
  });

  test('a stray opening quote does not swallow the whole paragraph', () => {
    const text = '« Un. Deux. Trois. Quatre. Cinq. Six.';
    expect(splitSentences(text, 'fr').length).toBeGreaterThan(1);
  });

  test('spans carry offsets and paragraph indices', () => {
    const text = 'Un. Deux.\n\n  Trois.';
    expect(segmentSentences(text, 'fr')).toEqual([
      { text: 'Un.', start: 0, end: 3, paragraph: 0 },
      { text: 'Deux.', start: 4, end: 9, paragraph: 0 },
      { text: 'Trois.', start: 13, end: 19, paragraph: 1 },
    ]);
  });

  test('never throws; every sentence is the verbatim slice it claims', () => {
    const langs: Lang[] = ['en', 'fr', 'de', 'es', 'it'];
    const chunk = fc.constantFrom('M. ', 'Dr. ', 'U.S. ', '3. ', '« ', ' »', '“', '”', '"', '. ', '\n\n', 'a.m. ', 'Word ', 'mot ', '1.5 ', '! ', '? ');
    fc.assert(
      fc.property(fc.array(fc.oneof(chunk, fc.string()), { maxLength: 30 }), fc.constantFrom(...langs), (parts, lang) => {
        const text = parts.join('');
        for (const s of segmentSentences(text, lang)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
