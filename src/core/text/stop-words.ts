import type { Lang } from '../types.ts';

/**
 * Small stop-word lists (function words, auxiliaries, pronouns). They serve three jobs: dropping noise from
 * tf-idf vectors, recognising sentence openers in the abbreviation merge pass, and the stop-word profile of
 * detectLang — so they favour frequent words that are distinctive for their language. Lowercase, apostrophe "'".
 */
const LISTS: Record<Lang, string> = {
  en: `the a an and or but of to in on at for with from by as is are was were be been being has have had do does
    did will would can could should may might must shall it its this that these those he she they we you i his her
    their our your my him them us who whom which what when where why how there here not no than then so if also
    about after before into over under up out more most such only just said says while during all any both each
    very new one two because since until however`,
  fr: `le la les l' un une des du de d' et ou mais donc car ni à au aux en dans par pour sur sous avec sans chez
    entre vers ce cet cette ces ça c' qui que qu' quoi dont où il elle ils elles on nous vous je j' me m' te t' se
    s' lui leur leurs son sa ses mon ma mes notre nos votre vos est sont était étaient a ont avait avaient être
    avoir été fait ne n' pas plus très aussi comme si lorsque quand puis ainsi alors y selon jusqu' après avant
    depuis pendant tout tous toute toutes même autre autres déclaré indiqué`,
  de: `der die das den dem des ein eine einen einem einer eines und oder aber sondern denn doch von zu zum zur
    mit nach bei aus für auf über unter vor hinter an in im am ins durch gegen ohne um bis ist sind war waren
    sein hat haben hatte hatten wird werden wurde wurden kann können soll sollen muss müssen nicht kein keine
    auch noch schon nur sehr mehr es er sie wir ihr ich man sich dass daß wie wenn als ob weil dann so dieser
    diese dieses diesem diesen jeder jede jedes sein seine ihre ihren unser laut sowie sagte`,
  es: `el la los las lo un una unos unas y o pero sino ni de del al a en por para con sin sobre entre hasta desde
    hacia según que quien quienes cual cuales cuando donde como porque pues si no más muy también ya ha han había
    habían he hemos es son era eran fue fueron ser estar está están estaba sido se su sus le les me te nos os él
    ella ellos ellas yo tú usted este esta estos estas ese esa esos esas aquel todo todos toda todas otro otra
    mismo cada tras durante dijo afirmó aseguró explicó`,
  it: `il lo la i gli le l' un uno una un' di del dello della dei degli delle d' a al allo alla ai agli alle all'
    da dal dallo dalla dai dagli dalle dall' in nel nello nella nei negli nelle nell' su sul sullo sulla sui sugli
    sulle sull' con per tra fra e ed o ma però che chi cui non più molto anche come se quando dove perché è sono
    era erano fu stato stata essere ha hanno aveva avevano avere si ci ne mi ti vi lui lei loro suo sua suoi sue
    questo questa questi queste quello quella tutto tutti ogni dopo secondo mentre detto spiegato`,
};

const toSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));
const SETS: Record<Lang, ReadonlySet<string>> = {
  en: toSet(LISTS.en),
  fr: toSet(LISTS.fr),
  de: toSet(LISTS.de),
  es: toSet(LISTS.es),
  it: toSet(LISTS.it),
};

/** The stop-word set of a language (lowercase words; elided forms end with "'", e.g. "l'"). */
export function stopWords(lang: Lang): ReadonlySet<string> {
  return SETS[lang];
}
