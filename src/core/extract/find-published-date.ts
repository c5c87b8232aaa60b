/**
 * The publication date as the page shows it to the reader, for pages whose JSON-LD / meta tags are missing or
 * disagree with what the byline says (a UTC timestamp one day after the local date, day and month swapped).
 * Fallbacks in order of trust: microdata `datePublished`, `<time>` in the byline, labelled byline text
 * ("Publié le 23 septembre 2025", "Veröffentlicht am 3. März 2024", …), byline-like elements, the URL.
 */
import { MONTHS } from '../facts/date-words.ts';

// All five languages in one table: the page's declared language is sometimes wrong.
const MONTH: Record<string, number> = Object.assign(
  {},
  ...Object.values(MONTHS),
  // Abbreviations bylines use that the facts tables do not need.
  { janv: 1, févr: 2, fevr: 2, avr: 4, juil: 7, déc: 12, dec: 12, mär: 3, mrz: 3, okt: 10, dez: 12, ene: 1, abr: 4, ago: 8, dic: 12, gen: 1, mag: 5, giu: 6, lug: 7, set: 9, ott: 10, sept: 9 },
) as Record<string, number>;

const MONTH_WORD = '([a-zà-üñ]{3,10})';
const DAY_FIRST = new RegExp(`(?<![\\d.])(\\d{1,2})(?:er|º|°|\\.)?,?\\s*(?:de\\s+)?${MONTH_WORD}\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, 'iu');
const MONTH_FIRST = new RegExp(`${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');
const ISO_TEXT = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const NUMERIC = /(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d.])/;

const PUB_LABEL = /(?:publié|publiée|publication|published|posted|first published|original|veröffentlicht|erschienen|publicado|publicada|pubblicato|pubblicata)(?:\s+(?:le|on|am|el|il|el día|del))?\s*:?\s*/giu;
const UPDATED_LABEL = /(?:mis à jour|modifié|updated|last modified|aktualisiert|geändert|actualizado|actualizada|aggiornato|aggiornata)/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

/** The calendar day of an ISO-like string exactly as written (an explicit offset is never converted away). */
export function localDay(value: string | undefined): string | undefined {
  const m = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * The first full date (day, month, year) written in `text`, in any of en/fr/de/es/it, as YYYY-MM-DD.
 * @param monthFirst read ambiguous slashed dates (03/05/2024) month first, as US English pages write them
 */
export function parseTextDate(text: string, monthFirst = false): string | undefined {
  const found: Array<{ at: number; day: string }> = [];
  const push = (at: number, day: string | undefined): void => {
    if (day) found.push({ at, day });
  };
  let m = DAY_FIRST.exec(text);
  if (m) push(m.index, ymd(Number(m[3]), MONTH[m[2]!.toLowerCase()] ?? 0, Number(m[1])));
  m = MONTH_FIRST.exec(text);
  if (m) push(m.index, ymd(Number(m[3]), MONTH[m[1]!.toLowerCase()] ?? 0, Number(m[2])));
  m = ISO_TEXT.exec(text);
  if (m) push(m.index, ymd(Number(m[1]), Number(m[2]), Number(m[3])));
  m = NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    // Dotted dates are always day first; slashed ones follow the page's convention unless a part exceeds 12.
    const dayFirst = m[2] === '.' || a > 12 || (!monthFirst && b <= 12);
    push(m.index, dayFirst ? ymd(y, b, a) : ymd(y, a, b));
  }
  found.sort((x, y) => x.at - y.at);
  return found[0]?.day;
}

/** A date right after a publication label ("Publié le …", "Published: …"), skipping "updated" dates. */
function labelledDate(text: string, monthFirst: boolean): string | undefined {
  PUB_LABEL.lastIndex = 0;
  for (let m = PUB_LABEL.exec(text); m; m = PUB_LABEL.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 45);
    const day = parseTextDate(after, monthFirst);
    // The date must follow the label closely (not a date further down the sentence).
    if (day && /^\W{0,3}(?:\w+\W+){0,2}\d/u.test(after)) return day;
  }
  return undefined;
}

/** Text of a byline-like element without the "updated …" part, which names a later date. */
function withoutUpdate(text: string): string {
  const u = UPDATED_LABEL.exec(text);
  if (!u) return text;
  PUB_LABEL.lastIndex = 0;
  const pub = PUB_LABEL.exec(text);
  // "Publié le X - Mis à jour le Y": keep the part before the update; "Updated: Y Original: X": drop Y.
  return pub && pub.index > u.index ? text.slice(pub.index) : text.slice(0, u.index);
}

const OUTSIDE = 'aside, nav, [class*="related" i], [class*="comment" i]';

function usable(el: Element): boolean {
  if (el.closest(OUTSIDE)) return false;
  // The page footer is not the byline, but an article's own <footer> often holds it ("node__meta", "entry-footer").
  const footer = el.closest('footer');
  return !footer || !!footer.closest('article, main, [role="main"]') || /meta|byline|entry/i.test(footer.getAttribute('class') ?? '');
}

/** Text a few characters before `el` inside its ancestors: the label a byline puts in front of its date. */
function labelBefore(el: Element): string {
  const own = el.textContent ?? '';
  let node: Element | null = el.parentElement;
  for (let i = 0; node && i < 3; i++, node = node.parentElement) {
    const full = node.textContent ?? '';
    const at = own ? full.indexOf(own) : -1;
    if (at > 0) {
      const before = full.slice(Math.max(0, at - 40), at).trim();
      if (before) return before;
    }
  }
  return '';
}

function fromMicrodata(doc: Document, monthFirst: boolean): string | undefined {
  for (const el of doc.querySelectorAll('[itemprop="datePublished" i]')) {
    const v = el.getAttribute('content') ?? el.getAttribute('datetime');
    const day = localDay(v ?? undefined) ?? parseTextDate(v ?? el.textContent ?? '', monthFirst);
    if (day) return day;
  }
  return undefined;
}

function fromTimeElements(doc: Document, monthFirst: boolean): string | undefined {
  const times = [...doc.querySelectorAll('time')].filter(usable).slice(0, 12);
  const isPub = (t: Element): boolean => t.hasAttribute('pubdate') || /publi|pubdate|entry-date/i.test(t.getAttribute('class') ?? '');
  const ordered = [...times.filter(isPub), ...times.filter((t) => !isPub(t))];
  for (const t of ordered) {
    const label = labelBefore(t);
    const lastWord = label.split(/[\s|:•·,-]+/).filter(Boolean).slice(-2).join(' ');
    if (UPDATED_LABEL.test(lastWord)) continue;
    if (/updated/i.test(t.getAttribute('class') ?? '') && !/publi/i.test(t.getAttribute('class') ?? '')) continue;
    // What the reader sees first (the datetime attribute is often the UTC instant, a day later).
    const day = parseTextDate(t.textContent ?? '', monthFirst) ?? localDay(t.getAttribute('datetime') ?? undefined);
    if (day) return day;
  }
  return undefined;
}

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** Visible text of the page's start, without scripts (their JSON holds many unrelated dates). */
function visibleText(root: Element, limit: number): string {
  const parts: string[] = [];
  let size = 0;
  const walk = (el: Element): void => {
    for (const child of el.childNodes) {
      if (size > limit) return;
      if (child.nodeType === 3) {
        const s = child.nodeValue ?? '';
        parts.push(s);
        size += s.length;
      } else if (child.nodeType === 1 && !SKIP_TEXT.has((child as Element).tagName.toUpperCase()) && usable(child as Element)) {
        walk(child as Element);
        parts.push(' ');
      }
    }
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ');
}

// Class names, and the test ids of component-built pages ("article-details-date") where classes are utility names.
function fromBylineElements(doc: Document, monthFirst: boolean): string | undefined {
  const sel = '[class*="byline" i], [class*="by_line" i], [class*="dateline" i], [class*="date" i], [class*="publi" i], [class*="meta" i], [class*="posted" i], [class*="created" i], [data-testid*="date" i]';
  let n = 0;
  for (const el of doc.querySelectorAll(sel)) {
    if (el.tagName === 'META' || el.tagName === 'BODY' || el.tagName === 'HTML' || !usable(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 200) continue;
    if (++n > 20) break;
    const day = labelledDate(text, monthFirst) ?? parseTextDate(withoutUpdate(text), monthFirst);
    if (day) return day;
  }
  return undefined;
}

/** /2024/03/05/, /2024-03-05/, /20240305/ in the path. */
export function dateFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = path.match(/\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/_-]|\.html?|$)/) ?? path.match(/[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/);
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The date the page shows its reader, without looking at JSON-LD or date metas. */
function shownDate(doc: Document, url: string, monthFirst: boolean): string | undefined {
  const body = doc.body;
  return (
    fromMicrodata(doc, monthFirst) ??
    fromTimeElements(doc, monthFirst) ??
    (body ? labelledDate(visibleText(body, 20000), monthFirst) : undefined) ??
    fromBylineElements(doc, monthFirst) ??
    dateFromUrl(url)
  );
}

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
// An instant with a time and no local offset (UTC or none): its calendar day may not be the reader's.
const utcInstant = (v: string): boolean => /\d[T ]\d{2}:\d{2}/.test(v) && (!/[+-]\d{2}:?\d{2}$/.test(v.trim()) || /[+-]00:?00$/.test(v.trim()));

/**
 * The publication date to show. With no `declared` date (JSON-LD / meta), the date the page shows
 * (YYYY-MM-DD). With one, `declared` is kept unless it is a UTC (or offset-less) instant one day away from the
 * date the byline or URL shows, or the shown date with day and month swapped: the reader's calendar day wins.
 * @param declared the date from JSON-LD or meta tags, as written
 */
export function findPublishedDate(doc: Document, url: string, declared?: string): string | undefined {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  const monthFirst = lang === 'en-us' || lang === 'en';
  const shownAs = (mf: boolean): string | undefined => {
    try {
      return shownDate(doc, url, mf);
    } catch {
      return undefined;
    }
  };
  const shown = shownAs(monthFirst);
  if (!declared) return shown;
  const day = localDay(declared);
  if (!day || !shown || shown === day) return declared;
  const [, dm, dd] = day.split('-');
  // A declared date with day and month swapped is a known CMS bug, but only an unambiguous shown date
  // (the same whichever way slashed dates are read) may correct it.
  const swapped = shown === `${day.slice(0, 4)}-${dd}-${dm}`;
  if (swapped) return shownAs(!monthFirst) === shown ? shown : declared;
  if (utcInstant(declared) && Math.abs(dayNumber(shown) - dayNumber(day)) <= 1) return shown;
  return declared;
}
