import type { UpsellFinding, UpsellKind } from '../types.ts';
import type { CompiledRules } from './compile-patterns.ts';
import { attrText } from './attr-text.ts';
import { VENDOR_SELECTORS } from './upsell-rules.ts';
import type { TextCache } from './text-of.ts';

/** Elements examined per box for tokens, links and forms: promo boxes are small. */
const MAX_DESCENDANTS = 150;

export interface BoxScore {
  kind: UpsellKind;
  score: number;
  reasons: string[];
  /** Vendor selector matched (e.g. Piano). */
  vendor?: string;
  /** That vendor also runs hard paywalls (Piano, Poool…): its box stays on a paywalled page. */
  vendorMayBePaywall?: boolean;
}

// A box that talks about a newsletter, an inbox or an e-mail address is a newsletter sign-up even when its
// verb is "subscribe" / "suscribite" / "abonnez-vous" — unless it also sells something (a price, a
// discount, "unlimited access"). A newsletter box is never a paywall prompt.
const NEWSLETTER_WORDS = /newsletter|bolet[íi]n|infolettre|lettre d[’']information|\binbox\b|e-?mail|courriel|postfach|correo/i;
const SELLS = /[$£€]|\d\s?(?:€|eur\b|euros?\b|dollars?\b|%)|unlimited|illimit|ilimitad|unbegrenzt|full access|accès (?:complet|illimité)|abo(?:nnement)? (?:numérique|digital)|digital subscription|paid/i;
// Follow prompts that name a messaging or social platform are unambiguous ("Rejoignez notre chaîne WhatsApp").
const PLATFORM = /whatsapp|telegram|google (?:news|actualités|noticias|notizie)|instagram|tiktok|threema|signal-kanal|youtube|facebook|linkedin|bluesky|mastodon|\bx\b \(twitter\)/i;

const EMPHASIS = /^(B|STRONG|I|EM)$/;

/**
 * All of a short box's text is bold or italic: set apart from the story the way editors set their notes and
 * pitches ("Sign up to our weekly brief here…" in bold italics at the end of the body).
 */
function isSetApart(box: Element): boolean {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  let any = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.nodeValue ?? '').trim()) continue;
    let el = n.parentElement;
    while (el && el !== box && !EMPHASIS.test(el.tagName.toUpperCase())) el = el.parentElement;
    if (!el || el === box) return false;
    any = true;
  }
  return any;
}

function isEmailForm(box: Element): boolean {
  // A login (password) or a comment/contact form (text area) asks for an e-mail too.
  if (box.querySelector('input[type="password"], textarea')) return false;
  return !!box.querySelector('input[type="email"], input[name*="mail" i], input[placeholder*="mail" i], input[placeholder*="@"]');
}

/**
 * Scores one candidate box per kind of upsell, from its own words and markup: class/id tokens, calls to
 * action (stronger when they dominate a short block), link targets, e-mail forms, vendor markers; minus
 * editorial signs (a "related articles" heading, a list of article links). The best kind wins.
 */
export function scoreUpsellBox(box: Element, rules: CompiledRules, text: TextCache): BoxScore {
  const vendor = VENDOR_SELECTORS.find((v) => box.matches(v.sel) || box.querySelector(v.sel));
  const t = text.get(box);
  const len = t.length;
  const descendants = [box, ...Array.from(box.querySelectorAll('*')).slice(0, MAX_DESCENDANTS)];
  const attrs = descendants.map(attrText).join(' ');
  const links = descendants.filter((e) => e.tagName === 'A' || e.tagName === 'BUTTON' || e.getAttribute('role') === 'button');
  // Where the box sends the reader: links and buttons, and forms (a donation form posts to /support…).
  const targets = [...links, ...descendants.filter((e) => e.tagName === 'FORM')];
  const emailForm = isEmailForm(box);
  const ctaWeight = len <= 250 ? 2 : len <= 600 ? 1.5 : 0.75;

  let setApart: boolean | undefined;
  let best: BoxScore = { kind: 'promo-other', score: -Infinity, reasons: [] };
  let newsletter: BoxScore | null = null;
  let support: BoxScore | null = null;
  for (const k of rules.kinds) {
    let score = 0;
    const reasons: string[] = [];
    const add = (w: number, why: string) => {
      score += w;
      reasons.push(why);
    };
    if (vendor?.kind === k.kind) add(3, `vendor:${vendor.vendor}`);
    const token = k.tokens.find((tok) => attrs.includes(tok));
    if (token) add(2, `class:${token}`);
    else {
      const weak = k.weakTokens.find((tok) => attrs.includes(tok));
      if (weak) add(0.5, `class~${weak}`);
    }
    const cta = k.cta ? t.match(k.cta) : null;
    if (cta) {
      // Meter wording ("you've read 3 of 5 free articles") is unambiguous on its own.
      add(k.kind === 'meter' ? ctaWeight + 1 : ctaWeight, `text:"${cta[0]}"`);
      // A box that opens with its call to action is a promo card, not prose that mentions one.
      if ((cta.index ?? 99) < 40 && len <= 400) add(1, 'leads-with-cta');
      const more = k.ctaAll ? new Set(Array.from(t.matchAll(k.ctaAll), (m) => m[0].toLowerCase())).size - 1 : 0;
      if (more > 0) add(Math.min(1, more * 0.5), `more-cta:${more}`);
      if (len <= 400 && (setApart ??= isSetApart(box))) add(0.5, 'set-apart');
    } else {
      const hint = k.hint ? t.match(k.hint) : null;
      if (hint) add(0.5, `word:"${hint[0]}"`);
    }
    for (const a of links) {
      const lt = text.get(a);
      if (k.cta && lt.length <= 80 && text.test(a, k.cta)) {
        add(1, `button:"${lt.slice(0, 40)}"`);
        break;
      }
    }
    if (k.links) {
      for (const a of targets) {
        const href = a.getAttribute('href') ?? a.getAttribute('action') ?? '';
        if (href && k.links.test(href)) {
          add(1.5, `link:${href.slice(0, 60)}`);
          break;
        }
      }
    }
    if (k.kind === 'newsletter' && emailForm) add(2.5, 'email-form');
    if (k.kind === 'follow' && cta && len <= 300 && PLATFORM.test(t)) add(1, 'names-platform');
    if (score > best.score) best = { kind: k.kind, score, reasons };
    if (k.kind === 'newsletter') newsletter = { kind: k.kind, score, reasons };
    if (k.kind === 'support' && cta) support = { kind: k.kind, score, reasons };
  }
  // "We need your support… become a member": an appeal in the reader's words is a support appeal, not the
  // wall, even when its button sells a membership.
  if (best.kind === 'subscribe' && support && support.score >= best.score - 0.5 && !SELLS.test(t)) {
    const markup = best.reasons.filter((r) => /^(button|link):/.test(r) && !support!.reasons.includes(r));
    best = { kind: 'support', score: Math.max(best.score, support.score), reasons: [...support.reasons, ...markup, 'appeal-not-wall'] };
  }
  if ((best.kind === 'subscribe' || best.kind === 'register') && newsletter && newsletter.score > 0 && len <= 600) {
    if ((emailForm || NEWSLETTER_WORDS.test(t)) && !SELLS.test(t)) {
      best = { kind: 'newsletter', score: Math.max(best.score, newsletter.score), reasons: [...best.reasons, 'newsletter-not-wall'] };
    }
  }

  // Editorial recirculation is not upsell: a "related" heading, or several article links.
  const head = t.slice(0, 60);
  if (rules.related.test(head)) {
    best.score -= 3;
    best.reasons.push('related-heading(-3)');
  }
  let articleLinks = 0;
  for (const a of links) {
    const lt = text.get(a);
    if (lt.length >= 30 && !text.test(a, rules.anyPromo)) articleLinks++;
  }
  if (articleLinks >= 3) {
    best.score -= 2;
    best.reasons.push(`article-links:${articleLinks}(-2)`);
  }
  if (len > 800) {
    best.score -= 1;
    best.reasons.push('long(-1)');
  }
  if (vendor) {
    best.vendor = vendor.vendor;
    if (vendor.mayBePaywall) best.vendorMayBePaywall = true;
  }
  return best;
}

/** First ~80 characters of a block's text, for the "show again" list. */
export function previewOf(t: string): string {
  return t.length > 80 ? t.slice(0, 79) + '…' : t;
}

export type { UpsellFinding };
