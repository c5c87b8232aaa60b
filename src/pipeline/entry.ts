/**
 * The contract between the always-on content script (content.js) and the lazily injected pipeline
 * (pipeline.js). Both run in the same isolated world; the pipeline registers its entry on globalThis
 * under PIPELINE_KEY and the content script calls it. Only types and one constant: content.js stays tiny.
 */
import type { NewsVerdict } from '../core/types.ts';
import type { CardState, HiddenBlockInfo } from '../messaging/protocol.ts';
import type { Settings } from '../storage/types.ts';
import { readWorldGlobal } from '../content/world-global.ts';

export const PIPELINE_KEY = '__nutgrafPipeline';

export interface PipelineRunOptions {
  doc: Document;
  url: string;
  verdict: NewsVerdict;
  /** null when the settings could not be read: defaults apply. */
  settings: Settings | null;
  /** Aborted when the page navigates (SPA) or the extension goes away: card removed, hidden blocks restored. */
  signal: AbortSignal;
  /** The user asked (popup, menu, shortcut): run even when the page did not look like news. */
  force: boolean;
  /** Hide upsell blocks in this pass (settings, site rule and detection already taken into account). */
  hideUpsells: boolean;
}

export interface PipelineEntry {
  /** Extracts, hides upsells, mounts the card. Resolves to the card state, or null when nothing readable. */
  run(opts: PipelineRunOptions): Promise<CardState | null>;
  /** The current pass's card, if any. */
  card(): CardState | null;
  restoreHidden(id?: string): HiddenBlockInfo[];
  toggleReader(): Promise<void>;
}

export function getPipelineEntry(): PipelineEntry | undefined {
  return readWorldGlobal<PipelineEntry>(PIPELINE_KEY);
}
