import { attrText } from './attr-text.ts';
import type { CompiledRules } from './compile-patterns.ts';
import { isPhraseList, isProseParagraph, isSignUpSmallPrint } from './is-prose-paragraph.ts';
import type { TextCache } from './text-of.ts';

/** Paragraphs this long are article text whatever words they contain. */
const ALWAYS_PROTECTED = 400;
/** In the article root, paragraphs from this length are protected unless a call to action dominates them. */
const ROOT_PARAGRAPH = 100;
/**
 * In the article root, paragraphs from this length are prose even when they name a subscription or an app
 * ("buy a monthly subscription pass… download the app"): in-article promos are short lines.
 */
const ROOT_PROSE = 150;
/** Outside the root, only long promo-free paragraphs are protected. */
const OUTSIDE_PARAGRAPH = 200;
const MAX_PARAGRAPHS = 800;

export interface Protection {
  /** Elements that must never be hidden nor be inside/contain a hidden block. */
  elements: Element[];
  /** Why `el` may not be hidden, or null when nothing protected is involved. */
  blocks(el: Element): string | null;
}

// Quoted speech ("“We need your support,” the mayor said…"): a paragraph that quotes someone is reporting,
// even when the quote sounds like a call to action.
const QUOTED = /[“”„«»]|"[^"]{3,}"/;

const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
/** Dialogs with more text than this may hold an article (some sites open stories in a modal). */
const SMALL_DIALOG = 400;

function inSmallDialog(el: Element, text: TextCache): boolean {
  const d = el.closest(DIALOG);
  return !!d && text.get(d).length <= SMALL_DIALOG;
}

/** Text of the box a pitch paragraph may share with its offer: a sign-up or donation box, not a section. */
const PITCH_BOX = 800;
/** Ancestors looked at for that box (custom elements nest a paragraph 3–4 wrappers deep). */
const PITCH_BOX_DEPTH = 5;
const EMAIL_INPUT = 'input[type="email"], input[name*="mail" i], input[placeholder*="mail" i], input[placeholder*="@"]';

/** `el` links to, or posts to, an offer (a newsletter, subscribe, donate, app… target). */
function hasOfferTarget(el: Element, rules: CompiledRules): boolean {
  for (const a of el.querySelectorAll('a[href], form[action]')) {
    const href = a.getAttribute('href') ?? a.getAttribute('action') ?? '';
    if (rules.kinds.some((k) => k.links?.test(href))) return true;
  }
  return false;
}

/** `el`'s own class/id/data-* (or custom tag name) carries a strong upsell token ("donation", "newsletter"). */
function hasOfferToken(el: Element, rules: CompiledRules): boolean {
  const attrs = attrText(el);
  return attrs.length > 2 && rules.kinds.some((k) => k.tokens.some((tok) => attrs.includes(tok)));
}

/**
 * A pitch set in its own box inside the article root ("Cet article est paru dans notre newsletter… vous pouvez
 * vous inscrire en suivant ce lien"; a donation appeal above its amount buttons; the privacy notice under a
 * sign-up field): not prose (it speaks to the reader about an offer, or is sign-up small print), not a direct
 * child of the root, and it shares a small box with the offer itself — a link or form to a newsletter,
 * subscribe, donate… target, an e-mail field, or a wrapper named for the offer. Why: a wide article root (the
 * pipeline hands Readability's, often the whole `<article>`) holds these boxes too, and its paragraph guard
 * must not turn them into article text.
 */
function isBoxedPitch(p: Element, t: string, root: Element | null, rules: CompiledRules, text: TextCache): boolean {
  if (!root || p.parentElement === root || !(hasCta(t, rules) || isSignUpSmallPrint(t)) || isProseParagraph(p, t, rules)) return false;
  if (hasOfferTarget(p, rules)) return true;
  let box: Element | null = p.parentElement;
  for (let d = 0; box && box !== root && d < PITCH_BOX_DEPTH; d++, box = box.parentElement) {
    if (box.contains(root) || text.get(box).length > PITCH_BOX) return false;
    if (hasOfferTarget(box, rules) || hasOfferToken(box, rules)) return true;
    const email = box.querySelector(EMAIL_INPUT);
    if (email && !email.closest('form')?.querySelector('input[type="password"]')) return true;
  }
  return false;
}

/**
 * A `figure` with nothing to show (no image, video, chart, table, code or quotation) whose words are a call to
 * action: the "please enable JavaScript, or take our ad-free offer" placeholder some sites set over the body
 * as a figure. Not article media.
 */
function isEmptyPromoFigure(fig: Element, rules: CompiledRules, text: TextCache): boolean {
  return fig.tagName === 'FIGURE' && !fig.querySelector(FIGURE_CONTENT) && hasCta(text.get(fig), rules);
}
const FIGURE_CONTENT = 'img, picture, video, audio, iframe, svg, canvas, object, embed, table, pre, blockquote, math';

function hasCta(text: string, rules: CompiledRules): boolean {
  return rules.kinds.some((k) => k.cta?.test(text));
}

/**
 * Builds the hard guards that beat any score: the headline(s), article paragraphs and figures, long
 * promo-free paragraphs anywhere, prose paragraphs anywhere (see isProseParagraph: they do not depend on the
 * article root being right), and the page skeleton (html, body, main, the article root).
 */
export function buildProtection(doc: Document, root: Element | null, rules: CompiledRules, text: TextCache): Protection {
  // A headline comes with its article: an h1 inside a small dialog is the title of a prompt ("Recevez les
  // alertes…" in a notification modal), not the page's headline.
  const elements: Element[] = [...doc.getElementsByTagName('h1')].filter((h) => !inSmallDialog(h, text));
  if (root) for (const f of root.querySelectorAll('figure, picture, video, [itemprop="image"]')) if (!isEmptyPromoFigure(f, rules, text)) elements.push(f);
  const ps = doc.body ? doc.body.querySelectorAll('p, blockquote, pre') : [];
  const n = Math.min(ps.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const t = text.get(p);
    if (t.length < ROOT_PARAGRAPH) continue;
    const inRoot = !!root && root.contains(p);
    if (t.length >= ALWAYS_PROTECTED) elements.push(p);
    else if (inRoot && (t.length >= ROOT_PROSE || QUOTED.test(t) || !hasCta(t, rules)) && !isBoxedPitch(p, t, root, rules, text)) elements.push(p);
    // Outside the root, a sign-up box's privacy notice or a bulleted contents line is not article prose.
    else if (!inRoot && t.length >= OUTSIDE_PARAGRAPH && !rules.anyPromo.test(t) && !isSignUpSmallPrint(t) && !isPhraseList(t)) elements.push(p);
    // Whatever the root (it may be a wrong wrapper, or missing): prose is never part of a promo box.
    else if (isProseParagraph(p, t, rules)) elements.push(p);
  }
  const skeleton = new Set<Element>([doc.documentElement, ...(doc.body ? [doc.body] : []), ...doc.getElementsByTagName('main')]);
  // Protected elements and every ancestor of one, each with the tag of the (first) protected element it is or
  // holds: blocks() then costs one walk up the ancestors instead of a contains() per protected element.
  const protectedTag = new Map<Element, string>(elements.map((p) => [p, p.tagName.toLowerCase()]));
  const holds = new Map<Element, string>();
  for (const p of elements) {
    const tag = p.tagName.toLowerCase();
    for (let a = p.parentElement; a && !holds.has(a); a = a.parentElement) holds.set(a, tag);
  }

  return {
    elements,
    blocks(el) {
      if (skeleton.has(el)) return 'skeleton';
      if (el.matches('article, [itemprop="articleBody"], [itemprop="articlebody"]') && (!root || el.contains(root))) return 'article-container';
      if (root && (el === root || el.contains(root))) return 'contains-article-root';
      const own = protectedTag.get(el) ?? holds.get(el);
      if (own) return `contains-${own}`;
      for (let a = el.parentElement; a; a = a.parentElement) {
        const tag = protectedTag.get(a);
        if (tag) return `inside-${tag}`;
      }
      return null;
    },
  };
}
