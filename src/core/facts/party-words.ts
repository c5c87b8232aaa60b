import { fold } from './normalize-text.ts';

/**
 * Words that look like names (capitalised) but are not parties on their own: institution head nouns cut off from
 * their name ("Commission", "Conseil", "Ligue"), role words ("General" of "Attorney General"), and demonyms
 * ("Français", "Venezuelan", "Suédois"). Keys are folded (lowercase, no diacritics), as `nameKey` makes them.
 */

/** Institution heads: alone they are a fragment of a longer name the capitalisation pass did not join. */
export const LONE_HEADS = new Set([
  'commission', 'comision', 'commissione', 'kommission', 'conseil', 'consejo', 'consiglio', 'rat', 'council',
  'ligue', 'liga', 'lega', 'league', 'etat', 'estado', 'stato', 'state', 'staat', 'ville', 'ciudad', 'citta', 'city', 'stadt',
  'ministere', 'ministerio', 'ministero', 'ministerium', 'ministry', 'gouvernement', 'gobierno', 'governo', 'regierung', 'government',
  'assemblee', 'asamblea', 'assemblea', 'fondation', 'fundacion', 'fondazione', 'stiftung', 'foundation', 'agence', 'agencia',
  'agenzia', 'agentur', 'agency', 'institut', 'instituto', 'istituto', 'institute', 'tribunal', 'tribunale', 'gericht', 'court', 'cour',
  'comite', 'comitato', 'komitee', 'committee', 'union', 'unione', 'departement', 'departamento', 'department', 'direction', 'direccion',
  'bureau', 'office', 'service', 'servicio', 'logement', 'sante', 'salud', 'sanita', 'general', 'president', 'presidente', 'prasident',
  'minister', 'ministre', 'ministro', 'senator', 'senateur', 'chancellor', 'chancelier', 'kanzler', 'europe', 'europa',
  'universite', 'universidad', 'universita', 'universitat', 'university', 'etats', 'estados', 'stati', 'staaten', 'states',
  'company', 'compagnie', 'empresa', 'azienda', 'unternehmen', 'group', 'groupe', 'grupo', 'gruppo', 'gruppe',
]);

/** Diseases the news names like actors ("le Covid-19 a tué…"): a subject, not a party. Folded keys (nameKey). */
const DISEASES = new Set(['covid', 'covid-19', 'covid 19', 'coronavirus', 'sars-cov-2', 'sars cov 2']);

/** Demonyms and nationality nouns/adjectives (five languages): a people, not a party. */
export const DEMONYMS = new Set([
  'francais', 'francaise', 'francaises', 'britannique', 'britanniques', 'allemand', 'allemande', 'allemands', 'allemandes',
  'americain', 'americaine', 'americains', 'americaines', 'europeen', 'europeenne', 'europeens', 'suedois', 'suedoise',
  'italien', 'italienne', 'italiens', 'espagnol', 'espagnole', 'espagnols', 'chinois', 'chinoise', 'russe', 'russes',
  'ukrainien', 'ukrainienne', 'ukrainiens', 'japonais', 'canadien', 'canadiens', 'belge', 'belges', 'suisse', 'suisses',
  'american', 'americans', 'british', 'german', 'germans', 'french', 'chinese', 'russian', 'russians', 'european', 'europeans',
  'venezuelan', 'venezuelans', 'mexican', 'mexicans', 'canadian', 'canadians', 'ukrainian', 'ukrainians', 'swedish', 'italian',
  'italians', 'spanish', 'japanese', 'indian', 'indians', 'israeli', 'israelis', 'palestinian', 'palestinians', 'iranian',
  'franzosen', 'amerikaner', 'briten', 'europaer', 'russen', 'chinesen', 'italiener', 'spanier', 'schweizer',
  'franceses', 'alemanes', 'estadounidenses', 'europeos', 'espanoles', 'britanicos', 'rusos', 'chinos', 'mexicanos', 'venezolanos',
  'francesi', 'tedeschi', 'americani', 'europei', 'italiani', 'spagnoli', 'inglesi', 'russi', 'cinesi',
]);

/** Question words that open headlines and sentences ("Comment …", "Warum …"): never a name. */
export const QUESTION_WORDS = new Set(['comment', 'pourquoi', 'how', 'why', 'what', 'wie', 'warum', 'weshalb', 'como', 'porque', 'cuando', 'come', 'perche', 'quando']);

/** Day and week words: a name holding one is a date or a holiday ("Election Day", "Semana Santa"), not a party. */
const TIME_WORDS = new Set(['day', 'days', 'week', 'jour', 'semaine', 'woche', 'dia', 'semana', 'giorno', 'settimana']);

/** A name of a few words, one of them a day or week word ("Election Day", "Semana Santa"). */
export function isTimeName(key: string): boolean {
  const toks = key.split(' ');
  return toks.length >= 2 && toks.length <= 3 && toks.some((t) => TIME_WORDS.has(t));
}

/** Whether a lone capitalised word is an institution head ("Commission", "Conseil"). */
export function isLoneHead(name: string): boolean {
  return !name.includes(' ') && LONE_HEADS.has(fold(name));
}

/** Words that continue a sentence, not a name ("l'État auprès du ministre", "el Gobierno de que"). */
const FUNCTION_WORDS = '(?:auprès|dans|pour|avec|sur|sous|chez|entre|contre|vers|qui|que|est|sont|a|the|that|which|with|from|para|por|sobre|que|con|che|per|con|und|ist|hat|et|y|e|and|en|le|la|les|el|los|las|il|un|une|une|uno|una)';
const PREP = `(?:de la|de los|de las|del|della|delle|degli|des|du|de|di|of the|of|for|für|der)\\s+(?!${FUNCTION_WORDS}(?![\\p{L}]))(?:l['’])?[\\p{L}-]+|d['’][\\p{L}-]+`;

/** A word, then what continues an institution name; tried (sticky) only where the head occurs. One regex for all heads: compiling one per head cost more than the search. */
const HEAD_THEN_NAME = new RegExp(`(?<![\\p{L}])(\\p{L}+)(?:\\s+(?!${FUNCTION_WORDS}(?![\\p{L}]))\\p{Ll}[\\p{L}-]+)?(?:\\s+(?:${PREP})){1,2}(?![\\p{L}])`, 'uy');
/**
 * The full institution name a lone head starts in `sentence`: "Commission" → "Commission de régulation de
 * l'énergie", "Conseil" → "Conseil départemental de Meurthe-et-Moselle", "Institut météorologique d'Islande".
 * Undefined when the sentence does not continue the head with a preposition phrase.
 */
export function expandHead(head: string, sentence: string): string | undefined {
  for (let at = sentence.indexOf(head); at >= 0; at = sentence.indexOf(head, at + 1)) {
    HEAD_THEN_NAME.lastIndex = at;
    const m = HEAD_THEN_NAME.exec(sentence);
    // A trailing function word is not part of the name ("Conseil de la" cut at a line end).
    if (m && m[1] === head) return m[0].replace(/\s+(?:de|du|des|del|di|of|for|la|le|el)$/u, '');
  }
  return undefined;
}

/** A party name that is only a fragment, a demonym, a question word or a disease. `key` is folded (see nameKey). */
export function isNonParty(key: string): boolean {
  if (DISEASES.has(key)) return true;
  // Only lone words: with more words they start real names ("American Airlines", "Union européenne").
  return !key.includes(' ') && (LONE_HEADS.has(key) || DEMONYMS.has(key) || QUESTION_WORDS.has(key));
}

/** Currency names (five languages, folded): "US-Dollar", "Euro" name money, not a party. */
const CURRENCY_WORDS = new Set([
  'dollar', 'dollars', 'dolar', 'dolares', 'dollaro', 'dollari', 'euro', 'euros', 'pfund', 'pound', 'pounds', 'sterling', 'sterlina',
  'franken', 'yen', 'yuan', 'renminbi', 'rubel', 'rouble', 'roubles', 'ruble', 'rubles', 'rublo', 'peso', 'pesos', 'rupee', 'rupees', 'rupie',
]);

/**
 * A currency's name, alone or joined to its country by a hyphen ("Euro", "US-Dollar", "Hongkong-Dollar"); "Eric
 * Yuan" is no currency. `key` is folded (see nameKey), `name` as written.
 */
export function isCurrencyName(key: string, name: string): boolean {
  const toks = key.split(' ');
  return (toks.length === 1 || (toks.length === 2 && !/\s/.test(name))) && CURRENCY_WORDS.has(toks[toks.length - 1] ?? '');
}

/** News agencies credited in a dateline or byline ("(AFP)", "Reuters"): the story's source, rarely its actor. */
export const NEWS_AGENCIES = new Set(['afp', 'agence france-presse', 'agence france presse', 'reuters', 'ap', 'associated press', 'dpa', 'efe', 'ansa', 'apa', 'sda', 'belga', 'europa press', 'kyodo', 'xinhua']);

/** Organisation head nouns a name may be written with in lowercase ("la fédération nationale des …", "el sindicato …"). */
const ORG_HEADS = new Set([
  'federation', 'federacion', 'federazione', 'association', 'asociacion', 'associazione', 'syndicat', 'sindicato', 'sindacato',
  'confederation', 'confederacion', 'confederazione', 'gewerkschaft', 'verband', 'bundesverband', 'union', 'organisation',
  'organization', 'organizacion', 'organizzazione', 'operateur', 'operadora', 'operador', 'operatore', 'autorite', 'autoridad',
  'autorita', 'behorde', 'authority', 'partido', 'partito', 'parti', 'party', 'banque', 'banco', 'banca', 'bank', 'universite',
  'universidad', 'universita', 'university', 'hopital', 'hospital', 'ospedale', 'collectif', 'colectivo', 'collettivo',
  'observatoire', 'observatory', 'observatorio', 'osservatorio', 'centre', 'center', 'centro', 'zentrum', 'inspection',
  'caisse', 'mutuelle', 'compagnie', 'company', 'compania', 'societe', 'sociedad', 'societa', 'groupe', 'group', 'grupo',
  'gruppo', 'fonds', 'fund', 'fondo', 'police', 'policia', 'polizia', 'polizei', 'brigade', 'parquet', 'haute', 'haut',
  'conference', 'congres', 'congress', 'congreso', 'chambre', 'chamber', 'camara', 'camera', 'mouvement', 'movement',
  'movimiento', 'movimento', 'front', 'frente', 'alliance', 'alianza', 'alleanza', 'coalition', 'coalicion', 'federal',
  'national', 'nationale', 'nacional', 'nazionale', 'regional', 'regionale', 'conseil', 'secretariat', 'reseau', 'red', 'rete',
]);

/** Whether a folded word heads an organisation's name (an institution head or an organisation noun). */
export function isOrgHead(key: string): boolean {
  return LONE_HEADS.has(key) || ORG_HEADS.has(key);
}
