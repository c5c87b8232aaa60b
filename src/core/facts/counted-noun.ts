/**
 * A count of things the unit table does not name: "233 fossiles", "14 firms", "1.000 Löcher", "365 000 déplacements",
 * "60 mil jubilados" — the number is followed by a plural noun, across a few modifiers ("13 member carriers",
 * "sechs offene Ausschreibungen", "14 plus grosses fortunes"). The noun is recognised by its shape per language (an
 * English/French/Spanish plural ends in -s (-x), an Italian one in -i/-e, a German noun is capitalised) and by what
 * it is not: function words, months and weekdays, currencies, scale and number words. Set lookups and small
 * ASCII/Latin-1 regexes only: nothing here compiles on a fresh page.
 */
import type { Lang } from '../types.ts';

/** Words that are never the counted noun (lowercase, any of the five languages). */
const NOT_NOUNS = new Set(
  (
    // en
    'is was has does goes says makes gets takes comes seems means remains includes this thus its his hers ours yours theirs as us ' +
    'plus minus versus whereas perhaps always sometimes besides towards afterwards less unless others ' +
    // fr
    'les des ces mes tes ses nos vos leurs aux dans sans sous vers alors après très plus moins tous toutes mais jamais parfois lors ' +
    'depuis puis chez pas nous vous ils elles eux autres certains certaines plusieurs divers diverses quelques lesquels lesquelles ' +
    'auxquels desquels dont mars ainsi tandis dès hors selon voici voilà avons avez sommes êtes étaient avaient ' +
    // es
    'los las unos unas sus mis tus les más menos además después antes entonces mientras pues dos tres seis tras todos todas otros otras ' +
    'ambos ambas varios varias algunos algunas muchos muchas pocos pocas demás través nosotros ellos ellas estos estas esos esas aquellos ' +
    'cuales cuantos somos son están eran fueron tiene tienen ' +
    // it
    'che le gli dei delle degli alle nelle sulle dalle colle agli negli sugli dagli anche oltre mentre sempre come dove quale quali grazie ' +
    'sue suoi loro tutte tutti altre altri alcune alcuni molte molti poche pochi questi queste quelli quelle ogni tre sei sette nove ' +
    'undici dodici tredici venti cento mille mila milioni miliardi settembre ottobre novembre dicembre oggi ieri poi dopo circa fine più ' +
    'sono erano hanno avevano essere parte mese' +
    // de (lowercased)
    ' uhr mal januar februar märz april mai juni juli august september oktober november dezember montag dienstag mittwoch donnerstag ' +
    'freitag samstag sonntag euro cent dollar franken pfund prozent millionen milliarden tausend hundert ' +
    // scale and round-count words: "trois dizaines de milliers" is a number, not a count of "milliers"
    'millions milliards milliers centaines dizaines douzaines millones miles millares centenares decenas docenas migliaia centinaia ' +
    'decine dozzine dozens hundreds thousands millions billions'
  ).split(/\s+/),
);
/** Months, weekdays and currencies (en, fr, es) — lowercase. */
const CALENDAR = new Set(
  (
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday ' +
    'saturday sunday janvier février avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi ' +
    'samedi dimanche enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes ' +
    'miércoles jueves viernes sábado domingo gennaio febbraio aprile maggio giugno luglio lunedì martedì mercoledì giovedì venerdì sabato ' +
    'domenica dollars euros dólares dollari livres pounds pesos yens yuans roupies rupees reais francs sterling ' +
    // fractions: "trois quarts des Français" is a share, not a count
    'quarts tiers cinquièmes dixièmes quarters thirds halves fifths tenths viertel drittel tercios cuartos quintos terzi quarti quinti'
  ).split(/\s+/),
);
/** Plural adjectives that come before the noun in fr/es/it (in en and de any lowercase modifier may). */
const PRE_ADJECTIVES = new Set(
  (
    'grands grandes petits petites nouveaux nouvelles derniers dernières premiers premières prochains prochaines gros grosses jeunes ' +
    'vieux vieilles bons bonnes seuls seules principaux principales longs longues hauts hautes différents différentes plus moins ' +
    'nuevos nuevas primeros primeras últimos últimas pequeños pequeñas próximos próximas mejores peores más ' +
    'nuovi nuove primi prime ultimi ultime grandi piccoli piccole principali prossimi prossime più'
  ).split(/\s+/),
);
/** Modifier words that end the search: function words between the number and anything further away. */
const STOPS = new Set(
  (
    'the and or of to in on at by for from with than that who which when where while were was are is be been have has had more most ' +
    'less fewer other another a an per de du des et ou par pour que qui en au à la le un une der die das den dem und oder von vom zu ' +
    'zum zur mit für ist sind war waren im am an auf aus bei bis als wie ein eine einer los las el del y o por para que en con es ' +
    'il lo la di da e o per con su tra fra nel nella al ai'
  ).split(/\s+/),
);

/** A word of letters (Latin-1 and Œ), with inner hyphens: "TV-Haushalte", "bâtiments"; no elision ("d'entre-elles"). */
const WORD = /^[A-Za-zÀ-ÖØ-öø-ÿŒœ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿŒœ]+)*$/;
const LOWER = /^[a-zß-öø-ÿœ]/;
const UPPER = /^[A-ZÀ-ÖØ-ÞŒ]/;
const ACRONYM = /^[A-Z]{2,4}$/;
/** Trailing punctuation cut off a token; the noun may carry it, a modifier may not. */
const TRAIL = /[,.;:!?)\]»"”'’]+$/;

function looksPlural(w: string, lower: string, lang: Lang): boolean {
  if (w.length < 3 || !WORD.test(w) || NOT_NOUNS.has(lower) || CALENDAR.has(lower) || STOPS.has(lower) || PRE_ADJECTIVES.has(lower)) return false;
  switch (lang) {
    case 'de':
      // A German noun is capitalised; an acronym alone ("HD", "EU") is a modifier, not the thing counted.
      return UPPER.test(w) && /[a-zß-ÿ]/.test(w) && !/^[A-Z]+$/.test(w);
    case 'it':
      return LOWER.test(w) && /[ie]$/.test(lower);
    case 'fr':
      return LOWER.test(w) && /[sx]$/.test(lower) && !/(?:ss|us)$/.test(lower);
    case 'en':
      return LOWER.test(w) && ((/s$/.test(lower) && !/(?:ss|us|is|'s|’s)$/.test(lower)) || IRREGULAR_EN.has(lower));
    default:
      return LOWER.test(w) && /s$/.test(lower) && !/ss$/.test(lower);
  }
}
const IRREGULAR_EN = new Set(['men', 'women', 'children']);

/** Whether `w` may stand between the number and the noun ("member", "offene", "grandes", "HD"). */
function isModifier(w: string, lower: string, lang: Lang): boolean {
  if (lang !== 'en' && lang !== 'de' && PRE_ADJECTIVES.has(lower)) return true;
  if (STOPS.has(lower) || NOT_NOUNS.has(lower) || CALENDAR.has(lower)) return false;
  if (ACRONYM.test(w)) return true;
  if (!WORD.test(w) || !LOWER.test(w)) return false;
  return lang === 'en' || lang === 'de' ? w.length >= 3 : PRE_ADJECTIVES.has(lower);
}

/**
 * The counted noun right after a number: `s` is the text after the number (and its scale word), starting with a
 * space. Returns [the text up to the end of the noun, the noun] or null. `known(lower)` says whether a word is in the
 * unit table: a known unit after modifiers ends the search as well ("15 derniers jours").
 */
export function countedNounAfter(s: string, lang: Lang, known: (lower: string) => boolean): [string, string] | null {
  if (!/^\s/.test(s)) return null;
  let at = 0;
  for (let k = 0; k < 3; k++) {
    while (at < s.length && /\s/.test(s[at] ?? '')) at++;
    let end = at;
    while (end < s.length && !/\s/.test(s[end] ?? '')) end++;
    const token = s.slice(at, end);
    const trail = TRAIL.exec(token);
    const w = trail ? token.slice(0, trail.index) : token;
    const lower = w.toLowerCase();
    if (!w) return null;
    if (looksPlural(w, lower, lang) || (k > 0 && known(lower))) return [s.slice(0, at + w.length), w];
    // Only a bare word may be skipped: punctuation ends the phrase.
    if (trail || k === 2 || !isModifier(w, lower, lang)) return null;
    at = end;
  }
  return null;
}
