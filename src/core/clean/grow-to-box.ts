import type { CompiledRules } from './compile-patterns.ts';
import type { Protection } from './build-protection.ts';
import type { TextCache } from './text-of.ts';

const MAX_BOX_TEXT = 1200;
const LOGIN = /^(?:se connecter|connexion|log ?in|sign ?in|einloggen|anmelden|mein konto|mon compte|my account|iniciar sesi[óo]n|inicia sesi[óo]n|ingresar|entrar|accedi|accedere)$/i;

/** A login/account link in `parent` outside `box`. */
function hasLoginLink(parent: Element, box: Element, text: TextCache): boolean {
  for (const a of parent.querySelectorAll('a, button')) {
    if (box.contains(a)) continue;
    const t = text.get(a);
    if (t.length <= 20 && LOGIN.test(t)) return true;
  }
  return false;
}
const LANDMARK = /^(HEADER|NAV|FOOTER|MAIN|ARTICLE|BODY|HTML)$/;
const SENTENCE_END = /[.!?…»“"]$/;

/**
 * `item` is one entry of a list whose other entries are sentences (40+ chars, ending like a sentence): a pitch
 * tacked onto the end of an article's bulleted list. The list is content; only the item is the box. Lists of
 * offer benefits ("Unlimited access", "No ads") are short phrases and still grow.
 */
function isItemOfProseList(item: Element, list: Element, text: TextCache): boolean {
  if (item.tagName !== 'LI' || (list.tagName !== 'UL' && list.tagName !== 'OL')) return false;
  for (const other of list.children) {
    if (other === item || other.tagName !== 'LI') continue;
    const t = text.get(other);
    if (t.length >= 40 && SENTENCE_END.test(t) && !other.querySelector('a')) return true;
  }
  return false;
}

/**
 * Grows a seed (a form, a call-to-action link, a token-bearing element) to the box a reader sees: climbs
 * while the parent adds little text (a wrapper, a heading, a short description), and stops at protected
 * content, at landmarks (header/nav/footer/main/article), at related-article blocks, or at 1,200 chars.
 * @returns the grown box, or null when the seed itself is protected.
 */
export function growToBox(seed: Element, protection: Protection, rules: CompiledRules, text: TextCache): Element | null {
  if (protection.blocks(seed)) return null;
  let box = seed;
  for (let depth = 0; depth < 8; depth++) {
    const parent = box.parentElement;
    if (!parent || LANDMARK.test(parent.tagName)) break;
    const role = parent.getAttribute('role');
    if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'main') break;
    const pl = text.get(parent).length;
    const bl = text.get(box).length;
    if (pl > MAX_BOX_TEXT) break;
    if (isItemOfProseList(box, parent, text)) break;
    // A link is part of its paragraph's sentence: the paragraph is the least a reader sees (the guards still
    // apply to it below).
    const wrapper = pl <= bl + 40 || (parent.tagName === 'P' && box.tagName === 'A');
    if (!wrapper) {
      if (pl > bl * 1.5 + 200) break;
      // A parent that also holds a "related articles" block or a list of links is a section, not our box.
      if (text.test(parent, rules.related) && !text.test(box, rules.related)) break;
      let outsideLinks = 0;
      for (const a of parent.getElementsByTagName('a')) if (!box.contains(a) && text.get(a).length > 1) outsideLinks++;
      if (outsideLinks > 1) break;
    }
    // Never swallow site navigation or the account links next to a subscribe button.
    if (parent.querySelector('nav, [role="navigation"]') && !box.querySelector('nav, [role="navigation"]')) break;
    if (hasLoginLink(parent, box, text)) break;
    if (protection.blocks(parent)) break;
    box = parent;
  }
  return box;
}
