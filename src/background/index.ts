/** background.js: only registers handlers (Chrome module service worker, Firefox module event page). */
import { onMessage } from '../messaging/index.ts';
import type { BackgroundProtocol } from '../messaging/protocol.ts';
import { registerCommands } from './commands.ts';
import { registerContextMenu } from './context-menu.ts';
import { backgroundHandlers } from './handlers.ts';

// Listeners must be added synchronously at start-up so a waking service worker gets the event that woke it.
onMessage<BackgroundProtocol>(backgroundHandlers);
registerContextMenu();
registerCommands();
