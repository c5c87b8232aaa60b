/**
 * A publication date as a page writes it (JSON-LD, meta tags, `<time datetime>`) → ISO 8601, keeping the
 * calendar day and the offset the page wrote. Why not `new Date(x).toISOString()`: that moves the instant to UTC,
 * so "2020-08-18T00:30:00+02:00" becomes the 17th, and the card's `data-date` names another day than the byline;
 * and V8 cannot parse some forms pages use at all ("2022-05-04T03:00:00 UTC", "2024-04-30 16:00:34 +02:00"
 * with a space before the offset), which left the card without a published date.
 */

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

const pad = (n: number | string, width = 2): string => String(n).padStart(width, '0');

/** A real calendar day (no 2025-02-30), year in a range a news page can mean. */
function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

/** "Z", "UTC", "GMT", "+02", "+0200", "+02:00", "GMT+0200" → "Z" | "±HH:MM"; undefined for none or an unknown zone name. */
function zone(z: string | undefined): string | undefined {
  if (!z) return undefined;
  if (/^(?:z|utc|gmt|ut)$/i.test(z)) return 'Z';
  const m = /^(?:gmt|utc)?([+-])(\d{2}):?(\d{2})?$/i.exec(z);
  if (!m) return undefined;
  const offset = `${m[1]}${m[2]}:${m[3] ?? '00'}`;
  return offset === '+00:00' || offset === '-00:00' ? 'Z' : offset;
}

function compose(y: number, mo: number, d: number, time?: { h: string; mi: string; s?: string | undefined; frac?: string | undefined }, z?: string): string {
  const day = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (!time || Number(time.h) > 23 || Number(time.mi) > 59 || Number(time.s ?? 0) > 60) return day;
  const frac = time.frac ? `.${time.frac}` : '';
  return `${day}T${pad(time.h)}:${time.mi}:${time.s ?? '00'}${frac}${z ?? ''}`;
}

// Optional zone: Z, UTC, GMT, ±HH[[:]MM], GMT±HHMM (Date.prototype.toString, pasted into meta tags).
const ZONE = String.raw`((?:gmt|utc)?[+-]\d{2}(?::?\d{2})?|z|utc|gmt|ut)?`;
// 2025-09-22, 2025-09-22T10:15, 2025-09-22 10:15:00.123 +02:00, 2025-09-22T03:00:00 UTC, 20250922T101500Z.
const ISO_LIKE = new RegExp(String.raw`^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?\s*${ZONE})?(?=$|\s|[^\d:])`, 'i');
// Already ISO 8601 as the card writes it: kept exactly as written.
const STRICT_ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
// Tue, 18 Aug 2020 00:30:00 +0200 (RFC 2822 and the like), 18 August 2020, Aug 18, 2020 10:00 GMT.
const DAY_MONTH = new RegExp(String.raw`^(?:[a-z]{3,9}\.?,?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*${ZONE})?\b`, 'i');
const MONTH_DAY = new RegExp(String.raw`^(?:[a-z]{3,9}\.?,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*${ZONE})?\b`, 'i');

/**
 * ISO 8601 for a written date: `YYYY-MM`, `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`, with the day,
 * the time and the offset as written (never converted to another zone). A zone name other than UTC/GMT is
 * dropped (the written local time and day stay). Other strings V8 can read fall back to its UTC instant.
 * @returns undefined when nothing date-like can be read
 */
export function toIsoDate(value: string | undefined | null): string | undefined {
  const v = (value ?? '').trim();
  if (!v) return undefined;
  const month = /^(\d{4})-(\d{2})$/.exec(v);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12 ? v : undefined;
  let m = ISO_LIKE.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return undefined;
    if (STRICT_ISO.test(v) && Number(m[4] ?? 0) <= 23) return v;
    return compose(y, mo, d, m[4] ? { h: m[4], mi: m[5]!, s: m[6], frac: m[7] } : undefined, zone(m[8]));
  }
  m = DAY_MONTH.exec(v);
  const n = m ? null : MONTH_DAY.exec(v);
  if (m || n) {
    const [day, name, year] = m ? [m[1]!, m[2]!, m[3]!] : [n![2]!, n![1]!, n![3]!];
    const mo = MONTHS[name.slice(0, 3).toLowerCase()];
    const parts = (m ?? n)!;
    if (mo) {
      // Date.parse would roll "31 Feb" over into March.
      if (!validDay(Number(year), mo, Number(day))) return undefined;
      return compose(Number(year), mo, Number(day), parts[4] ? { h: parts[4], mi: parts[5]!, s: parts[6] } : undefined, zone(parts[7]));
    }
  }
  const time = Date.parse(v);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
