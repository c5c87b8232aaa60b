import type { CompiledRules } from './compile-patterns.ts';
import { attrText } from './attr-text.ts';

/** Shorter paragraphs are captions, bylines or one-line promos: not judged here. */
export const PROSE_MIN = 100;

// Quoted speech ("“We need your support,” the mayor said…"): a paragraph that quotes someone is reporting.
const QUOTED = /[“”„«»]|"[^"]{3,}"/;

// The paragraph speaks to the reader or for the publisher ("your inbox", "rejoignez nos lecteurs", "erhalten Sie",
// "tu correo"). German formal "Sie/Ihr" only mid-sentence and capitalised (lowercase "sie/ihr" is "they/her").
const ADDRESS = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:you|your|yours|we|our|ours|vous|votre|vos|nous|notre|nos|tu|tes|toi|du|dich|dir|dein|deine|deinen|wir|uns|unser|unsere|unserer|unseren|unserem|tus|ti|contigo|usted|ustedes|nuestro|nuestra|nuestros|nuestras|nosotros|voi|vostro|vostra|tuo|tua|noi|nostro|nostra)(?![\\p{L}\\p{N}])',
  'iu',
);
const ADDRESS_FORMAL_DE = /[\p{L},;:] (?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)(?![\p{L}\p{N}])/u;
// The small print of a sign-up box: privacy notice, unsubscribe, consent.
const SMALL_PRINT = /privacy|unsubscribe|confidentialit|désinscri|désabonne|données personnelles|datenschutz|abmelden|abbestellen|privacidad|darse de baja|datos personales|consent/i;
// Store names are a sales pitch's own words ("Disponible sur l'App Store et Google Play").
const STORES = /app store|google play|play store/i;
/** A call to action this close to the start opens the paragraph: a pitch ("Le Monde abonnements…"). */
const LEAD = 12;

/**
 * Whether a paragraph (`p`, `blockquote`) reads as prose — reporting, not a pitch — so that no block may
 * contain it, whatever the article root. A pitch opens with a call to action, carries an upsell class
 * itself, sits in a form, names an app store, or speaks to the reader ("your", "vous", "Sie", "tu"…) about
 * an offer or in sign-up small print. Quoted speech is prose. Judges the paragraph's own text and markup
 * only: its wrapper's class or its neighbours cannot make article text a promo.
 * @param t the paragraph's normalised text
 */
export function isProseParagraph(p: Element, t: string, rules: CompiledRules): boolean {
  if (t.length < PROSE_MIN) return false;
  if (QUOTED.test(t)) return true;
  if (p.closest('form, label, button')) return false;
  const own = attrText(p);
  if (own.length > 2 && rules.kinds.some((k) => k.tokens.some((tok) => own.includes(tok)))) return false;
  for (const k of rules.kinds) {
    const m = k.cta?.exec(t);
    if (m && m.index <= LEAD) return false;
  }
  if (STORES.test(t)) return false;
  const speaks = ADDRESS.test(t) || ADDRESS_FORMAL_DE.test(t);
  return !(speaks && (rules.anyPromo.test(t) || SMALL_PRINT.test(t)));
}
