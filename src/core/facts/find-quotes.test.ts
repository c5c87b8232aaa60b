import { describe, expect, test } from 'vitest';
import type { Lang } from '../types.ts';
import { buildEntityTable } from './entity-table.ts';
import { findQuotes } from './find-quotes.ts';

function quotes(lang: Lang, sentences: string[]): Array<[string, string]> {
  const table = buildEntityTable(sentences, lang, '', []);
  return findQuotes(sentences, lang, table).map((q) => [q.speaker, q.quote.split(/\s+/).slice(0, 3).join(' ')]);
}

describe('findQuotes', () => {
  test.each<[Lang, string[], Array<[string, string]>]>([
    ['fr', ['« Nvidia et OpenAI se sont mutuellement soutenus pendant une décennie », rappelle Jensen Huang, fondateur et PDG de Nvidia.'], [['Jensen Huang', 'Nvidia et OpenAI']]],
    ['fr', ['De son côté, le PDG d’OpenAI Sam Altman déclare que « tout commence par le calcul ».'], [['Sam Altman', 'tout commence par']]],
    ['fr', ['Selon Jean Dupont, « la demande reste très forte ».'], [['Jean Dupont', 'la demande reste']]],
    ['fr', ['Marie Curie est venue.', '« Nous avons tout essayé cette fois », a-t-elle ajouté.'], [['Marie Curie', 'Nous avons tout']]],
    // An agency after "à l'" is where it was said, not who said it: no named speaker, so the quote is dropped.
    ['fr', ['« Les changements se produisent très vite », a déclaré à l’AFP un chercheur.'], []],
    ['fr', ['Le premier gigawatt sera opérationnel « dans la seconde moitié de 2026 », précisent les entreprises.'], []],
    ['en', ['“We are going to eliminate certain functions,” said Marcelo Claure, the chairman.'], [['Marcelo Claure', 'We are going']]],
    ['en', ['"Irony prospers in the digital age," John Sargent wrote to authors.'], [['John Sargent', 'Irony prospers in']]],
    ['en', ['Satya Nadella said: “We must begin to offset the damage.”'], [['Satya Nadella', 'We must begin']]],
    ['en', ['“This is a big day for all of us,” he said.'], []],
    ['de', ['„Dieser Vertrag ist ein großartiges Beispiel“, sagte Dan Gelston.'], [['Dan Gelston', 'Dieser Vertrag ist']]],
    ['de', ['Dan Gelston, der Vorsitzende des Bereichs bei CAE, sagte: „Dieser Vertrag ist ein großartiges Beispiel.“'], [['Dan Gelston', 'Dieser Vertrag ist']]],
    ['de', ['"Gerade Wolfsburg ist wichtig für den Konzern", betonte der VW-Boss seinem Redetext zufolge.'], []],
    ['es', ['“La tendencia al precio probablemente va continuar”, dijo el titular del MEM, Alberto Pimentel.'], [['Alberto Pimentel', 'La tendencia al']]],
    ['es', ['Según Carlos Alvarado, «no vamos a pagar ningún rescate».'], [['Carlos Alvarado', 'no vamos a']]],
    ['it', ['«Siamo molto soddisfatti di questo accordo», ha detto Mario Rossi.'], [['Mario Rossi', 'Siamo molto soddisfatti']]],
    ['it', ['Secondo Giulia Bianchi, «il mercato resta molto debole».'], [['Giulia Bianchi', 'il mercato resta']]],
    // Case does not matter in the attribution ("A DÉCLARÉ"); text whose lowercasing changes length ("İ") takes the 'iu' patterns.
    ['fr', ['« Nous sommes prêts pour la suite », A DÉCLARÉ Jean Dupont.'], [['Jean Dupont', 'Nous sommes prêts']]],
    ['en', ['“We will open a plant in İzmir next year,” said Ayşe Yılmaz, the chief executive.'], [['Ayşe Yılmaz', 'We will open']]],
    ['en', ['“We will open a plant in İzmir next year,” SAID Ayşe Yılmaz.'], [['Ayşe Yılmaz', 'We will open']]],
    ['en', ['İlker Başbuğ said: “We must begin to offset the damage.”'], [['İlker Başbuğ', 'We must begin']]],
  ])('%s: %j', (lang, sentences, expected) => {
    expect(quotes(lang, sentences)).toEqual(expected);
  });

  test('short scare quotes are not quotations', () => {
    expect(quotes('fr', ['Nvidia investira dans les « usines à IA » d’OpenAI, a dit Jean Dupont.'])).toEqual([]);
  });
});
