/**
 * Strict validation of a saved summary, as read from an import file. Every field is type-checked, down to
 * the facts, so a foreign or hand-edited file is refused with the path of the first bad field instead of
 * storing something the library or the card would choke on later.
 */
import type { ArticleFacts, Lang } from '../core/types.ts';
import type { SavedSummary } from './types.ts';

const LANGS: readonly Lang[] = ['en', 'fr', 'de', 'es', 'it'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Check {
  constructor(readonly path: string) {}
  fail(what: string): never {
    throw new Error(`${this.path}: ${what}`);
  }
  obj(v: unknown): Obj {
    return isObj(v) ? v : this.fail('expected an object');
  }
  at(key: string | number): Check {
    return new Check(typeof key === 'number' ? `${this.path}[${key}]` : `${this.path}.${key}`);
  }
}

function str(o: Obj, key: string, c: Check, optional = false): void {
  const v = o[key];
  if (v === undefined && optional) return;
  if (typeof v !== 'string') c.at(key).fail('expected text');
}
function num(o: Obj, key: string, c: Check): void {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) c.at(key).fail('expected a number');
}
function arr(o: Obj, key: string, c: Check, each: (v: unknown, c: Check) => void): void {
  const v = o[key];
  if (!Array.isArray(v)) return c.at(key).fail('expected a list');
  v.forEach((x: unknown, i: number) => each(x, c.at(key).at(i)));
}
const text = (v: unknown, c: Check): void => {
  if (typeof v !== 'string') c.fail('expected text');
};
function withSource(fields: string[], numbers: string[] = []) {
  return (v: unknown, c: Check): void => {
    const o = c.obj(v);
    for (const f of fields) str(o, f, c, f.endsWith('?'));
    for (const f of numbers) num(o, f, c);
    const s = c.at('source').obj(o.source);
    num(s, 'sentence', c.at('source'));
    str(s, 'text', c.at('source'));
  };
}
// Trailing "?" marks an optional field in these lists.
const optional = (fields: string[]) => fields.map((f) => f.replace(/\?$/, ''));
function fields(list: string[]) {
  const req = list.filter((f) => !f.endsWith('?'));
  const opt = optional(list.filter((f) => f.endsWith('?')));
  return (v: unknown, c: Check): void => {
    const o = c.obj(v);
    for (const f of req) str(o, f, c);
    for (const f of opt) str(o, f, c, true);
  };
}

function checkFacts(v: unknown, c: Check): ArticleFacts {
  const f = c.obj(v);
  const m = c.at('meta').obj(f.meta);
  const mc = c.at('meta');
  for (const k of ['title', 'site', 'url']) str(m, k, mc);
  for (const k of ['published', 'author']) str(m, k, mc, true);
  if (!LANGS.includes(m.lang as Lang)) mc.at('lang').fail(`expected one of ${LANGS.join(', ')}`);
  arr(m, 'about', mc, text);
  if (typeof m.paywalled !== 'boolean') mc.at('paywalled').fail('expected true or false');
  num(f, 'readingMinutes', c);
  arr(f, 'sentences', c, text);
  const party = fields(['name', 'kind', 'role?']);
  arr(f, 'parties', c, (p, pc) => {
    party(p, pc);
    withSource([])(p, pc);
  });
  if (f.event !== null) {
    fields(['type', 'label'])(f.event, c.at('event'));
    withSource([])(f.event, c.at('event'));
  }
  arr(f, 'amounts', c, withSource(['text', 'currency', 'qualifier'], ['value']));
  arr(f, 'numbers', c, withSource(['text', 'unit', 'qualifier'], ['value']));
  arr(f, 'dates', c, withSource(['text', 'norm', 'precision']));
  arr(f, 'quotes', c, withSource(['speaker', 'quote', 'role?']));
  if (f.tldr !== null) {
    const t = c.at('tldr').obj(f.tldr);
    str(t, 'text', c.at('tldr'));
    str(t, 'method', c.at('tldr'));
    arr(t, 'sentences', c.at('tldr'), (n, nc) => {
      if (typeof n !== 'number') nc.fail('expected a number');
    });
  }
  return f as unknown as ArticleFacts;
}

/**
 * Check one summary of an import file (already migrated to the current schema).
 * @param where label for messages, e.g. "items[3]".
 * @returns the same object, typed, with `savedAt` normalised to `toISOString()` form.
 */
export function validateSummary(raw: unknown, where: string): SavedSummary {
  const c = new Check(where);
  const o = c.obj(raw);
  for (const k of ['id', 'url', 'title', 'site', 'savedAt', 'tldr']) str(o, k, c);
  for (const k of ['published', 'note']) str(o, k, c, true);
  let url: URL;
  try {
    url = new URL(o.url as string);
  } catch {
    return c.at('url').fail('not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') c.at('url').fail('only http and https pages can be saved');
  if (!LANGS.includes(o.lang as Lang)) c.at('lang').fail(`expected one of ${LANGS.join(', ')}`);
  const saved = Date.parse(o.savedAt as string);
  if (Number.isNaN(saved)) c.at('savedAt').fail('not a date');
  arr(o, 'tags', c, text);
  checkFacts(o.facts, c.at('facts'));
  return { ...(o as unknown as SavedSummary), savedAt: new Date(saved).toISOString() };
}

/**
 * Keep only the sentences the facts cite. The card's provenance points into `sentences` by index, so the
 * array keeps its length and uncited entries become empty strings: the library stores facts, not articles,
 * which keeps 10,000 summaries within a few tens of MB.
 */
export function compactFacts(facts: ArticleFacts): ArticleFacts {
  const cited = new Set<number>(facts.tldr?.sentences ?? []);
  const sources: { source: { sentence: number } }[] = [...facts.parties, ...facts.amounts, ...facts.numbers, ...facts.dates, ...facts.quotes];
  if (facts.event) sources.push(facts.event);
  for (const s of sources) cited.add(s.source.sentence);
  return { ...facts, sentences: facts.sentences.map((s, i) => (cited.has(i) ? s : '')) };
}
