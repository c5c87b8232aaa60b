/**
 * Quotations with their speaker: « », “ ”, „ “, » «, ‚ ‘ and straight double quotes, attributed by a speech verb
 * next to a name, before or after the quote ("», a déclaré Jensen Huang", '," Smith said', "Sam Altman déclare
 * que «", "Selon X, «"). Precision first: a quote without a clear named speaker is dropped; a pronoun speaker
 * ("a-t-il ajouté", "he said") inherits the previous quote's speaker only when it is close.
 */
import type { Lang, QuoteFact } from '../types.ts';
import { kindOf, type EntityTable } from './entity-table.ts';
import { findNames, type NameSpan } from './find-names.ts';
import { ACCORDING_TO, PRONOUNS, SPEECH_VERBS } from './lexicon-people.ts';
import { foldCase } from './word-list.ts';
import { LETTER } from '../text/letter-class.ts';

const MIN_WORDS = 4;
/** A name right after one of these is an object or an affiliation, never the speaker. */
const PREP_BEFORE = /(?:(?:^|[\s(])(?:à|au|aux|to|a|al|ante|dem|der|den|gegenüber|alla|ai|agli|de|del|des|du|of|von|vom|bei|beim|at|chez|da|della|dello|dal|in|im|en|on|for|für|pour|para|per|with|avec|mit|con)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|el\s+|il\s+|lo\s+)?|[dl]['’])$/i;
const MAX_CHARS = 700;

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/ /g, '\\s+');
const alt = (xs: string[]): string => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');

type Name = 'verbAfter' | 'nameThenVerb' | 'verbEnd' | 'according' | 'pronounAfter' | 'pronounBefore';
type Res = Record<Name, RegExp>;

/**
 * The attribution patterns of a language. `folded`: for lowercased text (foldCase), with lowercase words, letters as
 * an explicit BMP class and no 'i' or 'u' flag ('d' for the captures' offsets): V8 compiles these in a fraction of the
 * time of the 'iu' patterns on a fresh page (the speech-verb alternations were the facts' costliest patterns). The
 * 'iu' ones remain for the rare text whose lowercasing changes its length.
 */
function build(lang: Lang, folded: boolean): Res {
  const words = (xs: string[]): string => alt(folded ? xs.map((x) => x.toLowerCase()) : xs);
  const verbs = words(SPEECH_VERBS[lang]);
  const prons = words(PRONOUNS[lang]);
  const L = folded ? LETTER : '\\p{L}';
  const re = (src: string, capture = false): RegExp => new RegExp(src, folded ? (capture ? 'd' : '') : 'iu');
  return {
    // '», a déclaré Jensen Huang' / '," said John Smith' / ', so Müller' — the name follows within a few words.
    verbAfter: re(`^[\\s,.;:–—-]*(?:${verbs})(?!${L})((?:,?\\s+[^\\s,.;:«»"“”„]+){0,12})`, true),
    // '," Smith said' / '», Jensen Huang a déclaré' (an apposition between commas allowed).
    nameThenVerb: re(`^[\\s,.;:–—-]*([^,.;:«»"“”„]{2,60}?)(?:,[^,.;«»"“”„]{2,100},)?\\s+(?:${verbs})(?!${L})`, true),
    // 'Sam Altman déclare que «' / 'Smith said: "' — name then verb right before the quote.
    verbEnd: re(`(?:${verbs})\\s*(?:que|qu['’]|that|dass|che|:|,)?\\s*$`),
    according: re(`(?:^|[\\s,(])(?:${words(ACCORDING_TO[lang])})\\s+([^,;:«»"“”„]{2,80}?)\\s*[,:]?\\s*$`, true),
    pronounAfter: re(`^[\\s,.;:–—-]*(?:(?:${prons})\\s+(?:${verbs})|(?:${verbs})\\s+(?:${prons})|${L}+-t-(?:il|elle)|${L}+-(?:il|elle)|a-t-(?:il|elle)\\s+${L}+)(?!${L})`),
    pronounBefore: re(`(?:^|[\\s,])(?:${prons})\\s+(?:${verbs})\\s*(?:que|qu['’]|that|dass|che|:|,)?\\s*$`),
  };
}

const cache = new Map<string, Res>();
function res(lang: Lang, folded: boolean): Res {
  const key = `${lang}${folded ? '' : ':iu'}`;
  let r = cache.get(key);
  if (!r) cache.set(key, (r = build(lang, folded)));
  return r;
}

/**
 * `res(lang)[name].exec(s)`, case-insensitively: the folded pattern on foldCase(s) with its captures read back from
 * `s` at the same offsets, or the 'iu' pattern when lowercasing changes the length of `s`.
 */
function execPattern(lang: Lang, name: Name, s: string): RegExpExecArray | null {
  const lower = foldCase(s);
  if (lower === undefined) return res(lang, false)[name].exec(s);
  const m = res(lang, true)[name].exec(lower);
  if (!m) return m;
  const at = m.indices;
  for (let k = 0; k < m.length; k++) {
    const span = at?.[k];
    (m as string[])[k] = span ? s.slice(span[0], span[1]) : (undefined as unknown as string);
  }
  return m;
}

/**
 * Where to start matching an end-anchored pattern (`…\s*$`) in `s`: at most `span` characters before its last
 * non-space; with `afterSpace`, just after a space, so that `^` at the cut means what "after a space" meant.
 * Matching the whole sentence head instead made these patterns the quote finder's main cost (every start position
 * tries every speech verb).
 */
export function tailStart(s: string, span: number, afterSpace: boolean): number {
  const end = s.trimEnd().length;
  if (end <= span) return 0;
  if (!afterSpace) return end - span;
  const cut = s.indexOf(' ', end - span);
  return cut < 0 ? 0 : cut + 1;
}

/** Runs an end-anchored pattern on the tail of `s` (see tailStart); the match index is in `s`. */
function execTail(exec: (s: string) => RegExpExecArray | null, s: string, span: number, afterSpace = false): RegExpExecArray | null {
  const at = tailStart(s, span, afterSpace);
  const m = exec(at ? s.slice(at) : s);
  if (m && at) m.index += at;
  return m;
}

/** Quote spans (content offsets) in a sentence-joined text. */
function quoteSpans(text: string): Array<{ start: number; end: number; open: number; close: number }> {
  const out: Array<{ start: number; end: number; open: number; close: number }> = [];
  const re = /«\s*([^«»]{3,700}?)\s*»|“([^“”]{3,700}?)”|„([^„“”]{3,700}?)[“”]|»([^«»]{3,700}?)«|(?<=^|[\s(\[—–-])"(?=\S)([^"]{3,700}?)(?<=\S)"(?=[\s,.;:!?)\]—–-]|$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const innerStart = m.index + m[0].indexOf(inner);
    out.push({ start: innerStart, end: innerStart + inner.length, open: m.index, close: m.index + m[0].length });
  }
  return out;
}

export interface FoundQuote extends QuoteFact {
  sentenceIndex: number;
}

/** Finds attributed quotes. `table` resolves names to entities (and gives their roles). */
export function findQuotes(sentences: string[], lang: Lang, table: EntityTable): FoundQuote[] {
  const run = (name: Name) => (s: string) => execPattern(lang, name, s);
  // Join sentences with one space, remembering where each starts, so quotes that span sentences are seen whole.
  const starts: number[] = [];
  let text = '';
  for (const s of sentences) {
    starts.push(text.length);
    text += `${s} `;
  }
  const sentenceAt = (off: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** Can this name in `chunk` be a speaker: a known entity, not the object of a preposition ("à l'AFP", "del MEM", "bei CAE"), not an acronym or a plain organisation. */
  const canSpeak = (chunk: string, n: NameSpan): boolean => {
    const e = table.resolve(n.text);
    // A lone capitalised word at a sentence start is only a name if the article also uses it elsewhere.
    if (!e || (e.solidMentions === 0 && n.initial && n.tokens.length < 2)) return false;
    if (PREP_BEFORE.test(chunk.slice(Math.max(0, n.index - 16), n.index))) return false;
    if (/^[\p{Lu}\d&.-]{2,6}$/u.test(n.text)) return false;
    // German capitalises nouns: a "name" after an article or possessive is a noun ("seinem Redetext").
    if (lang === 'de' && n.tokens.length === 1 && /(?:^|\s)(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer)\s+$/i.test(chunk.slice(0, n.index))) return false;
    return !(e.orgCues >= 2 && e.orgCues > e.personCues);
  };
  /** A named speaker in `chunk`: the first or last name that can speak. */
  const speakerIn = (chunk: string, pick: 'first' | 'last'): string | undefined => {
    const names = findNames(chunk, lang).filter((n) => canSpeak(chunk, n));
    const n = pick === 'first' ? names[0] : names[names.length - 1];
    return n ? table.resolve(n.text)?.name : undefined;
  };
  /** A person, or a two-word name with nothing that says organisation. */
  const personLike = (n: NameSpan): boolean => {
    const e = table.resolve(n.text);
    return Boolean(e && (kindOf(e) === 'person' || (e.tokens.length >= 2 && e.orgCues === 0)));
  };
  /** The last person named in `chunk` (for "il/elle/he/she" right after it). */
  const lastPersonIn = (chunk: string): string | undefined => {
    const names = findNames(chunk, lang).filter((n) => canSpeak(chunk, n) && personLike(n));
    const n = names[names.length - 1];
    return n ? table.resolve(n.text)?.name : undefined;
  };

  const out: FoundQuote[] = [];
  let last: { speaker: string; sentence: number } | null = null;
  for (const q of quoteSpans(text)) {
    const quote = text.slice(q.start, q.end).trim();
    if (quote.split(/\s+/).length < MIN_WORDS || quote.length > MAX_CHARS) continue;
    const si = sentenceAt(q.open);
    const sEnd = (starts[sentenceAt(Math.max(q.close - 1, q.open))] ?? 0) + (sentences[sentenceAt(Math.max(q.close - 1, q.open))]?.length ?? 0);
    const nextOpen = text.slice(q.close).search(/[«“„»"]/);
    const afterEnd = Math.min(sEnd, nextOpen >= 0 ? q.close + nextOpen : sEnd, q.close + 160);
    const after = text.slice(q.close, Math.max(q.close, afterEnd));
    const before = text.slice(starts[si] ?? 0, q.open);
    let speaker: string | undefined;
    let pronoun = false;

    const va = execPattern(lang, 'verbAfter', after);
    if (va) {
      speaker = speakerIn(va[1] ?? '', 'first');
      if (!speaker && execPattern(lang, 'pronounAfter', after)) pronoun = true;
    }
    if (!speaker && !pronoun) {
      const nv = execPattern(lang, 'nameThenVerb', after);
      if (nv) speaker = speakerIn(nv[1] ?? '', 'last');
      if (!speaker && execPattern(lang, 'pronounAfter', after)) pronoun = true;
    }
    if (!speaker && !pronoun && before.trim()) {
      const ve = execTail(run('verbEnd'), before, 120);
      if (ve) {
        const head = before.slice(0, ve.index);
        // The name must be the subject right before the verb: an apposition between commas is skipped
        // ("Dan Gelston, der Vorsitzende … bei CAE, sagte:"), at most two short words (auxiliary, adverb) remain.
        const tail = (head.split(/[;«»"“”„]|\.\s/).pop() ?? '').replace(/,\s[^,]{2,140},\s*$/, ' ');
        const names = findNames(tail, lang);
        const lastName = names[names.length - 1];
        if (lastName && canSpeak(tail, lastName)) {
          const between = tail.slice(lastName.index + lastName.text.length).trim();
          if (!between || (between.split(/\s+/).length <= 2 && !/[,:;]/.test(between))) speaker = table.resolve(lastName.text)?.name;
        }
        if (!speaker && execTail(run('pronounBefore'), before, 120, true)) pronoun = true;
      }
      if (!speaker && !pronoun) {
        const ac = execTail(run('according'), before, 240, true);
        if (ac) speaker = speakerIn(ac[1] ?? '', 'last');
      }
      if (!speaker && !pronoun) {
        const colon = execTail((x) => /([^,;.«»"“”„]{2,60}):\s*$/u.exec(x), before, 120);
        if (colon?.[1]) {
          const names = findNames(colon[1], lang);
          const n = names[names.length - 1];
          if (n && colon[1].trim().endsWith(n.text) && canSpeak(colon[1], n)) speaker = table.resolve(n.text)?.name;
        }
      }
    }
    // "a-t-elle estimé", "he said": the person named just before in this sentence, else the previous quote's
    // speaker when it was in this or the previous sentence and nobody else was named since.
    if (!speaker && pronoun) {
      speaker = lastPersonIn(before);
      // Nobody named before the quote in its sentence: the one person named in the previous sentence.
      if (!speaker && si > 0 && !before.trim()) {
        const prev = sentences[si - 1] ?? '';
        const people = findNames(prev, lang).filter((n) => canSpeak(prev, n) && personLike(n));
        const names = new Set(people.map((n) => table.resolve(n.text)?.name));
        if (names.size === 1) speaker = [...names][0];
      }
      if (!speaker && last && si - last.sentence <= 1) {
        const since = text.slice(starts[last.sentence] ?? 0, q.open);
        const others = findNames(since, lang).filter((n) => {
          const e = table.resolve(n.text);
          return e && kindOf(e) === 'person' && e.name !== last?.speaker;
        });
        if (!others.length) speaker = last.speaker;
      }
    }
    if (!speaker) continue;
    const entity = table.resolve(speaker);
    if (entity) entity.speaker++;
    const sentence = sentences[si] ?? '';
    const localStart = Math.max(0, q.open - (starts[si] ?? 0));
    out.push({
      speaker,
      ...(entity?.role ? { role: entity.role } : {}),
      quote,
      sentenceIndex: si,
      source: { sentence: si, text: sentence.slice(localStart, Math.min(sentence.length, localStart + (q.close - q.open))) },
    });
    last = { speaker, sentence: si };
  }
  return out;
}
