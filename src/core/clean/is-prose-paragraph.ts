import type { CompiledRules } from './compile-patterns.ts';
import { attrText } from './attr-text.ts';

/** Shorter paragraphs are captions, bylines or one-line promos: not judged here. */
export const PROSE_MIN = 100;

// Quoted words ("“We need your support,” the mayor said…", a title in « guillemets ») are someone else's: the
// paragraph is judged on the rest of its text.
const QUOTED = /“[^“”]*”|„[^“”]*[“”]|«[^«»]*»|"[^"]*"/g;

// The paragraph speaks to the reader or for the publisher ("your inbox", "rejoignez nos lecteurs", "erhalten Sie",
// "tu correo"). German formal "Sie/Ihr" only mid-sentence and capitalised (lowercase "sie/ihr" is "they/her").
// (A word set, not a regex: a leading Unicode lookbehind makes V8 try every alternative at every position.)
const ADDRESS_WORDS = new Set(
  (
    'you your yours we our ours vous votre vos nous notre nos tu tes toi du dich dir dein deine deinen wir uns unser unsere ' +
    'unserer unseren unserem tus ti contigo usted ustedes nuestro nuestra nuestros nuestras nosotros voi vostro vostra tuo tua noi nostro nostra'
  ).split(' '),
);
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

const ADDRESS_FORMAL_DE = /[\p{L},;:] (?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)(?![\p{L}\p{N}])/u;
function speaksToReader(t: string): boolean {
  return t.toLowerCase().split(WORD_SPLIT).some((w) => ADDRESS_WORDS.has(w)) || ADDRESS_FORMAL_DE.test(t);
}
// The small print of a sign-up box: privacy notice, unsubscribe, consent.
const SMALL_PRINT = /privacy|unsubscribe|confidentialit|désinscri|désabonne|données personnelles|datenschutz|abmelden|abbestellen|privacidad|darse de baja|datos personales|consent/i;
// Store names are a sales pitch's own words ("Disponible sur l'App Store et Google Play").
const STORES = /app store|google play|play store/i;
// A run of short phrases between bullets ("Billig kontra Apple • Zaubern mit Skripten • HomeKit • …"): a
// table of contents or a tag line, not sentences.
const BULLET = /\s[•·|]\s/;

/** The small print of a sign-up box: a privacy or unsubscribe notice addressed to the reader. */
export function isSignUpSmallPrint(t: string): boolean {
  return SMALL_PRINT.test(t) && speaksToReader(t);
}

/** Four or more short phrases separated by bullets: a list written on one line, not prose. */
export function isPhraseList(t: string): boolean {
  const parts = t.split(BULLET);
  return parts.length >= 4 && t.length / parts.length < 40;
}

/** A call to action this close to the start opens the paragraph: a pitch ("Le Monde abonnements…"). */
const LEAD = 12;

/**
 * Whether a paragraph (`p`, `blockquote`) reads as prose — reporting, not a pitch — so that no block may
 * contain it, whatever the article root. A pitch opens with a call to action, carries an upsell class
 * itself, sits in a form, names an app store, lists bulleted phrases, or speaks to the reader ("your", "vous",
 * "Sie", "tu"…) about an offer or in sign-up small print. Quoted words do not count (reported speech is
 * prose). Judges the paragraph's own text and markup only: its wrapper's class or its neighbours cannot make article text a promo.
 * @param t the paragraph's normalised text
 */
export function isProseParagraph(p: Element, t: string, rules: CompiledRules): boolean {
  if (t.length < PROSE_MIN) return false;
  if (p.closest('form, label, button') || isPhraseList(t)) return false;
  const attrs = attrText(p);
  if (attrs.length > 2 && rules.kinds.some((k) => k.tokens.some((tok) => attrs.includes(tok)))) return false;
  const own = t.replace(QUOTED, ' ').trim();
  for (const k of rules.kinds) {
    const m = k.cta?.exec(own);
    if (m && m.index <= LEAD) return false;
  }
  if (STORES.test(own)) return false;
  return !(speaksToReader(own) && (SMALL_PRINT.test(own) || rules.anyPromo.test(own)));
}
