import type { ComponentChildren } from 'preact';
import type { Provenance } from '../core/types.ts';

export type ShowSource = (source: Provenance) => void;

interface FactButtonProps {
  /** The contract's `data-fact` kind. */
  kind: string;
  /** Extra contract attributes, e.g. `{ 'data-value': '100000000000' }`. */
  data?: Record<`data-${string}`, string | undefined>;
  source: Provenance;
  /** Hover text; defaults to the verbatim source text so the reader sees the article's own words. */
  title?: string;
  /** Collapsed rows stay in the DOM (checks read every fact) but are hidden from view and from AT. */
  hidden?: boolean;
  onShowSource?: ShowSource;
  children: ComponentChildren;
}

/**
 * One fact of the card: the single element carrying `data-fact` and its data-* attributes. Clicking it asks
 * the host to show the source sentence in the page; without that callback it is plain text.
 */
export function FactButton({ kind, data, source, title, hidden, onShowSource, children }: FactButtonProps) {
  const common = { 'data-fact': kind, ...data, title: title ?? source.text, hidden };
  if (!onShowSource) return <span class={`nfc-fact nfc-${kind}`} {...common}>{children}</span>;
  return (
    <button
      type="button"
      class={`nfc-fact nfc-${kind}`}
      {...common}
      onClick={() => onShowSource(source)}
    >
      {children}
    </button>
  );
}
