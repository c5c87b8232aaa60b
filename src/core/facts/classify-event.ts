/**
 * The event type of a story (acquisition, investment, partnership, funding, merger, order, listing, earnings,
 * layoffs, lawsuit, other) from per-language trigger lexicons, weighted by position: headline, lead, body.
 */
import type { EventType, Lang } from '../types.ts';
import { fold } from './normalize-text.ts';

/** Trigger stems (folded, prefix match on word starts). Shared across languages where they coincide. */
const TRIGGERS: Record<Exclude<EventType, 'other'>, Record<Lang, string[]>> = {
  acquisition: {
    en: ['acquire', 'acquisition', 'buys ', 'buy ', 'bought', 'takeover', 'take over', 'purchase of', 'to purchase', 'stake in', 'buyout'],
    fr: ['rachat', 'rachete', 'racheter', 'acquisition', 'acquiert', 'acquerir', 'prise de controle', 'reprise de', 'reprend', 'mettre la main', 'met la main', 'entre au capital', 'participation'],
    de: ['ubernahme', 'ubernimmt', 'ubernehmen', 'kauft', 'kaufen', 'erwirbt', 'erwerb', 'akquisition', 'beteiligung'],
    es: ['adquisicion', 'adquiere', 'compra de', 'compra ', 'comprar', 'compro', 'toma de control', 'participacion'],
    it: ['acquisizione', 'acquisisce', 'acquista', 'rileva', 'compra', 'partecipazione'],
  },
  merger: {
    en: ['merger', 'merge', 'combine with', 'combination'], fr: ['fusion', 'fusionner', 'fusionne'], de: ['fusion', 'fusionieren', 'zusammenschluss'],
    es: ['fusion', 'fusionar'], it: ['fusione', 'fondersi'],
  },
  investment: {
    en: ['invest', 'investment', 'to spend', 'pledge', 'commit'], fr: ['investi', 'investissement', 'investir', 'injecter', 'engage'],
    de: ['investi', 'investition', 'investieren', 'steckt'], es: ['inversion', 'invertir', 'invierte', 'invertira'], it: ['investimento', 'investire', 'investe'],
  },
  partnership: {
    en: ['partnership', 'partner with', 'alliance', 'joint venture', 'team up', 'teams up', 'agreement with', 'deal with', 'collaboration', 'settlement'],
    fr: ['partenariat', 'alliance', 'accord avec', 'coentreprise', 's\'associe', 'collaboration', 'accord'],
    de: ['partnerschaft', 'kooperation', 'allianz', 'zusammenarbeit', 'joint venture', 'abkommen', 'vereinbarung'],
    es: ['alianza', 'asociacion', 'acuerdo', 'colaboracion', 'empresa conjunta'], it: ['partnership', 'alleanza', 'accordo', 'collaborazione', 'joint venture'],
  },
  funding: {
    en: ['raises', 'raised', 'funding round', 'funding', 'series a', 'series b', 'series c', 'venture capital', 'fundraising', 'valuation'],
    fr: ['leve de fonds', 'leve ', 'levee', 'tour de table', 'financement', 'collecte', 'souscription', 'cagnotte'],
    de: ['finanzierungsrunde', 'sammelt', 'finanzierung', 'kapitalrunde', 'risikokapital'], es: ['ronda de financiacion', 'financiacion', 'recauda', 'levanta'],
    it: ['round', 'raccolta', 'finanziamento', 'raccoglie'],
  },
  order: {
    en: ['order for', 'orders', 'ordered', 'contract', 'awarded', 'selected', 'tender'], fr: ['commande', 'contrat', 'attribue', 'appel d\'offres', 'marche public'],
    de: ['auftrag', 'bestellt', 'bestellung', 'vertrag', 'ausschreibung'], es: ['pedido', 'contrato', 'adjudica', 'licitacion'], it: ['ordine', 'commessa', 'contratto', 'appalto'],
  },
  listing: {
    en: ['ipo', 'initial public offering', 'go public', 'goes public', 'listing', 'debut on'], fr: ['introduction en bourse', 'entree en bourse', 'cotation', 'ipo'],
    de: ['borsengang', 'ipo', 'notierung'], es: ['salida a bolsa', 'opv', 'ipo', 'cotizacion'], it: ['quotazione', 'ipo', 'sbarco in borsa'],
  },
  earnings: {
    en: ['earnings', 'revenue', 'profit', 'quarterly results', 'results', 'sales rose', 'sales fell', 'net income', 'quarter'],
    fr: ['chiffre d\'affaires', 'benefice', 'resultats', 'resultat net', 'ventes', 'perte nette', 'trimestre'],
    de: ['umsatz', 'gewinn', 'quartalszahlen', 'ergebnis', 'verlust', 'bilanz', 'jahreszahlen', 'quartal'],
    es: ['beneficio', 'ingresos', 'facturacion', 'resultados', 'ventas', 'ganancias', 'perdidas'], it: ['utile', 'ricavi', 'fatturato', 'risultati', 'perdita', 'trimestre'],
  },
  layoffs: {
    en: ['layoff', 'lay off', 'laid off', 'job cuts', 'cut jobs', 'cutting jobs', 'eliminate', 'redundanc', 'job eliminations'],
    fr: ['licenciement', 'suppression de postes', 'suppressions de postes', 'supprimer', 'plan social', 'suppressions d\'emplois', 'departs volontaires', 'plan de depart'],
    de: ['stellenabbau', 'entlassung', 'streicht', 'stellen abbauen', 'kundigung', 'arbeitsplatze abbauen', 'jobabbau'],
    es: ['despido', 'ere ', 'recorte de empleo', 'recortes de plantilla', 'despedir', 'erte'], it: ['licenziament', 'esuberi', 'taglio dei posti', 'tagli'],
  },
  lawsuit: {
    en: ['lawsuit', 'sues', 'sued', 'suing', 'court', 'investigation', 'probe', 'subpoena', 'attorney general', 'fine', 'fined', 'charged', 'trial'],
    fr: ['plainte', 'poursuit', 'poursuites', 'proces', 'tribunal', 'amende', 'condamne', 'enquete', 'justice', 'sanction'],
    de: ['klage', 'verklagt', 'gericht', 'prozess', 'strafe', 'ermittlung', 'bussgeld'], es: ['demanda', 'denuncia', 'tribunal', 'juicio', 'multa', 'investigacion'],
    it: ['causa', 'denuncia', 'tribunale', 'processo', 'multa', 'indagine', 'sanzione'],
  },
};

const WEIGHT_TITLE = 3;
const WEIGHT_LEAD = 2;
const LEAD_SENTENCES = 3;
const BODY_SENTENCES = 25;

const listCache = new Map<Lang, Array<[EventType, string[]]>>();
/** Triggers of `lang`, plus long English ones (English business words travel: "joint venture", "IPO"). */
function triggerLists(lang: Lang): Array<[EventType, string[]]> {
  let l = listCache.get(lang);
  if (!l) {
    l = (Object.entries(TRIGGERS) as Array<[EventType, Record<Lang, string[]>]>).map(([type, byLang]) => [
      type,
      lang === 'en' ? byLang.en : [...byLang[lang], ...byLang.en.filter((x) => x.length > 6)],
    ]);
    listCache.set(lang, l);
  }
  return l;
}

export interface EventGuess {
  type: EventType;
  label: string;
  /** Sentence index where the winning trigger was first seen (-1 = headline only). */
  sentence: number;
  score: number;
}

/**
 * Words a trigger stem starts but that name no such event: an inquiry ("investigation", "investigated"), or the
 * people ("investor", "investisseurs", "inversores"), who are in many stories that report no investment.
 */
const NOT_TRIGGERS = ['investig', 'investor', 'investisseur', 'inversor', 'inversionista', 'investitor'];

/** The first trigger that starts a word of `foldedText` (any of its occurrences). */
function hits(foldedText: string, triggers: string[]): string | undefined {
  for (const t of triggers) {
    for (let i = foldedText.indexOf(t); i >= 0; i = foldedText.indexOf(t, i + 1)) {
      if (i > 0 && !/[^\p{L}]/u.test(foldedText[i - 1] ?? ' ')) continue;
      if (NOT_TRIGGERS.some((w) => foldedText.startsWith(w, i))) continue;
      return t;
    }
  }
  return undefined;
}

/** Classifies the story. Returns 'other' with score 0 when no trigger fires. */
export function classifyEvent(title: string, sentences: string[], lang: Lang): EventGuess {
  const scores = new Map<EventType, { score: number; label: string; sentence: number }>();
  const bump = (type: EventType, w: number, trigger: string, original: string, sentence: number): void => {
    const cur = scores.get(type) ?? { score: 0, label: '', sentence: -1 };
    cur.score += w;
    // Provenance must point at a body sentence: the headline only adds weight.
    if (!cur.label && sentence >= 0) {
      const i = fold(original).indexOf(trigger);
      // Label = the whole word(s) the trigger starts ("investi" → "investissement").
      const m = /^[\p{L}\p{M}'’ -]*?(?=[^\p{L}\p{M}]|$)/u.exec(original.slice(i + trigger.trim().length));
      cur.label = (original.slice(i, i + trigger.trim().length) + (m?.[0] ?? '')).trim() || trigger.trim();
      cur.sentence = sentence;
    }
    scores.set(type, cur);
  };
  const sources: Array<[string, number, number]> = [[title, WEIGHT_TITLE, -1]];
  // The body beyond the first screens adds little signal and costs time on long articles.
  sentences.slice(0, BODY_SENTENCES).forEach((s, i) => sources.push([s, i < LEAD_SENTENCES ? WEIGHT_LEAD : 0.25, i]));
  const lists = triggerLists(lang);
  for (const [text, w, si] of sources) {
    const f = fold(text);
    for (const [type, triggers] of lists) {
      const t = hits(f, triggers);
      if (t) bump(type, w, t, text, si);
    }
  }
  let best: EventGuess = { type: 'other', label: '', sentence: -1, score: 0 };
  for (const [type, v] of scores) if (v.score > best.score) best = { type, label: v.label, sentence: v.sentence, score: v.score };
  return best.score >= 2 ? best : { type: 'other', label: best.label, sentence: best.sentence, score: best.score };
}
