import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import type { RecentSummaries } from '../storage/types.ts';
import { sameFirstRows, writeRecentMirror } from '../storage/recent-mirror.ts';
import type { CardPanel } from './CardPanel.tsx';
import type { PopupClient } from './client.ts';
import { afterPaint } from '../library/after-paint.ts';
import { FIRST_FRAME_ROWS, SAVED_LIST_LIMIT, SavedList } from './components/SavedList.tsx';
import { StatusMessage } from './components/StatusMessage.tsx';
import { loadCardPanel } from './load-card-panel.ts';
import { failedView, loadView, type View } from './load-view.ts';

export interface AppProps {
  client: PopupClient;
  /** The card or message is on screen, and the saved list (the e2e suite's `data-ready`). */
  onReady?: () => void;
  /** The shell and the saved list are on screen; the card may still be on its way. */
  onPainted?: () => void;
  /**
   * Reads main.tsx started before the first render (the saved list, the current tab's card): taken up as soon
   * as the shell is committed, not after a passive effect's frame. `savedNow`: the saved list already read,
   * rendered in the first commit (no frame of an empty shell before the list).
   */
  initial?: {
    saved?: Promise<RecentSummaries>;
    view?: Promise<View>;
    savedNow?: RecentSummaries;
    /**
     * `savedNow` is the localStorage copy (recent-mirror.ts), not storage.local: shown at once, then checked
     * against `saved`; the list counts as painted only once checked (and, when it was wrong, corrected on screen).
     */
    savedNowUnchecked?: boolean;
  };
}

const EMPTY: RecentSummaries = { items: [], total: 0 };

/** The card with its panel's code, or the reason there is none: the card chunk is part of showing a card. */
async function withPanel(view: Promise<View>): Promise<{ view: View; panel?: typeof CardPanel }> {
  const v = await view;
  if (v.kind !== 'card') return { view: v };
  try {
    return { view: v, panel: await loadCardPanel() };
  } catch (e) {
    return { view: failedView(e instanceof Error ? e.message : String(e)) };
  }
}

export function App({ client, onReady, onPainted, initial }: AppProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  // A component in state: set through the updater form, since useState would call a bare function.
  const [Panel, setPanel] = useState<typeof CardPanel | null>(null);
  const [saved, setSaved] = useState<RecentSummaries | null>(initial?.savedNow ?? null);
  // The rows that fit in the list box first; all of them once that frame is painted.
  const [rows, setRows] = useState(FIRST_FRAME_ROWS);
  const [checked, setChecked] = useState(!(initial?.savedNow && initial.savedNowUnchecked));
  // The copy shown first differed from storage.local: the corrected list needs a frame of its own.
  const corrected = useRef(false);

  // After a save from this popup: the list, and the localStorage copy the next open paints first.
  const refreshSaved = () =>
    client.listSummaries().then(
      (s) => {
        setSaved(s);
        writeRecentMirror(s);
      },
      () => setSaved(EMPTY),
    );

  // The shell paints at once; the saved list (a few ms) and the card (a round trip, maybe a pipeline run)
  // stream in independently, so the card never holds up the list.
  useLayoutEffect(() => {
    let live = true;
    void withPanel(initial?.view ?? loadView(client)).then(({ view: v, panel }) => {
      if (!live) return;
      if (panel) setPanel(() => panel);
      setView(v);
    });
    if (!initial?.savedNow || initial.savedNowUnchecked) {
      const shown = initial?.savedNow;
      const take = (s: RecentSummaries) => {
        if (!live) return;
        corrected.current = shown !== undefined && !sameFirstRows(shown, s);
        setSaved(s);
        setChecked(true);
      };
      void (initial?.saved ?? client.listSummaries()).then(take, () => take(EMPTY));
    }
    return () => {
      live = false;
    };
  }, [client]);

  const painted = saved !== null && checked;
  // Layout effect: runs right after the list is committed, in the same task as the paint that follows.
  useLayoutEffect(() => {
    if (!painted) return;
    // A corrected copy is on screen only after the frame that follows; otherwise the list on screen (or
    // about to be, in this task's frame) is already the checked one.
    if (!corrected.current) onPainted?.();
    // The card's code is fetched once the list's frame is painted (its evaluation would otherwise land before
    // that frame and hold it up), while the card's own round trip is usually still on its way.
    return afterPaint(() => {
      if (corrected.current) onPainted?.();
      setRows(SAVED_LIST_LIMIT);
      void loadCardPanel().catch(() => {});
    }, 200);
  }, [painted]);
  const ready = view.kind !== 'loading' && painted;
  useEffect(() => {
    if (ready) onReady?.();
  }, [ready]);

  const card = view.kind === 'card' && Panel ? view : null;
  return (
    <main class="np-popup">
      {/* The page's one top-level heading, for screen-reader navigation; the card and the list head its parts. */}
      <h1 class="np-sr-only">{t('extName')}</h1>
      {view.kind === 'loading' && <p class="np-loading" role="status">{t('popup_loading')}</p>}
      {view.kind === 'failed' && <StatusMessage failure={view.failure} />}
      {card && Panel && (
        <Panel
          client={client}
          tabId={card.tabId}
          state={card.state}
          onSaved={refreshSaved}
          onHiddenChange={(hidden) => setView({ ...card, state: { ...card.state, hidden } })}
        />
      )}
      {saved && <SavedList items={saved.items} total={saved.total} limit={rows} onOpenLibrary={() => void client.openLibrary().then(() => window.close())} />}
    </main>
  );
}
