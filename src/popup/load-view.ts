/** What the popup shows about the current tab: loading, its card, or why there is none. */
import type { CardState, TabCardResult } from '../messaging/protocol.ts';
import { t } from '../platform/i18n.ts';
import type { PopupClient } from './client.ts';

export type View =
  | { kind: 'loading' }
  | { kind: 'card'; tabId: number; state: CardState }
  | { kind: 'failed'; failure: Extract<TabCardResult, { ok: false }> };

export const failedView = (message: string): View => ({ kind: 'failed', failure: { ok: false, reason: 'error', message } });

/** The current tab's card (the slow part: a background round trip, maybe a pipeline run); never rejects. */
export async function loadView(client: PopupClient): Promise<View> {
  try {
    const tabId = await client.currentTabId();
    // Marks for the benches (popup-card.ts prints them): where the wait for the card goes.
    performance.mark('nutgraf:popup-tab');
    if (tabId === null) return { kind: 'failed', failure: { ok: false, reason: 'restricted', message: t('error_restricted') } };
    const result = await client.getTabCard(tabId);
    performance.mark('nutgraf:popup-card-answer');
    return result.ok ? { kind: 'card', tabId, state: result.card } : { kind: 'failed', failure: result };
  } catch (e) {
    return failedView(e instanceof Error ? e.message : String(e));
  }
}
