/**
 * Which sender may send what. Content scripts live in pages we do not trust, so they may only save a
 * summary and read settings; reading, deleting, importing or exporting the library and changing settings
 * are for the extension's own pages (popup, library, options, reader).
 */
import browser from '../../platform/browser.ts';
import type { Runtime } from '../../platform/browser.ts';

export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const base = browser.runtime.getURL('');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(base);
}

/** Throw unless the message comes from one of the extension's pages. */
export function requireExtensionPage(sender: Runtime.MessageSender, name: string): void {
  if (!isExtensionPage(sender)) throw new Error(`"${name}" is only accepted from the extension's own pages.`);
}
