import type { CompiledRules } from './compile-patterns.ts';
import { attrText } from './attr-text.ts';
import type { TextCache } from './text-of.ts';
import { VENDOR_SELECTORS } from './upsell-rules.ts';

/** Elements scanned per pass: bounds the work on huge pages. */
const MAX_ELEMENTS = 12_000;
const MAX_SEEDS = 400;
const LEAF_TAGS = /^(P|H2|H3|H4|H5|H6|SPAN|DIV|STRONG|B|LABEL|SECTION|ASIDE|FIGCAPTION|SMALL|EM|I)$/;
const SKIP_TAGS = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|PATH|IMG|PICTURE|SOURCE|IFRAME|VIDEO|META|LINK|BR|HR|INPUT|OPTION|SELECT|TEXTAREA)$/;

export interface Seeds {
  elements: Element[];
  /** A hard-paywall phrase ("to continue reading", "pour lire la suite"…) was seen on the page. */
  paywallText: boolean;
}

/**
 * Collects starting points for upsell blocks in one bounded pass over the DOM: vendor containers,
 * elements whose class/id/data-* carry a strong token, e-mail forms, calls to action in links and
 * buttons (or links to app stores, Google News, subscribe pages), and short text blocks with a call to
 * action (obfuscated class names leave only the words).
 */
export function collectSeeds(scope: Element, rules: CompiledRules, text: TextCache): Seeds {
  const seeds = new Set<Element>();
  let paywallText = false;
  for (const v of VENDOR_SELECTORS) for (const el of scope.querySelectorAll(v.sel)) seeds.add(el);
  const email = 'input[type="email"], input[name*="mail" i], input[placeholder*="mail" i], input[placeholder*="@"]';
  for (const el of scope.querySelectorAll(email)) {
    const form = el.closest('form');
    // A password field makes it a login; a text area makes it a comment or contact form ("Leave a reply").
    if (!form?.querySelector('input[type="password"], textarea')) seeds.add(form ?? el);
  }

  const tokenList = rules.kinds.flatMap((k) => k.tokens);
  const all = scope.getElementsByTagName('*');
  const n = Math.min(all.length, MAX_ELEMENTS);
  for (let i = 0; i < n && seeds.size < MAX_SEEDS; i++) {
    const el = all[i]!;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.test(tag)) continue;
    const attrs = attrText(el);
    if (attrs.length > 2 && tokenList.some((t) => attrs.includes(t))) {
      seeds.add(el);
      continue;
    }
    if (tag === 'A' || tag === 'BUTTON') {
      const href = el.getAttribute('href') ?? '';
      const t = text.get(el);
      if (t.length > 80) continue;
      if (rules.kinds.some((k) => (k.cta && t && text.test(el, k.cta)) || (k.links && href && k.links.test(href) && k.kind !== 'subscribe' && k.kind !== 'register'))) {
        seeds.add(el);
      }
      continue;
    }
    if (!LEAF_TAGS.test(tag) || el.childElementCount > 6) continue;
    const t = text.get(el);
    if (t.length < 12 || t.length > 300) continue;
    if (!paywallText && rules.paywall.test(t)) paywallText = true;
    if (rules.kinds.some((k) => k.cta?.test(t))) seeds.add(el);
  }
  return { elements: [...seeds], paywallText };
}
