import type { ArticleFacts } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';
import { FactButton, type ShowSource } from '../fact-button.tsx';
import { formatAmount } from '../format/format-amount.ts';
import { COMPACT_LIMITS } from '../has-overflow.ts';
import { FactSection, isOverflow } from './FactSection.tsx';

interface RowProps { facts: ArticleFacts; locale: string; expanded: boolean; onShowSource?: ShowSource }

/** "How much": the main amount first (compact view), the others when expanded; verbatim text on hover. */
export function AmountsRow({ facts, locale, expanded, onShowSource }: RowProps) {
  if (facts.amounts.length === 0) return null;
  return (
    <FactSection label={t('card_amounts')}>
      {facts.amounts.map((amount, i) => (
        <FactButton
          key={i}
          kind="amount"
          data={{ 'data-value': String(amount.value), 'data-currency': amount.currency, 'data-qualifier': amount.qualifier }}
          source={amount.source}
          title={amount.text}
          hidden={isOverflow(i, COMPACT_LIMITS.amounts, expanded)}
          onShowSource={onShowSource}
        >
          {formatAmount(amount, locale)}
        </FactButton>
      ))}
    </FactSection>
  );
}
