/**
 * The guard for an abstractive (model-written) TL;DR: a sentence a model wrote may only be shown if every
 * figure in it is a figure of the article. Formats differ between the two ("100 bn" / "100 milliards",
 * "1.5" / "1,5", "4 %" / "4%", "$100,000,000,000"), so numbers are compared as values.
 */

/** A number with thousands groups ("100 000", "1,500,000", "2.300") or a plain decimal ("1,5", "1.5"). */
const NUMBER =
  /(?<![\p{L}\p{N}])(\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:\s?(%|(?:pour|per|por)\s?(?:cent|ciento|cento)|\p{L}+))?/gu;
const PERCENT = /^(?:%|percent|prozent|(?:pour|per|por)\s?(?:cent|ciento|cento))$/u;

/**
 * Scale words after a number, several values when the word is ambiguous across languages ("billion" is
 * 10^9 in English, 10^12 in French and German).
 */
const SCALES: Array<[RegExp, number[]]> = [
  [/^(?:trillions?|tn|trn|billiards?|billiarden?)$/u, [1e12, 1e15]],
  [/^(?:billions?|billionen|bn|bns|bln|b)$/u, [1e9, 1e12]],
  [/^(?:milliards?|milliarden?|mrd|mrds|mds?|miliardi|miliardo|mld|mldi)$/u, [1e9]],
  [/^(?:millions?|millionen|mio|mn|mln|m|millón|millones|milioni|milione)$/u, [1e6]],
  [/^(?:thousands?|k|tsd|mil|mila)$/u, [1e3]],
];

/** All readings of a digit string: "1,500" may be 1500 (en) or 1.5 (fr); "1.500" likewise (de/es/it). */
function readings(raw: string): number[] {
  const digits = raw.replace(/[ \u00a0\u202f'’]/g, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both separators: the last one is the decimal mark.
    const decimal = lastDot > lastComma ? '.' : ',';
    const other = decimal === '.' ? ',' : '.';
    return [Number(digits.split(other).join('').replace(decimal, '.'))];
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (!sep) return [Number(digits)];
  const parts = digits.split(sep);
  const grouped = Number(parts.join(''));
  if (parts.length > 2) return [grouped];
  const decimal = Number(parts.join('.'));
  // "1,5" is a decimal; "1,500" could be either.
  return parts[1]!.length === 3 ? [grouped, decimal] : [decimal];
}

interface NumberReading {
  /** Values without any scale word. */
  raw: number[];
  /** "4 %", "4 percent": a share, only ever compared with shares. */
  percent: boolean;
  /** Values with the scale word applied; empty when no scale word follows. */
  scaled: number[];
}

function readNumbers(text: string): NumberReading[] {
  const out: NumberReading[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = readings(m[1]!);
    const word = m[2]?.toLowerCase();
    const percent = word !== undefined && PERCENT.test(word);
    const factors = word && !percent ? (SCALES.find(([re]) => re.test(word))?.[1] ?? []) : [];
    out.push({ raw, percent, scaled: factors.flatMap((f) => raw.map((v) => v * f)) });
  }
  return out;
}

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Whether every number in `summary` also appears in `article`, as a value. A scaled figure ("100 million")
 * must match a scaled figure of the article, a share ("4 %") a share; a bare one ("10", "2026") may match
 * any figure. Numbers written in words ("ten") are not checked.
 * @returns true when the summary has no numbers or all of them are supported
 */
export function numbersSupported(summary: string, article: string): boolean {
  const articleNumbers = readNumbers(article);
  const known = articleNumbers.flatMap((n) => [...n.raw, ...n.scaled]);
  const knownPercents = articleNumbers.filter((n) => n.percent).flatMap((n) => n.raw);
  return readNumbers(summary).every((n) => {
    const pool = n.percent ? knownPercents : known;
    const wanted = n.scaled.length ? n.scaled : n.raw;
    return wanted.some((v) => pool.some((k) => same(v, k)));
  });
}
