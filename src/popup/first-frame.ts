/**
 * The popup's first frame without Preact: the shell and the localStorage copy of the saved list
 * (recent-mirror.ts), built with plain DOM calls as soon as the popup's script runs, so the frame that follows
 * holds the list without waiting for Preact to render the App. The markup is App's own (shell-markup.ts,
 * saved-list-markup.ts): Preact hydrates these nodes afterwards instead of rebuilding them. Its strings and dates
 * come from the texts the last open showed (frame-texts.ts) where they are stored. What this shows is not yet
 * checked against storage.local: main.tsx marks the popup painted only once it is.
 */
import type { RecentSummaries } from '../storage/types.ts';
import { t } from '../platform/i18n.ts';
import { formatDate } from '../library/format-date.ts';
import { domH } from './dom-h.ts';
import { FIRST_FRAME_ROWS, savedListMarkup } from './components/saved-list-markup.ts';
import type { FrameTexts } from './frame-texts.ts';
import { loadingMarkup, shellMarkup } from './shell-markup.ts';

const NO_TEXTS: FrameTexts = { strings: new Map(), dates: new Map() };

/**
 * Replaces `root`'s content with the shell, the card's loading line and the first rows of `recent`. Returns the
 * message keys it showed (for frame-texts.ts to keep).
 */
export function paintFirstFrame(root: Element, recent: RecentSummaries, texts: FrameTexts = NO_TEXTS): string[] {
  const keys: string[] = [];
  const text = (key: string) => (keys.push(key), texts.strings.get(key) ?? t(key));
  const dateText = (iso: string) => texts.dates.get(iso) ?? formatDate(iso);
  root.replaceChildren(
    shellMarkup(domH, loadingMarkup(domH, text), savedListMarkup(domH, { items: recent.items, total: recent.total, limit: FIRST_FRAME_ROWS, onOpenLibrary: () => {}, dateText, text })),
  );
  return keys;
}
