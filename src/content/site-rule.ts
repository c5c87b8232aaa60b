import type { Settings, SiteRule } from '../storage/types.ts';

/**
 * The per-site rule for a URL: exact host first, then its parent domains (a rule for example.com also
 * covers news.example.com). Keys are lower-case hostnames without "www." (as the options page stores them).
 */
export function siteRule(settings: Pick<Settings, 'siteRules'>, url: string): SiteRule | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
  const parts = host.split('.');
  // Exact host (also single-label hosts such as localhost), then parents down to the registrable-ish domain.
  for (let i = 0; i < Math.max(1, parts.length - 1); i++) {
    const rule = settings.siteRules[parts.slice(i).join('.')];
    if (rule) return rule;
  }
  return undefined;
}
