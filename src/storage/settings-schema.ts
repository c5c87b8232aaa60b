/**
 * Validation of settings. Two strengths: `coerceSettings` is lenient (a stored value with a bad field keeps
 * the default for that field, so a bad sync never breaks the extension); `validateSettingsPatch` is strict
 * (an update or an imported settings file with a bad field is refused with a clear message).
 */
import type { ReaderTheme, Settings, SiteRule } from './types.ts';
import { DEFAULT_SETTINGS } from './items.ts';

type Reader = Settings['reader'];
const THEMES: readonly ReaderTheme[] = ['system', 'light', 'sepia', 'dark'];
const FONTS: readonly Reader['font'][] = ['serif', 'sans'];
const POSITIONS: readonly Settings['cardPosition'][] = ['top', 'bottom-right'];
const DENSITIES: readonly Settings['cardDensity'][] = ['compact', 'expanded'];
const RULES: readonly SiteRule[] = ['never', 'always'];
export const FONT_SIZE = { min: 12, max: 32 };
export const LINE_WIDTH = { min: 40, max: 100 };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T>(list: readonly T[], v: unknown): v is T => list.includes(v as T);
const inRange = (v: unknown, r: { min: number; max: number }): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= r.min && v <= r.max;

/** A site rule key: a bare hostname, lower case, without "www." (what `siteKey` produces). */
export function siteKey(hostOrUrl: string): string {
  let host = hostOrUrl.trim().toLowerCase();
  try {
    if (host.includes('/')) host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
  } catch {
    return '';
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) || /^\[[0-9a-f:]+\]$/.test(host) ? host : '';
}

function checkRules(v: unknown, strict: boolean): Record<string, SiteRule> {
  if (!isObject(v)) {
    if (strict) throw new Error('siteRules must be an object of hostname → "never" | "always".');
    return {};
  }
  const out: Record<string, SiteRule> = {};
  for (const [host, rule] of Object.entries(v)) {
    const key = siteKey(host);
    if (key && oneOf(RULES, rule)) out[key] = rule;
    else if (strict) throw new Error(`Invalid site rule "${host}": "${String(rule)}" (expected a hostname and "never" or "always").`);
  }
  return out;
}

function checkReader(v: unknown, base: Reader, strict: boolean): Reader {
  if (!isObject(v)) {
    if (strict) throw new Error('reader must be an object.');
    return { ...base };
  }
  const out = { ...base };
  const fail = (field: string): void => {
    if (strict) throw new Error(`Invalid reader.${field}: ${JSON.stringify(v[field])}.`);
  };
  if ('theme' in v) {
    if (oneOf(THEMES, v.theme)) out.theme = v.theme;
    else fail('theme');
  }
  if ('font' in v) {
    if (oneOf(FONTS, v.font)) out.font = v.font;
    else fail('font');
  }
  if ('fontSize' in v) {
    if (inRange(v.fontSize, FONT_SIZE)) out.fontSize = v.fontSize;
    else fail('fontSize');
  }
  if ('lineWidth' in v) {
    if (inRange(v.lineWidth, LINE_WIDTH)) out.lineWidth = v.lineWidth;
    else fail('lineWidth');
  }
  return out;
}

/**
 * Check an update. Throws on unknown keys and bad values; `reader` may be partial (merged over `current`).
 * @returns the patch with `reader` completed from `current`.
 */
export function validateSettingsPatch(patch: unknown, current: Settings = DEFAULT_SETTINGS): Partial<Settings> {
  if (!isObject(patch)) throw new Error('Settings must be an object.');
  const out: Partial<Settings> = {};
  for (const [key, v] of Object.entries(patch)) {
    switch (key) {
      case 'enabled':
      case 'hideUpsells':
        if (typeof v !== 'boolean') throw new Error(`Invalid ${key}: expected true or false.`);
        out[key] = v;
        break;
      case 'siteRules':
        out.siteRules = checkRules(v, true);
        break;
      case 'cardPosition':
        if (!oneOf(POSITIONS, v)) throw new Error(`Invalid cardPosition: ${JSON.stringify(v)}.`);
        out.cardPosition = v;
        break;
      case 'cardDensity':
        if (!oneOf(DENSITIES, v)) throw new Error(`Invalid cardDensity: ${JSON.stringify(v)}.`);
        out.cardDensity = v;
        break;
      case 'reader':
        out.reader = checkReader(v, current.reader, true);
        break;
      default:
        throw new Error(`Unknown setting "${key}".`);
    }
  }
  return out;
}

/** Read stored settings leniently: every missing or bad field takes its default. */
export function coerceSettings(raw: unknown): Settings {
  const d = DEFAULT_SETTINGS;
  if (!isObject(raw)) return structuredClone(d);
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : d.enabled,
    hideUpsells: typeof raw.hideUpsells === 'boolean' ? raw.hideUpsells : d.hideUpsells,
    siteRules: checkRules(raw.siteRules, false),
    cardPosition: oneOf(POSITIONS, raw.cardPosition) ? raw.cardPosition : d.cardPosition,
    cardDensity: oneOf(DENSITIES, raw.cardDensity) ? raw.cardDensity : d.cardDensity,
    reader: checkReader(raw.reader, d.reader, false),
  };
}
