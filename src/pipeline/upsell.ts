/**
 * Upsell hiding, from DETECT's src/content/upsell/index.ts.
 * TODO [2026-11-29]: Drop this stand-in (hides nothing) once that module exists; re-export it instead.
 */
import type { HiddenBlockInfo } from '../messaging/protocol.ts';

export interface UpsellController {
  hidden(): HiddenBlockInfo[];
  restore(id?: string): HiddenBlockInfo[];
  stop(): void;
}

export function startUpsellHiding(
  _doc: Document,
  _opts: { paywalled: boolean; articleRoot?: Element | null; signal: AbortSignal; onChange: (hidden: HiddenBlockInfo[]) => void },
): UpsellController {
  return { hidden: () => [], restore: () => [], stop: () => {} };
}
