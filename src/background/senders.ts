/**
 * Sender checks for the background's own messages: UI messages only from the extension's pages,
 * content messages only from tabs of this extension. (LIBRARY's handlers check their own, same rule.)
 */
import browser from '../platform/browser.ts';
import type { Runtime } from '../platform/browser.ts';

const ours = (sender: Runtime.MessageSender): boolean => sender.id === browser.runtime.id;

/** An extension page (popup, options, library, reader), even when opened in a tab as the e2e suite does. */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return ours(sender) && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

/** A content script in a web page tab. */
export function isContentScript(sender: Runtime.MessageSender): boolean {
  return ours(sender) && sender.tab?.id !== undefined && !isExtensionPage(sender);
}

export function requireSender(ok: boolean, name: string): void {
  if (!ok) throw new Error(`"${name}" is not accepted from this sender.`);
}
