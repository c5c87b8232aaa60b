/**
 * Reader view as an overlay on the page: a `data-nutgraf-reader` host with an open shadow root that shows
 * Readability's article (sanitized again with DOMPurify right here) with the fact card on top. Themes,
 * font, size, line width, right-to-left, print and read-aloud. Esc (or the close button) removes it and
 * restores the page exactly: scroll position, <html>/<body> styles, adopted sheets and focus.
 */
import DOMPurify from 'dompurify';
import { extractArticle } from '../../core/extract/extract-article.ts';
import type { CardState } from '../../messaging/protocol.ts';
import { sendMessage } from '../../messaging/index.ts';
import { t } from '../../platform/i18n.ts';
import { DEFAULT_SETTINGS } from '../../storage/items.ts';
import { adoptDocumentSheet, adoptStyles } from './adopt-styles.ts';
import { lockScroll, snapshotPage } from './page-snapshot.ts';
import { READER_CSS, READER_PRINT_CSS } from './reader-css.ts';
import { mountReaderCard, type ReaderCardCallbacks } from './reader-card.ts';
import { buildToolbar, type ReaderPrefs } from './reader-toolbar.ts';
import { canSpeak, speakArticle } from './speak-article.ts';
import { createShadowHost } from '../create-shadow-host.ts';

export interface ReaderOptions extends ReaderCardCallbacks {
  /** Starting preferences; by default the user's reader settings (asked of the background) or the defaults. */
  prefs?: ReaderPrefs;
  /** How to load the user's reader settings; pass `null` to skip. */
  loadPrefs?: (() => Promise<ReaderPrefs>) | null;
}

interface OpenReader {
  close(): void;
}
const open = new WeakMap<Document, OpenReader>();

export function isReaderOpen(doc: Document): boolean {
  return open.has(doc);
}

/** Close the reader if it is open. */
export function closeReader(doc: Document): void {
  open.get(doc)?.close();
}

const defaultLoadPrefs = async (): Promise<ReaderPrefs> => (await sendMessage('getSettings')).reader;

function textDirection(doc: Document, dir: string | undefined): 'ltr' | 'rtl' {
  const d = (dir || doc.documentElement.dir || doc.body?.dir || '').toLowerCase();
  return d === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * Open or close the reader overlay.
 * @param state the page's card, shown on top of the article when given.
 * @returns true when the reader is now open, false when it was closed.
 */
export function toggleReader(doc: Document, state?: CardState, opts: ReaderOptions = {}): boolean {
  const current = open.get(doc);
  if (current) {
    current.close();
    return false;
  }
  const view = doc.defaultView;
  const article = extractArticle(doc);
  const snapshot = snapshotPage(doc);
  let prefs: ReaderPrefs = { ...(opts.prefs ?? DEFAULT_SETTINGS.reader) };
  let touched = false;
  const abort = new AbortController();
  const { signal } = abort;

  // Host and shadow root.
  for (const old of doc.querySelectorAll('[data-nutgraf-reader]')) old.remove();
  const { host, shadow } = createShadowHost(doc, 'nutgraf-reader');
  host.setAttribute('data-nutgraf-reader', '');
  adoptStyles(shadow, READER_CSS);
  const root = doc.createElement('div');
  root.className = 'nr-root';
  root.tabIndex = -1;
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-modal', 'true');
  root.setAttribute('aria-label', t('reader_region'));

  const applyPrefs = () => {
    root.dataset.theme = prefs.theme;
    root.dataset.font = prefs.font;
    root.style.setProperty('--size', `${prefs.fontSize}px`);
    root.style.setProperty('--width', String(prefs.lineWidth));
    toolbar.sync();
  };

  let stopSpeaking: (() => void) | null = null;
  const lang = state?.facts.meta.lang ?? doc.documentElement.lang ?? '';
  const toolbar = buildToolbar(doc, () => prefs, {
    change(patch) {
      touched = true;
      prefs = { ...prefs, ...patch };
      applyPrefs();
    },
    print: () => view?.print(),
    listen: canSpeak(view)
      ? (b) => {
          if (stopSpeaking) {
            stopSpeaking();
            return;
          }
          b.setAttribute('aria-pressed', 'true');
          b.textContent = t('reader_stop');
          stopSpeaking = speakArticle(content, lang, () => {
            stopSpeaking = null;
            b.setAttribute('aria-pressed', 'false');
            b.textContent = t('reader_listen');
          });
        }
      : undefined,
    close: () => close(),
  });

  // The page: card, title, byline, article.
  const page = doc.createElement('article');
  page.className = 'nr-page';
  page.dir = textDirection(doc, article?.dir);
  if (lang) page.lang = lang;
  const cardSlot = doc.createElement('div');
  cardSlot.className = 'nr-card';
  const title = doc.createElement('h1');
  title.className = 'nr-title';
  title.textContent = article?.title || state?.facts.meta.title || doc.title;
  const content = doc.createElement('div');
  content.className = 'nr-content';
  if (article?.html && view) {
    // Already sanitized by extractArticle; sanitized again here because this is the sink. A fragment, not
    // a markup string: nothing is ever parsed from text into the live document.
    const purify = DOMPurify(view);
    content.replaceChildren(purify.sanitize(article.html, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['style', 'form', 'input', 'button'] }));
  } else {
    const empty = doc.createElement('p');
    empty.className = 'nr-empty';
    empty.textContent = t('reader_noArticle');
    content.append(empty);
  }
  page.append(cardSlot, title);
  if (article?.byline) {
    const byline = doc.createElement('p');
    byline.className = 'nr-byline';
    byline.textContent = article.byline;
    page.append(byline);
  }
  page.append(content);
  root.append(toolbar.bar, page);
  shadow.append(root);
  const unmountCard = state ? mountReaderCard(cardSlot, state, page.dir as 'ltr' | 'rtl', opts) : null;

  applyPrefs();
  lockScroll(doc);
  adoptDocumentSheet(doc, READER_PRINT_CSS);
  doc.documentElement.append(host);
  root.focus({ preventScroll: true });

  // Esc closes; focus stays inside the dialog. Capture on the window: runs before the page's own handlers.
  view?.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || e.isComposing) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      close();
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'focusin',
    (e) => {
      if (e.target !== host) toolbar.close.focus();
    },
    { capture: true, signal },
  );

  const loadPrefs = opts.loadPrefs === undefined ? defaultLoadPrefs : opts.loadPrefs;
  if (loadPrefs && !opts.prefs) {
    loadPrefs().then(
      (saved) => {
        if (touched || signal.aborted) return;
        prefs = { ...saved };
        applyPrefs();
      },
      () => undefined, // No settings (e.g. the extension was just updated): the defaults stay.
    );
  }

  function close(): void {
    if (signal.aborted) return;
    abort.abort();
    stopSpeaking?.();
    unmountCard?.();
    host.remove();
    open.delete(doc);
    snapshot.restore();
  }
  open.set(doc, { close });
  return true;
}
