// Elements whose text is not article text, or that we hid on purpose.
const SKIP = 'script, style, noscript, template, textarea, select, [data-nutgraf-hidden], [data-nutgraf-card]';
// Characters that render as nothing and may sit inside words in the live page but not in extracted text.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
// Same-length folds so the extracted text and the live page compare equal despite typography.
const FOLD: Record<string, string> = { '’': "'", '‘': "'", 'ʼ': "'", '“': '"', '”': '"', '„': '"' };

interface Flattened {
  text: string;
  /** For each character of `text`: the text node it came from and its offset there. */
  nodes: Text[];
  offsets: number[];
}

/** Normalises text the way the page is flattened: folded quotes, no invisible characters, single spaces. */
export function normalizeForSearch(text: string): string {
  let out = '';
  for (const ch of text) {
    if (INVISIBLE.test(ch)) continue;
    if (/\s/.test(ch)) {
      if (out !== '' && !out.endsWith(' ')) out += ' ';
      continue;
    }
    out += FOLD[ch] ?? ch;
  }
  return out.trimEnd();
}

function flatten(root: Node): Flattened {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const flat: Flattened = { text: '', nodes: [], offsets: [] };
  let lastSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (INVISIBLE.test(ch)) continue;
      const space = /\s/.test(ch);
      if (space && lastSpace) continue;
      flat.text += space ? ' ' : FOLD[ch] ?? ch;
      flat.nodes.push(node);
      flat.offsets.push(i);
      lastSpace = space;
    }
  }
  return flat;
}

/**
 * Finds `needle` in the rendered text under `root`, across element boundaries (links, <em>…), ignoring
 * differences of whitespace, soft hyphens and curly vs straight quotes. Returns a live Range over the match,
 * or null. Reads text only: never changes the page.
 */
export function findTextRange(root: Node, needle: string): Range | null {
  const target = normalizeForSearch(needle);
  if (!target) return null;
  const flat = flatten(root);
  const start = flat.text.indexOf(target);
  if (start < 0) return null;
  const end = start + target.length - 1;
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.setStart(flat.nodes[start]!, flat.offsets[start]!);
  range.setEnd(flat.nodes[end]!, flat.offsets[end]! + 1);
  return range;
}
