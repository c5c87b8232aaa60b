import browser from '../../platform/browser.ts';
import type { Runtime } from '../../platform/browser.ts';
import { isContentScript, requireSender } from '../senders.ts';

/**
 * Injects pipeline.js into the sender's own tab and frame. Files injected with executeScript run in the
 * same isolated world as the content script, so the pipeline can register an entry content.js calls.
 */
export async function loadPipeline(_data: void, sender: Runtime.MessageSender): Promise<void> {
  requireSender(isContentScript(sender), 'loadPipeline');
  const tabId = sender.tab?.id as number;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['pipeline.js'] });
}
