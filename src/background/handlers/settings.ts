/** Background handlers of the settings messages. */
import type { Handlers } from '../../messaging/index.ts';
import type { BackgroundProtocol } from '../../messaging/protocol.ts';
import { getSettings, updateSettings } from '../../storage/settings.ts';
import { requireExtensionPage } from './library-access.ts';

export const settingsHandlers: Handlers<BackgroundProtocol> = {
  // Content scripts need the settings to decide whether to run on a page.
  getSettings: () => getSettings(),
  updateSettings: (data, sender) => {
    requireExtensionPage(sender, 'updateSettings');
    return updateSettings(data);
  },
};
