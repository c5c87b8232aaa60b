/** The card panel's chunk, fetched once: started when the saved list is painted, awaited when a card arrives. */
import type { CardPanel } from './CardPanel.tsx';

let loading: Promise<typeof CardPanel> | undefined;

export function loadCardPanel(): Promise<typeof CardPanel> {
  loading ??= import('./CardPanel.tsx').then((m) => {
    performance.mark('nutgraf:popup-card-chunk');
    return m.CardPanel;
  });
  // A failed fetch (extension updated under the popup) may be retried by the next caller.
  loading.catch(() => (loading = undefined));
  return loading;
}
