/**
 * Turns an element tree into paragraphs: inline text is gathered until a block boundary, so
 * `<p>`, `<li>`, headings and `<br>` each end a paragraph and sentence splitting sees clean units.
 */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'br',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'button', 'select', 'textarea']);

/** Holds at least two words (inner whitespace). */
const severalWords = (el: Node): boolean => /\S\s+\S/.test(el.textContent ?? '');

/** The text paragraphs under `root`, whitespace-normalised, empty ones dropped. */
export function articleParagraphs(root: Element): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    buf = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      buf += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).localName;
    if (SKIP.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) {
      // Two phrases side by side in their own elements, with no space between them in the source ("<span>… de
      // Bédar</span><span>Emergencias Andalucía/EFE</span>", a caption and its credit), are set apart by the page's
      // style, as blocks: so they are here, or their words run together into one name. One-word pieces
      // ("<b>Open</b><b>AI</b>") may be parts of one word, and stay joined.
      const prev = c.previousSibling;
      if (prev?.nodeType === 1 && c.nodeType === 1 && /\S$/.test(buf) && severalWords(prev) && severalWords(c)) flush();
      walk(c);
    }
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}
