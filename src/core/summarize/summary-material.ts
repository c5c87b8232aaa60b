import type { Lang } from '../types.ts';
import { contentWords, tokenize } from '../text/tokens.ts';
import { foldedPattern } from '../text/letter-class.ts';
import { foldCase } from '../facts/word-list.ts';

/** Below this many words a sentence is a fragment, a dateline or a caption, not a summary. */
const MIN_WORDS = 6;

/** Cross-references and calls to action that Readability sometimes keeps inside the article body. */
const PROMO = new RegExp(
  [
    String.raw`^(?:read|see) (?:more|also)\b`, String.raw`^related\s*:`, String.raw`^click here\b`, String.raw`^sign up\b`,
    String.raw`^subscribe\b`, String.raw`^follow us\b`, String.raw`^watch\s*:`, String.raw`^listen\s*:`,
    String.raw`^(?:à )?lire aussi\b`, String.raw`^(?:à )?voir aussi\b`, String.raw`^lire la suite\b`, String.raw`^abonnez-vous\b`,
    String.raw`^inscrivez-vous\b`, String.raw`^retrouvez\b`, String.raw`^suivez-nous\b`, String.raw`^écouter\s*:`,
    String.raw`^lesen sie (?:auch|mehr)\b`, String.raw`^mehr zum thema\b`, String.raw`^auch interessant\b`, String.raw`^jetzt abonnieren\b`,
    String.raw`^lee (?:también|más)\b`, String.raw`^leer más\b`, String.raw`^te puede interesar\b`, String.raw`^suscríbete\b`,
    String.raw`^leggi (?:anche|di più)\b`, String.raw`^potrebbe interessarti\b`, String.raw`^iscriviti\b`,
    // Advertiser disclosures on review and deals pages.
    String.raw`\breceives? compensation\b`, String.raw`\baffiliate (?:links?|commissions?)\b`, String.raw`\bwe may earn (?:a )?commission\b`,
  ].join('|'),
  'iu',
);
/** PROMO for lowercased text, without the 'iu' flags (slow for V8 to compile on a fresh page). */
const PROMO_FOLDED = foldedPattern(PROMO);

/** Photo credits, captions and timestamps ("Photo : AFP", "© Reuters", "Publié le …"). */
const CREDIT = new RegExp(
  [
    String.raw`©`, String.raw`\bgetty images\b`, String.raw`\bafp photo\b`,
    String.raw`\b(?:photo|foto|bild|image|picture|pic|crédit|credit|illustration)s?\s*:`,
    String.raw`^(?:published|updated|posted|publié|mis à jour|modifié|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)\b`,
    // A timestamp glued to the lead: "Par la rédaction · Publié le 4 novembre 2019 à 10h52 Un mois plus tard…".
    String.raw`\b(?:published|updated|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)(?: (?:le|on|am|el|il))? \d{1,2}[ .]`,
  ].join('|'),
  'iu',
);
const CREDIT_FOLDED = foldedPattern(CREDIT);
/** A byline on its own ("By Jane Doe", "Par Marie Dupont |"); only tried after BYLINE_START, so rarely compiled. */
const BYLINE = /^(?:by|par|von|por|di|de)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*[,|]?\s*$/iu;
const BYLINE_START = /^(?:by|par|von|por|di|de)\s/;

/** PROMO or CREDIT: on the lowercased text (foldCase) when lowercasing keeps its length. */
function isPromoOrCredit(text: string): boolean {
  const lower = foldCase(text);
  if (lower === undefined) return PROMO.test(text) || CREDIT.test(text) || BYLINE.test(text);
  return PROMO_FOLDED.test(lower) || CREDIT_FOLDED.test(lower) || (BYLINE_START.test(lower) && BYLINE.test(text));
}

/**
 * A sentence ends with a stop, question or exclamation mark, maybe inside quotes or brackets. Text without
 * one is a heading, a caption or a list item that Readability kept.
 */
const TERMINAL = /[.!?…]["'»”’)\]]*\s*$/u;

/** Code left in the text by a scrape (player embeds, tracking snippets). */
const CODE = /[{}]|\bwindow\.|\bfunction\s*\(|=>|\bvar\s+\w+\s*=|\bnew\s+[A-Z]\w*\(/;

/** Quotation spans: « … », “ … ”, „ … “, " … ". */
const QUOTED = /«[^»]*»|“[^”“]*[”“]|„[^“”]*[“”]|"[^"]*"/gu;

/** Share of the sentence's characters inside quotation marks (0–1). */
export function quotedShare(sentence: string): number {
  const quoted = sentence.match(QUOTED);
  if (!quoted || !sentence.length) return 0;
  return quoted.reduce((n, q) => n + q.length, 0) / sentence.length;
}

/**
 * True when the sentence is mostly a quotation, with no more than a "he said" around it. A summary should
 * state facts in the article's voice, not lift someone's words out of context.
 */
function isQuoteOnly(sentence: string, lang: Lang): boolean {
  return quotedShare(sentence) > 0.6 && contentWords(sentence.replace(QUOTED, ' '), lang).length <= 3;
}

/**
 * Whether a sentence may appear in a TL;DR: not a fragment, question, heading or caption (no final
 * punctuation), byline, timestamp, credit, "read more" link, advertiser disclosure, code or bare quotation.
 */
export function isSummaryMaterial(sentence: string, lang: Lang): boolean {
  const text = sentence.trim();
  if (tokenize(text, lang, MIN_WORDS).length < MIN_WORDS) return false;
  if (/[?¿]\s*[»”"'’)]*\s*$/u.test(text) || !TERMINAL.test(text)) return false;
  if (isPromoOrCredit(text) || CODE.test(text)) return false;
  return !isQuoteOnly(text, lang);
}
