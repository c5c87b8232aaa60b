/**
 * Words around people in news text, per language: titles before names, role nouns (CEO, PDG, Vorstandschef…),
 * speech verbs and pronouns. Lowercase unless noted.
 */
import type { Lang } from '../types.ts';

/** Courtesy titles written right before a name ("M. Huang", "Dr. Martin"); a name after them is a person. */
export const TITLES: Record<Lang, string[]> = {
  en: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sen.', 'Rep.', 'Gov.', 'Gen.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Lady', 'Lord', 'President', 'Senator', 'Governor', 'Judge', 'Pope', 'King', 'Queen', 'Prince'],
  fr: ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Dr.', 'Pr', 'Pr.', 'Me', 'Mgr'],
  de: ['Herr', 'Herrn', 'Frau', 'Dr.', 'Prof.'],
  es: ['Sr.', 'Sra.', 'Srta.', 'D.', 'Dña.', 'Dr.', 'Dra.', 'don', 'doña'],
  it: ['Sig.', 'Sig.ra', 'Dott.', 'Dott.ssa', 'Prof.', 'Ing.', 'Avv.', 'On.'],
};

/** Role nouns: their presence next to a name makes it a person, and gives the person's role. */
export const ROLE_WORDS: Record<Lang, string[]> = {
  en: ['ceo', 'chief executive', 'chief executive officer', 'chief', 'executive', 'president', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'cofounder', 'director', 'manager', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist', 'minister', 'secretary', 'senator', 'governor', 'mayor', 'officer', 'cfo', 'cto', 'coo', 'partner', 'professor', 'researcher', 'scientist', 'lawyer', 'attorney', 'administrator', 'commissioner', 'leader', 'vice president', 'strategist', 'adviser', 'advisor', 'fellow', 'editor', 'author', 'coach', 'owner', 'investor', 'prime minister', 'chancellor', 'ambassador', 'general manager', 'representative', 'lawmaker', 'official'],
  fr: ['pdg', 'p-dg', 'président', 'présidente', 'directeur', 'directrice', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'patron', 'patronne', 'dirigeant', 'dirigeante', 'ministre', 'porte-parole', 'analyste', 'économiste', 'responsable', 'secrétaire', 'député', 'députée', 'sénateur', 'sénatrice', 'maire', 'chercheur', 'chercheuse', 'professeur', 'professeure', 'avocat', 'avocate', 'directeur général', 'directrice générale', 'chef', 'conseiller', 'conseillère', 'délégué', 'déléguée', 'président-directeur général', 'vice-président', 'vice-présidente', 'commissaire', 'gouverneur', 'entraîneur', 'sélectionneur', 'spécialiste', 'expert', 'experte', 'syndicaliste', 'secrétaire général', 'secrétaire générale', 'premier ministre', 'cofondateur', 'administrateur'],
  de: ['ceo', 'chef', 'chefin', 'vorstandschef', 'vorstandschefin', 'vorstandsvorsitzende', 'vorstandsvorsitzender', 'vorsitzende', 'vorsitzender', 'geschäftsführer', 'geschäftsführerin', 'gründer', 'gründerin', 'präsident', 'präsidentin', 'minister', 'ministerin', 'sprecher', 'sprecherin', 'analyst', 'analystin', 'ökonom', 'ökonomin', 'direktor', 'direktorin', 'leiter', 'leiterin', 'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'bürgermeister', 'bürgermeisterin', 'experte', 'expertin', 'professor', 'professorin', 'finanzchef', 'konzernchef', 'firmenchef', 'aufsichtsratschef', 'betriebsratschefin', 'betriebsratschef', 'manager', 'managerin', 'abgeordnete', 'abgeordneter', 'staatssekretär', 'vorstand', 'vorstandsmitglied', 'mitgründer', 'inhaber', 'trainer'],
  es: ['ceo', 'presidente', 'presidenta', 'director', 'directora', 'fundador', 'fundadora', 'consejero delegado', 'consejera delegada', 'ministro', 'ministra', 'portavoz', 'analista', 'economista', 'secretario', 'secretaria', 'alcalde', 'alcaldesa', 'gerente', 'jefe', 'jefa', 'responsable', 'diputado', 'diputada', 'senador', 'senadora', 'gobernador', 'gobernadora', 'consejero', 'consejera', 'vicepresidente', 'vicepresidenta', 'delegado', 'delegada', 'experto', 'experta', 'profesor', 'profesora', 'abogado', 'abogada', 'titular', 'dirigente', 'líder', 'viceministro', 'viceministra', 'mandatario', 'entrenador'],
  it: ['ceo', 'amministratore delegato', 'presidente', 'direttore', 'direttrice', 'fondatore', 'fondatrice', 'ministro', 'ministra', 'portavoce', 'analista', 'economista', 'segretario', 'segretaria', 'sindaco', 'responsabile', 'capo', 'dirigente', 'deputato', 'deputata', 'senatore', 'senatrice', 'governatore', 'consigliere', 'vicepresidente', 'esperto', 'esperta', 'professore', 'professoressa', 'avvocato', 'allenatore', 'premier', 'leader'],
};

/** Speech verbs and attribution markers. Multi-word entries allowed. Case-insensitive. */
export const SPEECH_VERBS: Record<Lang, string[]> = {
  en: ['said', 'says', 'told', 'added', 'adds', 'explained', 'explains', 'noted', 'notes', 'wrote', 'writes', 'stated', 'argued', 'argues', 'warned', 'warns', 'insisted', 'continued', 'recalled', 'announced', 'asked', 'replied', 'commented', 'declared', 'acknowledged', 'admitted', 'tweeted', 'posted', 'observed', 'stressed', 'emphasized', 'emphasised', 'predicted', 'suggested', 'cautioned', 'concluded', 'remarked', 'believes', 'thinks', 'told reporters', 'said in a statement', 'said on'],
  fr: ['a déclaré', 'déclare', 'a dit', 'dit', 'affirme', 'a affirmé', 'rappelle', 'a rappelé', 'précise', 'a précisé', 'explique', 'a expliqué', 'ajoute', 'a ajouté', 'souligne', 'a souligné', 'estime', 'a estimé', 'indique', 'a indiqué', 'assure', 'a assuré', 'poursuit', 'a poursuivi', 'confie', 'a confié', 'lance', 'a lancé', 'insiste', 'a insisté', 'note', 'a noté', 'observe', 'martèle', 'a martelé', 'résume', 'a résumé', 'commente', 'a commenté', 'raconte', 'a raconté', 'reconnaît', 'a reconnu', 'avertit', 'a averti', 'déclarait', 'expliquait', 'a réagi', 'réagit', 'a annoncé', 'annonce', 'a prévenu', 'prévient', 'a jugé', 'juge', 'a écrit', 'écrit', 'a répondu', 'répond', 'a tweeté', 'a fait savoir', 'a fait valoir', 'fait valoir', 'a expliqué', 'a indiqué', 'a assuré', 'a souligné', 'a plaidé', 'plaide', 'a dénoncé', 'dénonce', 'a regretté', 'regrette', 'a salué', 'salue', 'a détaillé', 'détaille', 'a lâché', 'lâche', 'a averti', 'a confirmé', 'confirme'],
  de: ['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'fügte', 'teilte', 'kommentierte', 'schreibt', 'schrieb', 'warnte', 'warnt', 'erläuterte', 'sagte der', 'sagte die', 'so', 'berichtete', 'ergänzte', 'unterstrich', 'kritisierte', 'räumte', 'versicherte', 'bestätigte', 'zitiert', 'äußerte', 'stellte', 'hieß es'],
  es: ['dijo', 'afirmó', 'afirma', 'señaló', 'señala', 'explicó', 'explica', 'aseguró', 'asegura', 'declaró', 'indicó', 'indica', 'añadió', 'agregó', 'sostuvo', 'manifestó', 'comentó', 'destacó', 'subrayó', 'advirtió', 'expresó', 'dice', 'apuntó', 'precisó', 'insistió', 'reconoció', 'recordó', 'detalló', 'escribió', 'anunció', 'consideró', 'aseveró', 'enfatizó', 'puntualizó', 'remarcó'],
  it: ['ha detto', 'ha dichiarato', 'ha spiegato', 'ha aggiunto', 'ha affermato', 'ha sottolineato', 'dice', 'afferma', 'spiega', 'dichiara', 'ha commentato', 'ha osservato', 'ha precisato', 'precisa', 'sottolinea', 'aggiunge', 'ha ricordato', 'ricorda', 'ha scritto', 'scrive', 'ha annunciato', 'ha assicurato', 'assicura', 'osserva', 'commenta', 'conclude', 'ha concluso', 'ha avvertito', 'ha ammesso'],
};

/** "According to X" markers written before the speaker. */
export const ACCORDING_TO: Record<Lang, string[]> = {
  en: ['according to'],
  fr: ['selon', "d'après", 'pour'],
  de: ['laut', 'nach Angaben von', 'so'],
  es: ['según', 'de acuerdo con'],
  it: ['secondo', 'a detta di', 'per'],
};

/** Subject pronouns (a quote attributed to one inherits the previous speaker, or is dropped). */
export const PRONOUNS: Record<Lang, string[]> = {
  en: ['he', 'she', 'they', 'it'],
  fr: ['il', 'elle', 'ils', 'elles', 't-il', 't-elle', '-t-il', '-t-elle', '-il', '-elle'],
  de: ['er', 'sie'],
  es: ['él', 'ella'],
  it: ['lui', 'lei'],
};

/** Legal forms proper ("Inc.", "AG"): alone, they name nobody. Case-sensitive. */
export const LEGAL_FORMS = ['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'plc', 'PLC', 'SA', 'S.A.', 'SAS', 'SE', 'AG', 'GmbH', 'KGaA', 'SpA', 'S.p.A.', 'Srl', 'S.L.', 'SL', 'NV', 'N.V.', 'BV', 'AB', 'ASA'];
/** Organisation suffixes, legal forms and heads like "Group" or "Bank": a name ending with one is an organisation. */
export const ORG_SUFFIXES = [...LEGAL_FORMS, 'Group', 'Groupe', 'Gruppe', 'Grupo', 'Gruppo', 'Holding', 'Holdings', 'Bank', 'Banque', 'Banco', 'Airlines', 'Motors', 'Technologies', 'Systems', 'Partners', 'Capital'];
