import { hydrate, render } from 'preact';
import { t, uiLanguage } from '../platform/i18n.ts';
import { App } from './App.tsx';
import { createClient } from './client.ts';
import { loadView } from './load-view.ts';
import type { RecentSummaries } from '../storage/types.ts';
import { POPUP_CSS } from './popup.css.ts';
import { afterPaint } from '../library/after-paint.ts';
import { MIRROR_ROWS, readRecentMirror, sameFirstRows, writeRecentMirror } from '../storage/recent-mirror.ts';
import { paintFirstFrame } from './first-frame.ts';
import { afterFirstPaint } from './after-first-paint.ts';
import { loadCardPanel } from './load-card-panel.ts';
import { readFrameTexts, writeFrameTexts } from './frame-texts.ts';
import browser from '../platform/browser.ts';
import { formatDate } from '../library/format-date.ts';

/** Preact takes over the plain-DOM first frame once it is on screen, or after this where that is not reported. */
const FIRST_PAINT_WAIT_MS = 250;

performance.mark('nutgraf:popup-start');
const client = createClient();
// Start the reads before anything else: the saved list (one small storage key; first, as the first frame's list
// counts as painted once checked against it) and the card (a round trip to the tab, maybe a pipeline run);
// each part shows when it arrives.
const saved = client.listSummaries();
// The list as the last open saw it, read synchronously: the first frame shows it while storage.local is read;
// App checks it against that read (and corrects the screen when it was out of date).
const copy = readRecentMirror();
performance.mark('nutgraf:popup-copy-read');
const view = loadView(client);
const locale = uiLanguage();
// The first frame's texts are kept per language and extension version (frame-texts.ts).
const stamp = { lang: locale, version: browser.runtime.getManifest().version };
/** The first frame is on screen: what it does not need waits for this (after-first-paint.ts says why). */
const onScreen = afterFirstPaint(FIRST_PAINT_WAIT_MS);
/** Message keys the plain-DOM first frame showed, if it was painted (their texts are kept for the next open). */
let frameKeys: string[] = [];
// Keep the copy and the first frame's texts up to date for the next open, once this open's list is painted.
void saved.then(
  (s) => {
    // Lets library-profile.ts tell the storage round trip from the render that follows it.
    performance.mark('nutgraf:popup-list-read');
    void onScreen.then(() => afterPaint(() => {
      writeRecentMirror(s);
      const dates = s.items.slice(0, MIRROR_ROWS).map((r) => [r.savedAt, formatDate(r.savedAt, locale)]);
      writeFrameTexts(stamp, { strings: Object.fromEntries(frameKeys.map((k) => [k, t(k)])), dates: Object.fromEntries(dates) });
    }, 500));
  },
  () => {},
);
/**
 * The saved list usually arrives within a few ms: wait for it (not past SHELL_WAIT_MS) so the first frame shows
 * it, rather than painting an empty shell first and the list one frame later.
 */
const SHELL_WAIT_MS = 50;

document.documentElement.lang = locale;
const sheet = new CSSStyleSheet();
// The popup's own layout only; the card's rules come with the card's chunk (CardPanel.tsx).
sheet.replaceSync(POPUP_CSS);
document.adoptedStyleSheets = [sheet];

const root = document.getElementById('app')!;

let painted = false;
/** The bench times the first paint with the (checked) saved list by this marker; the card may still be on its way. */
function markPainted(): void {
  if (painted) return;
  painted = true;
  performance.mark('nutgraf:popup-painted');
  document.body.dataset.painted = '1';
}

/** `over`: Preact takes over the first frame's nodes (hydrate: the same markup, nothing rewritten). */
function mount(savedNow: RecentSummaries | undefined, unchecked = false, over = false, dateTexts?: ReadonlyMap<string, string>): void {
  (over ? hydrate : render)(
    <App
      client={client}
      initial={{ saved, view, savedNow, savedNowUnchecked: unchecked, dateTexts }}
      // Once only: main.tsx may have marked the first frame's list already (below).
      onPainted={markPainted}
      onReady={() => {
        // The e2e suite waits for this marker (tests/e2e/popup-selectors.ts): card or message, and the list.
        performance.mark('nutgraf:popup-ready');
        document.body.dataset.ready = '1';
      }}
    />,
    root,
  );
}

// Not a top-level await: the bundler would then move this chunk's modules into a second file (the lazy card
// chunk imports them too), one more fetch before the first paint.
if (copy) {
  // The copy on screen in this task's frame, without Preact's render before it (first-frame.ts).
  const texts = readFrameTexts(stamp);
  frameKeys = paintFirstFrame(root, copy, texts);
  // Painted once checked: when storage.local agrees, the list on screen is the library's. When it does not,
  // App corrects the screen and marks the frame after (its `corrected` path).
  void saved.then((s) => sameFirstRows(copy, s) && markPainted(), () => {});
  // Preact takes over once that frame is on screen and the check is back, so neither waits for (or shares the
  // CPU with) its render and the first use of the i18n messages it makes.
  void Promise.all([saved.catch(() => {}), onScreen]).then(() => mount(copy, true, true, texts.dates));
  // The card's code is fetched once that frame is on screen, not only once Preact has taken it over and painted
  // again (App's own start of it): the card, usually still on its way, waits for it.
  void onScreen.then(() => loadCardPanel().catch(() => {}));
} else void Promise.race([saved.catch(() => undefined), new Promise<undefined>((r) => setTimeout(r, SHELL_WAIT_MS))]).then((s) => mount(s));
