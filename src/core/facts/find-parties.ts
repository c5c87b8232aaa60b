/**
 * The parties of a story: the organisations and people at its centre, ranked by headline presence, JSON-LD
 * about/mentions, position (lead) and frequency.
 */
import type { PartyFact } from '../types.ts';
import type { Lang } from '../types.ts';
import { fold } from './normalize-text.ts';
import { DE_NOUN_SUFFIX, kindOf, nameKey, type Entity, type EntityTable } from './entity-table.ts';
import { NEWS_AGENCIES, expandHead, isLoneHead, isNonParty } from './party-words.ts';
import { afterProductNoun, belongsToParty, hasModelNumber, isPartyProduct, partyMatcher } from './product-names.ts';

/** A ranked list: the card shows the first few, the rest serve the expanded view and the library. */
const MAX_PARTIES = 10;

/** The first "head + preposition phrase" spelling of a lone institution head in the text. */
function fullName(head: string, sentences: string[]): { name: string; source: { sentence: number; text: string } } | undefined {
  for (let i = 0; i < sentences.length; i++) {
    const name = expandHead(head, sentences[i] ?? '');
    if (name) return { name, source: { sentence: i, text: name } };
  }
  return undefined;
}

/** Picks and orders the parties from the entity table. */
export function findParties(
  table: EntityTable,
  lang: Lang,
  about: string[],
  sentenceOf: (name: string) => { sentence: number; text: string } | undefined,
  sentences: string[] = [],
  /** The page's own site name and authors: the publisher and the byline, not parties of the story. */
  own: string[] = [],
): PartyFact[] {
  // Site names are written with their article ("Le Monde", "The Guardian"), the text often without it.
  const ownKey = (n: string): string => nameKey(n.replace(/\.(?:com|net|org|de|fr|es|it|co\.uk)$/i, '')).replace(/^(?:the|le|la|les|l['’]|el|los|las|der|die|das|il|lo)\s*/, '');
  const ownKeys = new Set(own.map(ownKey).filter(Boolean));
  // Each lone head's full name is looked up over all sentences at most once.
  const fullNames = new Map<string, ReturnType<typeof fullName>>();
  const fullNameOf = (head: string): ReturnType<typeof fullName> => {
    if (!fullNames.has(head)) fullNames.set(head, fullName(head, sentences));
    return fullNames.get(head);
  };
  const scored = table.entities
    .filter((e) => e.solidMentions > 0 || e.inTitle || e.inAbout)
    // German capitalises every noun: a single word mostly used after an article is a common noun.
    .filter((e) => !(e.articleLed > 0 && e.articleLed * 2 >= e.mentions && !e.inAbout))
    // German: a lone capitalised word with a common-noun ending is a noun unless something says it is a name.
    .filter((e) => !(lang === 'de' && e.tokens.length === 1 && !/\p{Lu}.*\p{Lu}/u.test(e.name) && DE_NOUN_SUFFIX.test(e.key) && !e.inAbout && e.speaker === 0 && e.personCues === 0 && e.orgCues === 0))
    // German capitalises every noun: a lone word needs the headline, metadata, a cue or three mentions to be a name.
    .filter((e) => !(lang === 'de' && e.tokens.length === 1 && !/\p{Lu}.*\p{Lu}/u.test(e.name) && !e.inTitle && !e.inAbout && e.personCues + e.orgCues === 0 && e.speaker === 0 && (e.mentions < 3 || e.articleLed > 0)))
    // Lone institution heads ("Conseil"), role words ("General"), demonyms ("Français"), question words ("Comment").
    .filter((e) => e.inTitle || !ownKeys.has(ownKey(e.name)))
    .filter((e) => e.inAbout || e.tokens.length > 1 || !isNonParty(fold(e.name)) || (isLoneHead(e.name) && fullNameOf(e.name) !== undefined))
    // Codes and ordinals ("C1", "Ba2", "Q179", "XXe") are not parties.
    .filter((e) => !/^(?:\p{Lu}{1,2}\d+|[IVXLC]+e|\d.*)$/u.test(e.name))
    .map((e) => {
      const lead = e.firstSentence < 3 ? 2 : e.firstSentence < 6 ? 1 : 0;
      const multi = e.tokens.length >= 2 ? 1.5 : 0;
      const cues = Math.min(2, e.personCues + e.orgCues) * 0.5;
      let score = Math.min(e.mentions, 8) + (e.inTitle ? 4 : 0) + (e.inAbout ? 3 : 0) + lead + Math.min(e.speaker, 2) + (e.role ? 1 : 0) + multi + cues;
      // Mostly written as a place ("en France", "in Bremen"): the setting of the story, not one of its actors.
      if (!e.inTitle && !e.inAbout && e.speaker === 0 && e.personCues === 0 && !isLoneHead(e.name) && (e.placeLed ?? 0) * 2 >= e.mentions) score -= 3;
      // A news agency is the story's source unless the headline or metadata makes it the subject.
      if (!e.inTitle && !e.inAbout && NEWS_AGENCIES.has(fold(e.name))) score -= 5;
      return { e, score };
    })
    // One mention is enough with a second signal: an organisation cue (acronym, inner capital, "la société X") or a
    // place in the first six sentences (score 2). Short articles name their parties once.
    .filter(({ e, score }) => e.inTitle || e.inAbout || e.mentions >= 2 || e.speaker > 0 || score >= 2)
    .sort((a, b) => b.score - a.score || a.e.firstSentence - b.e.firstSentence)
    // Models ("NVIDIA A100", "Airbus A320") are products, not parties.
    .filter(({ e }) => e.inTitle || e.inAbout || !hasModelNumber(e));
  // The story's leading organisations: what a product or platform would belong to.
  const leaders = scored.filter(({ e }) => kindOf(e) === 'org').slice(0, 2).map(({ e }) => e);
  const matcher = partyMatcher(leaders.map((e) => e.name));
  const dependent = (e: Entity): boolean => {
    if (leaders.includes(e) || e.inTitle || e.inAbout || e.speaker > 0 || e.personCues > 0 || e.role) return false;
    // "le supercalculateur DGX", "les modèles GPT": introduced by a product noun wherever it appears.
    if (afterProductNoun(e.name, sentences)) return true;
    const { owned, withParty } = belongsToParty(e.name, matcher, sentences);
    // "la plateforme Vera Rubin de Nvidia": always written as the leader's. A lone camel-case word seen only next
    // to a leader and never more than twice ("la percée de ChatGPT", "faire tourner ChatGPT") is a product of theirs:
    // its only organisation cue is its shape. (Without the shape condition this dropped countries and clubs.)
    return owned || (withParty && e.tokens.length === 1 && /^\p{Lu}?\p{Ll}+\p{Lu}/u.test(e.name) && e.mentions <= 2 && e.orgCues <= 2 * e.mentions && !isLoneHead(e.name));
  };
  // "Tesla Model Y", "VW Golf": a leader's name plus a model name.
  const kept = scored.filter(({ e }) => !dependent(e) && !isPartyProduct(e, leaders));
  const out: PartyFact[] = [];
  const seen = new Set<string>();
  for (const { e } of kept) {
    if (out.length >= MAX_PARTIES) break;
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    const kind = kindOf(e);
    // A lone institution head is shown with the rest of its name, taken from the text.
    const full = isLoneHead(e.name) ? fullNameOf(e.name) : undefined;
    if (full) {
      const k = nameKey(full.name);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ name: full.name, kind: 'org', source: full.source });
      continue;
    }
    out.push({ name: e.name, kind, ...(kind === 'person' && e.role ? { role: e.role } : {}), source: e.source });
  }
  // JSON-LD about/mentions names that the text spells out but the capitalisation pass missed.
  for (const name of about) {
    if (out.length >= MAX_PARTIES) break;
    const k = nameKey(name);
    if (!k || seen.has(k)) continue;
    const src = sentenceOf(name);
    if (!src) continue;
    seen.add(k);
    out.push({ name, kind: 'org', source: src });
  }
  return out;
}
