/**
 * Quantities with a unit: percentages, power/energy, jobs, employees, barrels, aircraft… in five languages,
 * with the value scaled ("1.4 million barrels per day" → 1400000 barrels/day) and the unit normalised.
 */
import type { AmountQualifier, Lang } from '../types.ts';
import { countWordSource, NUMBER_SOURCE, parseNumberToken, wordNumber } from './parse-number-token.ts';
import { SCALES } from './parse-amounts.ts';
import { qualifierBefore } from './qualifiers.ts';
import { normalizeSpaces } from './normalize-text.ts';
import { foldCase, matchWordsAfter, WordList } from './word-list.ts';
import { countedNounAfter } from './counted-noun.ts';

export interface ParsedNumber {
  text: string;
  value: number;
  unit: string;
  qualifier: AmountQualifier;
  index: number;
  /** The unit is the counted noun as written ("233 fossiles"), not a unit of the table. */
  counted?: true;
}

/** Unit words (all five languages share one table: units rarely collide across them) → normalised unit. */
const UNITS: Array<[string, string[]]> = [
  ['%', ['%', 'percent', 'per cent', 'pour cent', 'pourcent', 'prozent', 'por ciento', 'per cento', 'pct', 'pc']],
  ['pp', ['percentage points', 'percentage point', 'points de pourcentage', 'point de pourcentage', 'prozentpunkte', 'puntos porcentuales', 'punti percentuali']],
  ['GW', ['gw', 'gigawatts', 'gigawatt', 'gigavatios', 'gigawattora']],
  ['MW', ['mw', 'megawatts', 'megawatt', 'mégawatts', 'mégawatt', 'megavatios']],
  ['kW', ['kw', 'kilowatts', 'kilowatt', 'kilovatios']],
  ['TWh', ['twh', 'térawattheures', 'terawatt hours', 'terawattstunden']],
  ['GWh', ['gwh', 'gigawattheures', 'gigawatt hours', 'gigawattstunden']],
  ['MWh', ['mwh', 'mégawattheures', 'megawatt hours', 'megawattstunden']],
  ['kWh', ['kwh', 'kilowattheures', 'kilowatt hours', 'kilowattstunden']],
  ['jobs', ['jobs', 'job', 'emplois', 'emploi', 'postes', 'stellen', 'arbeitsplätze', 'arbeitsplatze', 'empleos', 'puestos de trabajo', 'puestos', 'posti di lavoro', 'posti']],
  ['employees', ['employees', 'employee', 'workers', 'staff', 'staffers', 'salariés', 'salarié', 'employés', 'collaborateurs', 'agents', 'mitarbeiter', 'mitarbeitende', 'mitarbeitenden', 'beschäftigte', 'beschäftigten', 'angestellte', 'empleados', 'trabajadores', 'operarios', 'dipendenti', 'lavoratori']],
  ['injured', ['injured', 'wounded', 'blessés', 'verletzte', 'verletzten', 'heridos', 'feriti']],
  ['troops', ['troops', 'soldiers', 'soldats', 'soldaten', 'soldados', 'militari']],
  ['votes', ['votes', 'voix', 'stimmen', 'votos', 'voti']],
  ['hours', ['hours', 'heures', 'stunden', 'horas']],
  ['barrels/day', ['barrels per day', 'barrels a day', 'barils par jour', 'barriles diarios', 'barriles por día', 'barrel pro tag', 'barili al giorno', 'bpd', 'b/d']],
  ['barrels', ['barrels', 'barrel', 'barils', 'baril', 'barriles', 'barili', 'fass']],
  ['aircraft', ['aircraft', 'planes', 'airplanes', 'jets', 'jetliners', 'avions', 'appareils', 'flugzeuge', 'maschinen', 'aviones', 'aeronaves', 'aerei', 'velivoli']],
  ['t', ['tonnes', 'tonne', 'tons', 'ton', 'metric tons', 'tonnen', 'toneladas', 'tonnellate', 't']],
  ['km', ['km', 'kilomètres', 'kilometres', 'kilometers', 'kilometer', 'kilómetros', 'chilometri']],
  ['m', ['mètres', 'metres', 'meters', 'meter', 'metros', 'metri']],
  ['cm', ['cm', 'centimètres', 'centimeters', 'zentimeter', 'centímetros', 'centimetri']],
  ['°C', ['°c', 'degrés', 'degrees', 'grad', 'grados', 'gradi']],
  ['years', ['years', 'year-old', 'ans', 'années', 'jahre', 'jahren', 'años', 'anni']],
  ['months', ['months', 'mois', 'monate', 'monaten', 'meses', 'mesi']],
  ['days', ['days', 'jours', 'tage', 'tagen', 'días', 'giorni']],
  ['weeks', ['weeks', 'semaines', 'wochen', 'semanas', 'settimane']],
  ['minutes', ['minutes', 'minuten', 'minutos', 'minuti']],
  ['s', ['seconds', 'secondes', 'sekunden', 'segundos', 'secondi']],
  ['customers', ['customers', 'clients', 'kunden', 'clientes', 'clienti']],
  ['users', ['users', 'utilisateurs', 'nutzer', 'usuarios', 'utenti']],
  ['subscribers', ['subscribers', 'abonnés', 'abonnenten', 'suscriptores', 'abbonati']],
  ['vehicles', ['vehicles', 'cars', 'vans', 'trucks', 'véhicules', 'voitures', 'fahrzeuge', 'autos', 'vehículos', 'coches', 'automóviles', 'veicoli', 'auto']],
  // Not "actions / acciones / azioni": in running text they mostly mean actions, not shares.
  ['shares', ['shares', 'aktien']],
  ['inhabitants', ['inhabitants', 'residents', 'habitants', 'einwohner', 'habitantes', 'abitanti']],
  ['deaths', ['deaths', 'dead', 'morts', 'décès', 'tote', 'toten', 'muertos', 'fallecidos', 'morti', 'vittime']],
  ['stores', ['stores', 'shops', 'magasins', 'boutiques', 'filialen', 'läden', 'tiendas', 'negozi']],
  ['people', ['people', 'personnes', 'personas', 'persone', 'personen', 'menschen']],
  ['households', ['households', 'homes', 'ménages', 'foyers', 'logements', 'haushalte', 'privathaushalte', 'wohnungen', 'hogares', 'viviendas', 'famiglie', 'abitazioni']],
  ['rooms', ['rooms', 'guest rooms', 'chambres', 'zimmer', 'habitaciones', 'camere']],
  ['passengers', ['passengers', 'passagers', 'passagiere', 'fluggäste', 'pasajeros', 'passeggeri']],
  ['ha', ['hectares', 'hectare', 'hektar', 'hectáreas', 'ettari']],
  ['km²', ['km2', 'km²', 'square kilometres', 'square kilometers', 'kilomètres carrés', 'quadratkilometer', 'kilómetros cuadrados', 'chilometri quadrati']],
  ['acres', ['acres']],
  ['miles', ['miles', 'mile']],
  ['units', ['units', 'unités', 'einheiten', 'unidades', 'unità']],
  ['visitors', ['visitors', 'visiteurs', 'besucher', 'visitantes', 'visitatori']],
];

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT_MAP = new Map<string, string>();
for (const [norm, words] of UNITS) for (const w of words) UNIT_MAP.set(w, norm);
/** The unit words in the order an alternation tries them: longest first. */
export const UNIT_WORDS = [...UNIT_MAP.keys()].sort((a, b) => b.length - a.length);
const UNIT_LIST = new WordList(UNIT_WORDS);
const UNIT_ALT = (): string => UNIT_WORDS.map((w) => esc(w).replace(/ /g, '\\s+')).join('|');
const NOT_AFTER_UNIT = /^[\p{L}\p{N}]/u;
/**
 * Unit right after the number (an optional "de/of/di" only for counted nouns: "10 millions de barils"): the match of
 * `^(?:\s|-)?(?:(?:de |d'|d’|of |di )\s*)?(UNIT)(?![\p{L}\p{N}])`, case-insensitive. A WordList does the matching
 * (the regex of every unit costs up to 100 ms to compile on a fresh page); the regex is built only for text that
 * lowercasing changes in length.
 */
let unitRe: RegExp | undefined;
export function unitAfter(s: string): [string, string] | null {
  const m = matchWordsAfter(s, { sep: /^[\s-]$/, preps: ['de ', "d'", 'd’', 'of ', 'di '], spacesAfterPrep: true, words: UNIT_LIST, notAfter: NOT_AFTER_UNIT });
  if (m !== undefined) return m;
  unitRe ??= new RegExp(`^(?:\\s|-)?(?:(?:de |d'|d’|of |di )\\s*)?(${UNIT_ALT()})(?![\\p{L}\\p{N}])`, 'iu');
  const r = unitRe.exec(s);
  return r ? [r[0], r[1] ?? ''] : null;
}
/** Counted nouns (not measures): these may follow the number across one or two modifiers ("1,000 maintenance workers", "600 eigene Läden"). */
const COUNTED = new Set(['jobs', 'employees', 'aircraft', 'customers', 'users', 'subscribers', 'vehicles', 'inhabitants', 'deaths', 'stores', 'people', 'households', 'rooms', 'passengers', 'visitors', 'injured', 'troops']);
export const STOP_MODIFIERS = 'the|and|or|of|to|in|on|for|from|with|than|that|who|which|were|was|are|is|have|has|had|more|most|less|fewer|other|des|les|et|ou|par|pour|que|qui|plus|moins|autres|der|die|das|und|oder|von|mit|für|ist|sind|haben|hat|mehr|weniger|los|las|del|por|para|más|menos|otros|che|per|sono|più|meno|altri';
/**
 * One or two lowercase modifier words, then a unit word: the match of
 * `^\s(?:(?!(?:STOP)\s)\p{Ll}[\p{L}-]{2,}\s){1,2}(UNIT)(?![\p{L}\p{N}])`, case-insensitive (where `\p{Ll}` takes any
 * cased letter), tried as the regex backtracks: after two modifiers, then after one. The modifier pattern runs on the
 * lowercased text without the 'i' flag, the unit through the WordList.
 */
const MODIFIER_RE = new RegExp(`(?!(?:${STOP_MODIFIERS})\\s)\\p{Ll}[\\p{L}-]{2,}\\s`, 'uy');
let modifiedUnitRe: RegExp | undefined;
export function modifiedUnitAfter(s: string): [string, string] | null {
  const lower = foldCase(s);
  if (lower === undefined) {
    modifiedUnitRe ??= new RegExp(`^\\s(?:(?!(?:${STOP_MODIFIERS})\\s)\\p{Ll}[\\p{L}-]{2,}\\s){1,2}(${UNIT_ALT()})(?![\\p{L}\\p{N}])`, 'iu');
    const r = modifiedUnitRe.exec(s);
    return r ? [r[0], r[1] ?? ''] : null;
  }
  if (!isSpace(s[0])) return null;
  const modifierEnd = (at: number): number => {
    MODIFIER_RE.lastIndex = at;
    return MODIFIER_RE.test(lower) ? MODIFIER_RE.lastIndex : -1;
  };
  const accept = (end: number): boolean => !NOT_AFTER_UNIT.test(s.slice(end, end + 2));
  const one = modifierEnd(1);
  if (one < 0) return null;
  const two = modifierEnd(one);
  for (const at of two >= 0 ? [two, one] : [one]) {
    const end = UNIT_LIST.matchAt(lower, at, accept);
    if (end >= 0) return [s.slice(0, end), s.slice(at, end)];
  }
  return null;
}
/**
 * What a unit word can start with (lowercased): its first three characters, or the whole word when shorter. The
 * unit regexes are one alternation of every unit in every language, costly to run on a fresh page for each of the
 * many number candidates ("un", "eine", "una" are number words); `mayStartUnit` rules a window out with set lookups
 * first and only lets through the windows where the regexes could match.
 */
const UNIT_HEADS = new Set<string>();
for (const w of UNIT_MAP.keys()) UNIT_HEADS.add(w.slice(0, 3));
const MAX_HEAD = 3;
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
function mayStartUnit(s: string, at: number): boolean {
  for (let n = 1; n <= MAX_HEAD; n++) if (UNIT_HEADS.has(s.slice(at, at + n).toLowerCase())) return true;
  return false;
}
/** Whether unitAfter could match `s`: a unit head right after the optional separator and "de/of/di/d'". */
function mayHaveUnit(s: string): boolean {
  for (const p of isSpace(s[0]) || s[0] === '-' ? [0, 1] : [0]) {
    if (mayStartUnit(s, p)) return true;
    const prep = /^(?:de |d'|d’|of |di )\s*/i.exec(s.slice(p));
    if (prep && mayStartUnit(s, p + prep[0].length)) return true;
  }
  return false;
}
/** Whether modifiedUnitAfter could match `s`: a unit head at the start of the second or third word. */
function mayHaveModifiedUnit(s: string): boolean {
  if (!isSpace(s[0])) return false;
  let starts = 0;
  for (let i = 1; i < s.length && starts < 2; i++) {
    if (!isSpace(s[i])) continue;
    starts++;
    if (mayStartUnit(s, i + 1)) return true;
  }
  return false;
}
/** Units that only count when glued or directly after a space: too ambiguous otherwise. */
const SHORT_UNITS = new Set(['t', 'm', 'pc', 'pct', 'auto', 'posti', 'puestos', 'grad', 'agents', 'people', 'maschinen', 'ton', 'homes', 'zimmer', 'camere']);

/** Round counts read as a scale ("une centaine de médecins" = 100, "zwei Dutzend" = 24): counts only, not money. */
const APPROX: Record<Lang, Record<string, number>> = {
  en: { dozen: 12 },
  fr: { dizaine: 10, dizaines: 10, douzaine: 12, douzaines: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, centaines: 100, millier: 1e3, milliers: 1e3 },
  de: { dutzend: 12 },
  es: { decena: 10, decenas: 10, docena: 12, docenas: 12, veintena: 20, treintena: 30, centenar: 100, centenares: 100, millar: 1e3, millares: 1e3 },
  it: { decina: 10, decine: 10, dozzina: 12, dozzine: 12, ventina: 20, trentina: 30, quarantina: 40, cinquantina: 50, centinaio: 100, centinaia: 100, migliaio: 1e3, migliaia: 1e3 },
};
interface LangRes { number: RegExp; scale: RegExp; scales: Map<string, number> }
const cache = new Map<Lang, LangRes>();

function langRes(lang: Lang): LangRes {
  let r = cache.get(lang);
  if (!r) {
    // Scales that make sense for counts ("2.4 million visitors"); single letters are too ambiguous here.
    const scales = new Map([...Object.entries(SCALES[lang]).filter(([k]) => k.length > 2 || /^(mn|md|bn|tn)$/.test(k)), ...Object.entries(APPROX[lang])]);
    const scale = new RegExp(`^(?:\\s|-)(${[...scales.keys()].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}])`, 'iu');
    const number = new RegExp(`(?<![\\p{L}\\p{N}.,$€£¥])(?:[-−–]\\s?)?(?:${NUMBER_SOURCE}|${countWordSource(lang)}(?=\\s+\\p{L}))`, 'giu');
    r = { number, scale, scales };
    cache.set(lang, r);
  }
  return r;
}

/** Words before a number that make it a label, not a count ("Article 5", "page 32", "n° 3"). */
const ID_BEFORE = new Set(['no', 'no.', 'nr', 'nr.', 'n°', 'number', 'numéro', 'número', 'numero', 'nummer', 'article', 'art.', 'artikel', 'artículo', 'articolo', 'page', 'p.', 'seite', 'página', 'pagina', 'chapter', 'chapitre', 'kapitel', 'capítulo', 'capitolo', 'line', 'ligne', 'linie', 'línea', 'linea', 'version', 'season', 'saison', 'temporada', 'stagione', 'episode', 'épisode', 'folge', 'episodio', 'room', 'salle', 'gate', 'level', 'niveau', 'rue', 'calle', 'via', 'road', 'street', 'avenue', 'route', 'flight', 'vol', 'bus', 'tome', 'volume', 'band']);
const ARTICLES = new Set(['the', 'these', 'those', 'les', 'ces', 'die', 'diese', 'beiden', 'los', 'las', 'estos', 'estas', 'i', 'gli', 'le', 'questi', 'queste']);
/** The token before a number and whether it opens the sentence. */
function tokenBefore(text: string, start: number): { token: string; first: boolean } {
  const m = /(\S+)(\s+)$/.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return { token: start > 0 ? (text[start - 1] ?? '') : '', first: true };
  const tokenStart = start - m[0].length;
  return { token: m[1] ?? '', first: !/\S/.test(text.slice(0, tokenStart).replace(/^[«"“„'‘(\s-]+/, '')) };
}
/**
 * Whether a number may count things the unit table does not name (countedNounAfter): at least two, not a year, not
 * a label's number ("Article 5", "Windows 10", "COVID-19"), and not "two" or "three" spelled out after a definite
 * article ("the two companies" are the story's parties, not a figure; "the five companies" selected are a figure).
 */
function mayCountNouns(text: string, start: number, digits: string, value: number): boolean {
  if (value < 2 || /^(?:1\d|20)\d{2}$/.test(digits)) return false;
  if (/[-/#№:]$/.test(text.slice(Math.max(0, start - 1), start))) return false;
  const { token, first } = tokenBefore(text, start);
  const lower = token.toLowerCase();
  if (ID_BEFORE.has(lower)) return false;
  if (!/\d/.test(digits) && value < 4 && ARTICLES.has(lower)) return false;
  // A capitalised number word inside a sentence is a name ("Elf Aquitaine", "Cinq Étoiles").
  if (!/\d/.test(digits) && /^[A-ZÀ-Þ]/.test(digits) && /[A-Za-zÀ-ÖØ-öø-ÿ]/.test(text.slice(0, start))) return false;
  // A capitalised word right before (not the sentence's first) names the thing the number labels.
  if (!first && /^[A-ZÀ-ÖØ-Þ]/.test(token) && !/['’]s$/.test(token)) return false;
  return true;
}
/** A range's first end: "de 250 à 330 postes", "between 10 and 12 %", "300 à 380 départs", "10-12 %". */
const RANGE_TO = /^\s?(?:[-–]|à|a|to|bis|al)\s?$|^\s(?:and|et|und|y|e)\s$/;
const RANGE_AND = /(?:between|entre|zwischen|tra|fra)\s$/i;
/** A part of a whole whose unit follows: "330 of the resort's 397", "3 sur les 10", "5 von den 20". */
const PART_OF = /^\s(?:of|sur|von)\s(?:[^\s\d]+\s){0,3}(?:the|its|their|his|her|our|these|those|les|ses|leurs|ces|den|seinen|ihren|diesen|[^\s\d]+['’]s)\s$/i;
/** "7 in 10 voters", "3 sur 10", "4 von 10", "6 de cada 10", "2 su 10": a share in tenths. */
const IN_TEN = /^\s(?:in|out of|sur|von|de cada|su)\s10(?![\d.,])/;
/** A comparison after which the unit of the number before is not repeated (the gap ends with the word). */
const COMPARED = /(?:^|\s)(?:contre|versus|vs\.?|against|compared (?:with|to)|(?:up|down) from|gegenüber|frente a(?: los| las)?|contro|rispetto a(?:i|lle)?)\s$/i;
interface Pending { start: number; end: number; value: number; scaled: boolean; digits: string; qualifierText: string }

/** Quantities with a known unit in `input`, in reading order. Money is left to parseAmounts. Never throws. */
export function parseNumbers(input: string, lang: Lang): ParsedNumber[] {
  const text = normalizeSpaces(input);
  const { number, scale, scales } = langRes(lang);
  const out: ParsedNumber[] = [];
  let pending: Pending | undefined;
  let last: { unit: string; end: number; counted: boolean } | undefined;
  number.lastIndex = 0;
  for (let m = number.exec(text); m; m = number.exec(text)) {
    const raw = m[0];
    const start = m.index;
    let end = start + raw.length;
    const negative = /^[-−–]/.test(raw);
    const digits = raw.replace(/^[-−–]\s?/, '');
    let value = /\d/.test(digits) ? parseNumberToken(digits, lang) : (wordNumber(digits, lang) ?? NaN);
    if (!Number.isFinite(value)) continue;
    let mult = 1;
    let approx = false;
    const sm = scale.exec(text.slice(end, end + 20));
    if (sm?.[1]) {
      const scaleMult = scales.get(sm[1].toLowerCase());
      if (scaleMult) {
        mult = scaleMult;
        approx = APPROX[lang][sm[1].toLowerCase()] !== undefined;
        value *= mult;
        end += sm[0].length;
        if (text[end] === '.') end += 1;
      }
    }
    const window = text.slice(end, end + 60);
    let um = mayHaveUnit(window) ? unitAfter(window.slice(0, 40)) : null;
    // A year ("2024 more people") never counts across modifiers; a plain count may ("1,000 maintenance workers").
    if (!um?.[1] && !/^(?:19|20)\d{2}$/.test(digits) && mayHaveModifiedUnit(window)) {
      const mm = modifiedUnitAfter(window);
      const w = mm?.[1]?.toLowerCase().replace(/\s+/g, ' ');
      if (mm && w && COUNTED.has(UNIT_MAP.get(w) ?? '') && !SHORT_UNITS.has(w)) um = mm;
    }
    let unit: string | undefined;
    let counted = false;
    if (um?.[1]) {
      const word = um[1].toLowerCase().replace(/\s+/g, ' ');
      unit = UNIT_MAP.get(word);
      if (unit && SHORT_UNITS.has(word) && /^\s?(?:de |d'|d’|of |di )/i.test(um[0])) unit = undefined;
      // A capitalised word glued to the number is a name ("20Minutes", "3Sat"), not "10GW".
      if (unit && /^[A-ZÀ-Þ][a-zß-ÿ]{3}/.test(um[0])) unit = undefined;
    } else if (!negative && mayCountNouns(text, start, digits, value)) {
      // "4 millions de copies": after a scale word the noun may follow "de/of/di".
      const prep = mult > 1 ? /^\s(?:de|of|di)\s|^\s[dD]['’]/.exec(window) : null;
      const cn = countedNounAfter(prep ? ` ${window.slice(prep[0].length)}` : window, lang, (w) => UNIT_MAP.has(w));
      if (cn) {
        um = [prep ? prep[0] + cn[0].slice(1) : cn[0], cn[1]];
        const lower = cn[1].toLowerCase();
        unit = UNIT_MAP.get(lower);
        if (!unit) {
          unit = lang === 'de' ? cn[1] : lower;
          counted = true;
        }
      }
    }
    if ((!unit || !um) && !negative && !/^(?:1\d|20)\d{2}$/.test(digits)) {
      // "7 in 10 voters": a share.
      const share = IN_TEN.exec(window);
      if (share && value <= 10) {
        end += share[0].length;
        out.push({ text: input.slice(start, end).trim(), value: value * 10, unit: '%', qualifier: qualifierBefore(text.slice(Math.max(0, start - 40), start), lang), index: start });
        number.lastIndex = end;
        pending = undefined;
        continue;
      }
      // "110.000 abonnés en 2023, contre 40.000 aujourd'hui": the unit is not repeated after a comparison word (with no
      // other number but a year in between: "13 ans (338 en 2015 contre 600" compares 338 and 600, not years).
      if (last && start - last.end < 60 && COMPARED.test(text.slice(last.end, start)) && !/\d/.test(text.slice(last.end, start).replace(/\b(?:1\d|20)\d{2}\b/g, ''))) {
        out.push({ text: input.slice(start, end).trim(), value: Math.round(value * 1e4) / 1e4, unit: last.unit, qualifier: qualifierBefore(text.slice(Math.max(0, start - 40), start), lang), index: start, ...(last.counted ? { counted: true as const } : {}) });
        pending = undefined;
        continue;
      }
    }
    if (!unit || !um) {
      // A dash before a range's first end is punctuation ("-douze à 18 mois, contre…"): left out of its text.
      pending = { start: start + raw.length - digits.length, end, value, scaled: mult > 1, digits, qualifierText: text.slice(Math.max(0, start - 40), start) };
      continue;
    }
    // A sign counts only for percentages ("-5.44%"); elsewhere a dash is a range or a hyphen.
    if (negative && unit !== '%' && unit !== 'pp') continue;
    if (negative) value = -value;
    // Money is parsed elsewhere: "$5 million people" is unusual, "€20 %" never happens.
    if (/[$€£¥]\s?$/.test(text.slice(Math.max(0, start - 3), start))) continue;
    end += um[0].length;
    // The range's first end takes this unit (and scale: "2 à 3 millions de personnes"), as does a part of this whole
    // ("330 of the resort's 397 guest rooms").
    if (pending && !/^(?:1\d|20)\d{2}$/.test(pending.digits)) {
      const gap = text.slice(pending.end, start);
      const between = RANGE_TO.test(gap) && (!/^\s(?:and|et|und|y|e)\s$/.test(gap) || RANGE_AND.test(text.slice(Math.max(0, pending.start - 12), pending.start)));
      const part = PART_OF.test(gap) && pending.value < (pending.scaled ? value : value / mult);
      if (between || part) {
        const first = pending.scaled ? pending.value : pending.value * mult;
        out.push({
          text: input.slice(pending.start, pending.end).trim(),
          value: Math.round(first * 1e4) / 1e4,
          unit,
          qualifier: qualifierBefore(pending.qualifierText, lang),
          index: pending.start,
          ...(counted ? { counted: true as const } : {}),
        });
      }
    }
    pending = undefined;
    last = { unit, end, counted };
    const qualifier = qualifierBefore(text.slice(Math.max(0, start - 40), start), lang);
    out.push({
      text: input.slice(start, end).trim(),
      value: Math.round(value * 1e4) / 1e4,
      unit,
      qualifier: approx && qualifier === 'exact' ? 'about' : qualifier,
      index: start,
      ...(counted ? { counted: true as const } : {}),
    });
    number.lastIndex = end;
  }
  return out;
}
