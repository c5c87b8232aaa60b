/**
 * Dates in the article text: chrono-node (en, fr, de, es, it) for days, weekdays and relative days, plus our
 * parsers for half-years, quarters, "end of", month + year and plain years. Relative expressions are resolved
 * against the publication date; without one, only dates that carry their own year are kept.
 */
import { casual as chronoEn } from 'chrono-node/en';
import { casual as chronoFr } from 'chrono-node/fr';
import { casual as chronoDe } from 'chrono-node/de';
import { casual as chronoEs } from 'chrono-node/es';
import { casual as chronoIt } from 'chrono-node/it';
import type { Chrono } from 'chrono-node/en';
import type { DatePrecision, Lang } from '../types.ts';
import { parseCustomDates, type RawDate, type RefDay } from './custom-dates.ts';
import { normalizeSpaces } from './normalize-text.ts';
import { foldCase } from './word-list.ts';
import { foldedPattern } from '../text/letter-class.ts';

export interface ParsedDate {
  text: string;
  index: number;
  norm: string;
  precision: DatePrecision;
}

const CHRONO: Record<Lang, Chrono> = { en: chronoEn, fr: chronoFr, de: chronoDe, es: chronoEs, it: chronoIt };
const pad = (n: number): string => String(n).padStart(2, '0');

/** Reads the calendar day of an ISO 8601 string as written (no timezone shift), or undefined. */
export function refDayOf(iso: string | undefined): RefDay | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return undefined;
  const ref = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return ref.m >= 1 && ref.m <= 12 && ref.d >= 1 && ref.d <= 31 ? ref : undefined;
}

/**
 * Words without which no line can hold a date chrono reads (digits aside): months, weekdays, relative days. Word
 * starts are anchored where a bare substring would match common words ("an" in "dans", "mar" in "armar").
 */
const CUES: Record<Lang, RegExp> = {
  en: /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|week|month|year|ago|tomorrow|tonight|noon|last|next/i,
  fr: /\d|(?<!\p{L})(?:janv|févr|fevr|mars|avril|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|demain|aujourd|semaine|mois|ans?(?!\p{L})|année|il y a|dernier|dernière|prochain|soir|matin|nuit|veille|lendemain)/iu,
  de: /\d|jan|feb|märz|apr|mai|jun|jul|aug|sep|okt|nov|dez|tag|gestern|morgen|heute|woche|monat|jahr|vor|letzte|nächste|abend/i,
  es: /\d|(?<!\p{L})(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|mañana|hoy|semana|mes|año|hace|pasado|próxim|noche)/iu,
  it: /\d|genn|febb|marz|apr|magg|giugn|lugl|agost|sett|ott|nov|dic|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|domani|oggi|settimana|mese|anno|fa|scors|prossim|sera/i,
};

const foldedCues: Partial<Record<Lang, RegExp>> = {};

/**
 * The lines that can contain a date chrono reads, joined by "\n", with where each starts in the text. chrono runs
 * every parser's pattern over every position of its input, so lines without a cue are left out rather than blanked.
 */
function cueLines(text: string, lang: Lang): { text: string; at: number[]; from: number[] } {
  // On the lowercased line, without the 'iu' flags: V8 compiles the 'iu' alternation slowly on a fresh page.
  const folded = (foldedCues[lang] ??= foldedPattern(CUES[lang]));
  const hasCue = (line: string): boolean => {
    const lower = foldCase(line);
    return lower === undefined ? CUES[lang].test(line) : folded.test(lower);
  };
  const at: number[] = [];
  const from: number[] = [];
  let out = '';
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!hasCue(m[0])) continue;
    if (out) out += '\n';
    at.push(out.length);
    from.push(m.index);
    out += m[0];
  }
  return { text: out, at, from };
}

function chronoDates(text: string, lang: Lang, ref: RefDay | undefined): RawDate[] {
  const out: RawDate[] = [];
  const refDate = ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : new Date();
  const lines = cueLines(text, lang);
  if (!lines.text) return out;
  let results;
  try {
    results = CHRONO[lang].parse(lines.text, refDate);
  } catch {
    return out;
  }
  // Back to offsets in `text`: the line the match starts in.
  const origin = (i: number): number => {
    let lo = 0;
    let hi = lines.at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines.at[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    return (lines.from[lo] ?? 0) + i - (lines.at[lo] ?? 0);
  };
  for (const r of results) {
    const s = r.start;
    const day = s.isCertain('day') || s.isCertain('weekday');
    const month = s.isCertain('month');
    const yearCertain = s.isCertain('year');
    if (!day && !month && !yearCertain) continue;
    // Without a reference, "Monday" or "yesterday" would resolve against the reading day: drop them.
    if (!ref && !yearCertain) continue;
    let y = s.get('year') ?? 0;
    const mo = s.get('month') ?? 1;
    const d = s.get('day') ?? 1;
    // News refers to the past: a year-less date more than ~3 months after publication is last year's.
    if (ref && !yearCertain && (day || month)) {
      const ahead = (y - ref.y) * 12 + (mo - ref.m);
      if (ahead > 2 && y === ref.y) y -= 1;
      else if (ahead > 2 && y === ref.y + 1 && !/\b(?:next|prochain|nächst|próxim|prossim)/i.test(r.text)) y -= 1;
    }
    // The contract's dates have four-digit years; chrono resolves "375072 days ago" or "in 9000 years" to others.
    if (y < 1000 || y > 9999) continue;
    // A match cannot run into the next line (in the joined lines that would be a line further down the text),
    // and starts at its first non-space (chrono's patterns may open with spaces).
    const lead = r.text.length - r.text.trimStart().length;
    const text1 = r.text.trimStart().split('\n')[0]!.replace(/[\s,.;:]+$/, '');
    if (!text1) continue;
    // "Sam", "Mar", "Lun": abbreviations of weekdays collide with names and words; only full words count.
    if (!/\d/.test(text1) && /^\p{Lu}?\p{Ll}{0,3}\.?$/u.test(text1)) continue;
    if (day && (s.isCertain('day') || s.isCertain('weekday') || (month && s.isCertain('day')))) {
      out.push({ text: text1, index: origin(r.index + lead), norm: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day', priority: 2 });
    } else if (month) {
      out.push({ text: text1, index: origin(r.index + lead), norm: `${y}-${pad(mo)}`, precision: 'month', priority: 2 });
    } else {
      out.push({ text: text1, index: origin(r.index + lead), norm: `${y}`, precision: 'year', priority: 2 });
    }
  }
  return out;
}

/** Dates of `input` in reading order; overlapping readings resolved by specificity. Never throws. */
export function parseDates(input: string, lang: Lang, published?: string): ParsedDate[] {
  const ref = refDayOf(published);
  const text = normalizeSpaces(input);
  const all = [...parseCustomDates(input, lang, ref), ...chronoDates(text, lang, ref)];
  all.sort((a, b) => b.priority - a.priority || b.text.length - a.text.length || a.index - b.index);
  const taken: RawDate[] = [];
  for (const d of all) {
    const end = d.index + d.text.length;
    if (taken.some((t) => d.index < t.index + t.text.length && t.index < end)) continue;
    taken.push(d);
  }
  return taken
    .sort((a, b) => a.index - b.index)
    .map(({ text: t, index, norm, precision }) => ({ text: input.slice(index, index + t.length), index, norm, precision }));
}
