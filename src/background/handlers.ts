/** Every background message handler, ours and LIBRARY's, in one map (a test checks none is missing). */
import type { Handlers } from '../messaging/index.ts';
import type { BackgroundProtocol } from '../messaging/protocol.ts';
import { libraryHandlers } from './handlers/library.ts';
import { loadPipeline, loadReader } from './handlers/load-pipeline.ts';
import { openReader } from './handlers/open-reader.ts';
import { settingsHandlers } from './handlers/settings.ts';

export const backgroundHandlers: Handlers<BackgroundProtocol> = {
  loadPipeline,
  loadReader,
  openReader,
  ...libraryHandlers,
  ...settingsHandlers,
};
