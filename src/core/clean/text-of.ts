const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/**
 * Normalised text of an element, cached per scan: the finder asks for the same subtrees many times while
 * growing and scoring blocks. Text from different elements is joined with a space (as a reader sees
 * "Ajouter à l'écran d'accueil" and the "Ajouter" button as two phrases, not "accueilAjouter"), and
 * script/style text is left out.
 */
export class TextCache {
  private map = new WeakMap<Element, string>();
  private tests = new Map<{ test(s: string): boolean }, WeakMap<Element, boolean>>();

  get(el: Element): string {
    let t = this.map.get(el);
    if (t === undefined) {
      t = readText(el).replace(/\s+/g, ' ').trim();
      this.map.set(el, t);
    }
    return t;
  }

  /**
   * Whether `re` matches the element's text, cached per scan: the same links and wrappers are tested again for
   * every nested candidate box. `re` must be stateless (no `g`/`y` flag).
   */
  test(el: Element, re: { test(s: string): boolean }): boolean {
    let m = this.tests.get(re);
    if (!m) this.tests.set(re, (m = new WeakMap()));
    let r = m.get(el);
    if (r === undefined) {
      r = re.test(this.get(el));
      m.set(el, r);
    }
    return r;
  }
}

function readText(el: Element): string {
  let out = '';
  let lastParent: Node | null = null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (p && SKIP.test(p.tagName.toUpperCase())) continue;
    const v = n.nodeValue ?? '';
    if (!v) continue;
    out += lastParent && lastParent !== p ? ' ' + v : v;
    lastParent = p;
  }
  return out;
}
