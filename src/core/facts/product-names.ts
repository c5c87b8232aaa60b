/**
 * Products, models and platforms look like organisations to the capitalisation pass ("NVIDIA A100", "Tesla
 * Model Y", "la plateforme Vera Rubin de Nvidia", "ChatGPT"), but they are things a party makes or runs, not parties.
 * Three shapes, none tied to a name list: a model number, a party's name followed by a model name, and a name that
 * only ever appears as something belonging to a party ("X de Nvidia") or next to it.
 */
import type { Entity } from './entity-table.ts';
import { nameKey } from './entity-table.ts';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/** Patterns for "<name> de/of <party>" and "<party>" anywhere, built once per article (see belongsToParty). */
export interface PartyMatcher {
  of: RegExp;
  any: RegExp;
}

/** Compiles the patterns for `parties` (names as written); null when there are none. */
export function partyMatcher(parties: readonly string[]): PartyMatcher | null {
  if (!parties.length) return null;
  const alt = parties.map(esc).join('|');
  return {
    of: new RegExp(`^\\s+(?:de|d['’]|of|von|vom|del|de la|di|della|dell['’])\\s*(?:${alt})(?![\\p{L}])`, 'iu'),
    any: new RegExp(`(?<![\\p{L}])(?:${alt})(?![\\p{L}])`, 'iu'),
  };
}

/**
 * How `name` is written against the leading parties: `owned` when every mention is "<name> de/of/von <party>"
 * ("la plateforme Vera Rubin de Nvidia"), `withParty` when every mention's sentence also names a party. Both false
 * when `name` does not occur in `sentences` as written.
 */
export function belongsToParty(name: string, m: PartyMatcher | null, sentences: readonly string[]): { owned: boolean; withParty: boolean } {
  if (!m || !name) return { owned: false, withParty: false };
  let seen = 0;
  let owned = 0;
  let withParty = 0;
  for (const s of sentences) {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) {
      seen++;
      const end = at + name.length;
      if (m.of.test(s.slice(end, end + 60))) owned++;
      // The party named elsewhere in the sentence (the mention itself blanked: "OpenAI" inside "OpenAI Labs").
      if (m.any.test(`${s.slice(0, at)} ${s.slice(end)}`)) withParty++;
    }
  }
  return { owned: seen > 0 && owned === seen, withParty: seen > 0 && withParty === seen };
}
