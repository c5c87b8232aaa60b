/**
 * Scores one page of the corpus run: what was predicted, which labelled snippets were visible before and after
 * the extension. Pure: takes the texts, returns small records (no page text beyond short previews).
 */
import type { PageLabel, TruthSnippet, UpsellLabel } from './corpus.ts';
import type { CardFact, PageProbe } from './run-corpus-probe.ts';
import { isSnippetVisible, normaliseText } from './metrics-text.ts';

export type SnippetSource = 'label' | 'gold' | 'tool';

export interface SnippetCheck {
  /** Visible without the extension: only these count. */
  counted: boolean;
  /** Still visible with the extension. */
  visible: boolean;
}

export interface PageScore {
  id: string;
  lang: string;
  source: string;
  label: PageLabel;
  state: string | null;
  error: string | null;
  card: boolean;
  hiddenKinds: string[];
  measures: Record<string, number>;
  ms: number;
  /** Done only after the per-page limit (within twice it). */
  late: boolean;
  baselineMode: 'same-page' | 'second-pass' | 'none';
  upsell: (SnippetCheck & { kind: string })[];
  keep: (SnippetCheck & { from: SnippetSource })[];
  /** Article snippets visible without the extension and gone with it (short previews). */
  lost: { from: SnippetSource; preview: string }[];
  /**
   * Ground-truth sentences that the page's hand label also marks as upsell (the truth text of some test
   * suites keeps a newsletter box that closes the article): not judged as article text, listed apart.
   */
  conflicts?: string[];
  /** Card facts, kept only for pages with facts labels. */
  facts?: CardFact[];
}

export interface PageInput {
  id: string;
  lang: string;
  source: string;
  label: PageLabel;
  probe: PageProbe | null;
  error: string | null;
  ms: number;
  late: boolean;
  baselineText: string | null;
  baselineMode: PageScore['baselineMode'];
  upsellLabel?: UpsellLabel;
  /** Baseline text of the blocks at the label's upsell paths (see upsellBlockTexts). */
  upsellBlocks?: string[];
  truth: TruthSnippet[];
  keepFacts: boolean;
}

const PREVIEW = 60;

function check(snippet: string, before: string, after: string): SnippetCheck | null {
  const counted = isSnippetVisible(snippet, before);
  if (counted === null) return null;
  return { counted, visible: counted && isSnippetVisible(snippet, after) === true };
}

/**
 * The labelled upsell blocks a truth sentence may sit in, normalised: only blocks that hold their label's upsell
 * text (the path found the labelled box) and none of its keep snippets (a path that matched the article body
 * would otherwise excuse every lost sentence).
 */
export function upsellBlockTexts(blocks: string[], upsellTexts: string[], keep: string[]): string[] {
  const keeps = keep.map(normaliseText).filter((k) => k.length >= 3);
  return blocks
    .map(normaliseText)
    .filter((b) => upsellTexts.some((u) => b.includes(u)) && !keeps.some((k) => b.includes(k)));
}

/** Scores a page; snippets are only judged when the page was read and a baseline exists. */
export function scorePage(input: PageInput): PageScore {
  const { probe } = input;
  const score: PageScore = {
    id: input.id,
    lang: input.lang,
    source: input.source,
    label: input.label,
    state: probe?.state ?? null,
    error: input.error,
    card: probe?.card ?? false,
    hiddenKinds: probe?.hidden.map((h) => h.kind) ?? [],
    measures: probe?.measures ?? {},
    ms: input.ms,
    late: input.late,
    baselineMode: input.baselineMode,
    upsell: [],
    keep: [],
    lost: [],
  };
  if (input.keepFacts && probe) score.facts = probe.facts;
  if (!probe || input.baselineText === null) return score;
  const before = normaliseText(input.baselineText);
  const after = input.baselineText === probe.text ? before : normaliseText(probe.text);
  for (const u of input.upsellLabel?.upsell ?? []) {
    const c = check(u.text, before, after);
    if (c) score.upsell.push({ ...c, kind: u.kind });
  }
  const upsellTexts = (input.upsellLabel?.upsell ?? []).map((u) => normaliseText(u.text)).filter((t) => t.length >= 3);
  const blocks = upsellBlockTexts(input.upsellBlocks ?? [], upsellTexts, input.upsellLabel?.keep ?? []);
  const isUpsell = (text: string): boolean => {
    const t = normaliseText(text);
    return t.length >= 3 && (upsellTexts.some((u) => t.includes(u) || u.includes(t)) || blocks.some((b) => b.includes(t)));
  };
  const truth: TruthSnippet[] = [];
  const conflicts: string[] = [];
  for (const t of input.truth) {
    if (isUpsell(t.text)) conflicts.push(t.text.slice(0, PREVIEW));
    else truth.push(t);
  }
  if (conflicts.length) score.conflicts = conflicts;
  const keeps: { from: SnippetSource; text: string }[] = [
    ...(input.upsellLabel?.keep ?? []).map((text) => ({ from: 'label' as const, text })),
    ...truth.map((t) => ({ from: t.tier, text: t.text })),
  ];
  for (const k of keeps) {
    const c = check(k.text, before, after);
    if (!c) continue;
    score.keep.push({ ...c, from: k.from });
    if (c.counted && !c.visible) score.lost.push({ from: k.from, preview: k.text.slice(0, PREVIEW) });
  }
  return score;
}
