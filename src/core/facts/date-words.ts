/**
 * Per-language words for our own date parsers (the expressions chrono-node does not read): month names,
 * half-years, quarters, "end of", relative years.
 */
import type { Lang } from '../types.ts';

/** Month name (lowercase, accents kept) → 1..12. Abbreviations included. */
export const MONTHS: Record<Lang, Record<string, number>> = {
  en: { january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12 },
  fr: { janvier: 1, 'février': 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, 'août': 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, 'décembre': 12, decembre: 12 },
  de: { januar: 1, 'jänner': 1, februar: 2, 'märz': 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, dezember: 12 },
  es: { enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12 },
  it: { gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, novembre: 11, dicembre: 12 },
};

/** Ordinals used with halves and quarters → 1..4. */
export const ORDINALS: Record<Lang, Record<string, number>> = {
  en: { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 },
  fr: { premier: 1, 'première': 1, premiere: 1, '1er': 1, '1re': 1, '1ère': 1, second: 2, seconde: 2, 'deuxième': 2, deuxieme: 2, '2e': 2, '2ème': 2, '2nd': 2, '2nde': 2, 'troisième': 3, troisieme: 3, '3e': 3, '3ème': 3, 'quatrième': 4, quatrieme: 4, '4e': 4, '4ème': 4, dernier: 4 },
  de: { ersten: 1, erste: 1, erstes: 1, '1.': 1, zweiten: 2, zweite: 2, zweites: 2, '2.': 2, dritten: 3, dritte: 3, '3.': 3, vierten: 4, vierte: 4, '4.': 4, letzten: 4 },
  es: { primer: 1, primera: 1, primero: 1, '1er': 1, segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, 'último': 4 },
  it: { primo: 1, prima: 1, secondo: 2, seconda: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4, ultimo: 4 },
};

/** Words that make a half-year / quarter phrase. */
export const HALF_WORDS: Record<Lang, string[]> = {
  en: ['half'],
  fr: ['moitié', 'semestre'],
  de: ['jahreshälfte', 'halbjahr', 'hälfte', 'halbjahres', 'jahreshälfte des jahres'],
  es: ['semestre', 'mitad'],
  it: ['semestre', 'metà'],
};
export const QUARTER_WORDS: Record<Lang, string[]> = {
  en: ['quarter'],
  fr: ['trimestre'],
  de: ['quartal', 'quartals', 'quartal des jahres'],
  es: ['trimestre'],
  it: ['trimestre'],
};

/** Joining words between the phrase and the year ("of", "de", "del", "des Jahres"…). */
export const YEAR_LINK: Record<Lang, string> = {
  en: String.raw`(?:\s+of(?:\s+fiscal(?:\s+year)?)?(?:\s+the\s+year)?)?`,
  fr: String.raw`(?:\s+(?:de\s+l['’]année|de|d['’]))?(?:\s+l['’]année)?`,
  de: String.raw`(?:\s+(?:des\s+Jahres|im\s+Jahr))?`,
  es: String.raw`(?:\s+(?:del\s+año|de|del))?`,
  it: String.raw`(?:\s+(?:dell['’]anno|del|di))?`,
};

/** "end of" / "beginning of" / "middle of" prefixes → which part of the period. */
export const PART_WORDS: Record<Lang, Array<[string, 'end' | 'start' | 'mid']>> = {
  en: [['by the end of', 'end'], ['at the end of', 'end'], ['end of', 'end'], ['end-', 'end'], ['late', 'end'], ['early', 'start'], ['beginning of', 'start'], ['start of', 'start'], ['mid-', 'mid'], ['mid', 'mid'], ['middle of', 'mid']],
  fr: [["d'ici la fin de", 'end'], ["d'ici fin", 'end'], ['à la fin de', 'end'], ['fin de', 'end'], ['fin', 'end'], ['début', 'start'], ['au début de', 'start'], ['mi-', 'mid'], ['à la mi-', 'mid']],
  de: [['bis Ende', 'end'], ['Ende', 'end'], ['Anfang', 'start'], ['Mitte', 'mid']],
  es: [['a finales de', 'end'], ['finales de', 'end'], ['a fines de', 'end'], ['fines de', 'end'], ['a fin de', 'end'], ['fin de', 'end'], ['principios de', 'start'], ['a principios de', 'start'], ['comienzos de', 'start'], ['mediados de', 'mid'], ['a mediados de', 'mid']],
  it: [['entro la fine del', 'end'], ['alla fine del', 'end'], ['fine', 'end'], ['inizio', 'start'], ['metà', 'mid']],
};

/** Relative years: offset from the reference year. */
export const RELATIVE_YEARS: Record<Lang, Array<[string, number]>> = {
  en: [['last year', -1], ['this year', 0], ['next year', 1], ['the previous year', -1], ['the following year', 1]],
  fr: [["l'an dernier", -1], ["l'année dernière", -1], ["l'an passé", -1], ["l'année passée", -1], ['cette année', 0], ["l'an prochain", 1], ["l'année prochaine", 1]],
  de: [['letztes jahr', -1], ['letzten jahr', -1], ['vergangenes jahr', -1], ['vergangenen jahr', -1], ['im vorjahr', -1], ['dieses jahr', 0], ['diesem jahr', 0], ['nächstes jahr', 1], ['nächsten jahr', 1]],
  es: [['el año pasado', -1], ['el pasado año', -1], ['este año', 0], ['el próximo año', 1], ['el año que viene', 1]],
  it: [["l'anno scorso", -1], ["l'anno passato", -1], ["quest'anno", 0], ["l'anno prossimo", 1], ["il prossimo anno", 1]],
};

/** Prepositions kept in the verbatim text of a bare year ("in 2026", "d'ici 2100", "seit 2019"). */
export const YEAR_PREPS: Record<Lang, string[]> = {
  en: ['in', 'by', 'since', 'until', 'through', 'from', 'for', 'before', 'after'],
  fr: ['en', "d'ici", "jusqu'en", 'depuis', 'dès', 'avant', 'après', 'pour'],
  de: ['im jahr', 'bis', 'seit', 'ab', 'im', 'vor', 'nach'],
  es: ['en', 'desde', 'hasta', 'para', 'antes de', 'a partir de'],
  it: ['nel', 'dal', 'entro il', 'entro', 'fino al', 'prima del', 'dopo il'],
};
