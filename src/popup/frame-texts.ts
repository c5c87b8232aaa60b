/**
 * The texts of the popup's plain-DOM first frame as the last open showed them: its UI strings and its rows' dates,
 * kept in localStorage beside the list's copy (recent-mirror.ts), so that frame needs the one synchronous read of
 * localStorage and nothing else. Without them it pays, before it can be painted, the first `i18n.getMessage`
 * (a synchronous request to the browser, which reads and parses the message files) and the first Intl date
 * formatter (ICU set-up): sampled in the popup's script at load 9–12, up to 13 ms and 13 ms (80–100 ms on a
 * cold open). Both are paid after the frame instead,
 * by Preact's hydration, which also writes the true text over any stale one (a new version, another language).
 * Only text, never markup.
 */
import { pageStorage } from '../storage/recent-mirror.ts';

export const FRAME_TEXTS_KEY = 'nutgraf.popup-texts';

/** Texts are kept for one UI language and one extension version (an update may change its strings). */
export interface TextsStamp {
  lang: string;
  version: string;
}

export interface FrameTexts {
  /** Message key → text. */
  strings: Map<string, string>;
  /** ISO date → its text. */
  dates: Map<string, string>;
}

interface StoredTexts extends TextsStamp {
  strings: Record<string, string>;
  dates: Record<string, string>;
}

const textMap = (r: unknown): Map<string, string> =>
  new Map(typeof r === 'object' && r !== null ? Object.entries(r).filter((e): e is [string, string] => typeof e[1] === 'string') : []);

/** The stored texts for `stamp`; empty when absent, corrupt, or of another language or version. Never throws. */
export function readFrameTexts(stamp: TextsStamp, store: Storage | undefined = pageStorage()): FrameTexts {
  try {
    const raw = store?.getItem(FRAME_TEXTS_KEY);
    const m = raw ? (JSON.parse(raw) as Partial<StoredTexts> | null) : null;
    if (m && typeof m === 'object' && m.lang === stamp.lang && m.version === stamp.version) return { strings: textMap(m.strings), dates: textMap(m.dates) };
  } catch {
    // Unreadable: the frame formats its texts itself.
  }
  return { strings: new Map(), dates: new Map() };
}

const same = (a: Map<string, string>, b: Record<string, string>) => a.size === Object.keys(b).length && Object.entries(b).every(([k, v]) => a.get(k) === v);

/** Stores `texts` for `stamp` when they differ from what is stored; returns whether it wrote. Never throws. */
export function writeFrameTexts(stamp: TextsStamp, texts: Pick<StoredTexts, 'strings' | 'dates'>, store: Storage | undefined = pageStorage()): boolean {
  if (!store) return false;
  try {
    const old = readFrameTexts(stamp, store);
    if (same(old.strings, texts.strings) && same(old.dates, texts.dates)) return false;
    store.setItem(FRAME_TEXTS_KEY, JSON.stringify({ lang: stamp.lang, version: stamp.version, strings: texts.strings, dates: texts.dates } satisfies StoredTexts));
    return true;
  } catch {
    return false;
  }
}
