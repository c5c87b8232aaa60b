/**
 * Markdown export of the library: one section per summary, readable as is and easy to paste into notes apps.
 * English labels on purpose: it is a document format, like the JSON field names.
 */
import type { SavedSummary } from './types.ts';

/** Escape text so it cannot open a link, an emphasis, a heading or HTML in Markdown. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#!|~]/g, '\\$&').replace(/\s+/g, ' ').trim();
}

/** `<` and `>` and spaces would end a Markdown link destination early. */
const linkTarget = (url: string): string => url.replace(/[()<> ]/g, encodeURIComponent);

function section(s: SavedSummary): string {
  const f = s.facts;
  const lines = [`## [${escapeMarkdown(s.title || s.url)}](${linkTarget(s.url)})`, ''];
  const about = [escapeMarkdown(s.site), s.lang, s.published ? `published ${s.published}` : '', `saved ${s.savedAt}`];
  lines.push(`*${about.filter(Boolean).join(' · ')}*`, '');
  if (s.tldr) lines.push(`> ${escapeMarkdown(s.tldr)}`, '');
  const bullet = (label: string, values: string[]): void => {
    if (values.length) lines.push(`- **${label}:** ${values.map(escapeMarkdown).join('; ')}`);
  };
  bullet('Who', f.parties.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)));
  bullet('What', f.event ? [f.event.label] : []);
  bullet('How much', f.amounts.map((a) => a.text));
  bullet('Numbers', f.numbers.map((n) => n.text));
  bullet('When', f.dates.map((d) => `${d.text} (${d.norm})`));
  bullet('Quotes', f.quotes.map((q) => `“${q.quote}” — ${q.speaker}`));
  if (s.note?.trim()) lines.push('', `Note: ${escapeMarkdown(s.note)}`);
  if (s.tags.length) lines.push('', `Tags: ${s.tags.map((t) => `#${escapeMarkdown(t).replace(/ /g, '-')}`).join(' ')}`);
  return lines.join('\n');
}

export function libraryToMarkdown(items: SavedSummary[], now = new Date()): string {
  const head = `# Nutgraf library\n\n*${items.length} summaries, exported ${now.toISOString()}*`;
  return [head, ...items.map(section)].join('\n\n') + '\n';
}
