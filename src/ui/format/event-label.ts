import type { EventType } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';

/** The locale key of an event type: `investment` → `card_eventInvestment`. */
export function eventKey(type: EventType): string {
  return `card_event${type.charAt(0).toUpperCase()}${type.slice(1)}`;
}

/** The event type in the reader's language ("Investment"); the article's trigger word goes on hover. */
export function eventLabel(type: EventType): string {
  return t(eventKey(type));
}
