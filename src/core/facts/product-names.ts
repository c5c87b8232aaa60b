/**
 * Products, models and platforms look like organisations to the capitalisation pass ("NVIDIA A100", "Tesla
 * Model Y", "la plateforme Vera Rubin de Nvidia", "ChatGPT"), but they are things a party makes or runs, not parties.
 * Three shapes, none tied to a name list: a model number, a party's name followed by a model name, and a name that
 * only ever appears as something belonging to a party ("X de Nvidia") or next to it.
 */
import type { Entity } from './entity-table.ts';
import { nameKey } from './entity-table.ts';

/** "A100", "H100", "737", "S24", "GPT-4", "3": a model or version number (letters optional, at least one digit). */
const MODEL_TOKEN = /^(?:\p{L}{0,4}-?\d[\p{L}\p{N}-]*|\d+)$/u;

/** The last word is a model number: "NVIDIA A100", "Airbus A320", "Model 3", "Galaxy S24". */
export function hasModelNumber(e: Pick<Entity, 'tokens'>): boolean {
  const last = e.tokens[e.tokens.length - 1] ?? '';
  return e.tokens.length >= 2 && MODEL_TOKEN.test(last);
}

/**
 * "Tesla Model Y", "VW Golf", "NVIDIA A100": the name starts with another entity's whole name (a party) and adds
 * words of its own, and nothing in the text says it is a company or a person in its own right.
 */
export function isPartyProduct(e: Entity, others: readonly Entity[]): boolean {
  if (e.tokens.length < 2 || e.personCues > 0 || e.speaker > 0 || e.inTitle || e.inAbout) return false;
  for (let n = e.tokens.length - 1; n >= 1; n--) {
    const head = nameKey(e.tokens.slice(0, n).join(' '));
    // "Fondation de France", "Bank of America": a particle after the head makes one institution's name.
    if (/^(?:de|du|des|del|della|di|da|von|van|der|of|for|&|y|e|la|le)$/i.test(e.tokens[n] ?? '')) continue;
    const owner = others.find((o) => o !== e && o.key === head);
    // The owner is the better-attested name: written on its own at least as often as the product.
    if (owner && owner.personCues === 0 && owner.mentions >= e.mentions) return true;
  }
  return false;
}

/** The leading parties' names, lowercased, for belongsToParty. */
export interface PartyMatcher {
  names: string[];
}

/** Prepares `parties` (names as written) for belongsToParty; null when there are none. */
export function partyMatcher(parties: readonly string[]): PartyMatcher | null {
  const names = parties.map((p) => p.toLowerCase()).filter(Boolean);
  return names.length ? { names } : null;
}

/** Prepositions of belonging, lowercased, longest first ("de la" before "de"). */
const OF_WORDS = ['della', 'de la', 'dell’', "dell'", 'von', 'vom', 'del', 'de', 'of', 'di', "d'", 'd’'];
const LETTER = /\p{L}/u;
const SPACE = /\s/;
const isLetter = (c: string | undefined): boolean => c !== undefined && c !== '' && LETTER.test(c);

/** Whether a party name starts `s` (lowercased) at `at` as a whole word. */
function nameAt(s: string, at: number, names: readonly string[]): boolean {
  return names.some((n) => s.startsWith(n, at) && !isLetter(s[at + n.length]));
}

/** Whether a party name occurs in `s` (lowercased) as a whole word, outside [from, to). */
function nameIn(s: string, names: readonly string[], from: number, to: number): boolean {
  for (const n of names) {
    for (let at = s.indexOf(n); at >= 0; at = s.indexOf(n, at + 1)) {
      if (at + n.length > from && at < to) continue;
      if (!isLetter(s[at - 1]) && !isLetter(s[at + n.length])) return true;
    }
  }
  return false;
}

/**
 * How `name` is written against the leading parties: `owned` when every mention is "<name> de/of/von <party>"
 * ("la plateforme Vera Rubin de Nvidia"), `withParty` when every mention's sentence also names a party. Both false
 * when `name` does not occur in `sentences` as written. String scans, no patterns: compiling per-article regexes
 * cost more than the rest of the party ranking on a fresh page.
 */
export function belongsToParty(name: string, m: PartyMatcher | null, sentences: readonly string[]): { owned: boolean; withParty: boolean } {
  if (!m || !name) return { owned: false, withParty: false };
  let seen = 0;
  let owned = 0;
  let withParty = 0;
  for (const s of sentences) {
    let lower: string | undefined;
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) {
      if (isLetter(s[at - 1]) || isLetter(s[at + name.length])) continue;
      seen++;
      lower ??= s.toLowerCase();
      const end = at + name.length;
      // One or more spaces, a preposition of belonging, optional spaces, a party name.
      let i = end;
      while (i < lower.length && SPACE.test(lower[i] ?? '')) i++;
      if (i > end) {
        const of = OF_WORDS.find((w) => lower!.startsWith(w, i) && (w.endsWith("'") || w.endsWith('’') || !isLetter(lower![i + w.length])));
        if (of) {
          let j = i + of.length;
          while (j < lower.length && SPACE.test(lower[j] ?? '')) j++;
          if (nameAt(lower, j, m.names)) owned++;
        }
      }
      if (nameIn(lower, m.names, at, end)) withParty++;
    }
  }
  return { owned: seen > 0 && owned === seen, withParty: seen > 0 && withParty === seen };
}

/** Nouns that introduce a product, model or platform by name ("le supercalculateur DGX", "les modèles GPT", "the chatbot Claude"), five languages, lowercase. */
const PRODUCT_NOUNS = new Set([
  'modèle', 'modèles', 'model', 'models', 'modell', 'modelle', 'modelo', 'modelos', 'modello', 'modelli',
  'plateforme', 'platform', 'plattform', 'plataforma', 'piattaforma', 'puce', 'puces', 'chip', 'chips', 'processeur', 'processor', 'prozessor', 'procesador', 'processore',
  'supercalculateur', 'supercomputer', 'supercomputador', 'supercomputadora', 'application', 'app', 'appli', 'logiciel', 'software', 'smartphone', 'téléphone', 'phone', 'handy', 'teléfono', 'telefono',
  'console', 'konsole', 'consola', 'chatbot', 'assistant', 'assistent', 'asistente', 'assistente', 'robot', 'roboter', 'jeu', 'game', 'spiel', 'juego', 'gioco',
  'voiture', 'car', 'auto', 'coche', 'avion', 'aircraft', 'jet', 'flugzeug', 'avión', 'aereo', 'fusée', 'rocket', 'rakete', 'cohete', 'razzo', 'gamme', 'série', 'series', 'serie', 'baureihe',
  'système', 'system', 'sistema', 'outil', 'tool', 'werkzeug', 'herramienta', 'strumento', 'carte', 'karte', 'tarjeta', 'scheda', 'gpu', 'gpus', 'cpu',
]);

/** Every mention of `name` comes right after a product noun ("la nouvelle plateforme Vera Rubin", "les modèles GPT"). */
export function afterProductNoun(name: string, sentences: readonly string[]): boolean {
  let seen = 0;
  for (const s of sentences) {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) {
      // Only whole-word mentions ("GPT" inside "ChatGPT" is another name).
      if (isLetter(s[at - 1]) || isLetter(s[at + name.length])) continue;
      seen++;
      const before = s.slice(Math.max(0, at - 30), at);
      const last = /([\p{L}-]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
      if (!last || !PRODUCT_NOUNS.has(last)) return false;
    }
  }
  return seen > 0;
}
