import type { ComponentChildren } from 'preact';

interface FactSectionProps {
  label: string;
  /** True when none of this section's facts are visible (every one is beyond the compact limit). */
  hidden?: boolean;
  children: ComponentChildren;
}

/** A labelled row of the card ("Who", "How much"…); its facts are the children. */
export function FactSection({ label, hidden, children }: FactSectionProps) {
  return (
    <div class="nfc-row" role="group" aria-label={label} hidden={hidden}>
      <span class="nfc-label" aria-hidden="true">{label}</span>
      <div class="nfc-values">{children}</div>
    </div>
  );
}

/** Whether the item at `index` is beyond the compact limit while the card is collapsed. */
export function isOverflow(index: number, limit: number, expanded: boolean): boolean {
  return !expanded && index >= limit;
}
