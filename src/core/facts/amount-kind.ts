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

export type BudgetSide = 'envelope' | 'disbursed';

const TIME_UNITS =
  'year|month|week|day|hour|night|annum|an|année|mois|semaine|jour|heure|nuit|jahr|monat|woche|tag|stunde|nacht|año|mes|semana|día|dia|hora|noche|anno|mese|settimana|giorno|ora|notte';
const THING_UNITS =
  'share|head|capita|person|passenger|household|employee|worker|student|barrel|ton|tonne|unit|pair|ticket|vehicle|user|subscriber|' +
  'action|personne|habitant|tête|foyer|ménage|salarié|élève|baril|unité|paire|billet|véhicule|abonné|utilisateur|' +
  'aktie|kopf|einwohner|haushalt|mitarbeiter|schüler|stück|paar|fahrzeug|nutzer|abonnent|' +
  'acción|persona|habitante|cabeza|hogar|empleado|trabajador|alumno|barril|tonelada|unidad|boleto|vehículo|usuario|abonado|' +
  'azione|abitante|famiglia|dipendente|lavoratore|studente|barile|tonnellata|unità|paio|biglietto|veicolo|utente|abbonato';
const UNIT = `(?:${TIME_UNITS}|${THING_UNITS})(?![\\p{L}\\d])`;
/** "a year ago", "im Jahr 2024", "l'an dernier", "el año pasado": a point in time, not a rate. */
const NOT_A_RATE = String.raw`(?!\s*(?:ago|earlier|before|later|last|next|past|dernier|dernière|passée?|prochaine?|pasado|próximo|siguiente|scorso|prossimo|zuvor|davor|\d))`;
/** "per diluted share", "je verwässerter Aktie": one adjective may sit between; never an article ("per le famiglie", "par les ménages" = for/by). */
const ADJECTIVE = String.raw`(?:(?!(?:the|le|la|les|l|il|lo|i|gli|un|une|una|uno|des|del|della|dei|die|der|das|den|dem|einen?|el|los|las|su|sus|ses|son|sa)\s)\p{L}+\s+)?`;
const PER = `(?:per|pro|je|par|por|al|all['’]|l['’]|each|every|chaque|jede[nrs]?|cada|ogni|à\\s+l['’])`;
/** "a year": only right after the amount ("… after a year" is not a rate). */
const PER_ARTICLE = '(?:a|an)';
const ADVERB =
  'annually|yearly|monthly|weekly|daily|per annum|annuellement|mensuellement|quotidiennement|jährlich|monatlich|wöchentlich|täglich|' +
  'anualmente|mensualmente|diariamente|annualmente|mensilmente|quotidianamente|annuels?|annuelles?|mensuels?|mensuelles?|anuales?|mensuales?|annui|annuali|mensili';
/** Per piece, right after the amount only ("80.000 euros pièce", "$100 each"; not "… pour une pièce de théâtre"). */
const APIECE = '(?:la\\s+)?pièce|apiece|each|chacune?|pro stück|je stück|cada uno|cada una|ciascuno|ciascuna';
/** After the amount: up to three words ("de pertes »") then "par an", "per share", "pro Jahr", "al mes", "annuels"; "/mois". */
const RATE_AFTER = new RegExp(
  String.raw`^(?:(?:\s+[^\s\d,;:.!?()]+){0,3}?\s+(?:${PER}\s*${ADJECTIVE}${UNIT}${NOT_A_RATE}|(?:${ADVERB})(?!\p{L}))|\s+${PER_ARTICLE}\s+${ADJECTIVE}${UNIT}${NOT_A_RATE}|\s+(?:${APIECE})(?!\p{L})|\s*/\s*${UNIT})`,
  'iu',
);
/** Adverbs only before the amount: "annual revenue of $5bn" is a year's figure, not a rate beside the story's amount. */
const ADVERB_BEFORE =
  'annually|per annum|annuellement|mensuellement|quotidiennement|jährlich|monatlich|wöchentlich|täglich|anualmente|mensualmente|diariamente|annualmente|mensilmente|quotidianamente';
/** "l'an dernier", "a year ago", "el año pasado": a point in time. */
const NOT_A_RATE_BEFORE = String.raw`(?!\s+(?:dernier|dernière|passée?|prochaine?|last|next|past|ago|earlier|pasado|próximo|siguiente|scorso|prossimo|zuvor|davor|\d))`;
/**
 * Before the amount, in its clause: "jedes Jahr rund", "cada día pierden unos", "each year some", "täglich" — with no
 * other number in front ("grew 20% per year to $18 billion": the rate is the 20 %'s).
 */
const RATE_BEFORE = new RegExp(String.raw`^[^\d]*?(?:^|[^\p{L}])(?:${PER}\s*${UNIT}${NOT_A_RATE_BEFORE}|(?:${ADVERB_BEFORE})(?!\p{L}))(?:\s+[^\s\d]+){0,3}\s*$`, 'iu');

/** Whether the amount at `at` (length `length`) in `sentence` is money per period or per unit. */
export function isRate(sentence: string, at: number, length: number): boolean {
  const s = normalizeSpaces(sentence);
  const after = clauseAfter(s.slice(at + length, at + length + 40));
  const before = clauseBefore(s.slice(Math.max(0, at - 30), at));
  return RATE_AFTER.test(after) || RATE_BEFORE.test(before);
}

const ENVELOPE = new RegExp(
  '(?:^|[^\\p{L}])(?:' +
    'approved|approves?|promised|pledged|allocated|earmarked|budgeted|budget|appropriated|set aside|' +
    'approuvée?s?|promise?s?|promet|alloué(?:e|s|es)?|allou(?:e|ent)|votée?s?|enveloppe|dotation|' +
    'bewilligt\\p{L}*|genehmigt\\p{L}*|zugesagt\\p{L}*|versprochen\\p{L}*|bereitgestellt\\p{L}*|veranschlagt\\p{L}*|' +
    'aprob(?:ó|aron|ado|ados|ada|adas)|prometid[oa]s?|asignad[oa]s?|asignó|asignaron|presupuest[oa]s?|' +
    'approvat[oiae]|stanziat[oiae]|stanzia|promess[oiae]' +
    ')(?!\\p{L})',
  'iu',
);
const DISBURSED = new RegExp(
  '(?:^|[^\\p{L}])(?:' +
    'disbursed|paid out|spent|' +
    'versée?s?|décaissée?s?|dépensée?s?|déboursée?s?|' +
    'ausgezahlt|ausbezahlt|abgeflossen|abgerufen|ausgegeben|' +
    'ejecutad[oa]s?|ejecutó|desembols\\p{L}*|gastad[oa]s?|gastó|' +
    'erogat[oiae]|spes[oie]' +
    ')(?!\\p{L})',
  'iu',
);

/**
 * Whether the amount is the envelope of a budget (granted, promised, approved) or the part of one paid out so far,
 * from the verb or noun of its clause (60 characters before, 30 after).
 */
export function budgetSide(sentence: string, at: number, length: number): BudgetSide | undefined {
  const s = normalizeSpaces(sentence);
  const near = `${clauseBefore(s.slice(Math.max(0, at - 60), at))} # ${clauseAfter(s.slice(at + length, at + length + 30))}`;
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
