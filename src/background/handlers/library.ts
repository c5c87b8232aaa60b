/** Background handlers of the library messages; the storage module serialises the writes. */
import type { Handlers } from '../../messaging/index.ts';
import type { BackgroundProtocol } from '../../messaging/protocol.ts';
import { deleteSummaries, exportLibrary, importLibrary, listRecentSummaries, listSummaries, readSummary, restoreSummaries, saveSummary } from '../../storage/summaries.ts';
import { requireExtensionPage } from './library-access.ts';

export const libraryHandlers: Handlers<BackgroundProtocol> = {
  // The card's Save button runs in a content script, so saving is open to tabs too.
  saveSummary: (data) => saveSummary(data),
  listSummaries: (_data, sender) => {
    requireExtensionPage(sender, 'listSummaries');
    return listSummaries();
  },
  listRecentSummaries: (data, sender) => {
    requireExtensionPage(sender, 'listRecentSummaries');
    const limit = data?.limit;
    return listRecentSummaries(typeof limit === 'number' && Number.isInteger(limit) && limit >= 0 ? limit : undefined);
  },
  getSummary: (data, sender) => {
    requireExtensionPage(sender, 'getSummary');
    return readSummary(String(data.id));
  },
  deleteSummaries: (data, sender) => {
    requireExtensionPage(sender, 'deleteSummaries');
    return deleteSummaries(data.ids);
  },
  restoreSummaries: (data, sender) => {
    requireExtensionPage(sender, 'restoreSummaries');
    return restoreSummaries(data.items);
  },
  exportLibrary: (data, sender) => {
    requireExtensionPage(sender, 'exportLibrary');
    return exportLibrary(data.format);
  },
  importLibrary: (data, sender) => {
    requireExtensionPage(sender, 'importLibrary');
    return importLibrary(data.text);
  },
};
