/**
 * Reads one written number ("1,5", "1.000", "14.372,4", "2 500", "1,250.75") into a plain value, deciding
 * which separator is the decimal mark from the language and the digit grouping.
 */
import type { Lang } from '../types.ts';

/** Digits with optional group separators (.,space) and decimal part. Spaces must already be normalised. */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

/** Small spelled-out numbers that appear before scales ("vier Milliarden", "two billion"). */
const WORD_NUMBERS: Record<Lang, Record<string, number>> = {
  en: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1, half: 0.5 },
  fr: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
  de: { ein: 1, eine: 1, einer: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 },
  es: { un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 },
  it: { un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10 },
};

/** Teens and tens, read only where counts are parsed ("vingt ans", "twenty-six days", "zwanzig Jahre"). */
const TENS: Record<Lang, Record<string, number>> = {
  en: { eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
  fr: { onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 },
  de: { elf: 11, 'zwölf': 12, dreizehn: 13, vierzehn: 14, 'fünfzehn': 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, 'dreißig': 30, vierzig: 40, 'fünfzig': 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 },
  es: { once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, 'dieciséis': 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 },
  it: { undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90 },
};
const COMPOUND_AND = new Set(['et', 'and']);

/**
 * Spelled-out number word for `lang`, or undefined: a small number, a teen or a ten, or a hyphenated sum of them
 * led by one of at least ten ("vingt-six", "twenty-one", "dix-sept", "soixante-dix", "vingt-et-un"); "quatre-vingts"
 * and the like are not read.
 */
export function wordNumber(word: string, lang: Lang): number | undefined {
  const lower = word.toLowerCase();
  const one = (w: string): number | undefined => WORD_NUMBERS[lang][w] ?? TENS[lang][w];
  if (!lower.includes('-')) return one(lower);
  const parts = lower.split('-').filter((p) => !COMPOUND_AND.has(p));
  const head = one(parts[0] ?? '');
  if (head === undefined || head < 10 || parts.length > 3) return undefined;
  let sum = head;
  let last = head;
  for (const p of parts.slice(1)) {
    const v = one(p);
    if (v === undefined || v >= last || v < 1) return undefined;
    sum += v;
    last = v;
  }
  return sum;
}

/**
 * Alternation of the spelled-out numbers of `lang` that counts may start with (small numbers, teens, tens), longest
 * first, each optionally followed by hyphenated parts ("vingt-six"): wordNumber decides whether the whole is a number.
 */
export function countWordSource(lang: Lang): string {
  const words = [...Object.keys(WORD_NUMBERS[lang]), ...Object.keys(TENS[lang])].filter((w) => w.length > 1).sort((a, b) => b.length - a.length);
  return `(?:${words.join('|')})(?:-[a-zà-ÿ]+){0,2}`;
}

/** Alternation of the spelled-out numbers of `lang`, longest first, for regex building. */
export function wordNumberSource(lang: Lang): string {
  return Object.keys(WORD_NUMBERS[lang])
    .filter((w) => w.length > 1)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/**
 * Parses a digit string. English uses "," for thousands and "." for decimals; the other four languages the
 * reverse, but "1.000" or "120.000" (three digits after a single dot) is a thousands group everywhere except English,
 * and both marks present means the last one is the decimal mark.
 */
export function parseNumberToken(raw: string, lang: Lang): number {
  const s = raw.replace(/[ ']/g, (m, off: number) => (/\d/.test(raw[off + 1] ?? '') ? '' : m)).trim();
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let out: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    const grp = dec === '.' ? ',' : '.';
    out = s.split(grp).join('').replace(dec, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    const grouped = parts.length > 2 || (parts[1]?.length === 3 && (parts[0]?.length ?? 0) <= 3);
    // A single separator before exactly three digits: thousands, unless it is the language's decimal mark.
    const decimalMark = lang === 'en' ? '.' : ',';
    const isGroup = parts.length > 2 || (grouped && sep !== decimalMark);
    out = isGroup ? parts.join('') : parts.join('.');
  } else {
    out = s;
  }
  const n = Number(out);
  return Number.isFinite(n) ? n : NaN;
}
