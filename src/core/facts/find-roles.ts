/**
 * The role of a person named in a sentence: the apposition after the name ("Jensen Huang, fondateur et PDG
 * de Nvidia") or the role phrase right before it ("le PDG d'OpenAI Sam Altman", "Microsoft President Brad Smith").
 */
import { isRoleWord } from './find-names.ts';

const DETERMINER = /^(?:the|a|an|its|le|la|les|l['’]|un|une|son|sa|der|die|das|den|dem|des|ein|eine|einer|el|los|las|lo|uno|una|il|lo|gli|i|su|sus|suo|sua)\s+/i;
const CONNECTOR = /^(?:de|du|des|d['’]\S*|of|at|for|von|der|des|bei|del|de la|di|della|dell['’]\S*|chez|and|et|und|y|e|&|'s|’s)$/i;

/** Role phrase after `name` (which ends at `end` in `sentence`), if it contains a role noun. */
export function roleAfter(sentence: string, end: number): string | undefined {
  const m = /^,\s*([^,;:«»"“”„()]{2,100}?)(?=\s*(?:[,;:)«»"“”„]|\.(?:\s|$)|$))/u.exec(sentence.slice(end));
  if (!m?.[1]) return undefined;
  const phrase = m[1].replace(DETERMINER, '').trim();
  const words = phrase.split(/\s+/);
  if (words.length > 14 || !words.some((w) => isRoleWord(w) || isRoleWord(`${w} ${words[words.indexOf(w) + 1] ?? ''}`))) return undefined;
  // A verb right after the comma ("Huang, who said…") is not a role: the phrase must start with a role-ish word.
  if (/^(?:who|which|qui|que|der|die|das|que|quien|che|il|a|has|had|is|was|est|a été|ist|war|es|fue|è)\b/i.test(phrase)) return undefined;
  return phrase;
}

/** A connector after a role that introduces the role's organisation ("PDG de", "CEO of", "Chef der"). */
const ORG_CONNECTOR = /^(?:de|du|des|of|at|for|von|der|bei|del|di|della|chez|and|et|und|y|e|&|[dl]['’])$/i;
/** A capitalised German adjective in a case ending ("Deutschen", "Europäischen", "Nationalen", "Öffentlichen"). */
const DE_INFLECTED_ADJ = /^\p{Lu}\p{Ll}+(?:schen|lichen|alen|igen)$/u;

/** Role phrase right before a name starting at `start` in `sentence`, if it contains a role noun. */
export function roleBefore(sentence: string, start: number): string | undefined {
  const head = sentence.slice(Math.max(0, start - 120), start);
  const seg = head.split(/[,;:«»"“”„()]|\.\s/).pop() ?? '';
  const words = seg.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  let sawRole = false;
  for (let i = words.length - 1; i >= 0 && kept.length < 8; i--) {
    const w = words[i] ?? '';
    const bare = w.replace(/^[dl]['’]/i, '');
    if (isRoleWord(w)) sawRole = true;
    else if (!(/^\p{Lu}/u.test(bare) || CONNECTOR.test(w) || /^(?:chief|executive|general|senior|vice|deputy|former|ancien|ancienne|ex|directeur|general|managing|co)$/i.test(w))) break;
    kept.unshift(w);
  }
  // "PDG de Nvidia": the name after a connector is the role's organisation, not its holder. So is the name after a
  // connector and an inflected German adjective ("Aufsichtsrat der Deutschen Bank", "Chef der Europäischen Zentralbank").
  const last = kept[kept.length - 1] ?? '';
  if (ORG_CONNECTOR.test(last) || (DE_INFLECTED_ADJ.test(last) && ORG_CONNECTOR.test(kept[kept.length - 2] ?? ''))) return undefined;
  while (kept.length && CONNECTOR.test(kept[0] ?? '')) kept.shift();
  if (!sawRole || !kept.length) return undefined;
  return kept.join(' ');
}
