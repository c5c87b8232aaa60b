import type { ArticleFacts } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';
import { FactButton, type ShowSource } from '../fact-button.tsx';
import { eventLabel } from '../format/event-label.ts';
import { COMPACT_LIMITS } from '../has-overflow.ts';
import { FactSection, isOverflow } from './FactSection.tsx';

interface RowProps { facts: ArticleFacts; expanded: boolean; onShowSource?: ShowSource }

/** One row for the event ("Investment") and the parties at the centre of the story, people with their role. */
export function EventPartiesRow({ facts, expanded, onShowSource }: RowProps) {
  const { event, parties } = facts;
  if (!event && parties.length === 0) return null;
  return (
    <FactSection label={t('card_whoWhat')}>
      {event && (
        <FactButton kind="event" data={{ 'data-type': event.type }} source={event.source} title={event.label} onShowSource={onShowSource}>
          {eventLabel(event.type)}
        </FactButton>
      )}
      {parties.map((party, i) => (
        <FactButton
          key={`${party.name}-${i}`}
          kind="party"
          data={{ 'data-kind': party.kind, 'data-name': party.name }}
          source={party.source}
          hidden={isOverflow(i, COMPACT_LIMITS.parties, expanded)}
          onShowSource={onShowSource}
        >
          <span lang={facts.meta.lang} dir="auto">{party.name}</span>
          {party.role && <span class="nfc-role" lang={facts.meta.lang} dir="auto">{party.role}</span>}
        </FactButton>
      ))}
    </FactSection>
  );
}
