/**
 * Date expressions chrono-node does not read, in five languages: half-years ("la seconde moitié de 2026",
 * "H2 2026", "zweite Jahreshälfte"), quarters ("Q3 2025", "3. Quartal", "tercer trimestre"), "end of 2026" /
 * "fin 2026" / "Ende 2026", month + year ("juin 2019"), relative years ("l'an dernier") and plain years ("en 2026").
 */
import type { DatePrecision, Lang } from '../types.ts';
import { HALF_WORDS, MONTHS, ORDINALS, PART_WORDS, QUARTER_WORDS, RELATIVE_YEARS, YEAR_LINK, YEAR_PREPS } from './date-words.ts';
import { normalizeSpaces } from './normalize-text.ts';

export interface RawDate {
  text: string;
  index: number;
  norm: string;
  precision: DatePrecision;
  /** Higher wins when spans overlap. */
  priority: number;
}

/** Reference day (the article's publication date) as calendar parts. */
export interface RefDay { y: number; m: number; d: number }

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/ /g, '\\s+');
const alt = (xs: string[]): string => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');
const YEAR = String.raw`(1[89]\d\d|20\d\d|21\d\d)`;
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

interface Compiled {
  half: RegExp; quarter: RegExp; hq: RegExp; partYear: RegExp; partThisYear: RegExp; monthYear: RegExp;
  relYear: RegExp; bareYear: RegExp; halfNoYear: RegExp; quarterNoYear: RegExp; halfCue: RegExp; quarterCue: RegExp;
}
const cache = new Map<Lang, Compiled>();

function compile(lang: Lang): Compiled {
  const ord = alt(Object.keys(ORDINALS[lang]));
  const half = alt(HALF_WORDS[lang]);
  const quarter = alt(QUARTER_WORDS[lang]);
  const link = YEAR_LINK[lang];
  const parts = alt(PART_WORDS[lang].map(([w]) => w));
  const months = alt(Object.keys(MONTHS[lang]));
  const thisYear = { en: String.raw`(?:the|this)\s+year`, fr: String.raw`(?:l['’]année|cette\s+année|l['’]an)`, de: String.raw`(?:des\s+Jahres|dieses\s+Jahres)`, es: String.raw`(?:(?:este\s+)?año)`, it: String.raw`(?:(?:quest['’])?anno)` }[lang];
  return {
    halfCue: new RegExp(`(?:${half})`, 'iu'),
    quarterCue: new RegExp(`(?:${quarter})`, 'iu'),
    half: new RegExp(`${B}(${ord})[\\s-]+(?:${half})${link}\\s+${YEAR}${E}`, 'giu'),
    quarter: new RegExp(`${B}(${ord})[\\s-]*(?:${quarter})${link}\\s+${YEAR}${E}`, 'giu'),
    halfNoYear: new RegExp(`${B}(${ord})[\\s-]+(?:${half})(?!${link}\\s+\\d)${E}`, 'giu'),
    quarterNoYear: new RegExp(`${B}(${ord})[\\s-]*(?:${quarter})(?!${link}\\s+\\d)${E}`, 'giu'),
    // H1/H2/S1/S2/T1-T4/Q1-Q4 + year, either order; "1H26"-style is too rare to be worth the ambiguity.
    hq: new RegExp(`${B}(?:([HSQT])([1-4])\\s*[-/]?\\s*(?:${YEAR}|[’'](\\d\\d))|${YEAR}\\s*[-/]?\\s*([HQ])([1-4]))${E}`, 'gu'),
    partYear: new RegExp(`${B}(${parts})\\s*${YEAR}${E}`, 'giu'),
    partThisYear: new RegExp(`${B}(${parts})\\s+${thisYear}${E}`, 'giu'),
    monthYear: new RegExp(`${B}(?:(${parts})\\s*)?(${months})\\.?(?:\\s*(?:de|del|of|,)?\\s+${YEAR})?${E}`, 'giu'),
    relYear: new RegExp(`${B}(?:${alt(RELATIVE_YEARS[lang].map(([w]) => w))})${E}`, 'giu'),
    bareYear: new RegExp(`${B}(?:(${alt(YEAR_PREPS[lang])})\\s+)?${YEAR}(?![\\p{L}\\p{N}]|\\s?%|[.,]\\d|\\s?(?:€|\\$|£))`, 'giu'),
  };
}

function compiled(lang: Lang): Compiled {
  let c = cache.get(lang);
  if (!c) cache.set(lang, (c = compile(lang)));
  return c;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Which ordinal a word is, for `lang` (case-insensitive). */
function ordinal(word: string, lang: Lang): number | undefined {
  return ORDINALS[lang][word.toLowerCase()];
}

/** A quarter or half with no year belongs to the reference year, or the year before if it has not begun yet. */
function yearForPeriod(ref: RefDay, startMonth: number): number {
  return startMonth > ref.m ? ref.y - 1 : ref.y;
}

/** All custom date expressions of `input`. `ref` is needed for expressions without a year. Never throws. */
export function parseCustomDates(input: string, lang: Lang, ref?: RefDay): RawDate[] {
  const text = normalizeSpaces(input);
  const c = compiled(lang);
  const out: RawDate[] = [];
  const push = (m: RegExpExecArray, norm: string, precision: DatePrecision, priority: number): void => {
    out.push({ text: input.slice(m.index, m.index + m[0].length), index: m.index, norm, precision, priority });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
  };

  const hasHalf = c.halfCue.test(text);
  const hasQuarter = c.quarterCue.test(text);
  if (hasHalf) each(c.half, (m) => {
    const n = ordinal(m[1] ?? '', lang);
    if (n === 1 || n === 2) push(m, `${m[2]}-H${n}`, 'half', 5);
  });
  if (hasQuarter) each(c.quarter, (m) => {
    const n = ordinal(m[1] ?? '', lang);
    if (n) push(m, `${m[2]}-Q${n}`, 'quarter', 5);
  });
  if (ref && hasHalf) {
    each(c.halfNoYear, (m) => {
      const n = ordinal(m[1] ?? '', lang);
      if (n === 1 || n === 2) push(m, `${yearForPeriod(ref, n === 1 ? 1 : 7)}-H${n}`, 'half', 4);
    });
  }
  if (ref && hasQuarter) {
    each(c.quarterNoYear, (m) => {
      const n = ordinal(m[1] ?? '', lang);
      if (n) push(m, `${yearForPeriod(ref, n * 3 - 2)}-Q${n}`, 'quarter', 4);
    });
  }
  if (/[HSQT][1-4]|\d[HQ][1-4]/.test(text)) each(c.hq, (m) => {
    const letter = (m[1] ?? m[5] ?? '').toUpperCase();
    const n = Number(m[2] ?? m[6]);
    let year = m[3] ?? m[7];
    if (!year && m[4]) year = `20${m[4]}`;
    if (!year) return;
    // Q/T = quarter (T is French "trimestre"), H/S = half (S is French "semestre").
    if ((letter === 'H' || letter === 'S') && (n === 1 || n === 2)) push(m, `${year}-H${n}`, 'half', 5);
    else if ((letter === 'Q' || (letter === 'T' && lang === 'fr')) && n >= 1 && n <= 4) push(m, `${year}-Q${n}`, 'quarter', 5);
  });
  each(c.partYear, (m) => push(m, `${m[2]}`, 'year', 4));
  if (ref) each(c.partThisYear, (m) => push(m, `${ref.y}`, 'year', 3));
  each(c.monthYear, (m) => {
    const monthWord = m[2] ?? '';
    const month = MONTHS[lang][monthWord.toLowerCase()];
    if (!month) return;
    // English and German capitalise month names; a lowercase "may"/"march" is a verb.
    if ((lang === 'en' || lang === 'de') && !/^\p{Lu}/u.test(monthWord)) return;
    // "22 septembre 2025" is chrono's (day precision); we only take month-level phrases.
    if (/\d\.?\s*(?:de\s+|of\s+)?$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
    if (/^\s*\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return;
    const year = m[3] ? Number(m[3]) : undefined;
    if (year) return push(m, `${year}-${pad(month)}`, 'month', 2);
    if (!ref || !m[1] || monthWord.length < 3) return;
    // A month without a year in news is usually the past one: only up to two months ahead stays in the same year.
    const y = month > ref.m + 2 ? ref.y - 1 : ref.y;
    push(m, `${y}-${pad(month)}`, 'month', 2);
  });
  if (ref) {
    const table = new Map(RELATIVE_YEARS[lang].map(([w, off]) => [w.replace(/’/g, "'"), off]));
    each(c.relYear, (m) => {
      const off = table.get(m[0].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '));
      if (off !== undefined) push(m, `${ref.y + off}`, 'year', 3);
    });
  }
  each(c.bareYear, (m) => {
    // Skip "2020-2024"-style ranges' second half glued by a hyphen, and numbers that are clearly counts.
    if (/[-–/]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) return;
    push(m, `${m[2]}`, 'year', 1);
  });
  return out;
}
