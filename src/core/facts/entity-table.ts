/**
 * The people and organisations an article mentions, with mention counts, kind (person/org) and roles: built
 * once from all sentences and shared by the parties and quotes extractors.
 */
import type { Lang } from '../types.ts';
import { DE_ARTICLE_WORDS, findNames, type NameSpan } from './find-names.ts';
import { roleAfter, roleBefore } from './find-roles.ts';
import { LEGAL_FORMS, ORG_SUFFIXES } from './lexicon-people.ts';
import { fold } from './normalize-text.ts';
import { stopWords } from '../text/stop-words.ts';
import { DEMONYMS, isOrgHead } from './party-words.ts';

export interface Entity {
  key: string;
  name: string;
  mentions: number;
  /** Mentions that were not the first word of a sentence/quote. */
  solidMentions: number;
  firstSentence: number;
  /** Sentence index and verbatim text of the first solid mention (or the first mention). */
  source: { sentence: number; text: string };
  personCues: number;
  orgCues: number;
  role?: string;
  inTitle: boolean;
  inAbout: boolean;
  speaker: number;
  /** German: how many mentions came right after an article or adjective (a common noun, not a name). */
  articleLed: number;
  /** German: of those, the mentions right after a definite or indefinite article itself ("die Bahn", not "sagte Beckham"). */
  strictArticleLed?: number;
  /** Mentions right after a locative preposition ("en France", "in Bremen", "au Canada") or a place noun ("rue d'Aubagne", "océan Arctique"): a place. */
  placeLed?: number;
  /** The headline names it as a place ("… en Arctique", "… in Bremen"): the setting, not an actor. */
  titlePlace?: boolean;
  /** Mentions in a sentence with no lowercase letter: a heading or a shouted quote ("UNA CONFRONTACIÓN MÁXIMA"). */
  capsMentions?: number;
  tokens: string[];
}

export interface EntityTable {
  entities: Entity[];
  /** The publisher named at the end of the headline ("… - Le Carillon des Vallées", "… | Wochenblatt"), if any. */
  publisher?: string;
  /** Canonical entity for a surface name ("Huang" → Jensen Huang), if known. */
  resolve(name: string): Entity | undefined;
}

const foldedSuffixes = (list: string[]): Set<string> => new Set(list.map((s) => fold(s.replace(/\.$/, ''))));
const SUFFIXES = foldedSuffixes(ORG_SUFFIXES);
const LEGAL = foldedSuffixes(LEGAL_FORMS);
/** Key of a name: folded, without a trailing legal suffix ("Oracle Corp." ≡ "Oracle"). */
export function nameKey(name: string): string {
  const toks = fold(name).replace(/['’]s$/, '').split(/[\s-]+/).filter(Boolean).map((t) => t.replace(/\.$/, ''));
  while (toks.length > 1 && SUFFIXES.has(toks[toks.length - 1] ?? '')) toks.pop();
  return toks.join(' ');
}

/** An apposition that calls the name before it an organisation: ", une organisation de …", ", a media tracking firm". */
const ORG_CUE_AFTER = /^,\s+(?:une?|an?|the|la|le|l['’]|el|il|die|der|das|eine?)\s+(?:[^\s,.;]+\s+){0,3}?(?:organisation|organization|organización|organizzazione|entreprise|société|company|firm|empresa|compañía|azienda|società|unternehmen|konzern|ong|ngo|association|asociación|associazione|verband|groupe|group|grupo|gruppo|startup|start-up|fondation|foundation|fundación|fondazione|stiftung|agence|agency|agencia|agenzia|syndicat|union|sindicato|sindacato|gewerkschaft)s?\b/i;
/** Nouns for a competitor written in front of its name ("Rival Lowe's", "Konkurrent Tesla"). */
const RIVAL_WORDS = new Set(['rival', 'rivals', 'competitor', 'concurrent', 'concurrente', 'competidor', 'konkurrent', 'rivale', 'concorrente']);
const ROLE_OF_BEFORE = /\b(?:ceo|pdg|president|président|chef|director|directeur|directrice|fondateur|fondatrice|founder|patron|presidente|head|spokes\w+|porte-parole|sprecher\w*|portavoz|portavoce)\s+(?:du|des|de|of|d['’]|von|der|di|della|dello|del|at|chez|bei)\s*$/i;
const CREDIT_BEFORE = /(?:©\s*|\b(?:photo|photos|foto|fotos|bild|image|images|crédit|credit|credits|crédits)\s*(?:[:/]\s*|by\s+))$/i;
const ORG_CUE_BEFORE = /(?:\b(?:chez|at|bei|von|del grupo|de la empresa|la société|le groupe|l['’]entreprise|the company|der konzern|das unternehmen|la empresa|il gruppo|l['’]azienda|shares of|l['’]action|firm|company|group|rival|startup|start-up)\s+)$/i;
/**
 * Plural organisation nouns before a pair of names: "les entreprises Lime et Bird", "the companies Uber and Lyft",
 * "las empresas Repsol y Cepsa", "die Unternehmen RWE und Eon": the first name follows the noun, the second the
 * conjunction after the first.
 */
const ORGS_BEFORE = /\b(?:entreprises|sociétés|groupes|opérateurs|companies|firms|empresas|compañías|unternehmen|konzerne|aziende|società|gruppi)\s+(?:[^\s,;]+\s+(?:et|and|y|und|e)\s+)?$/i;
export { DE_NOUN_SUFFIX };
const LOCATIVE_BEFORE = /(?:^|[\s(])(?:en|à|au|aux|dans|vers|in|near|across|im|nach|aus|bei|desde|hacia|nel|nella|a)(?:\s+|\s+l['’])$/iu;
/** A minister's or secretary's title and its particle, right before the portfolio's name. */
const PORTFOLIO_BEFORE = /(?:ministre|ministra|ministro|minister|ministerin|secretary|secrétaire|secretario|secretaria|segretario|sottosegretario)\s+(?:de la|de l['’]|du|des|de|del|della|dell['’]|of|for|für)\s*$/i;
/** German locative + article: "in den USA", "aus der Schweiz". */
const DE_LOCATIVE_ARTICLE = /(?:^|[\s(])(?:in|aus|nach)\s+(?:der|den|die|dem)\s+$/i;
/** Spanish "a" before a name is mostly the personal "a" ("acusa a Montecon"), not a place. */
const ES_PERSONAL_A = /(?:^|[\s(])a\s+$/i;
/**
 * Place nouns written (lowercase) before a place name, with or without a particle: "rue d'Aubagne", "océan Arctique",
 * "Stadt Bremen", "provincia de Almería". Folded (no accents). A Set, not an 'iu' alternation.
 */
const PLACE_NOUNS = new Set([
  'rue', 'avenue', 'boulevard', 'quai', 'ocean', 'mer', 'mont', 'ile', 'lac', 'fleuve', 'golfe', 'region', 'province', 'departement', 'commune', 'village', 'ville',
  'street', 'ocean', 'sea', 'mount', 'island', 'lake', 'river', 'gulf', 'province', 'county', 'town', 'village',
  'stadt', 'gemeinde', 'insel', 'bundesland', 'landkreis', 'kreis', 'region', 'provinz', 'hauptstadt',
  'calle', 'avenida', 'oceano', 'mar', 'isla', 'lago', 'rio', 'golfo', 'region', 'provincia', 'municipio', 'ciudad', 'pueblo', 'localidad',
  // Compass points ("le nord-ouest du Groenland", "im Norden von"); not "est"/"este", which are also verbs and pronouns.
  'nord', 'sud', 'ouest', 'north', 'south', 'east', 'west', 'norden', 'suden', 'osten', 'westen', 'norte', 'sur', 'oeste', 'ovest',
  'via', 'piazza', 'corso', 'mare', 'monte', 'isola', 'fiume', 'regione', 'comune', 'citta', 'paese',
]);
const PLACE_NOUN_BEFORE = /(?<![\p{L}])(\p{L}+)(?:\s+(?:de la|de|du|des|del|della|di|of)\s+|\s+(?:d|dell)['’]|\s+)$/u;
/** The word before a name is a place noun ("rue d'Aubagne", "la ville de Marseille"). */
function placeNounBefore(before: string): boolean {
  const m = PLACE_NOUN_BEFORE.exec(before);
  return m !== null && PLACE_NOUNS.has(fold(m[1] ?? ''));
}
/** Stems of words that take "in"/"dans"/"en" before a company, not a place: "invest in", "investir dans", "stake in", "Beteiligung in". */
const STAKE_STEMS = ['invest', 'invert', 'stake', 'particip', 'share', 'interest', 'beteilig', 'anteil', 'einstieg', 'einsteig', 'acci', 'azion', 'quota', 'position'];
const WORD_RE = /\p{L}+/gu;
/** A place: after a locative ("en France", "in Bremen", "in den USA"; not "investir dans OpenAI", "a Montecon") or a place noun. */
function placeBefore(before: string, lang: Lang): boolean {
  if (placeNounBefore(before)) return true;
  if (!(LOCATIVE_BEFORE.test(before) || (lang === 'de' && DE_LOCATIVE_ARTICLE.test(before)))) return false;
  if (lang === 'es' && ES_PERSONAL_A.test(before)) return false;
  // The stake word may stand a few words back: "investir jusqu'à 100 milliards de dollars dans OpenAI".
  const words = before.match(WORD_RE)?.slice(-10, -1) ?? [];
  return !words.some((w) => STAKE_STEMS.some((stem) => fold(w).startsWith(stem)));
}
/** Is the name's occurrence in the headline preceded by a locative ("La fin des trottinettes à Montréal")? */
function placeInTitle(title: string, name: string, lang: Lang): boolean {
  const at = title.indexOf(name);
  return at >= 0 && placeBefore(title.slice(Math.max(0, at - 80), at), lang);
}
const DE_ARTICLE_BEFORE = /(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|jede[rsnm]?|diese[rsnm]?|viele|alle|mehr|neue[rsnm]?|\p{Ll}+(?:e|en|er|es|em))\s+$/u;
/** A German number word right before ("vier Jahre Chefaufseher"): what follows is a counted noun. */
const DE_NUMBER_BEFORE = /(?:^|\s)(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend)\s+$/iu;
const DE_STRICT_ARTICLE_BEFORE = new RegExp(`(?:^|\\s)(?:${DE_ARTICLE_WORDS})\\s+$`, 'iu');

const INSTITUTION_ADJ = /^\s(européenne|européen|nationale|national|internationale|international|fédérale|fédéral|centrale|central|générale|général|publique|public|mondiale|mondial|française|français|europea|europeo|nacional|nazionale|generale|federal|mundial|mondiale)(?![\p{L}])/u;
/** German noun endings: a single capitalised word ending so is a common noun, not a name. */
const DE_NOUN_SUFFIX = /(?:ung|ungen|heit|keit|schaft|schaften|tion|tionen|tät|ismus|nis|nisse|ment|tum|ling|chen|enz|anz|ität)$/;
/** English adjectives of nationality or party ("Chinese", "Venezuelan", "Democratic"). */
const EN_ADJ = /(?:ean|ian|ese|ish|ican|ic)$/;
/** German apposition nouns before a name ("Mobilfunkanbieter Freenet", "Konkurrenten Tesla"): cut off, and an org cue. */
const DE_HEAD = /(?:konzern|anbieter|hersteller|herstellers|unternehmen|betreiber|tochter|konkurrent|rivale|firma|werk|marke|plattform|portal|dienst|verband|händler|zulieferer|bauer|versicherer|versorger|entwickler|riese|produzent|gigant|spezialist|dienstleister|startup|fintech|gruppe|fonds|konsortium|bündnis|sender|kette|discounter|partei|behörde|institut|verein|club|klub|stadt|land|gemeinde|kraftwerk|hafen|flughafen|sparte)(?:s|es|n|en|e|in|innen)?$/i;
/** German apposition heads that are not organisation words ("Standort Berlin", "Gegner Lucid", "Typs DA42"). */
const DE_APPOSITION = /(?:standort|stammsitz|hauptsitz|firmensitz|gegner|bereich|typ|label|weingut|fertiger|investor|geschäft|trend|hashtag|richtung|verfahren|bau|aufbau|ausbau)(?:s|es|n|en|e|in|innen)?$/i;
/** A German common noun by shape: its last hyphen part has a noun ending or is an apposition head, with one capital. */
function isDeCommonNoun(token: string): boolean {
  const last = token.split('-').pop() ?? '';
  if (/\p{Lu}.*\p{Lu}/u.test(last) || last.length < 3) return false;
  const folded = fold(last);
  // "-chen" makes diminutive nouns ("Mädchen"), but "Deutschen", "Europäischen" are inflected adjectives of a name.
  if (/(?:isch|deutsch)en$/.test(folded)) return false;
  return DE_NOUN_SUFFIX.test(folded) || DE_APPOSITION.test(last);
}
const PARTICLE_RE = /^(?:de|du|des|del|della|di|da|von|van|der|of|for|&|y|e|and|la|le|d['’])$/i;

/**
 * Cuts a span at a particle when the name after it is also written alone ("Facebook de la Fondation du patrimoine"),
 * and at "and" or "d'" when either side is ("Nvidia and Commerce Department officials", "Coliposte d'Issy": find-names
 * joins those for "Securities and Exchange Commission" and "Côte d'Ivoire").
 */
function splitOnParticle(span: NameSpan, standalone: Set<string>): NameSpan[] {
  const t = span.tokens;
  for (let p = t.length - 2; p >= 1; p--) {
    const particle = t[p] ?? '';
    if (!PARTICLE_RE.test(particle)) continue;
    const right = t.slice(p + 1).join(' ');
    // An elided "d'" is written against the next word ("Coliposte d'Issy-les-Moulineaux").
    const elided = /['’]$/.test(particle);
    const leftAlone = (particle === 'and' || elided) && standalone.has(nameKey(t.slice(0, p).join(' ')));
    if (!standalone.has(nameKey(right)) && !leftAlone) continue;
    const cut = span.text.lastIndexOf(elided ? ` ${particle}` : ` ${particle} `);
    if (cut < 0) continue;
    const rightStart = cut + particle.length + (elided ? 1 : 2);
    // "Facebook de la Fondation du patrimoine": the left part does not end on a particle ("Facebook de").
    const left = t.slice(0, p);
    let leftText = span.text.slice(0, cut);
    while (left.length > 1 && PARTICLE_RE.test(left[left.length - 1] ?? '')) {
      const last = left.pop() ?? '';
      leftText = leftText.slice(0, leftText.lastIndexOf(` ${last}`));
    }
    return [
      { ...span, text: leftText, tokens: left },
      { ...span, text: span.text.slice(rightStart), index: span.index + rightStart, tokens: t.slice(p + 1), initial: false, titled: false },
    ];
  }
  return [span];
}

/** A line written in capitals: no lowercase letter and mostly capitals (scripts without case, as Korean, are not). */
export function isCapsLine(sentence: string): boolean {
  if (/\p{Ll}/u.test(sentence)) return false;
  const upper = sentence.match(/\p{Lu}/gu)?.length ?? 0;
  return upper >= 4 && upper * 5 >= (sentence.match(/\p{L}/gu)?.length ?? 0) * 4;
}

function isAcronym(t: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&.-]{1,6}$/u.test(t);
}

/** Small words an acronym skips ("tarifs réglementés de vente" → TRV). */
const ACRONYM_SKIP = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'of', 'the', 'and', 'for', 'et', 'y', 'e', 'und', 'der', 'die', 'das', 'di', 'del', 'della', 'el', 'los', 'las', 'il', 'a', 'en', 'on', 'in']);
/**
 * Whether the words right before "(ACR)" spell it out in lowercase: "les tarifs réglementés de vente (TRV)",
 * "kleine und mittlere Unternehmen (KMU)" (German nouns are capitalised: any case after the first word). An acronym
 * of a common noun phrase, not a party. False when the initials do not match ("(Gtsou)" after Spanish words).
 */
export function commonNounAcronym(acr: string, before: string): boolean {
  if (acr.length < 2 || acr.length > 6 || !/^\p{Lu}[\p{Lu}\p{Ll}]+$/u.test(acr)) return false;
  // A plural "s" after capitals ("KMUs") is not an initial.
  const want = /\p{Lu}s$/u.test(acr) ? fold(acr).slice(0, -1) : fold(acr);
  const words = before.trimEnd().match(/\p{L}+/gu)?.slice(-12) ?? [];
  let li = want.length - 1;
  let first = '';
  for (let wi = words.length - 1; wi >= 0 && li >= 0; wi--) {
    const w = words[wi] ?? '';
    const f = fold(w);
    // Small words are never initials: "direction de l'évaluation … (DEPP)" starts at "direction", not "de".
    if (ACRONYM_SKIP.has(f)) {
      if (!first) return false;
    } else if (f[0] === want[li]) {
      li--;
      first = w;
    } else return false;
  }
  // "la fédération nationale des associations d'usagers des transports (Fnaut)": an organisation written in lowercase.
  return li < 0 && /^\p{Ll}/u.test(first) && !isOrgHead(fold(first));
}

/** Lowercase words a publication's name may hold ("Le Carillon des Vallées", "Corriere della Sera"). */
const PUBLISHER_PARTICLES = new Set(['de', 'des', 'du', 'la', 'le', 'del', 'della', 'di', 'der', 'die', 'das', 'of', 'the', 'and', 'et', 'y', 'e', 'und', 'el']);
/**
 * The headline without the publication name the page appends to it: "Titre - Le Carillon des Vallées" → ["Titre",
 * "Le Carillon des Vallées"]. The tail after the last " - ", " | ", " – " or " — " counts as a publication name when it
 * has at most four words, each capitalised, a particle or a domain ("Aerobuzz.de"); otherwise the title is kept whole.
 */
export function splitHeadline(title: string): { headline: string; publisher?: string } {
  const m = /\s[-|–—]\s+([^-|–—]+?)\s*$/.exec(title);
  const tail = m?.[1];
  if (!m || !tail || m.index < 8) return { headline: title };
  const words = tail.split(/\s+/);
  if (words.length > 4 || !/^\p{Lu}/u.test(words[0] ?? '')) return { headline: title };
  const ok = words.every((w) => /^(?:\p{Lu}|\p{N})/u.test(w) || PUBLISHER_PARTICLES.has(w) || /^[\p{L}\p{N}-]+\.[a-z]{2,4}$/u.test(w));
  return ok ? { headline: title.slice(0, m.index), publisher: tail } : { headline: title };
}

/** Another spelling's mentions join `into` (its cues are the caller's to weigh). */
function absorb(into: Entity, from: Entity): void {
  into.mentions += from.mentions;
  into.solidMentions += from.solidMentions;
  into.speaker += from.speaker;
  into.inTitle ||= from.inTitle;
  into.inAbout ||= from.inAbout;
  into.firstSentence = Math.min(into.firstSentence, from.firstSentence);
}

/** Builds the entity table from the article sentences, its title and the JSON-LD about/mentions names. */
export function buildEntityTable(sentences: string[], lang: Lang, fullTitle: string, about: string[]): EntityTable {
  const byKey = new Map<string, Entity>();
  // The publication's name at the end of the headline is not a headline word: it would rank the publisher first.
  const { headline: title, publisher } = splitHeadline(fullTitle);
  const foldedTitle = ` ${fold(title).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  // The headline's words with their hyphens: a lone word seen there only as the tail of a German compound
  // ("Luftwaffen-Piloten") is not in it.
  const hyphenTitle = ` ${fold(title).replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
  // German only: its compounds end on their head noun; an English "US-China" pairs two names.
  const inTitle = (key: string): boolean => foldedTitle.includes(` ${key} `) && (lang !== 'de' || key.includes(' ') || !hyphenTitle.includes(`-${key} `) || hyphenTitle.includes(` ${key} `));
  const aboutKeys = new Set(about.map(nameKey));
  const commonAcronyms = new Set<string>();
  const add = (span: NameSpan, si: number, sentence: string): void => {
    const key = nameKey(span.text);
    if (!key || key.length < 2) return;
    // A photo credit ("(AP Photo/Alan Diaz)", "(© Le Carillon des Vallées)", "Foto: dpa") names the photographer or
    // the publisher, not an actor of the story.
    if (CREDIT_BEFORE.test(sentence.slice(Math.max(0, span.index - 12), span.index))) return;
    // "les tarifs réglementés de vente (TRV)", "kleine und mittlere Unternehmen (KMU)": a common noun's acronym.
    // Every other mention of it is the common noun too ("Les TRV baissent").
    if (span.tokens.length === 1 && sentence[span.index - 1] === '(' && commonNounAcronym(span.text, sentence.slice(Math.max(0, span.index - 100), span.index - 1))) {
      commonAcronyms.add(key);
      return;
    }
    let e = byKey.get(key);
    if (!e) {
      e = { key, name: span.text, mentions: 0, solidMentions: 0, firstSentence: si, source: { sentence: si, text: span.text }, personCues: 0, orgCues: 0, inTitle: inTitle(key), inAbout: aboutKeys.has(key), speaker: 0, articleLed: 0, tokens: span.tokens };
      if (e.inTitle && placeInTitle(title, span.text, lang)) e.titlePlace = true;
      byKey.set(key, e);
    }
    e.mentions++;
    if (!span.initial) {
      if (e.solidMentions === 0) e.source = { sentence: si, text: span.text };
      e.solidMentions++;
      // The longest spelling names it ("Oracle Corp."), but one written in capitals ("HOME DEPOT INC", a heading)
      // only while no mixed-case spelling is known.
      const shout = !/\p{Ll}/u.test(span.text);
      const better = shout ? !/\p{Ll}/u.test(e.name) && span.text.length > e.name.length : span.text.length > e.name.length || !/\p{Ll}/u.test(e.name);
      if (better || e.solidMentions === 1) e.name = span.text.replace(/['’]s$/, '');
    }
    const before = sentence.slice(Math.max(0, span.index - 40), span.index);
    const last = span.tokens[span.tokens.length - 1] ?? '';
    if (span.titled) e.personCues += 3;
    // "à Oceana, une organisation de défense …", "AdImpact, a media tracking firm": named as an organisation right after.
    const orgAfter = ORG_CUE_AFTER.test(sentence.slice(span.index + span.text.length, span.index + span.text.length + 60));
    if (orgAfter) e.orgCues += 2;
    else if (placeBefore(sentence.slice(Math.max(0, span.index - 80), span.index), lang)) e.placeLed = (e.placeLed ?? 0) + 1;
    if (isCapsLine(sentence)) e.capsMentions = (e.capsMentions ?? 0) + 1;
    if (SUFFIXES.has(fold(last.replace(/\.$/, ''))) && span.tokens.length > 1) e.orgCues += 3;
    if (span.tokens.length === 1 && (isAcronym(last) || /^\p{Ll}*\p{Lu}\p{Ll}+\p{Lu}/u.test(last))) e.orgCues += 2;
    if (ORG_CUE_BEFORE.test(before)) e.orgCues += 1;
    else if (ORGS_BEFORE.test(before)) e.orgCues += 2;
    if (lang === 'de' && span.tokens.length === 1 && !isAcronym(last) && DE_ARTICLE_BEFORE.test(before)) {
      e.articleLed++;
      if (DE_STRICT_ARTICLE_BEFORE.test(before)) e.strictArticleLed = (e.strictArticleLed ?? 0) + 1;
    }
    // "den Ugly Shoe Trend", "im Bereich Risikoanalyse": after an article, a run ending on an apposition noun is a noun phrase.
    else if (lang === 'de' && span.tokens.length > 1 && DE_APPOSITION.test(last) && DE_ARTICLE_BEFORE.test(before)) e.articleLed++;
    // A capitalised word right after a number is a unit or a counted noun ("20 Prozent", "3 Gigawattstunden"); in
    // German so is a run of them ("120.000 Tonnen Stahlbeton", "vier Jahre Chefaufseher": a digit or a number word).
    else if ((span.tokens.length === 1 || lang === 'de') && (/\d[\d.,]*\s*$/.test(before) || (lang === 'de' && DE_NUMBER_BEFORE.test(before)))) e.articleLed++;
    else if (lang === 'en' && span.tokens.length === 1 && EN_ADJ.test(last) && /^\s+\p{Ll}/u.test(sentence.slice(span.index + span.text.length))) e.articleLed++;
    const end = span.index + span.text.length;
    const ra = roleAfter(sentence, end);
    const rb = ra ? undefined : roleBefore(sentence, span.index);
    const role = ra ?? rb;
    if (role) {
      // "PDG de Nvidia" makes the name before it a person; "PDG de Nvidia" also marks Nvidia as an organisation.
      if (span.tokens.length >= 2 || span.titled) e.personCues += 2;
      else e.personCues += 1;
      if (!e.role) e.role = role;
    }
    // "PDG de Nvidia", "porte-parole du Snes-Fsu", "Sprecher der Bahn": the name after a role's preposition is an organisation.
    if (ROLE_OF_BEFORE.test(before)) e.orgCues += 2;
  };
  // Words the article also writes in lowercase: capitalised at a sentence start, they are not names.
  const common = new Set<string>();
  for (const s of sentences) for (const w of s.match(/(?<![\p{L}'’])\p{Ll}[\p{L}\p{M}]+/gu) ?? []) common.add(fold(w));
  const found: Array<[NameSpan, number, string]> = [];
  const portfolios: Array<[NameSpan, number, string]> = [];
  const orgHinted = new Set<string>();
  sentences.forEach((s, si) => {
    for (const span of findNames(s, lang, common)) {
      if (span.tokens.length === 1 && PORTFOLIO_BEFORE.test(s.slice(Math.max(0, span.index - 30), span.index))) {
        portfolios.push([span, si, s]);
        continue;
      }
      const after = s.slice(span.index + span.text.length);
      // "Union européenne", "Assemblée nationale", "Banco Central": institution + adjective.
      const adj = lang !== 'en' && lang !== 'de' ? INSTITUTION_ADJ.exec(after) : null;
      if (adj) found.push([{ ...span, text: span.text + adj[0], tokens: [...span.tokens, adj[1] ?? ''] }, si, s]);
      else found.push([span, si, s]);
    }
  });
  // "Vera Rubin de Nvidia": a particle joined two names when the right-hand one also stands alone elsewhere.
  const standalone = new Set(found.filter(([sp]) => sp.tokens.length <= 2 && !sp.tokens.some((t) => PARTICLE_RE.test(t))).map(([sp]) => nameKey(sp.text)));
  // A minister's portfolio ("Ministro de Ambiente", "le ministre du Commerce") is a field, not a party, and no sign
  // that the word stands alone (which would cut "Ministerio de Ambiente" in two); it counts as a mention only of a
  // name the article also uses alone ("Hacienda informó…").
  for (const p of portfolios) if (standalone.has(nameKey(p[0].text))) found.push(p);
  const spellings = new Map<string, number>();
  for (const [sp] of found) {
    const k = nameKey(sp.text);
    spellings.set(k, (spellings.get(k) ?? 0) + 1);
  }
  const written = (key: string): number => spellings.get(key) ?? 0;
  for (const [span0, si, s] of found) {
    let span = span0;
    // "Suédois Astra", "Logement Julien Denormandie", "Hashtag Crocs": a first word the article also writes in
    // lowercase (or, in German, never uses as a name on its own) in front of a name that stands alone elsewhere.
    if (span.tokens.length >= 2) {
      const first = span.tokens[0] ?? '';
      const rest = span.tokens.slice(1);
      const restKey = nameKey(rest.join(' '));
      // "le ministre de la Culture Franck Riester", "la ministra de Sanidad Carolina Darias": the portfolio, then the person.
      const portfolio = span.tokens.length >= 3 && PORTFOLIO_BEFORE.test(s.slice(Math.max(0, span.index - 30), span.index));
      const firstCommon = portfolio || common.has(fold(first)) || (lang === 'de' && span.initial && !standalone.has(nameKey(first)));
      // "du Suédois Astra et du Britannique Zeneca", "Rival Lowe's": a demonym (not English, whose "British Airways"
      // is a name) or a rival noun in front of a name, wherever else it stands.
      const lead = fold(first);
      const apposition = (lang !== 'en' && DEMONYMS.has(lead)) || RIVAL_WORDS.has(lead);
      // The whole spelling written more often than the rest alone is the name ("Home Depot" five times, "Depot" once).
      const restNamed = standalone.has(restKey) && written(restKey) >= written(nameKey(span.text));
      if (((firstCommon && (portfolio || restNamed)) || apposition) && !PARTICLE_RE.test(rest[0] ?? '')) {
        const cut = span.text.indexOf(rest[0] ?? '', first.length);
        if (cut > 0) span = { ...span, text: span.text.slice(cut), index: span.index + cut, tokens: rest, initial: false };
      }
    }
    // The head is the compound's last part: "Erneuerbare-Energien-Unternehmen Invenergy".
    const deHead = (span.tokens[0] ?? '').split('-').pop() ?? '';
    if (lang === 'de' && span.tokens.length >= 2 && DE_HEAD.test(deHead) && !/\p{Lu}.*\p{Lu}/u.test(deHead)) {
      const cut = span.text.indexOf(span.tokens[1] ?? '', (span.tokens[0] ?? '').length);
      if (cut > 0) span = { ...span, text: span.text.slice(cut), index: span.index + cut, tokens: span.tokens.slice(1), initial: false, titled: false };
      orgHinted.add(nameKey(span.text));
    } else if (lang === 'de' && span.tokens.length >= 2 && isDeCommonNoun(span.tokens[0] ?? '')) {
      // "Standort Berlin", "iPhone-Fertiger Foxconn", "Aufbau von Lieferketten": a common noun (its last part
      // has a noun ending or is an apposition head) in front of a name, or joined to a noun by "von".
      const k = PARTICLE_RE.test(span.tokens[1] ?? '') ? 2 : 1;
      // "Aufbau von Lieferketten": noun + "von" + noun is no name at all unless the right side is one elsewhere.
      if (k === 2 && !standalone.has(nameKey(span.tokens.slice(2).join(' ')))) continue;
      const next = span.tokens[k];
      const cut = next ? span.text.indexOf(next, (span.tokens[0] ?? '').length) : -1;
      if (cut > 0) span = { ...span, text: span.text.slice(cut), index: span.index + cut, tokens: span.tokens.slice(k), initial: false, titled: false };
    }
    for (const part of splitOnParticle(span, standalone)) add(part, si, s);
  }
  for (const k of commonAcronyms) if (!aboutKeys.has(k)) byKey.delete(k);
  for (const k of orgHinted) {
    const e = byKey.get(k);
    if (e) e.orgCues += 2;
  }
  // German adjective inflection: "der Deutschen Bank", "von Deutscher Bahn" name Deutsche Bank and Deutsche Bahn.
  // Only when the nominative form is in the text too, so a first name that merely ends so is left alone.
  if (lang === 'de') {
    for (const [k, e] of [...byKey]) {
      // The key may have lost its last word ("Deutschen Bank" → "deutschen": Bank is a legal suffix).
      const base = e.tokens.length >= 2 ? k.replace(/^(\p{L}+e)[nrsm](?= |$)/u, '$1') : k;
      const target = base !== k ? byKey.get(base) : undefined;
      if (target) {
        absorb(target, e);
        target.personCues += e.personCues;
        target.orgCues += e.orgCues;
        byKey.delete(k);
      }
    }
  }

  // "creditshelf kooperiert mit finleap …": headlines start with a capital in every language we read, so a lowercase
  // first word the text repeats is a name written in lowercase (a brand). Only then is the text scanned for it.
  const lowerBrand = /^\p{Ll}[\p{L}\p{N}]{3,}(?=[\s:,-])/u.exec(title)?.[0];
  if (lowerBrand && !stopWords(lang).has(lowerBrand) && !byKey.has(lowerBrand)) {
    const e: Entity = { key: lowerBrand, name: lowerBrand, mentions: 0, solidMentions: 0, firstSentence: -1, source: { sentence: 0, text: lowerBrand }, personCues: 0, orgCues: 2, inTitle: true, inAbout: aboutKeys.has(lowerBrand), speaker: 0, articleLed: 0, tokens: [lowerBrand] };
    sentences.forEach((sentence, si) => {
      for (let at = sentence.indexOf(lowerBrand); at >= 0; at = sentence.indexOf(lowerBrand, at + lowerBrand.length)) {
        // Whole word or a compound's first part ("creditshelf-Kunden").
        if (/[\p{L}\p{N}]/u.test(sentence[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(sentence[at + lowerBrand.length] ?? '')) continue;
        if (e.firstSentence < 0) e.source = { sentence: si, text: lowerBrand };
        if (e.firstSentence < 0) e.firstSentence = si;
        e.mentions++;
        e.solidMentions++;
      }
    });
    if (e.mentions >= 2) byKey.set(lowerBrand, e);
  }

  // Surname-only mentions join the full name ("Huang" → "Jensen Huang"); first-name-only mentions do not.
  const all = [...byKey.values()];
  const named = all.filter((e) => e.tokens.length >= 2 && e.tokens.length <= 4);
  const multi = named.filter((e) => e.personCues >= e.orgCues);
  const orgs = named.filter((e) => e.personCues < e.orgCues);
  // The last word of the key, legal form left out ("Home Depot Inc." ends on "depot").
  const endsOn = (key: string) => (m: Entity) => m.key.endsWith(` ${key}`);
  const alias = new Map<string, Entity>();
  for (const e of all) {
    if (e.tokens.length !== 1) continue;
    // A legal form alone ("AG", "Inc.") names nobody.
    if (LEGAL.has(e.key)) {
      byKey.delete(e.key);
      continue;
    }
    const owners = multi.filter(endsOn(e.key));
    const owner = owners[0];
    // An organisation's last word alone ("Depot": "Home Depot shares…" opens a sentence, where "Home" reads as the
    // common word) is its short form, when the organisation is named more often.
    const orgOwners = owners.length ? [] : orgs.filter(endsOn(e.key));
    const org = orgOwners[0];
    if (orgOwners.length === 1 && org && org.mentions > e.mentions) {
      absorb(org, e);
      alias.set(e.key, org);
      byKey.delete(e.key);
    } else if (owners.length === 1 && owner) {
      absorb(owner, e);
      // A surname used alone is a person cue; a short form used with an article ("die Bahn" for "Deutsche Bahn") is not.
      const articleShortForm = (e.strictArticleLed ?? 0) * 2 >= e.mentions;
      owner.personCues += e.personCues + (articleShortForm ? 0 : 1);
      if (!owner.role && e.role) owner.role = e.role;
      alias.set(e.key, owner);
      byKey.delete(e.key);
    }
  }
  const entities = [...byKey.values()];
  return {
    entities,
    ...(publisher ? { publisher } : {}),
    resolve(name: string): Entity | undefined {
      const k = nameKey(name);
      return byKey.get(k) ?? alias.get(k);
    },
  };
}

/** Person or organisation, from the accumulated cues (organisation wins ties: places and institutions land there). */
export function kindOf(e: Entity): 'person' | 'org' {
  if (e.personCues > e.orgCues) return 'person';
  if (e.personCues === e.orgCues && e.speaker > 0 && e.tokens.length >= 2) return 'person';
  return 'org';
}
