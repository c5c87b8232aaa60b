/**
 * What kind of money an amount is, read from the words right around it in its sentence (all five languages at
 * once: articles mix them and a short text's language guess can be wrong):
 * - a rate: money per period or per unit ("8 millions d'euros de pertes par an", "$2.53 per diluted share",
 *   "jedes Jahr rund vier Milliarden Euro", "cada día pierden unos $38 millones");
 * - one side of a budget: the envelope granted ("aprobaron … Q745 millones", "a promis 240 millions d'euros",
 *   "bewilligte 50 Millionen Euro") or the part paid out so far ("el MEM ha ejecutado unos Q179 millones",
 *   "17 millions d'euros versés", "spent $3 million so far").
 */
import { normalizeSpaces } from './normalize-text.ts';

// The rate is read word by word against Sets, and the budget words by two small patterns on lowercased windows
// without the 'i'/'u' flags and with a Latin letter class (the lexicons' five languages): on a fresh page V8 compiles
// a large 'iu' alternation slowly (see ../text/letter-class.ts). Measured on the first call in a fresh process: one
// regex for the rate cost 15 ms (Latin class) to 24–104 ms ('iu'); the word scanner costs nothing to compile.
const LATIN = 'a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
const LETTER = `[${LATIN}]`;
const NOT_LETTER = `[^${LATIN}]`;

export type BudgetSide = 'envelope' | 'disbursed';

const set = (words: string): Set<string> => new Set(words.split(' '));
const UNITS = set(
  'year month week day hour night annum an année mois semaine jour heure nuit jahr monat woche tag stunde nacht año mes semana día dia hora noche anno mese settimana giorno ora notte ' +
    'share head capita person passenger household employee worker student barrel ton tonne unit pair ticket vehicle user subscriber ' +
    'action personne habitant tête foyer ménage salarié élève baril unité paire billet véhicule abonné utilisateur ' +
    'aktie kopf einwohner haushalt mitarbeiter schüler stück paar fahrzeug nutzer abonnent ' +
    'acción persona habitante cabeza hogar empleado trabajador alumno barril tonelada unidad boleto vehículo usuario abonado ' +
    'azione abitante famiglia dipendente lavoratore studente barile tonnellata unità paio biglietto veicolo utente abbonato',
);
/** "par an", "per share", "pro Jahr", "je Aktie", "al mes", "each year", "chaque mois", "cada día", "ogni anno". */
const PER = set('per pro je par por al each every chaque jede jeden jeder jedes cada ogni');
/** "l'an", "all'anno": the marker is elided onto the unit. */
const ELIDED = /^(?:l|all)['’](.+)$/;
/** "a year": only right after the amount ("… after a year" is not a rate). */
const PER_ARTICLE = set('a an');
/** "per diluted share", "je verwässerter Aktie": one adjective may sit between; never an article ("per le famiglie", "par les ménages" = for/by). */
const ARTICLES = set('the le la les l il lo i gli un une una uno des del della dei die der das den dem ein einen el los las su sus ses son sa');
/** "a year ago", "im Jahr 2024", "l'an dernier", "el año pasado": a point in time, not a rate. */
const POINT_IN_TIME = set('ago earlier before later last next past dernier dernière passé passée prochain prochaine pasado próximo siguiente scorso prossimo zuvor davor');
/** Adverbs (before or after the amount): "täglich rund 5 Millionen", "5 milliards annuellement". */
const ADVERBS = set('annually annuellement mensuellement quotidiennement jährlich monatlich wöchentlich täglich anualmente mensualmente diariamente annualmente mensilmente quotidianamente');
/** After the amount only: "5 milliards annuels", "$5 million yearly" (before it, "annual revenue of $5bn" is a year's figure). */
const ADJECTIVES_AFTER = set('yearly monthly weekly daily annuel annuels annuelle annuelles mensuel mensuels mensuelle mensuelles anual anuales mensual mensuales annuo annui annuale annuali mensile mensili');
/** Per piece, right after the amount only ("80.000 euros pièce", "$100 each"; not "… pour une pièce de théâtre"). */
const APIECE = set('pièce apiece each chacun chacune ciascuno ciascuna');

/** A word without the quotes and punctuation around it. */
const bare = (w: string | undefined): string => (w ?? '').replace(/^[^a-z\u00c0-\u024f\d]+|[^a-z\u00c0-\u024f\d'’]+$/g, '');

/** Whether words[i] is a unit ("year"; with `adjective`, also an adjective then a unit) not followed by a point in time. */
function unitAt(words: string[], i: number, adjective: boolean): boolean {
  const w = bare(words[i]);
  const next = words[i + 1];
  if (UNITS.has(w)) return !POINT_IN_TIME.has(bare(next)) && !/^\d/.test(next ?? '');
  return adjective && w !== '' && !ARTICLES.has(w) && UNITS.has(bare(next)) && unitAt(words, i + 1, false);
}

/** Whether words[i] starts a rate: "par an", "per diluted share", "l'an", "jährlich". */
function rateAt(words: string[], i: number): boolean {
  const w = bare(words[i]);
  if (ADVERBS.has(w)) return true;
  if (PER.has(w)) return unitAt(words, i + 1, true);
  const elided = ELIDED.exec(w);
  return elided !== null && UNITS.has(elided[1] ?? '') && !POINT_IN_TIME.has(bare(words[i + 1]));
}

/** After the amount: up to three words ("de pertes »") then a rate; "/mois"; "pièce", "a year" right after. */
function rateAfter(after: string): boolean {
  const slash = /^\s*\/\s*(\S+)/.exec(after);
  if (slash) return UNITS.has(bare(slash[1]));
  // Glued to the next word ("eurosL'an"): a page-text artefact, not a rate.
  if (!/^\s/.test(after)) return false;
  const words = after.trim().split(/\s+/).slice(0, 7);
  const first = bare(words[0]);
  if (APIECE.has(first) || (first === 'la' && bare(words[1]) === 'pièce')) return true;
  if ((first === 'cada' && /^un[oa]$/.test(bare(words[1]))) || ((first === 'pro' || first === 'je') && bare(words[1]) === 'stück')) return true;
  if (PER_ARTICLE.has(first) && unitAt(words, 1, true)) return true;
  for (let i = 0; i < Math.min(4, words.length); i++) if (rateAt(words, i) || ADJECTIVES_AFTER.has(bare(words[i]))) return true;
  return false;
}

/**
 * Before the amount, in its clause: "jedes Jahr rund", "cada día pierden unos", "each year some", "täglich", with at
 * most three words between — and no other number in front ("grew 20% per year to $18 billion": the rate is the 20 %'s).
 */
function rateBefore(before: string): boolean {
  if (/\d/.test(before)) return false;
  const words = before.trim().split(/\s+/).filter(Boolean);
  for (let i = Math.max(0, words.length - 5); i < words.length; i++) {
    const w = bare(words[i]);
    const span = PER.has(w) ? 2 : 1;
    if (words.length - (i + span) <= 3 && rateAt(words, i)) return true;
  }
  return false;
}

/** Whether the amount at `at` (length `length`) in `sentence` is money per period or per unit. */
export function isRate(sentence: string, at: number, length: number): boolean {
  const s = normalizeSpaces(sentence);
  const after = clauseAfter(s.slice(at + length, at + length + 40)).toLowerCase();
  const before = clauseBefore(s.slice(Math.max(0, at - 30), at)).toLowerCase();
  return rateAfter(after) || rateBefore(before);
}

const ENVELOPE = new RegExp(
  `(?:^|${NOT_LETTER})(?:` +
    'approved|approves?|promised|pledged|allocated|earmarked|budgeted|budget|appropriated|set aside|' +
    'approuvée?s?|promise?s?|promet|alloué(?:e|s|es)?|allou(?:e|ent)|votée?s?|enveloppe|dotation|' +
    `bewilligt${LETTER}*|genehmigt${LETTER}*|zugesagt${LETTER}*|versprochen${LETTER}*|bereitgestellt${LETTER}*|veranschlagt${LETTER}*|` +
    'aprob(?:ó|aron|ado|ados|ada|adas)|prometid[oa]s?|asignad[oa]s?|asignó|asignaron|presupuest[oa]s?|' +
    'approvat[oiae]|stanziat[oiae]|stanzia|promess[oiae]' +
    `)(?!${LETTER})`,
);
const DISBURSED = new RegExp(
  `(?:^|${NOT_LETTER})(?:` +
    'disbursed|paid out|spent|' +
    'versée?s?|décaissée?s?|dépensée?s?|déboursée?s?|' +
    'ausgezahlt|ausbezahlt|abgeflossen|abgerufen|ausgegeben|' +
    `ejecutad[oa]s?|ejecutó|desembols${LETTER}*|gastad[oa]s?|gastó|` +
    'erogat[oiae]|spes[oie]' +
    `)(?!${LETTER})`,
);

/**
 * Whether the amount is the envelope of a budget (granted, promised, approved) or the part of one paid out so far,
 * from the verb or noun of its clause (60 characters before, 30 after).
 */
export function budgetSide(sentence: string, at: number, length: number): BudgetSide | undefined {
  const s = normalizeSpaces(sentence);
  const near = `${clauseBefore(s.slice(Math.max(0, at - 60), at))} # ${clauseAfter(s.slice(at + length, at + length + 30))}`.toLowerCase();
  if (DISBURSED.test(near)) return 'disbursed';
  if (ENVELOPE.test(near)) return 'envelope';
  return undefined;
}

/** The text after the last clause break (comma, semicolon, colon, bracket). */
function clauseBefore(s: string): string {
  const m = /[,;:()][^,;:()]*$/.exec(s);
  return m ? m[0].slice(1) : s;
}

/** The text up to the first clause break. */
function clauseAfter(s: string): string {
  const i = s.search(/[,;:()?!]|\.(?:\s|$)/);
  return i < 0 ? s : s.slice(0, i);
}
