import type { CardState } from '../messaging/protocol.ts';
import type { SummaryInput } from '../storage/types.ts';

/** What the library stores for a card: its facts plus the fields the library lists and searches. */
export function summaryInput(state: CardState): SummaryInput {
  const { meta } = state.facts;
  const input: SummaryInput = {
    url: meta.url,
    title: meta.title,
    site: meta.site,
    lang: meta.lang,
    tldr: state.facts.tldr?.text ?? '',
    facts: state.facts,
  };
  if (meta.published) input.published = meta.published;
  return input;
}
