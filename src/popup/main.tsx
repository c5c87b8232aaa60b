import { render } from 'preact';
import { uiLanguage } from '../platform/i18n.ts';
import { App } from './App.tsx';
import { createClient } from './client.ts';
import { loadView } from './load-view.ts';
import type { RecentSummaries } from '../storage/types.ts';
import { POPUP_CSS } from './popup.css.ts';
import { afterPaint } from '../library/after-paint.ts';
import { readRecentMirror, writeRecentMirror } from '../storage/recent-mirror.ts';

performance.mark('nutgraf:popup-start');
const client = createClient();
// Start both reads before anything else: the saved list (one small storage key; first, as the first frame
// waits for it) and the card (a background round trip, maybe a pipeline run); each part shows when it arrives.
const saved = client.listSummaries();
const view = loadView(client);
// The list as the last open saw it, read synchronously: the first frame shows it while storage.local is read;
// App checks it against that read (and corrects the screen when it was out of date).
const copy = readRecentMirror();
performance.mark('nutgraf:popup-copy-read');
// Keep the copy up to date for the next open, once this open's list is painted.
void saved.then(
  (s) => {
    // Lets library-profile.ts tell the storage round trip from the render that follows it.
    performance.mark('nutgraf:popup-list-read');
    afterPaint(() => void writeRecentMirror(s), 500);
  },
  () => {},
);
/**
 * The saved list usually arrives within a few ms: wait for it (not past SHELL_WAIT_MS) so the first frame shows
 * it, rather than painting an empty shell first and the list one frame later.
 */
const SHELL_WAIT_MS = 50;

document.documentElement.lang = uiLanguage();
const sheet = new CSSStyleSheet();
// The popup's own layout only; the card's rules come with the card's chunk (CardPanel.tsx).
sheet.replaceSync(POPUP_CSS);
document.adoptedStyleSheets = [sheet];

function mount(savedNow: RecentSummaries | undefined, unchecked = false): void {
  render(
    <App
      client={client}
      initial={{ saved, view, savedNow, savedNowUnchecked: unchecked }}
      onPainted={() => {
        // The bench times the first paint with the saved list by this marker (the card may still be on its way).
        performance.mark('nutgraf:popup-painted');
        document.body.dataset.painted = '1';
      }}
      onReady={() => {
        // The e2e suite waits for this marker (tests/e2e/popup-selectors.ts): card or message, and the list.
        performance.mark('nutgraf:popup-ready');
        document.body.dataset.ready = '1';
      }}
    />,
    document.getElementById('app')!,
  );
}

// Not a top-level await: the bundler would then move this chunk's modules into a second file (the lazy card
// chunk imports them too), one more fetch before the first paint.
if (copy) mount(copy, true);
else void Promise.race([saved.catch(() => undefined), new Promise<undefined>((r) => setTimeout(r, SHELL_WAIT_MS))]).then((s) => mount(s));
