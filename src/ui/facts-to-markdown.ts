import type { ArticleFacts } from '../core/types.ts';
import { t, uiLanguage } from '../platform/i18n.ts';
import { escapeMarkdown as md, markdownUrl } from './escape-markdown.ts';
import { eventLabel } from './format/event-label.ts';
import { formatAmount } from './format/format-amount.ts';
import { formatFactDate, formatPublished } from './format/format-fact-date.ts';
import { formatNumberFact } from './format/format-number-fact.ts';
import { publishedIso } from './format/published-iso.ts';

/**
 * The card as Markdown: linked title, site/date line, TL;DR, one bullet per fact row, quotes with their
 * speakers, and the source URL. Labels are in the reader's language; every piece of page text is escaped.
 */
export function factsToMarkdown(facts: ArticleFacts, locale: string = uiLanguage()): string {
  const { meta } = facts;
  const url = markdownUrl(meta.url);
  const lines: string[] = [url ? `# [${md(meta.title)}](${url})` : `# ${md(meta.title)}`, ''];

  const iso = meta.published ? publishedIso(meta.published) : null;
  const byline = [
    meta.site && md(meta.site),
    iso && formatPublished(iso, locale),
    facts.readingMinutes > 0 && t('card_readingTime', Math.round(facts.readingMinutes)),
  ].filter(Boolean);
  if (byline.length) lines.push(`*${byline.join(' · ')}*`, '');

  if (facts.tldr) lines.push(`**${t('card_tldr')}** ${md(facts.tldr.text)}`, '');

  const bullet = (label: string, values: string[]) => {
    if (values.length) lines.push(`- **${label}:** ${values.join(' · ')}`);
  };
  bullet(t('card_event'), facts.event ? [`${eventLabel(facts.event.type)} (${md(facts.event.label)})`] : []);
  bullet(t('card_parties'), facts.parties.map((p) => (p.role ? `${md(p.name)} (${md(p.role)})` : md(p.name))));
  bullet(t('card_amounts'), facts.amounts.map((a) => `${md(formatAmount(a, locale))} (${md(a.text)})`));
  bullet(t('card_dates'), facts.dates.map((d) => md(formatFactDate(d, locale))));
  bullet(t('card_numbers'), facts.numbers.map((n) => md(formatNumberFact(n, locale))));

  if (facts.quotes.length) {
    lines.push('', `## ${t('card_quotes')}`);
    for (const q of facts.quotes) {
      const speaker = q.role ? `${md(q.speaker)}, ${md(q.role)}` : md(q.speaker);
      lines.push('', `> “${md(q.quote)}”`, `> — ${speaker}`);
    }
  }
  if (url) lines.push('', `${t('card_source')}: ${url}`);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
