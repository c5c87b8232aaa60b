import browser from '../../platform/browser.ts';
import type { Runtime } from '../../platform/browser.ts';
import { isContentScript, requireSender } from '../senders.ts';

/**
 * Injects one of our lazily loaded scripts into the sender's own tab and frame. Files injected with
 * executeScript run in the same isolated world as the content script, so the script can register an entry
 * the content script calls. Only our own content scripts may ask, and only for these fixed files.
 */
async function injectIntoSender(files: ('facts.js' | 'pipeline.js' | 'reader.js')[], name: string, sender: Runtime.MessageSender): Promise<void> {
  requireSender(isContentScript(sender), name);
  const tabId = sender.tab?.id as number;
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  // One executeScript per file: the page runs each script as a task of its own (one call with several files
  // runs them all in one).
  await Promise.all(files.map((file) => browser.scripting.executeScript({ target, files: [file] })));
}

/**
 * facts.js and pipeline.js: extraction, facts, upsell hiding and the card (news pages, or when the user asks).
 * Two files, in either order: each registers an entry, read only when the content script runs the pipeline.
 */
export const loadPipeline = (_data: void, sender: Runtime.MessageSender): Promise<void> => injectIntoSender(['facts.js', 'pipeline.js'], 'loadPipeline', sender);

/** reader.js: the reader overlay, the first time the user opens it on the page. */
export const loadReader = (_data: void, sender: Runtime.MessageSender): Promise<void> => injectIntoSender(['reader.js'], 'loadReader', sender);
