/** The options page's door to the background (mockable; the page never calls browser.runtime itself). */
import { sendMessage } from '../messaging/index.ts';
import type { Settings } from '../storage/types.ts';

export interface SettingsClient {
  get(): Promise<Settings>;
  update(patch: Partial<Settings>): Promise<Settings>;
}

export function createSettingsClient(): SettingsClient {
  return {
    get: () => sendMessage('getSettings'),
    update: (patch) => sendMessage('updateSettings', patch),
  };
}
