import type { CompiledRules } from './compile-patterns.ts';
import type { TextCache } from './text-of.ts';

/** Fewer entries than this is a pitch with its buttons ("Subscribe · Log in · Close"), not a menu. */
const MIN_ENTRIES = 5;
/** Share of the box's text inside its links and buttons from which it reads as a list of links. */
const MIN_LINK_SHARE = 0.6;
/** A box that names a price or a plan sells something, however many links it has (a plan table). */
const SELLS = /[$£€]|\d\s?(?:€|eur\b|euros?\b|dollars?\b)|\/\s?(?:mois|month|monat|mes|mese)\b/i;
const PLATFORM = /whatsapp|telegram|google (?:news|actualités|noticias|notizie)|instagram|tiktok|youtube|facebook|linkedin|bluesky|mastodon|threads|twitter|^x$/i;

/** `el` sits in another link or button within `box` (walks only up to `box`: pages nest thousands deep). */
function insideEntry(el: Element, box: Element): boolean {
  for (let p = el.parentElement; p && p !== box; p = p.parentElement) if (p.tagName === 'A' || p.tagName === 'BUTTON') return true;
  return false;
}

/**
 * The box is site navigation that happens to carry one offer ("Politique · Économie · … · S'abonner", a
 * footer's "Contact · Annonceurs · Abonnement · Newsletters"): five or more links or buttons, most of the box's
 * text is theirs, it names no price, and at most a third of them are calls to action, offer links or social
 * platforms. Such a header, toolbar or footer is how the reader gets around the site; hiding it for its one
 * "Subscribe" entry takes the whole menu away. Follow-us bars (all platforms) and plan tables (prices) still
 * count as upsell.
 */
export function isLinkMenu(box: Element, rules: CompiledRules, text: TextCache): boolean {
  const boxText = text.get(box);
  if (!boxText || SELLS.test(boxText)) return false;
  let entries = 0;
  let promo = 0;
  let linkChars = 0;
  for (const el of box.querySelectorAll('a, button')) {
    // A button inside a link (or the reverse) is one entry.
    if (insideEntry(el, box)) continue;
    const t = text.get(el);
    if (t.length < 2) continue;
    entries++;
    linkChars += t.length;
    const href = el.getAttribute('href') ?? '';
    if (PLATFORM.test(t) || rules.kinds.some((k) => (k.cta && text.test(el, k.cta)) || (k.links && href && k.links.test(href)))) promo++;
  }
  return entries >= MIN_ENTRIES && linkChars >= MIN_LINK_SHARE * boxText.length && promo * 3 <= entries;
}

/** Levels climbed to find the menu an entry belongs to (entry → item → list → bar). */
const MENU_DEPTH = 4;
/** A lone entry is a short label ("Newsletter", "S'abonner"), not a box with its own pitch. */
const MAX_ENTRY_TEXT = 40;

/**
 * The box is a link menu, or one lone entry of one (a "Newsletter" link among the sections). Only a short box
 * with at most one link looks for its menu: a newsletter box in a sidebar full of links is still a box.
 */
export function inLinkMenu(box: Element, rules: CompiledRules, text: TextCache): boolean {
  if (isLinkMenu(box, rules, text)) return true;
  if (text.get(box).length > MAX_ENTRY_TEXT || box.querySelectorAll('a, button').length > 1 || box.querySelector('form, input')) return false;
  let el = box.parentElement;
  for (let depth = 0; el && depth < MENU_DEPTH; depth++, el = el.parentElement) {
    if (el.tagName === 'BODY' || text.get(el).length > 1200) return false;
    if (isLinkMenu(el, rules, text)) return true;
  }
  return false;
}
