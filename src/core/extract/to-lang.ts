import type { Lang } from '../types.ts';

const SUPPORTED: readonly Lang[] = ['en', 'fr', 'de', 'es', 'it'];

/**
 * Maps a language tag or locale (`fr-FR`, `de_CH`, `EN`) to a supported Lang.
 * @returns the Lang, or null when the tag is empty or names a language Nutgraf has no rules for.
 */
export function toLang(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED as readonly string[]).includes(primary) ? (primary as Lang) : null;
}
