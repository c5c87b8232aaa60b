/** The fact card on top of the reader: CARD's FactCard in its own nested shadow root, with its own styles. */
import { h, render } from 'preact';
import type { CardState } from '../../messaging/protocol.ts';
import { FactCard } from '../../ui/FactCard.tsx';
import { FACT_CARD_CSS } from '../../ui/fact-card-css.ts';
import { adoptStyles } from './adopt-styles.ts';

export interface ReaderCardCallbacks {
  onSave?: () => unknown;
  onCopyMarkdown?: () => unknown;
}

/** Mount the card into `slot`; returns the unmount function. */
export function mountReaderCard(slot: HTMLElement, state: CardState, dir: 'ltr' | 'rtl', callbacks: ReaderCardCallbacks): () => void {
  const doc = slot.ownerDocument;
  // No data-nutgraf-card here: that attribute marks THE in-page card, and there must be only one.
  const host = doc.createElement('div');
  host.dataset.nutgrafReaderCard = '';
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, FACT_CARD_CSS);
  const container = doc.createElement('div');
  shadow.append(container);
  slot.append(host);
  render(h(FactCard, { state, dir, defaultExpanded: true, ...callbacks }), container);
  return () => {
    render(null, container);
    host.remove();
  };
}
