/**
 * Money amounts in five languages: "$100bn", "100 milliards de dollars", "1,5 milliard d'euros", "2,3 Mrd. Euro",
 * "5 Mio. EUR", "€2.5 billion", "US$ 3 millones", "£40m", "CHF 1,2 Mrd.", "1.000 millones de euros", "2 miliardi di euro".
 */
import type { AmountQualifier, Lang } from '../types.ts';
import { NUMBER_SOURCE, parseNumberToken, wordNumber, wordNumberSource } from './parse-number-token.ts';
import { matchWordsAfter, WordList } from './word-list.ts';
import { qualifierBefore } from './qualifiers.ts';
import { normalizeSpaces } from './normalize-text.ts';

export interface ParsedAmount {
  text: string;
  value: number;
  currency: string;
  qualifier: AmountQualifier;
  /** Offset of `text` in the input. */
  index: number;
  /** Written in parentheses right after another amount: a conversion of it ("15 million euros ($16 million)"). */
  conversionOf?: number;
}

/** Options for parseAmounts. */
export interface AmountOptions {
  /** ISO code a bare "$" stands for (CAD on a .ca site…); USD when absent. */
  dollar?: string;
}

/** Scale words per language, longest first when compiled. The long scale (fr/de/es/it "billion" = 10^12) applies. */
export const SCALES: Record<Lang, Record<string, number>> = {
  en: { thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12 },
  fr: { mille: 1e3, k: 1e3, million: 1e6, millions: 1e6, 'm': 1e6, mn: 1e6, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 },
  de: { tausend: 1e3, 'tsd.': 1e3, 'mio.': 1e6, mio: 1e6, million: 1e6, millionen: 1e6, 'mrd.': 1e9, mrd: 1e9, milliarde: 1e9, milliarden: 1e9, 'mia.': 1e9, billion: 1e12, billionen: 1e12 },
  es: { mil: 1e3, 'mil millones': 1e9, millón: 1e6, millon: 1e6, millones: 1e6, 'mdd': 1e6, 'mdp': 1e6, millardo: 1e9, millardos: 1e9, billón: 1e12, billones: 1e12 },
  it: { mila: 1e3, mille: 1e3, milione: 1e6, milioni: 1e6, mln: 1e6, 'mln.': 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, 'mld.': 1e9, mrd: 1e9, 'mrd.': 1e9 },
};

/** Currency written before the number (symbols and ISO codes). Order matters: longer first. */
const PREFIX_CURRENCIES: Array<[string, string]> = [
  ['US$', 'USD'], ['US $', 'USD'], ['U.S.$', 'USD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['CAN$', 'CAD'], ['A$', 'AUD'], ['AU$', 'AUD'],
  ['NZ$', 'NZD'], ['HK$', 'HKD'], ['R$', 'BRL'], ['S$', 'SGD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'],
  ['₩', 'KRW'], ['₽', 'RUB'], ['CHF', 'CHF'], ['Fr.', 'CHF'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'], ['CNY', 'CNY'],
  ['CAD', 'CAD'], ['AUD', 'AUD'], ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'], ['INR', 'INR'], ['MXN', 'MXN'], ['BRL', 'BRL'],
];

/** Currency written after the number: words (any of the five languages), symbols and codes. */
const SUFFIX_CURRENCIES: Array<[string, string]> = [
  ['dollars américains', 'USD'], ['dollars us', 'USD'], ['dollars canadiens', 'CAD'], ['dollars australiens', 'AUD'],
  ['us-dollar', 'USD'], ['us dollar', 'USD'], ['us-dollars', 'USD'], ['dólares estadounidenses', 'USD'], ['dollari usa', 'USD'],
  ['canadian dollars', 'CAD'], ['australian dollars', 'AUD'], ['hong kong dollars', 'HKD'],
  ['dollars', 'USD'], ['dollar', 'USD'], ['dólares', 'USD'], ['dólar', 'USD'], ['dollari', 'USD'], ['dollaro', 'USD'],
  ['euros', 'EUR'], ['euro', 'EUR'], ['eur', 'EUR'], ['€', 'EUR'], ['usd', 'USD'], ['$', 'USD'],
  ['livres sterling', 'GBP'], ['livres', 'GBP'], ['pounds sterling', 'GBP'], ['pounds', 'GBP'], ['pfund', 'GBP'], ['sterline', 'GBP'], ['libras', 'GBP'], ['gbp', 'GBP'], ['£', 'GBP'],
  ['francs suisses', 'CHF'], ['schweizer franken', 'CHF'], ['franken', 'CHF'], ['franchi svizzeri', 'CHF'], ['chf', 'CHF'],
  ['yens', 'JPY'], ['yen', 'JPY'], ['jpy', 'JPY'], ['yuans', 'CNY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['cny', 'CNY'],
  ['roubles', 'RUB'], ['rubles', 'RUB'], ['rubel', 'RUB'], ['rublos', 'RUB'], ['rubli', 'RUB'],
  ['roupies', 'INR'], ['rupees', 'INR'], ['rupias', 'INR'],
  ['pesos mexicanos', 'MXN'], ['pesos argentinos', 'ARS'], ['pesos chilenos', 'CLP'], ['pesos colombianos', 'COP'],
  ['couronnes suédoises', 'SEK'], ['kronen', 'SEK'], ['sek', 'SEK'], ['nok', 'NOK'], ['dkk', 'DKK'],
  ['gourdes', 'HTG'], ['córdobas', 'NIO'], ['quetzales', 'GTQ'], ['bolívares', 'VES'], ['soles', 'PEN'], ['reais', 'BRL'], ['real', 'BRL'],
  ['won', 'KRW'], ['francs cfa', 'XOF'], ['fcfa', 'XOF'], ['dirhams', 'MAD'], ['dinars', 'TND'],
  ['cad', 'CAD'], ['aud', 'AUD'], ['cad$', 'CAD'],
];

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: string[]): string => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');

const PREFIX_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}$])(${alt(PREFIX_CURRENCIES.map(([k]) => k))})\\s?$`, 'u');
const PREFIX_MAP = new Map(PREFIX_CURRENCIES);
const SUFFIX_MAP = new Map(SUFFIX_CURRENCIES);
/** Currency words after the number, in the order an alternation tries them (longest first). */
export const SUFFIX_WORDS = SUFFIX_CURRENCIES.map(([k]) => k).filter((k) => k !== 'real' && k !== 'won');
const SUFFIX_LIST = new WordList([...SUFFIX_WORDS].sort((a, b) => b.length - a.length));
/**
 * The currency after a number: the match of `^\s?(?:de |d'|d’|di |of |in )?(CURRENCY)(?![\p{L}])`, case-insensitive,
 * by a WordList (the regex costs ~60 ms to compile on a fresh page); the regex only for text lowercasing changes in length.
 */
let suffixRe: RegExp | undefined;
export function suffixAfter(s: string): [string, string] | null {
  const m = matchWordsAfter(s, { sep: /^\s$/, preps: ['de ', "d'", 'd’', 'di ', 'of ', 'in '], spacesAfterPrep: false, words: SUFFIX_LIST, notAfter: /^\p{L}/u });
  if (m !== undefined) return m;
  suffixRe ??= new RegExp(`^\\s?(?:de |d'|d’|di |of |in )?(${alt(SUFFIX_WORDS)})(?![\\p{L}])`, 'iu');
  const r = suffixRe.exec(s);
  return r ? [r[0], r[1] ?? ''] : null;
}

interface LangRes { number: RegExp; scale: RegExp; scales: Map<string, number> }
const langCache = new Map<Lang, LangRes>();

function langRes(lang: Lang): LangRes {
  let r = langCache.get(lang);
  if (!r) {
    const scales = new Map(Object.entries(SCALES[lang]));
    // Abbreviated scales glued to the number ("$100bn", "£40m") or spelled out after a space or hyphen.
    const scale = new RegExp(`^(?:\\s|-)?(${alt([...scales.keys()])})(?![\\p{L}])`, 'iu');
    // Spanish "Q745 millones" (quetzales): the only place a letter may touch the number.
    const guard = lang === 'es' ? String.raw`(?:(?<![\p{L}\p{N}.,])|(?<=(?:^|[^\p{L}])Q))` : String.raw`(?<![\p{L}\p{N}.,])`;
    const number = new RegExp(`${guard}(?:${NUMBER_SOURCE}|(?:${wordNumberSource(lang)})(?=\\s+\\p{L}))`, 'giu');
    r = { number, scale, scales };
    langCache.set(lang, r);
  }
  return r;
}

/** All money amounts in `input`, in reading order. Never throws. */
export function parseAmounts(input: string, lang: Lang, opts: AmountOptions = {}): ParsedAmount[] {
  const text = normalizeSpaces(input);
  const { number, scale, scales } = langRes(lang);
  const out: ParsedAmount[] = [];
  number.lastIndex = 0;
  for (let m = number.exec(text); m; m = number.exec(text)) {
    const raw = m[0];
    const start = m.index;
    let end = start + raw.length;
    let value = /\d/.test(raw) ? parseNumberToken(raw, lang) : (wordNumber(raw, lang) ?? NaN);
    if (!Number.isFinite(value)) continue;
    const before = text.slice(Math.max(0, start - 12), start);
    const pre = PREFIX_RE.exec(before);
    let currency = pre?.[1] ? (pre[1] === '$' && opts.dollar ? opts.dollar : PREFIX_MAP.get(pre[1])) : undefined;
    // "Q745 millones" (Guatemala) is too ambiguous with "Q3"; only accept Q before a scale word in Spanish.
    let textStart = pre?.[1] ? start - (before.length - before.lastIndexOf(pre[1])) : start;
    const sm = scale.exec(text.slice(end, end + 16));
    let hasScale = false;
    if (sm?.[1]) {
      const key = sm[1].toLowerCase();
      const mult = scales.get(key);
      // Single-letter scales ("m", "b", "k") only when glued to the number and money is involved.
      const glued = !/^[\s-]/.test(sm[0]);
      if (mult && (key.length > 1 || glued)) {
        value *= mult;
        end += sm[0].length;
        hasScale = true;
        if (text[end] === '.' && /^[a-z]+$/i.test(key) && /^\.\s+\p{Ll}/u.test(text.slice(end, end + 3))) end += 1;
      }
    }
    if (!/\d/.test(raw) && !hasScale) continue;
    if (!currency) {
      if (!/\d/.test(raw) && lang === 'es' && /(?:^|[^\p{L}])Q$/u.test(before)) continue;
      const sx = suffixAfter(text.slice(end, end + 32));
      if (sx?.[1]) {
        currency = SUFFIX_MAP.get(sx[1].toLowerCase());
        end += sx[0].length;
      } else if (lang === 'es' && hasScale && /(?:^|[^\p{L}])Q$/u.test(before)) {
        currency = 'GTQ';
        textStart = start - 1;
      }
    } else {
      // "$5 million dollars" or "€2.5 billion euros": swallow a redundant currency word.
      const sx = suffixAfter(text.slice(end, end + 32));
      if (sx?.[1] && SUFFIX_MAP.get(sx[1].toLowerCase()) === currency && !/^\s?(?:of|in)\s/i.test(sx[0])) end += sx[0].length;
    }
    if (!currency) continue;
    const prev = out[out.length - 1];
    const conversion = prev && /^\s*\(\s*(?:about|around|environ|rund|circa|unos|soit|or|i\.e\.|approx\.?)?\s*$/i.test(text.slice(prev.index + prev.text.length, textStart));
    out.push({
      ...(conversion ? { conversionOf: out.length - 1 } : {}),
      text: input.slice(textStart, end).trim(),
      value: Math.round(value * 100) / 100,
      currency,
      qualifier: qualifierBefore(text.slice(Math.max(0, textStart - 40), textStart), lang),
      index: textStart,
    });
    number.lastIndex = end;
  }
  return out;
}
