/** Upper bound on JSON-LD text we look at: some pages embed hundreds of KB of state in ld+json. */
const MAX_CHARS = 60_000;
const TYPE_RE = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
const WORD_RE = /"([^"]+)"/g;

/**
 * Collects the schema.org `@type` names declared in the page's JSON-LD scripts, without JSON.parse
 * (malformed JSON-LD is common, and a regex over the text is cheaper than building objects).
 * @returns the set of type names, e.g. `NewsArticle`, `BreadcrumbList`; `isAccessibleForFree:false` adds `!free`.
 */
export function readJsonLdTypes(doc: Document): Set<string> {
  return readJsonLdTypesFrom(doc.querySelectorAll('script[type="application/ld+json"]'));
}

/** readJsonLdTypes over JSON-LD scripts already found (see scanMetadata). */
export function readJsonLdTypesFrom(scripts: Iterable<Element>): Set<string> {
  const types = new Set<string>();
  let budget = MAX_CHARS;
  for (const script of scripts) {
    if (budget <= 0) break;
    const text = (script.textContent ?? '').slice(0, budget);
    budget -= text.length;
    for (const m of text.matchAll(TYPE_RE)) {
      for (const w of (m[1] ?? '').matchAll(WORD_RE)) {
        const name = (w[1] ?? '').replace(/^(https?:\/\/)?schema\.org\//, '').trim();
        if (name) types.add(name);
      }
    }
    if (/"isAccessibleForFree"\s*:\s*"?false/i.test(text)) types.add('!free');
  }
  return types;
}
