/**
 * JSON-LD reading: parses every `<script type="application/ld+json">` and flattens arrays, `@graph`
 * and nested objects into one list of typed nodes. Broken blocks are repaired when cheap, else skipped.
 */
export type JsonLdNode = Record<string, unknown>;

/** The schema.org Article family, news types first (they win over a generic Article on the same page). */
const NEWS_TYPES = new Set([
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting',
]);
const ARTICLE_TYPES = new Set([...NEWS_TYPES, 'Article', 'BlogPosting', 'Report', 'TechArticle', 'SatiricalArticle', 'ScholarlyArticle', 'SocialMediaPosting']);

// Pages nest article nodes under WebPage.mainEntity, ItemList.itemListElement…; a cap keeps hostile input cheap.
const MAX_DEPTH = 8;
const MAX_NODES = 500;

function parseLoose(raw: string): unknown {
  const text = raw.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^\/\/.*$/gm, '');
  try {
    return JSON.parse(text);
  } catch {
    // Common breakage: trailing commas, raw newlines inside strings.
    try {
      return JSON.parse(text.replace(/,\s*([}\]])/g, '$1').replace(/[\n\r\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Every object with an `@type` in the page's JSON-LD, in document order (outer before nested). */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || out.length >= MAX_NODES || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const v of value) walk(v, depth + 1);
      return;
    }
    const node = value as JsonLdNode;
    if (node['@type'] !== undefined) out.push(node);
    for (const v of Object.values(node)) if (typeof v === 'object') walk(v, depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    walk(parseLoose(script.textContent ?? ''), 0);
  }
  return out;
}

/** The node's `@type` values (a string or an array of strings), without a `schema:` prefix. */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

export const isNewsType = (node: JsonLdNode): boolean => typesOf(node).some((t) => NEWS_TYPES.has(t));
export const isArticleType = (node: JsonLdNode): boolean => typesOf(node).some((t) => ARTICLE_TYPES.has(t));

/** The page's main article node: a news type beats a generic Article; among equals, one with a headline wins. */
export function findArticleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  const rank = (n: JsonLdNode): number => (isNewsType(n) ? 2 : isArticleType(n) ? 1 : 0) * 2 + (typeof n.headline === 'string' ? 1 : 0);
  let best: JsonLdNode | undefined;
  for (const n of nodes) if (rank(n) >= 2 && (!best || rank(n) > rank(best))) best = n;
  return best;
}

/** `name` of a string, an object with `name`, or an array of those. */
export function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object') {
    const name = (value as JsonLdNode).name;
    return typeof name === 'string' || Array.isArray(name) ? namesOf(name) : [];
  }
  return [];
}

/** First string of a string or array of strings. */
export function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(firstString).find(Boolean);
  return undefined;
}
