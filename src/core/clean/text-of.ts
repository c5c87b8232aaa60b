/**
 * Normalised text of an element (whitespace collapsed, script/style content excluded when cheap), cached
 * per scan: the finder asks for the same subtrees many times while growing and scoring blocks.
 */
export class TextCache {
  private map = new WeakMap<Element, string>();

  get(el: Element): string {
    let t = this.map.get(el);
    if (t === undefined) {
      t = rawText(el).replace(/\s+/g, ' ').trim();
      this.map.set(el, t);
    }
    return t;
  }
}

function rawText(el: Element): string {
  // textContent includes <script>/<style> text; subtract it only when such children exist.
  const text = el.textContent ?? '';
  if (!el.querySelector('script, style, noscript, template')) return text;
  let skip = '';
  for (const s of el.querySelectorAll('script, style, noscript, template')) skip += s.textContent ?? '';
  if (!skip) return text;
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (p && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(p.tagName)) continue;
    out += n.nodeValue ?? '';
  }
  return out;
}
