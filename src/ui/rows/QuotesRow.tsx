import type { ArticleFacts } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';
import { FactButton, type ShowSource } from '../fact-button.tsx';
import { COMPACT_LIMITS } from '../has-overflow.ts';
import { FactSection, isOverflow } from './FactSection.tsx';

interface RowProps { facts: ArticleFacts; expanded: boolean; onShowSource?: ShowSource }

/** "Who said what": speaker (role) and the quoted words, in the article's language and quotation marks. */
export function QuotesRow({ facts, expanded, onShowSource }: RowProps) {
  if (facts.quotes.length === 0) return null;
  return (
    <FactSection label={t('card_quotes')}>
      {facts.quotes.map((quote, i) => (
        <FactButton
          key={i}
          kind="quote"
          data={{ 'data-speaker': quote.speaker }}
          source={quote.source}
          title={t('card_showSource')}
          hidden={isOverflow(i, COMPACT_LIMITS.quotes, expanded)}
          onShowSource={onShowSource}
        >
          <span class="nfc-speaker" lang={facts.meta.lang} dir="auto">
            {quote.speaker}
            {quote.role && <span class="nfc-role">{quote.role}</span>}
          </span>
          <q lang={facts.meta.lang} dir="auto">{quote.quote}</q>
        </FactButton>
      ))}
    </FactSection>
  );
}
