/**
 * The settings, read straight from storage in the content script. Asking the background instead would wake
 * its service worker on every page load just to learn that nothing is to be done.
 */
import { getSettings } from '../storage/settings.ts';
import type { Settings } from '../storage/types.ts';

/** null when storage cannot be read (context gone, policy): defaults apply (see PipelineRunOptions.settings). */
export async function readSettings(): Promise<Settings | null> {
  try {
    return await getSettings();
  } catch {
    return null;
  }
}
