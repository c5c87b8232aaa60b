/** Background handlers of the library messages; the storage module serialises the writes. */
import type { Handlers } from '../../messaging/index.ts';
import type { BackgroundProtocol } from '../../messaging/protocol.ts';
import { deleteSummaries, exportLibrary, importLibrary, listRecentSummaries, listSummaries, readSummary, restoreSummaries, saveSummary } from '../../storage/summaries.ts';
import { requireExtensionPage } from './library-access.ts';
import { readRecent } from '../../storage/recent.ts';
import { MIRROR_ROWS, pageStorage, writeRecentMirror } from '../../storage/recent-mirror.ts';

/**
 * After a write: where the background has a localStorage (Firefox's event page, not Chrome's service worker), the
 * popup's synchronous copy of the newest rows (recent-mirror.ts) is rewritten, so even a save from a page's card
 * is in the popup's next first frame. Best effort: the write's own result never waits for it or fails by it.
 */
async function mirrored<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  const store = pageStorage();
  if (store) void readRecent(MIRROR_ROWS).then((r) => r && writeRecentMirror(r, store), () => {});
  return result;
}

export const libraryHandlers: Handlers<BackgroundProtocol> = {
  // The card's Save button runs in a content script, so saving is open to tabs too.
  saveSummary: (data) => mirrored(saveSummary(data)),
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
    return mirrored(deleteSummaries(data.ids));
  },
  restoreSummaries: (data, sender) => {
    requireExtensionPage(sender, 'restoreSummaries');
    return mirrored(restoreSummaries(data.items));
  },
  exportLibrary: (data, sender) => {
    requireExtensionPage(sender, 'exportLibrary');
    return exportLibrary(data.format);
  },
  importLibrary: (data, sender) => {
    requireExtensionPage(sender, 'importLibrary');
    return mirrored(importLibrary(data.text));
  },
};
