/**
 * Page-world probes of the fact card (data-* contract, highlight of a source sentence, dismiss), as expression
 * strings so the Chromium (Playwright) and Firefox (puppeteer) specs run the very same checks.
 */

/** Violations of the card's data-* contract (TEAM.md), one string per bad fact; [] when all are well formed. */
export const CARD_CONTRACT_ERRORS = `(() => {
  const root = document.querySelector('[data-nutgraf-card]')?.shadowRoot;
  if (!root) return ['no open card'];
  const errors = [];
  const number = (v) => v !== null && v.trim() !== '' && Number.isFinite(Number(v));
  const rules = {
    title: () => true,
    tldr: () => true,
    party: () => true,
    event: () => true,
    published: (el) => /^\\d{4}-\\d{2}-\\d{2}(T[\\d:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$/.test(el.getAttribute('data-date') || ''),
    amount: (el) => number(el.getAttribute('data-value')) && /^[A-Z]{3}$/.test(el.getAttribute('data-currency') || ''),
    number: (el) => number(el.getAttribute('data-value')) && (el.getAttribute('data-unit') || '') !== '',
    date: (el) => /^\\d{4}(-(\\d{2}(-\\d{2})?|Q[1-4]|H[12]))?$/.test(el.getAttribute('data-date') || ''),
    quote: (el) => (el.getAttribute('data-speaker') || '').trim() !== '',
  };
  for (const el of root.querySelectorAll('[data-fact]')) {
    const kind = el.getAttribute('data-fact');
    const rule = rules[kind];
    if (!rule) errors.push('unknown kind ' + kind);
    else if (!rule(el)) errors.push(kind + ' ' + el.outerHTML.slice(0, 160));
  }
  for (const kind of ['title', 'published', 'tldr', 'event']) {
    const n = root.querySelectorAll('[data-fact="' + kind + '"]').length;
    if (n > 1) errors.push(n + ' elements for the single fact ' + kind);
  }
  if (root.querySelector('img, script, iframe')) errors.push('markup from the page inside the card');
  return errors;
})()`;

/** How many facts of each kind the card holds. */
export const CARD_KIND_COUNTS = `(() => {
  const root = document.querySelector('[data-nutgraf-card]')?.shadowRoot;
  const counts = {};
  for (const el of root ? root.querySelectorAll('[data-fact]') : []) {
    const kind = el.getAttribute('data-fact');
    counts[kind] = (counts[kind] || 0) + 1;
  }
  return counts;
})()`;

/** Selector, inside the shadow root, of the first visible fact of a kind. */
export const factSelector = (kind: string) => `[data-fact="${kind}"]:not([hidden])`;

/** Clicks the first visible fact of `kind` from the page world; returns whether there was one. */
export function clickFact(kind: string): string {
  return `(() => {
    const el = document.querySelector('[data-nutgraf-card]')?.shadowRoot?.querySelector(${JSON.stringify(factSelector(kind))});
    if (!el) return false;
    el.click();
    return true;
  })()`;
}

/**
 * What the page shows as highlighted: the text of the CSS Custom Highlight ranges named nutgraf-source, or
 * else the text of elements carrying our temporary outline. Null when nothing is highlighted.
 */
export const HIGHLIGHTED_TEXT = `(() => {
  const h = globalThis.CSS && CSS.highlights && CSS.highlights.get('nutgraf-source');
  if (h) return Array.from(h).map((r) => r.toString()).join(' ').replace(/\\s+/g, ' ').trim();
  const outlined = Array.from(document.querySelectorAll('[style]')).filter((el) => el.style.outlineStyle === 'solid' && el.style.getPropertyPriority('outline-style') === 'important');
  return outlined.length ? outlined.map((el) => el.textContent).join(' ').replace(/\\s+/g, ' ').trim() : null;
})()`;

/** The card's live status line (e.g. "Highlighted in the article"). */
export const CARD_STATUS = `document.querySelector('[data-nutgraf-card]')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? null`;

/** Clicks the card's dismiss button from the page world. */
export const CLICK_DISMISS = `(() => {
  const button = document.querySelector('[data-nutgraf-card]')?.shadowRoot?.querySelector('.nfc-dismiss');
  if (!button) return false;
  button.click();
  return true;
})()`;

/** Whether a card host is in the page. */
export const HAS_CARD = `document.querySelector('[data-nutgraf-card]') !== null`;

/** axe-core (injected into the page first) over the card host, shadow root included: violations as short strings. */
export const AXE_CARD_VIOLATIONS = `axe.run(document.querySelector('[data-nutgraf-card]'), { resultTypes: ['violations'] })
  .then((r) => r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => JSON.stringify(n.target)).join(' ')))`;

/** How the card got its styles: adopted sheets, a <style> fallback, and whether they apply (rounded corners). */
export const CARD_STYLING = `(() => {
  const root = document.querySelector('[data-nutgraf-card]')?.shadowRoot;
  const card = root?.querySelector('.nfc-card');
  if (!root || !card) return null;
  return { adopted: (root.adoptedStyleSheets || []).length, styleElement: root.querySelector('style') !== null,
    applied: getComputedStyle(card).borderTopLeftRadius === '10px' };
})()`;
