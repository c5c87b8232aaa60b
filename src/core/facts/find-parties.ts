/**
 * The parties of a story: the organisations and people at its centre, ranked by headline presence, JSON-LD
 * about/mentions, position (lead) and frequency.
 */
import type { PartyFact } from '../types.ts';
import type { Lang } from '../types.ts';
import { fold } from './normalize-text.ts';
import { DE_NOUN_SUFFIX, kindOf, nameKey, type Entity, type EntityTable } from './entity-table.ts';
import { NEWS_AGENCIES, expandHead, isCurrencyName, isLoneHead, isNonParty, isTimeName } from './party-words.ts';
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

/** Small words an acronym skips ("Commission de régulation de l'énergie" → CRE). */
const ACRONYM_SKIP = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'of', 'the', 'and', 'for', 'et', 'y', 'e', 'und', 'fur', 'der', 'di', 'del', 'della', 'dei', 'degli', 'el', 'los', 'las', 'il', 'lo', 'a', 'en', 'on']);

/**
 * The name an acronym abbreviates, read where the text defines it: "Ministerio de Energía y Minas (MEM)", "la
 * Commission de régulation de l'énergie (CRE)", "The New York State Attorney General (NYAG)" (one word may be left
 * out). Undefined when the text never writes "Full name (ACR)" with matching initials and a capitalised first word.
 */
export function acronymExpansion(acr: string, sentences: string[]): string | undefined {
  // All capitals ("CRE"), or a capital then letters as some unions and agencies write theirs ("Supra", "Gtsou").
  if (!/^\p{Lu}[\p{Lu}\p{Ll}]{1,6}$/u.test(acr)) return undefined;
  const letters = fold(acr);
  for (const s of sentences) {
    for (let at = s.indexOf(`(${acr})`); at > 0; at = s.indexOf(`(${acr})`, at + 1)) {
      const before = s.slice(Math.max(0, at - 120), at).trimEnd();
      const words = [...before.matchAll(/[\p{L}\p{N}]+/gu)];
      let li = letters.length - 1;
      let skipped = 0;
      let first = -1;
      for (let wi = words.length - 1; wi >= 0 && li >= 0; wi--) {
        const w = words[wi]?.[0] ?? '';
        const f = fold(w);
        if (f[0] === letters[li]) {
          li--;
          first = wi;
        } else if (ACRONYM_SKIP.has(f) && first >= 0) continue;
        else if (first >= 0 && skipped === 0) skipped++;
        else break;
      }
      const head = words[first];
      if (li >= 0 || !head || !/^\p{Lu}/u.test(head[0])) continue;
      // "Les Républicains (LR)" spells its article; "Le président des Républicains (LR)" left a word out to reach one.
      if (skipped && ACRONYM_SKIP.has(fold(head[0]))) continue;
      // Without closing punctuation: "Africa Forward Summit« (AFS)".
      return before.slice(head.index).replace(/[^\p{L}\p{N}.]+$/u, '');
    }
  }
  return undefined;
}

/**
 * The name's words appear side by side inside `outer` ("Hesselbjerg Christensen" in "Jens Hesselbjerg Christensen"),
 * hyphens kept: "Édouard Leclerc" is not inside "Michel-Édouard Leclerc".
 */
function containedIn(inner: string, outer: string): boolean {
  const words = (n: string): string => ` ${fold(n).replace(/[^\p{L}\p{N}-]+/gu, ' ').trim()} `;
  const i = words(inner);
  const o = words(outer);
  return i !== o && o.includes(i);
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
  // The headline's trailing publication name, when it cannot be a party paired in the headline ("Nvidia - OpenAI"):
  // two words or more, or a domain.
  if (table.publisher && (table.publisher.includes(' ') || table.publisher.includes('.'))) own = [...own, table.publisher];
  const ownKeys = new Set(own.map(ownKey).filter(Boolean));
  // "El País" inside the site name "Diario EL PAIS Uruguay": a name of two words or more, whole words of an own name.
  const ownText = own.map((n) => ` ${nameKey(n)} `);
  const isOwn = (e: Entity): boolean => ownKeys.has(ownKey(e.name)) || (e.key.includes(' ') && ownText.some((t) => t.includes(` ${e.key} `)));
  // Each lone head's full name is looked up over all sentences at most once.
  const fullNames = new Map<string, ReturnType<typeof fullName>>();
  const fullNameOf = (head: string): ReturnType<typeof fullName> => {
    if (!fullNames.has(head)) fullNames.set(head, fullName(head, sentences));
    return fullNames.get(head);
  };
  // "US Bureau of Ocean Energy Management (BOEM)", "Sindicato Único Portuario y Ramas Afines (Supra)": the full name
  // of an acronym the text defines is shown with it, wherever the full name ranks. (Ranked on the sum of both
  // spellings, defined names rose above the story's actors: a definition counts twice.)
  const joined = sentences.join('\n');
  const definedAs = new Map<Entity, { acr: string; exp: string }>();
  for (const e of table.entities) {
    if (e.tokens.length !== 1 || e.name.length > 7 || !joined.includes(`(${e.name})`)) continue;
    const exp = acronymExpansion(e.name, sentences);
    if (!exp) continue;
    const k = ` ${nameKey(exp)} `;
    for (const o of table.entities) {
      if (o.tokens.length >= 2 && !definedAs.has(o) && (k.includes(` ${o.key} `) || ` ${o.key} `.includes(k))) definedAs.set(o, { acr: e.name, exp });
    }
  }
  const scored = table.entities
    .filter((e) => e.solidMentions > 0 || e.inTitle || e.inAbout)
    // German capitalises every noun: a single word mostly used after an article is a common noun.
    .filter((e) => !(e.articleLed > 0 && e.articleLed * 2 >= e.mentions && !e.inAbout))
    // German: a lone capitalised word with a common-noun ending is a noun unless something says it is a name.
    .filter((e) => !(lang === 'de' && e.tokens.length === 1 && !/\p{Lu}.*\p{Lu}/u.test(e.name) && DE_NOUN_SUFFIX.test(e.key) && !e.inAbout && e.speaker === 0 && e.personCues === 0 && e.orgCues === 0))
    // German capitalises every noun: a lone word needs the headline, metadata, a cue or three mentions to be a name.
    .filter((e) => !(lang === 'de' && e.tokens.length === 1 && !/\p{Lu}.*\p{Lu}/u.test(e.name) && !e.inTitle && !e.inAbout && e.personCues + e.orgCues === 0 && e.speaker === 0 && (e.mentions < 3 || e.articleLed > 0)))
    // Lone institution heads ("Conseil"), role words ("General"), demonyms ("Français"), question words ("Comment").
    .filter((e) => e.inTitle || !isOwn(e))
    .filter((e) => e.inAbout || e.tokens.length > 1 || !isNonParty(fold(e.name)) || (isLoneHead(e.name) && fullNameOf(e.name) !== undefined))
    // Holidays and dates written as names ("Election Day", "Semana Santa").
    .filter((e) => e.inAbout || !isTimeName(e.key))
    // Seen only in headings or shouted lines written all in capitals ("UNA CONFRONTACIÓN MÁXIMA"): a heading's words.
    .filter((e) => e.inTitle || e.inAbout || (e.capsMentions ?? 0) < e.mentions)
    // Image file names and captions glued to dates ("logo-300x165.png Jane Doe2022-11-24"): page furniture, not a party.
    .filter((e) => !/\.(?:png|jpe?g|gif|webp|svg|avif)(?![\p{L}])|\d{2,}x\d{2,}|\p{L}(?:19|20)\d\d-\d/iu.test(e.name))
    // Money ("US-Dollar", "Euro"): the unit of an amount, not an actor; a person named so keeps the name.
    .filter((e) => e.inAbout || e.personCues > 0 || e.speaker > 0 || !isCurrencyName(e.key, e.name))
    // Codes and ordinals ("C1", "Ba2", "Q179", "XXe") are not parties.
    .filter((e) => !/^(?:\p{Lu}{1,2}\d+|[IVXLC]+e|\d.*)$/u.test(e.name))
    .map((e) => {
      const lead = e.firstSentence < 3 ? 2 : e.firstSentence < 6 ? 1 : 0;
      const multi = e.tokens.length >= 2 ? 1.5 : 0;
      const cues = Math.min(2, e.personCues + e.orgCues) * 0.5;
      // A headline that names it as a place ("… à Marseille", "… in Bremen") sets the scene: a smaller bonus.
      const titleActor = e.inTitle && !e.titlePlace;
      let score = Math.min(e.mentions, 8) + (titleActor ? 4 : e.inTitle ? 1 : 0) + (e.inAbout ? 3 : 0) + lead + Math.min(e.speaker, 2) + (e.role ? 1 : 0) + multi + cues;
      // Mostly written as a place ("en France", "in Bremen", "rue d'Aubagne"), the headline included: the setting of
      // the story, not one of its actors.
      const placed = (e.placeLed ?? 0) + (e.titlePlace ? 1 : 0);
      if (!titleActor && !e.inAbout && e.speaker === 0 && e.personCues === 0 && !isLoneHead(e.name) && placed * 2 >= e.mentions + (e.titlePlace ? 1 : 0)) score -= 3;
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
  // "Service de police de la Ville" (cut before "de Montréal") ranked, then the whole name: it takes the cut one's place.
  const completes = (p: PartyFact): boolean => {
    const at = out.findIndex((o) => o.kind === 'org' && o.name.includes(' ') && fold(p.name).startsWith(`${fold(o.name)} `));
    if (at >= 0) out[at] = p;
    return at >= 0;
  };
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
    const defined = definedAs.get(e);
    if (defined) {
      // The longer spelling: "US Bureau of Ocean Energy Management" holds the defined "Bureau of …".
      const full = e.name.length > defined.exp.length ? e.name : defined.exp;
      const named: PartyFact = { name: `${full} (${defined.acr})`, kind: 'org', source: e.source };
      if (out.some((o) => o.name === named.name)) continue;
      seen.add(nameKey(defined.acr));
      seen.add(nameKey(defined.exp));
      if (!completes(named)) out.push(named);
      continue;
    }
    // Shown already inside a longer name ("Hesselbjerg Christensen" after "Jens Hesselbjerg Christensen").
    // A lone word only as a person's surname: "Google" is not "Google Stadia".
    if (out.some((o) => containedIn(e.name, o.name) && (e.tokens.length >= 2 || (o.kind === 'person' && fold(o.name).endsWith(` ${fold(e.name)}`))))) continue;
    // An acronym the text defines is shown with its full name, once: "Ministerio de Energía y Minas (MEM)".
    const expansion = acronymExpansion(e.name, sentences);
    if (expansion) {
      const k = nameKey(expansion);
      if (seen.has(k) || out.some((o) => nameKey(o.name) === k)) continue;
      seen.add(k);
      const named: PartyFact = { name: `${expansion} (${e.name})`, kind: 'org', source: e.source };
      if (!completes(named)) out.push(named);
      continue;
    }
    if (out.some((o) => o.name.endsWith(` (${e.name})`))) continue;
    if (kind === 'org' && completes({ name: e.name, kind, source: e.source })) continue;
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
