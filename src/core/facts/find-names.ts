/**
 * Candidate proper names in one sentence: runs of capitalised tokens (or inner-capital ones like "OpenAI",
 * "eBay"), joined by name particles ("Bank of America", "Université de Lincoln"), with elisions stripped
 * ("d'Intel" → Intel) and titles, role nouns, months, weekdays and stop words cut off.
 */
import type { Lang } from '../types.ts';
import { stopWords } from '../text/stop-words.ts';
import { MONTHS } from './date-words.ts';
import { ORG_SUFFIXES, ROLE_WORDS, TITLES } from './lexicon-people.ts';
import { fold } from './normalize-text.ts';
import { LETTER } from '../text/letter-class.ts';

export interface NameSpan {
  text: string;
  /** Offset in the sentence. */
  index: number;
  /** First word of the sentence, of a quotation or after a colon: capitalised for grammar, not because it is a name. */
  initial: boolean;
  /** A courtesy title came right before ("M. Huang", "Mr. Smith"). */
  titled: boolean;
  tokens: string[];
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-&]*/gu;
const ELISION = /^(?:[dlsncjmt]|qu|jusqu|lorsqu|puisqu|presqu|dell|dall|nell|sull|all|coll|quell|un)['’](?=\p{Lu})/iu;
const PARTICLES = new Set(['de', 'du', 'des', 'de la', 'del', 'della', 'delle', 'di', 'da', 'do', 'dos', 'von', 'van', 'der', 'den', 'of', 'for', '&', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'zu', 'ten', 'ter', "d'", 'd’']);
/** German articles are not name particles: "Ausbau des Kooperationsnetzwerks" is two nouns, not a name. */
const DE_NOT_PARTICLES = new Set(['der', 'des', 'den', 'die', 'das', 'dem', 'e', 'la', 'le', 'el', 'y', 'da', 'do']);
/** Capitalised words that look like sentence openers but begin names ("New York"). */
const NAME_STARTERS = new Set(['new', 'united', 'saint', 'san', 'santa', 'sainte', 'st']);
/** Money and scale words: "Mio. EUR", "Milliarden Euro" are not names. */
const MONEY_WORDS = ['mio', 'mrd', 'mrds', 'md', 'mds', 'millionen', 'milliarden', 'milliarde', 'million', 'millions', 'milliard', 'milliards', 'billion', 'billionen', 'euro', 'euros', 'eur', 'usd', 'dollar', 'dollars', 'prozent', 'tsd', 'mln', 'mld', 'millones', 'milioni', 'miliardi'];
/** German numbers written as capitalised nouns ("Zehntausend Zuhörer", "Hunderte Beschäftigte"): a count, not a name. */
const DE_NUMBER_NOUNS = ['hundert', 'hunderte', 'hunderten', 'tausend', 'tausende', 'tausenden', 'zehntausend', 'zehntausende', 'zehntausenden', 'hunderttausend', 'hunderttausende', 'hunderttausenden', 'dutzend', 'dutzende', 'dutzenden'];
/** Acronyms of common nouns ("l'IA", "le PIB", "GPU"): capitalised, but never a party. */
const GENERIC_ACRONYMS = ['ia', 'ai', 'ki', 'gpu', 'gpus', 'cpu', 'pib', 'gdp', 'bip', 'pil', 'tv', 'ceo', 'pdg', 'cfo', 'ong', 'ngo', 'pme', 'sms', 'pdf', 'hd', 'it', 'tva', 'vat', 'mwst', 'co2', 'adn', 'arn', 'dna', 'rna', 'usb', '5g', '4g', 'ipo', 'opa', 'opv', 'ttc', 'ht', 'faq', 'url', 'app', 'apps', 'ok', 'pc', 'suv', 'ev', 'evs', 'km', 'kw', 'mw', 'gw', 'twh', 'ndlr', 'smic', 'csg'];
/** Sentence-opening function words that are not in the stop lists ("Although Sweden…", "Whether American…"). */
const OPENERS = ['although', 'whether', 'however', 'meanwhile', 'despite', 'while', 'after', 'before', 'during', 'since', 'under', 'because', 'courtesy', 'fixing', 'still', 'yet', 'today', 'yesterday', 'now', 'here', 'there', 'according', 'instead', 'other', 'others', 'many', 'some', 'most', 'several', 'both', 'beide', 'seit', 'nach', 'während', 'obwohl', 'nachdem', 'weil', 'bereits', 'auch', 'doch', 'dabei', 'damit', 'zudem', 'außerdem', 'jedoch', 'heute', 'gestern', 'tanto', 'además', 'hoy', 'ayer', 'también', 'pero', 'sin', 'embargo', 'cependant', 'pourtant', 'ainsi', 'aujourd', 'hier', 'désormais', 'selon', 'mais', 'dont', 'comme', 'tandis', 'quand', 'lorsque', 'puis', 'oggi', 'ieri', 'intanto', 'inoltre', 'publié', 'mis', 'updated', 'published', 'veröffentlicht', 'aktualisiert', 'publicado', 'actualizado', 'pubblicato', 'aggiornato', 'photo', 'foto', 'image', 'bild', 'video', 'vidéo', 'lire', 'read', 'voir', 'see'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'];
/** German compound role nouns ("Konzernchef", "VW-Chef", "Regierungssprecherin", "Aufsichtsrätin", "Crocs-CEO"). */
const DE_ROLE_SUFFIX = /(?:boss|chef|chefin|sprecher|sprecherin|präsident|präsidentin|minister|ministerin|leiter|leiterin|direktor|direktorin|gründer|gründerin|vorsitzende|vorsitzender|kanzler|kanzlerin|analyst|analystin|experte|expertin|srat|sratin|ratin|-ceo)$/i;

/** The German definite and indefinite articles, as a regex alternation. */
export const DE_ARTICLE_WORDS = 'der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines';
/**
 * German articles, contractions and possessives right before a word: what follows is a noun phrase. Narrower than
 * entity-table's DE_ARTICLE_BEFORE, which also takes any inflected word: after "sagte", "Ursula von …" is a name.
 */
const DE_ARTICLE = new RegExp(`(?:^|\\s)(?:${DE_ARTICLE_WORDS}|beim|im|vom|zum|zur|am|ins|(?:sein|ihr|unser)(?:e|en|em|er|es)?|als)\\s+$`, 'iu');
/** German "of" particles: "von", "vom", "zu". */
const DE_OF = new Set(['von', 'vom', 'zu']);

const breakerCache = new Map<Lang, Set<string>>();
/** Folded words that can never be part of a name (they break a run of capitals). */
function breakers(lang: Lang): Set<string> {
  let s = breakerCache.get(lang);
  if (!s) {
    s = new Set<string>();
    for (const w of stopWords(lang)) s.add(fold(w));
    for (const l of ['en', 'fr', 'de', 'es', 'it'] as const) {
      for (const w of ROLE_WORDS[l]) if (!w.includes(' ')) s.add(fold(w));
      for (const m of Object.keys(MONTHS[l])) if (m.length > 3) s.add(fold(m));
    }
    for (const d of DAYS) s.add(fold(d));
    for (const w of MONEY_WORDS) s.add(w);
    for (const w of DE_NUMBER_NOUNS) s.add(w);
    for (const w of GENERIC_ACRONYMS) s.add(w);
    for (const w of OPENERS) s.add(fold(w));
    for (const w of NAME_STARTERS) s.delete(w);
    breakerCache.set(lang, s);
  }
  return s;
}

const accentCache = new Map<Lang, Set<string>>();
/**
 * Stop words that only fold onto a word without their accents ("über" → "uber"): a capitalised "Uber" inside a
 * sentence is the company, not the preposition.
 */
function accentOnlyStops(lang: Lang): Set<string> {
  let s = accentCache.get(lang);
  if (!s) {
    const words = [...stopWords(lang)];
    const plain = new Set(words.map((w) => w.toLowerCase()));
    s = new Set(words.map(fold).filter((f) => !plain.has(f)));
    accentCache.set(lang, s);
  }
  return s;
}

/** "y"/"e"/"and" join names only inside institutions ("Ministerio de Energía y Minas"), not lists ("Tesla y Mercedes"). */
const COORD = new Set(['y', 'e', 'and', 'et', 'und']);
/** Institution heads ("Ministerio de Energía y Minas"): whole words, and stems followed by letters ("Ministère"). */
const INSTITUTION_WORDS = new Set(['Department', 'Departamento', 'Département', 'Banco', 'Banque', 'Bank', 'Consejo', 'Conseil', 'Consiglio', 'Commission', 'Fondo', 'Fonds', 'Agencia', 'Agence', 'Agenzia', 'Direction', 'Servicio', 'Service', 'Fondation', 'Fondazione', 'Office', 'Bureau']);
const INSTITUTION_STEMS = ['Minist', 'Secretar', 'Institut', 'Comisi', 'Universi', 'Direcci', 'Fundaci'];
const LETTERS = new RegExp(`^${LETTER}*$`);
/**
 * English puts the institution's head last ("Securities and Exchange Commission", "National Aeronautics and Space
 * Administration", "Bill and Melinda Gates Foundation"): "and" joins when up to three capitalised words and such a
 * head follow. A list of two names that happens to end on one ("Nvidia and Commerce Department officials") is cut
 * again by entity-table when either side is also written alone.
 */
const HEAD_LAST_AHEAD = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:Commission|Administration|Agency|Authority|Board|Bureau|Council|Department|Institute|Office|Service|Foundation|Fund|Association|Committee|Society|Organi[sz]ation|Cent(?:er|re))(?![\p{L}])/u;
/**
 * Is `word` an institution head? A Set and prefix test where a 'u' pattern with seven `\p{L}*` cost V8 several ms
 * to compile on a fresh page.
 */
export function isInstitution(word: string): boolean {
  return INSTITUTION_WORDS.has(word) || INSTITUTION_STEMS.some((stem) => word.startsWith(stem) && LETTERS.test(word.slice(stem.length)));
}
const ARTICLES = new Set(['Le', 'La', 'Les', 'The', 'El', 'Los', 'Las', 'Il', 'Lo', 'Der', 'Die', 'Das']);
const TITLE_SET = new Set(Object.values(TITLES).flat());
const SUFFIX_SET = new Set(ORG_SUFFIXES);

/** Is this word a role noun in any of our languages ("PDG", "CEO", "Konzernchef")? */
let roleSet: Set<string> | null = null;
export function isRoleWord(word: string): boolean {
  roleSet ??= new Set(Object.values(ROLE_WORDS).flat().map(fold));
  const f = fold(word.replace(/[.,]$/, ''));
  return roleSet.has(f) || (f.length > 5 && DE_ROLE_SUFFIX.test(f));
}

function isCapital(tok: string): boolean {
  return /^\p{Lu}/u.test(tok) || /^\p{Ll}{1,2}\p{Lu}/u.test(tok);
}

/** Month names and abbreviations of all five languages, folded ("dec", "mai", "sept"). */
let monthSet: Set<string> | null = null;
/**
 * A month written next to a number ("Dec. 21", "seit Mai 2022", "21 Dec"): a date, not a name. Short month names
 * ("Mai", "May", "Dec") are names too ("Mai Thi", "Theresa May"), so only the number beside them decides.
 */
function isDateMonth(f: string, sentence: string, start: number, end: number): boolean {
  monthSet ??= new Set(Object.values(MONTHS).flatMap((m) => Object.keys(m)).map(fold));
  if (!monthSet.has(f)) return false;
  return /^\.?\s*\d/.test(sentence.slice(end, end + 4)) || /\d\.?\s*$/.test(sentence.slice(Math.max(0, start - 4), start));
}

/** Finds candidate names in a sentence. Never throws. */
export function findNames(sentence: string, lang: Lang, commonWords?: ReadonlySet<string>): NameSpan[] {
  const stop = breakers(lang);
  const accentStops = accentOnlyStops(lang);
  const particles = lang === 'de' ? new Set([...PARTICLES].filter((p) => !DE_NOT_PARTICLES.has(p))) : PARTICLES;
  const out: NameSpan[] = [];
  let cur: { start: number; end: number; tokens: string[]; initial: boolean; titled: boolean; elided: boolean; nounLed?: boolean } | null = null;
  let pendingParticles: { text: string; end: number }[] = [];
  let prevEnd = 0;
  let prevTok = '';
  let prevRaw = '';
  let atStart = true;
  const flush = (): void => {
    // A capitalised article whose name did not follow ("The We Company": "We" is a stop word) is no name.
    if (cur && cur.tokens.length && !(cur.tokens.length === 1 && ARTICLES.has(cur.tokens[0] ?? ''))) {
      out.push({ text: sentence.slice(cur.start, cur.end), index: cur.start, initial: cur.initial, titled: cur.titled, tokens: cur.tokens });
    }
    cur = null;
    pendingParticles = [];
  };
  /** Moves past token `m` (read as `tok`). */
  const step = (m: RegExpExecArray, tok: string): void => {
    prevEnd = m.index + m[0].length;
    prevTok = tok;
    prevRaw = m[0];
    atStart = false;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    let tok = m[0];
    let start = m.index;
    const gap = sentence.slice(prevEnd, start);
    // Punctuation between tokens (other than a space or hyphen) ends a name.
    // A hyphen between spaces is a dash ("Windpark - Windfloat Atlantic"), not a double-barrelled name.
    // A word ending a sentence kept whole by the splitter (inside a quotation: "… alles andere. Der Fall …") keeps its
    // full stop in the token; abbreviations and legal suffixes ("Corp.", "Dr.") do not end one.
    const afterStop = /\p{Ll}{2}[.!?]$/u.test(prevRaw) && /^\s+$/.test(gap) && !SUFFIX_SET.has(prevRaw) && !TITLE_SET.has(prevRaw);
    const hardGap = /[,;:!?()«»"“”„‘’\[\]—–/·•|]|\.\s|\s-\s/.test(gap) || /['’]s?$/.test(prevRaw);
    // A lone word in parentheses is an acronym ("… Management (BOEM)") or a name glossing a common noun ("le sindicato
    // portuario (Supra)"), not the start of a clause. After a name it glosses a place ("Besançon (Doubs)"): unchanged.
    const parenthesised = gap.endsWith('(') && sentence[m.index + m[0].length] === ')' && (/^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(tok) || /(?:^|\s)\p{Ll}[\p{L}'’-]*\s*\($/u.test(sentence.slice(Math.max(0, m.index - 40), m.index)));
    const opener = atStart || (/[:«“„"(·•|—–-]\s*$/.test(gap) && !parenthesised) || /[.!?]\s+$/.test(gap) || afterStop;
    if (hardGap || afterStop) flush();
    // Trailing dot: keep it on initials, acronyms with dots and legal suffixes ("S.A.", "Corp."), else drop.
    if (tok.endsWith('.') && !/^\p{Lu}\.$/u.test(tok) && !/^(?:\p{L}\.){2,}$/u.test(tok) && !SUFFIX_SET.has(tok) && !TITLE_SET.has(tok)) {
      tok = tok.replace(/\.+$/, '');
    }
    const el = ELISION.exec(tok);
    let elided = false;
    // "Côte d'Ivoire", "Ballon d'Or", "Val d'Isère": after one capitalised word, "d'" and a capital continue the
    // name. A person's name has two words ("Sam Altman d'OpenAI" stays two names).
    if (el && cur && /^d['’]$/i.test(el[0]) && cur.tokens.length === 1 && !cur.titled && gap === ' ' && !hardGap) {
      const rest = tok.slice(el[0].length).replace(/['’]s?$/u, '');
      cur.tokens.push(el[0], rest);
      cur.end = start + el[0].length + rest.length;
      step(m, tok);
      continue;
    }
    if (el) {
      tok = tok.slice(el[0].length);
      start += el[0].length;
      elided = true;
      flush();
    }
    // A possessive ends the name: "Verizon's Yahoo" is two names, "Harris’ campaign" one.
    tok = tok.replace(/['’]s?$/u, '');
    const end = start + tok.length;
    const f = fold(tok);
    const titled = TITLE_SET.has(tok) || TITLE_SET.has(`${tok}.`) && sentence[start + tok.length] === '.';
    if (titled && isCapital(tok)) {
      flush();
      prevEnd = m.index + m[0].length;
      prevTok = tok;
      atStart = false;
      cur = null;
      pendingParticles = [{ text: '\u0000title', end }];
      continue;
    }
    const wasTitled = pendingParticles.some((p) => p.text === '\u0000title');
    // A capitalised opener that the article also writes in lowercase is an ordinary word ("Publié", "Although").
    const common = opener && !cur && commonWords?.has(f) === true;
    // "Le Monde", "La Poste", "The Washington Post": a capitalised article inside a sentence starts a name.
    const articleStart = !opener && !cur && ARTICLES.has(tok) && /^\s+\p{Lu}/u.test(sentence.slice(m.index + m[0].length));
    if (articleStart) {
      cur = { start, end, tokens: [tok], initial: false, titled: false, elided: false };
      step(m, tok);
      continue;
    }
    const stopWord = stop.has(f) && !(accentStops.has(f) && !opener && f === tok.toLowerCase());
    if ((isCapital(tok) && !stopWord && !common && !isRoleWord(tok) && tok.length > 1 && !isDateMonth(f, sentence, m.index, m.index + m[0].length)) || (/^\p{Lu}$/u.test(tok) && cur)) {
      // German: "die Absicht von GM", "der Nachfolger von Paul Achleitner": an article, one noun, then "von" and a name
      // (an acronym, or two capitalised words): the name is what follows "von", not the noun ("Karl-Theodor zu
      // Guttenberg" has no article before it). A lone noun after "von" ("der Aufbau von Lieferketten") is left as it was.
      const nounThenVon =
        cur?.nounLed === true &&
        cur.tokens.length === 1 &&
        pendingParticles.length === 1 &&
        DE_OF.has(fold(pendingParticles[0]!.text)) &&
        (/^\p{Lu}{2}/u.test(tok) || /^\s+\p{Lu}/u.test(sentence.slice(m.index + m[0].length)));
      if (nounThenVon) {
        flush();
        cur = { start, end, tokens: [tok], initial: false, titled: false, elided: false };
      } else if (cur && pendingParticles.length && !wasTitled) {
        cur.tokens.push(...pendingParticles.map((p) => p.text), tok);
        cur.end = end;
      } else if (cur && !pendingParticles.length && !elided && (!cur.elided || SUFFIX_SET.has(tok) || (/^\p{Lu}[\p{Ll}-]+$/u.test(cur.tokens[0] ?? '') && cur.tokens.length < 2 && !/^\s+\p{Lu}/u.test(sentence.slice(m.index + m[0].length))))) {
        // After an elision, "d'Emmanuel Macron" joins but "dell'Eni Claudio Descalzi" is two names.
        cur.tokens.push(tok);
        cur.end = end;
      } else {
        flush();
        // After an elision ("le PDG d'OpenAI Sam Altman") the next capitals are another name, bar a legal suffix.
        const nounLed = lang === 'de' && DE_ARTICLE.test(sentence.slice(Math.max(0, start - 10), start));
        cur = { start, end, tokens: [tok], initial: opener && !elided, titled: wasTitled || TITLE_SET.has(prevTok), elided, nounLed };
      }
      pendingParticles = [];
    } else if (cur && !hardGap && (particles.has(f) || (COORD.has(f) && isInstitution(cur.tokens[0] ?? '')) || (f === 'and' && HEAD_LAST_AHEAD.test(sentence.slice(m.index + m[0].length))))) {
      pendingParticles.push({ text: tok, end });
    } else {
      flush();
    }
    step(m, tok);
  }
  flush();
  return out;
}
