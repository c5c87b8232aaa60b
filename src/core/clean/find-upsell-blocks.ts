import type { UpsellFinding, UpsellKind } from '../types.ts';
import { buildProtection } from './build-protection.ts';
import { collectSeeds } from './collect-seeds.ts';
import { dropShoppingLines } from './drop-shopping-lines.ts';
import { compileRules } from './compile-patterns.ts';
import { findArticleRoot } from './find-article-root.ts';
import { growToBox } from './grow-to-box.ts';
import { inLinkMenu } from './is-link-menu.ts';
import { isOverlay } from './is-overlay.ts';
import { previewOf, scoreUpsellBox } from './score-upsell-box.ts';
import { TextCache } from './text-of.ts';
import { CONSENT_SELECTORS } from './upsell-rules.ts';
import { finishSteps, type Steps } from '../run-steps.ts';

export interface UpsellBlock {
  element: Element;
  finding: UpsellFinding;
}

export interface FindUpsellOptions {
  /** The article's main text container in this document; found here when absent or not in `doc`. */
  articleRoot?: Element | null;
  /** Hard paywall (JSON-LD isAccessibleForFree:false): subscription, meter and registration prompts stay. */
  paywalled: boolean;
  /** Only look inside this subtree (late blocks); the guards still see the whole page. */
  scope?: Element;
}

export const UPSELL_THRESHOLD = 3;
/** Inside the article text, a lone paragraph must be unmistakable. */
const IN_ROOT_THRESHOLD = 4;
/** Kinds that are part of a paywall: never touched when the page is hard-paywalled (no bypass). */
const WALL_KINDS: UpsellKind[] = ['subscribe', 'meter', 'register'];
const MAX_BOXES = 120;
const MAX_OVERLAY_CHECKS = 60;

/** findUpsellBlocks run to the end in one go. */
export function findUpsellBlocks(doc: Document, opts: FindUpsellOptions): UpsellBlock[] {
  return finishSteps(upsellSteps(doc, opts));
}

/**
 * Finds the blocks on a news page that promote the publisher's own offers (subscribe, support, newsletter,
 * meter, app, follow, notifications, register, other promos), each with a kind, a score and the reasons
 * that fired. Hard guards beat any score: never the headline, article paragraphs, figures or anything
 * containing them; never consent (CMP) containers; never wall prompts on a hard-paywalled page; only the
 * outermost block is returned. Does not hide anything (content/ decides).
 * A generator (see run-steps.ts): it pauses after compiling the rules, after the guards and after collecting
 * seeds, the three parts that each took 10–40 ms on corpus news pages. Between the pauses the page may change:
 * a caller that hides the blocks later checks they are still in the page.
 */
export function* upsellSteps(doc: Document, opts: FindUpsellOptions): Steps<UpsellBlock[]> {
  if (!doc.body) return [];
  const rules = compileRules();
  const text = new TextCache();
  const given = opts.articleRoot;
  const root = given && given.ownerDocument === doc && doc.contains(given) ? given : findArticleRoot(doc);
  yield;
  const protection = buildProtection(doc, root, rules, text);
  yield;
  const body = doc.body;
  if (!body) return [];
  const seeds = collectSeeds(opts.scope ?? body, rules, text);
  yield;
  const paywalled = opts.paywalled || seeds.paywallText;
  const consent = CONSENT_SELECTORS.join(', ');

  const boxes = new Set<Element>();
  for (const seed of seeds.elements) {
    if (boxes.size >= MAX_BOXES) break;
    if (seed.closest(consent)) continue;
    const box = growToBox(seed, protection, rules, text);
    if (box) boxes.add(box);
  }

  const accepted: UpsellBlock[] = [];
  let overlayChecks = 0;
  for (const box of boxes) {
    if (box.querySelector(consent) || box.querySelector('input[type="password"]')) continue;
    const t = text.get(box);
    if (!t || t.length > 1200 || rules.consent.test(t.slice(0, 200))) continue;
    // Navigation ("Abonnement" in the menu) is site chrome, not an interruption.
    if (box.closest('nav, [role="navigation"], [role="menubar"], [role="menu"]')) continue;
    // So are link lists in the header or footer ("About · Contact · Subscribe").
    if (box.closest('header, footer, [role="banner"], [role="contentinfo"]') && (box.closest('li') || /^(UL|OL)$/.test(box.tagName))) continue;
    // And menus in plain divs, whatever their tags say, with each of their entries.
    if (inLinkMenu(box, rules, text)) continue;
    const s = scoreUpsellBox(box, rules, text);
    if (s.score >= 2 && overlayChecks < MAX_OVERLAY_CHECKS) {
      overlayChecks++;
      const overlay = isOverlay(box);
      if (overlay) {
        s.score += 1;
        s.reasons.push(`overlay:${overlay}`);
      }
    }
    const inRoot = !!root && root.contains(box);
    // Inside the article text, words alone are not enough: a lone paragraph, or a box without any markup
    // evidence (class token, vendor, form, button, link target), must be unmistakable.
    const markup = s.reasons.some((r) => /^(vendor|class|email-form|button|link):/.test(r) || r === 'email-form');
    const threshold = inRoot && (box.tagName === 'P' || !markup) ? IN_ROOT_THRESHOLD : markup ? UPSELL_THRESHOLD : UPSELL_THRESHOLD + 0.5;
    if (s.score < threshold) continue;
    // Newsletter, follow or app boxes from non-paywall vendors (Mailchimp, Newspack…) are never the wall.
    if (paywalled && (WALL_KINDS.includes(s.kind) || s.vendorMayBePaywall)) continue;
    accepted.push({ element: box, finding: { kind: s.kind, score: Math.round(s.score * 10) / 10, reasons: s.reasons, preview: previewOf(t) } });
  }

  // Outermost only, in document order.
  const outer = accepted.filter((b) => !accepted.some((o) => o !== b && o.element.contains(b.element)));
  return dropShoppingLines(outer.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 /* FOLLOWING */ ? -1 : 1)));
}
