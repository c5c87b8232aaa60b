/**
 * Full-text search over the library: title, site, TL;DR, facts, note and tags. An inverted index of folded
 * words (lower case, no accents) with prefix matching, so "acqu" finds "Acquisition" and "societe" finds
 * "Société". Built once per list (about 100 ms for 10,000 summaries); each search then touches only the
 * postings of the matching words, well under the 30 ms budget.
 */
import type { SavedSummary } from '../storage/types.ts';
import type { CatalogueRow } from '../storage/catalogue.ts';

/** Lower case, accents and case folded away, so the index and the query meet in the middle. */
export function fold(s: string): string {
  // Most catalogue text is ASCII: skip the (costly) normalisation there; it dominated building the index.
  if (ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
const ASCII = /^[\x00-\x7f]*$/;

export function words(s: string): string[] {
  return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Everything searchable in one summary, as one string. */
export function searchableText(s: SavedSummary): string {
  const f = s.facts;
  return [
    s.title,
    s.site,
    s.tldr,
    s.note ?? '',
    s.tags.join(' '),
    f.parties.map((p) => `${p.name} ${p.role ?? ''}`).join(' '),
    f.event ? `${f.event.label} ${f.event.type}` : '',
    f.amounts.map((a) => a.text).join(' '),
    f.numbers.map((n) => n.text).join(' '),
    f.dates.map((d) => `${d.text} ${d.norm}`).join(' '),
    f.quotes.map((q) => `${q.speaker} ${q.quote}`).join(' '),
  ].join(' ');
}

/** What the library page searches: the catalogue row's title, site, TL;DR and fact names (and tags). */
export function rowText(r: CatalogueRow): string {
  return `${r.title} ${r.site} ${r.tldr} ${r.text}`;
}

export interface Filters {
  site?: string;
  lang?: string;
}

interface Filterable {
  site: string;
  lang: string;
}

export interface SearchIndex<T extends Filterable = SavedSummary> {
  /** Items in their list order (newest first) that contain every word of the query as a word prefix. */
  search(query: string, filters?: Filters): T[];
}

/** Index full summaries (all their text) or, with `text`, any item such as catalogue rows (`rowText`). */
export function buildSearchIndex(items: SavedSummary[]): SearchIndex;
export function buildSearchIndex<T extends Filterable>(items: T[], text: (item: T) => string): SearchIndex<T>;
export function buildSearchIndex<T extends Filterable>(items: T[], text?: (item: T) => string): SearchIndex<T> {
  const textOf = text ?? (searchableText as unknown as (item: T) => string);
  const postings = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const w of new Set(words(textOf(item)))) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const vocabulary = [...postings.keys()].sort();
  // Per-item scratch arrays reused by every search: how many query words matched, and the last word seen.
  const hits = new Uint16Array(items.length);
  const seen = new Int32Array(items.length).fill(-1);

  /** Index of the first vocabulary word >= prefix (binary search). */
  const lowerBound = (prefix: string): number => {
    let lo = 0;
    let hi = vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (vocabulary[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const matches = (item: T, filters: Filters): boolean =>
    (!filters.site || item.site === filters.site) && (!filters.lang || item.lang === filters.lang);

  return {
    search(query, filters = {}) {
      const terms = [...new Set(words(query))];
      if (!terms.length) return items.filter((item) => matches(item, filters));
      hits.fill(0);
      seen.fill(-1);
      terms.forEach((term, t) => {
        for (let w = lowerBound(term); w < vocabulary.length && vocabulary[w]!.startsWith(term); w++) {
          for (const i of postings.get(vocabulary[w]!)!) {
            if (seen[i] === t) continue;
            seen[i] = t;
            hits[i]!++;
          }
        }
      });
      const out: T[] = [];
      for (let i = 0; i < items.length; i++) if (hits[i] === terms.length && matches(items[i]!, filters)) out.push(items[i]!);
      return out;
    },
  };
}
