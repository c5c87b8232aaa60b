import { sendToTab } from '../messaging/index.ts';
import type { TabCardResult } from '../messaging/protocol.ts';
import browser from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { isRestrictedUrl } from './restricted-url.ts';
import { withContentScript } from './with-content-script.ts';

class Restricted extends Error {}

/**
 * The card of a tab: its content script's, computed on demand (force) when it has none; a message when the tab
 * cannot run us. Called by the popup itself, not through the background: after a while without events Chrome has
 * stopped the service worker, and waking it only to relay this question cost the reader its start-up. The
 * content script is asked first; the tab's address is read (tabs.get, tens of ms in a fresh popup) only when
 * nobody answers, to tell a page we may not touch from one that needs content.js injected.
 */
export async function tabCard(tabId: number): Promise<TabCardResult> {
  const refuseRestricted = async (): Promise<void> => {
    if (isRestrictedUrl((await browser.tabs.get(tabId)).url)) throw new Restricted();
  };
  try {
    const card = await withContentScript(tabId, () => sendToTab(tabId, 'getCard', { force: true }), refuseRestricted);
    return card ? { ok: true, card } : { ok: false, reason: 'no-article', message: t('error_noArticle') };
  } catch (e) {
    if (e instanceof Restricted) return { ok: false, reason: 'restricted', message: t('error_restricted') };
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : e instanceof Error ? e.message : String(e);
    return { ok: false, reason: 'error', message: t('error_generic', cause) };
  }
}
