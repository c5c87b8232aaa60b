/**
 * The current tab's card with its actions and the optional Summarizer upgrade: the heavy part of the popup
 * (card rows, number and date formatting, Markdown export), loaded after the saved list is on screen, while
 * the card's own round trip is still on its way (load-card-panel.ts).
 */
import { factsToMarkdown } from '../ui/facts-to-markdown.ts';
import { FACT_CARD_CSS } from '../ui/fact-card-css.ts';
import { FactCard } from '../ui/FactCard.tsx';
import type { CardState } from '../messaging/protocol.ts';
import type { PopupClient } from './client.ts';
import { AbstractiveTldr } from './components/AbstractiveTldr.tsx';
import { summaryInput } from './summary-input.ts';

let styled = false;
/** The card rules are written for a shadow host; in the popup the card sits in the document itself. */
function adoptCardStyles(): void {
  if (styled || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(FACT_CARD_CSS.replace(/:host\b[^{]*\{[^}]*\}/g, ''));
  // Before the popup's own sheet, which lays the card out within the popup.
  document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
}

export interface CardPanelProps {
  client: PopupClient;
  tabId: number;
  state: CardState;
  /** After a save: the saved list reads itself again. */
  onSaved: () => Promise<void>;
  /** The restored blocks' new state. */
  onHiddenChange: (hidden: CardState['hidden']) => void;
}

export function CardPanel({ client, tabId, state, onSaved, onHiddenChange }: CardPanelProps) {
  adoptCardStyles();
  return (
    <>
      <FactCard
        state={state}
        onSave={async () => {
          await client.saveSummary(summaryInput(state));
          await onSaved();
        }}
        onCopyMarkdown={() => client.copyText(factsToMarkdown(state.facts))}
        onOpenReader={() => void client.openReader(tabId).then(() => window.close(), () => {})}
        onRestoreHidden={(id) => void client.restoreHidden(tabId, id).then(onHiddenChange, () => {})}
      />
      <AbstractiveTldr facts={state.facts} api={client.summarizer()} />
    </>
  );
}
