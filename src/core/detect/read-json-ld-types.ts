/** Upper bound on JSON-LD text we look at: some pages embed hundreds of KB of state in ld+json. */
const MAX_CHARS = 60_000;
const FREE_FALSE = /"isAccessibleForFree"\s*:\s*"?false/i;

/** JSON whitespace (and the other \s characters a hand-written JSON-LD block may carry). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** `schema.org/NewsArticle`, `https://schema.org/NewsArticle` → `NewsArticle`. */
function typeName(raw: string): string {
  const k = raw.startsWith('https://') ? 8 : raw.startsWith('http://') ? 7 : 0;
  return (raw.startsWith('schema.org/', k) ? raw.slice(k + 11) : raw).trim();
}

/** Every non-empty "quoted" string in text[from, to), read as a regex /"([^"]+)"/g would read them. */
function addQuoted(text: string, from: number, to: number, types: Set<string>): void {
  let i = text.indexOf('"', from);
  while (i >= 0 && i < to) {
    const j = text.indexOf('"', i + 1);
    if (j < 0 || j >= to) return;
    if (j === i + 1) {
      i = j; // "" is no name: the closing quote may open the next one
      continue;
    }
    const name = typeName(text.slice(i + 1, j));
    if (name) types.add(name);
    i = text.indexOf('"', j + 1);
  }
}

/** The `"@type": "X"` and `"@type": ["X", "Y"]` values of one JSON-LD text, scanned by hand (no regex to compile). */
function addTypes(text: string, types: Set<string>): void {
  for (let at = text.indexOf('"@type"'); at >= 0; at = text.indexOf('"@type"', at + 1)) {
    let i = skipSpaces(text, at + 7);
    if (text.charCodeAt(i) !== 58) continue; // :
    i = skipSpaces(text, i + 1);
    const open = text.charCodeAt(i);
    if (open === 91) {
      // [
      const close = text.indexOf(']', i + 1);
      if (close >= 0) addQuoted(text, i, close + 1, types);
    } else if (open === 34) {
      // "
      const close = text.indexOf('"', i + 1);
      if (close >= 0) addQuoted(text, i, close + 1, types);
    }
  }
}

/**
 * Collects the schema.org `@type` names declared in the page's JSON-LD scripts, without JSON.parse
 * (malformed JSON-LD is common, and a scan of the text is cheaper than building objects).
 * @returns the set of type names, e.g. `NewsArticle`, `BreadcrumbList`; `isAccessibleForFree:false` adds `!free`.
 */
export function readJsonLdTypes(doc: Document): Set<string> {
  return readJsonLdTypesFrom(doc.querySelectorAll('script[type="application/ld+json"]'));
}

/** readJsonLdTypes over JSON-LD scripts already found (see scanMetadata). */
export function readJsonLdTypesFrom(scripts: ArrayLike<Element>): Set<string> {
  const types = new Set<string>();
  let budget = MAX_CHARS;
  for (let i = 0; i < scripts.length && budget > 0; i++) {
    const text = (scripts[i]!.textContent ?? '').slice(0, budget);
    budget -= text.length;
    addTypes(text, types);
    // The regex (compiled on first use) only where the property can be: most JSON-LD never mentions it.
    if ((text.includes('ccessibleForFree') || text.includes('ccessibleforfree')) && FREE_FALSE.test(text)) types.add('!free');
  }
  return types;
}
