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

/**
 * A pitch set in its own box inside the article root ("Cet article est paru dans notre newsletter… vous pouvez
 * vous inscrire en suivant ce lien"): not prose (it speaks to the reader about an offer), not a direct child of
 * the root, and it links to the offer itself (a newsletter, subscribe, app… target).
 */
function isBoxedPitch(p: Element, t: string, root: Element | null, rules: CompiledRules): boolean {
  if (!root || p.parentElement === root || !hasCta(t, rules) || isProseParagraph(p, t, rules)) return false;
  for (const a of p.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (rules.kinds.some((k) => k.links?.test(href))) return true;
  }
  return false;
}

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
  if (root) elements.push(...root.querySelectorAll('figure, picture, video, [itemprop="image"]'));
  const ps = doc.body ? doc.body.querySelectorAll('p, blockquote, pre') : [];
  const n = Math.min(ps.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const t = text.get(p);
    if (t.length < ROOT_PARAGRAPH) continue;
    const inRoot = !!root && root.contains(p);
    if (t.length >= ALWAYS_PROTECTED) elements.push(p);
    else if (inRoot && (t.length >= ROOT_PROSE || QUOTED.test(t) || !hasCta(t, rules)) && !isBoxedPitch(p, t, root, rules)) elements.push(p);
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
