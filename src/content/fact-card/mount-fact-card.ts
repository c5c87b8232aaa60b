import { h, render } from 'preact';
import type { CardState } from '../../messaging/protocol.ts';
import { FactCard } from '../../ui/FactCard.tsx';
import { FACT_CARD_CSS } from '../../ui/fact-card-css.ts';
import { factsToMarkdown } from '../../ui/facts-to-markdown.ts';
import { copyText } from './copy-text.ts';
import { clearHighlight, highlightSource } from './highlight-source.ts';
import { pageDirection } from './page-direction.ts';
import { placeCardHost } from './place-card-host.ts';
import { createShadowHost } from '../create-shadow-host.ts';

export interface MountFactCardOptions {
  onSave?: () => unknown;
  /** Called after the card removed itself (dismiss button or Esc). */
  onDismiss?: () => void;
  onRestoreHidden?: (id?: string) => void;
  onOpenReader?: () => void;
  /** The live article element found by extraction, to place the card at its top. */
  articleRoot?: Element | null;
  doc?: Document;
}

export interface MountedFactCard {
  update(state: CardState): void;
  remove(): void;
}

/**
 * Shows the fact card in the page: a `data-nutgraf-card` host with an open shadow root (style reset, adopted
 * stylesheet so strict CSPs cannot block it), placed at the top of the article. Clicking a fact highlights its
 * source sentence in the page; copy writes the card as Markdown to the clipboard.
 */
export function mountFactCard(state: CardState, opts: MountFactCardOptions = {}): MountedFactCard {
  const doc = opts.doc ?? document;
  const { host, shadow } = createShadowHost(doc, 'nutgraf-card');
  host.setAttribute('data-nutgraf-card', '');
  applyStyles(shadow, doc);
  const container = doc.createElement('div');
  shadow.append(container);
  placeCardHost(doc, host, opts.articleRoot);
  const dir = pageDirection(doc, opts.articleRoot);

  let current = state;
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    clearHighlight();
    render(null, container);
    host.remove();
  };
  // h() rather than JSX: this file keeps the .ts name other owners import.
  const draw = () => render(h(FactCard, {
    state: current,
    dir,
    onSave: opts.onSave,
    onCopyMarkdown: () => copyText(factsToMarkdown(current.facts), shadow),
    onDismiss: () => {
      remove();
      opts.onDismiss?.();
    },
    onShowSource: (source) => highlightSource(doc, [current.facts.sentences[source.sentence] ?? '', source.text]),
    onRestoreHidden: opts.onRestoreHidden,
    onOpenReader: opts.onOpenReader,
  }), container);
  draw();
  return {
    update(next) {
      if (removed) return;
      current = next;
      draw();
    },
    remove,
  };
}

// Constructable stylesheets are not subject to the page's style-src CSP; <style> is the fallback for
// browsers (or content-script sandboxes) that refuse them.
function applyStyles(shadow: ShadowRoot, doc: Document): void {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(FACT_CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through
  }
  const style = doc.createElement('style');
  style.textContent = FACT_CARD_CSS;
  shadow.append(style);
}
