/**
 * Qualifier words that precede a quantity ("up to", "jusqu'à", "bis zu"…), per language.
 */
import type { AmountQualifier, Lang } from '../types.ts';

type Table = Array<[AmountQualifier, string[]]>;

const TABLES: Record<Lang, Table> = {
  en: [
    ['up-to', ['up to', 'as much as', 'as many as', 'a maximum of', 'at most']],
    ['about', ['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'an estimated', 'close to', 'approx.', 'circa']],
    ['more-than', ['more than', 'over', 'at least', 'upwards of', 'in excess of', 'above']],
    ['less-than', ['less than', 'under', 'fewer than', 'below', 'no more than']],
  ],
  fr: [
    ['up-to', ["jusqu'à", 'pouvant atteindre', 'pouvant aller jusqu’à', "pouvant aller jusqu'à", 'au maximum', 'au plus']],
    ['about', ['environ', 'près de', 'quelque', 'quelques', 'autour de', 'à peu près', 'approximativement', 'presque', 'en moyenne']],
    ['more-than', ['plus de', 'au moins', 'au-delà de', 'supérieur à', 'supérieure à', 'dépassant']],
    ['less-than', ['moins de', 'inférieur à', 'inférieure à']],
  ],
  de: [
    ['up-to', ['bis zu', 'maximal', 'höchstens']],
    ['about', ['rund', 'etwa', 'ca.', 'circa', 'knapp', 'fast', 'annähernd', 'ungefähr', 'gut']],
    ['more-than', ['mehr als', 'über', 'mindestens']],
    ['less-than', ['weniger als', 'unter']],
  ],
  es: [
    ['up-to', ['hasta', 'como máximo']],
    ['about', ['unos', 'unas', 'alrededor de', 'cerca de', 'aproximadamente', 'casi', 'en torno a', 'aprox.']],
    ['more-than', ['más de', 'al menos', 'por lo menos', 'superior a']],
    ['less-than', ['menos de', 'inferior a']],
  ],
  it: [
    ['up-to', ['fino a', 'al massimo']],
    ['about', ['circa', 'quasi', 'intorno a', 'attorno a', 'approssimativamente', 'poco meno di']],
    ['more-than', ['oltre', 'più di', 'almeno', 'superiore a']],
    ['less-than', ['meno di', 'inferiore a']],
  ],
};

const cache = new Map<Lang, Array<[AmountQualifier, RegExp]>>();

function compiled(lang: Lang): Array<[AmountQualifier, RegExp]> {
  let c = cache.get(lang);
  if (!c) {
    c = TABLES[lang].map(([q, words]) => {
      const alt = words
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/ /g, '\\s+'))
        .join('|');
      // The qualifier must end right before the quantity (only a space or a currency sign between).
      return [q, new RegExp(`(?:^|[^\\p{L}])(?:${alt})\\s*$`, 'iu')] as [AmountQualifier, RegExp];
    });
    cache.set(lang, c);
  }
  return c;
}

const lastWordsCache = new Map<Lang, string[]>();
const apostrophes = (s: string): string => s.replace(/’/g, "'");

/** The last word of every qualifier of `lang`, lowercased, apostrophes as "'". */
function lastWords(lang: Lang): string[] {
  let w = lastWordsCache.get(lang);
  if (!w) {
    w = [...new Set(TABLES[lang].flatMap(([, words]) => words.map((x) => apostrophes(x.toLowerCase()).split(' ').pop() ?? '')))];
    lastWordsCache.set(lang, w);
  }
  return w;
}

/** Qualifier of the quantity that starts right after `before` (the text preceding it), 'exact' if none. */
export function qualifierBefore(before: string, lang: Lang): AmountQualifier {
  const tail = before.slice(-40);
  // Every qualifier regex ends "\s*$", which the engine tries from each start position: most quantities have no
  // qualifier, so first ask whether the text before them ends with a qualifier's last word at all.
  const end = apostrophes(tail.trimEnd().toLowerCase());
  if (!lastWords(lang).some((w) => end.endsWith(w))) return 'exact';
  for (const [q, re] of compiled(lang)) if (re.test(tail)) return q;
  return 'exact';
}
