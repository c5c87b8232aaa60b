import type { ArticleFacts } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';
import { FactButton, type ShowSource } from '../fact-button.tsx';
import { formatFactDate } from '../format/format-fact-date.ts';
import { formatNumberFact } from '../format/format-number-fact.ts';
import { COMPACT_LIMITS } from '../has-overflow.ts';
import { FactSection, isOverflow } from './FactSection.tsx';

interface RowProps { facts: ArticleFacts; locale: string; expanded: boolean; onShowSource?: ShowSource }

/** One row of dates and key numbers: the first two of each in the compact view, all when expanded. */
export function DatesNumbersRows({ facts, locale, expanded, onShowSource }: RowProps) {
  if (facts.dates.length + facts.numbers.length === 0) return null;
  return (
    <FactSection label={t('card_datesNumbers')}>
      {facts.dates.map((date, i) => (
        <FactButton
          key={`d${i}`}
          kind="date"
          data={{ 'data-date': date.norm, 'data-precision': date.precision }}
          source={date.source}
          title={date.text}
          hidden={isOverflow(i, COMPACT_LIMITS.dates, expanded)}
          onShowSource={onShowSource}
        >
          {formatFactDate(date, locale)}
        </FactButton>
      ))}
      {facts.numbers.map((number, i) => (
        <FactButton
          key={`n${i}`}
          kind="number"
          data={{ 'data-value': String(number.value), 'data-unit': number.unit }}
          source={number.source}
          title={number.text}
          hidden={isOverflow(i, COMPACT_LIMITS.numbers, expanded)}
          onShowSource={onShowSource}
        >
          {formatNumberFact(number, locale)}
        </FactButton>
      ))}
    </FactSection>
  );
}
