/**
 * The lazily injected pipeline: metadata → Readability → facts → upsell hiding → card. One pass per
 * abort signal; aborting it removes the card and restores every hidden block.
 */
import { readArticle } from '../core/extract/read-article.ts';
import { readPageMeta } from '../core/extract/read-page-meta.ts';
import { upsellSteps, type UpsellBlock } from '../core/clean/find-upsell-blocks.ts';
import type { Steps } from '../core/run-steps.ts';
import { sendMessage } from '../messaging/index.ts';
import type { CardState, HiddenBlockInfo } from '../messaging/protocol.ts';
import { summaryInput } from '../popup/summary-input.ts';
import { mountFactCard, type MountFactCardOptions } from '../content/fact-card/mount-fact-card.ts';
import { loadReader } from '../content/reader/load-reader.ts';
import { factsToMarkdown } from '../ui/facts-to-markdown.ts';
import type { PipelineEntry, PipelineRunOptions } from './entry.ts';
import type { FactsEntry } from './facts-entry.ts';
import { startUpsellHiding, type UpsellController } from '../content/upsell/index.ts';
import { measureSince, measureWork } from '../content/timing.ts';
import { yieldToPage } from './yield-to-page.ts';

/** yieldToPage, then whether the pass is still wanted (`signal` not aborted while the page ran). */
async function yieldAndGoOn(signal: AbortSignal): Promise<boolean> {
  await yieldToPage();
  return !signal.aborted;
}

/**
 * Runs a core generator (run-steps.ts) one step per task, yielding to the page before each step. Returns its
 * value and `work`, the time its steps took (the page's tasks between them not counted); null when aborted.
 */
async function runSteps<T>(steps: Steps<T>, signal: AbortSignal): Promise<{ value: T; work: number } | null> {
  let work = 0;
  for (;;) {
    if (!(await yieldAndGoOn(signal))) return null;
    const t = performance.now();
    const step = steps.next();
    work += performance.now() - t;
    if (step.done) return { value: step.value, work };
  }
}

interface Pass {
  signal: AbortSignal;
  state: CardState;
  doc: Document;
  root: Element | null;
  upsell: UpsellController | null;
  card: { update(state: CardState): void; remove(): void } | null;
}

/**
 * The facts for a page: null when the user forced a run on a page with nothing readable, or when the pass was
 * aborted while it waited. Extraction is one task and the facts several (factSteps): the page's own work runs
 * between them.
 */
async function computeState({ doc, url, verdict, signal }: PipelineRunOptions, facts: () => FactsEntry): Promise<{ state: CardState; root: Element | null } | null> {
  const t0 = performance.now();
  const meta = readPageMeta(doc, url);
  let article: ReturnType<typeof readArticle> = null;
  try {
    // Text only: the card never renders the article's HTML (the reader extracts and sanitizes its own).
    article = readArticle(doc);
  } catch {
    // Readability can trip over odd markup; a news page still gets its card from the metadata.
  }
  measureSince('nutgraf:extract', t0);
  if (!article && !verdict.isNews) return null;
  if (article && !meta.title) meta.title = article.title;
  if (article?.byline && !meta.author) meta.author = article.byline;
  // Facts in steps, each a task of its own; nutgraf:facts sums their time, not the page's tasks between them.
  const t1 = performance.now();
  const found = await runSteps(facts().factSteps({ text: article?.text ?? '', meta }), signal);
  if (!found) return null;
  measureWork('nutgraf:facts', t1, found.work);
  // A plain copy: detection writes a verdict's reasons on first read (a getter), and the card state crosses
  // message channels, where only data properties are sure to arrive.
  const plain = { isNews: verdict.isNews, score: verdict.score, reasons: verdict.reasons };
  return { state: { facts: found.value, verdict: plain, hidden: [], paywalled: meta.paywalled }, root: article?.root ?? null };
}

/** @param facts the fact extraction (facts.js's entry in the page; the module itself in tests). */
export function createPipeline(facts: () => FactsEntry): PipelineEntry {
  let current: Pass | null = null;
  let running: { signal: AbortSignal; result: Promise<CardState | null> } | null = null;

  const setHidden = (pass: Pass, hidden: HiddenBlockInfo[]): void => {
    pass.state = { ...pass.state, hidden };
    pass.card?.update(pass.state);
  };

  const save = (state: CardState) => sendMessage('saveSummary', summaryInput(state));

  /** Reader overlay (LIBRARY's) for the page, with the current card on top; closes it when open. */
  const reader = async (): Promise<void> => {
    const state = current?.state;
    // reader.js is injected the first time: most pages never open the reader.
    const { toggleReader } = await loadReader();
    toggleReader(current?.doc ?? document, state, {
      onSave: state && (() => save(state)),
      onCopyMarkdown: state && (() => navigator.clipboard.writeText(factsToMarkdown(state.facts))),
    });
  };

  // The card copies its own Markdown (from the click, so the clipboard accepts it).
  const callbacks = (pass: Pass): MountFactCardOptions => ({
    onSave: () => save(pass.state),
    // The card removed itself already.
    onDismiss: () => {
      pass.card = null;
    },
    onRestoreHidden: (id) => {
      if (pass.upsell) setHidden(pass, pass.upsell.restore(id));
    },
    onOpenReader: () => void reader(),
    articleRoot: pass.root,
    doc: pass.doc,
  });

  /** One pass: each step a task of its own (yieldToPage), the page's blocks restored if it is aborted on the way. */
  async function runPass(opts: PipelineRunOptions): Promise<CardState | null> {
    const { doc, signal } = opts;
    const computed = await computeState(opts, facts);
    if (!computed || signal.aborted) return null;
    const pass: Pass = { signal, doc, state: computed.state, root: computed.root, upsell: null, card: null };
    current = pass;
    signal.addEventListener(
      'abort',
      () => {
        pass.card?.remove();
        pass.card = null;
        pass.upsell?.restore();
        pass.upsell?.stop();
        if (current === pass) current = null;
      },
      { once: true },
    );
    if (opts.hideUpsells) {
      const t0 = performance.now();
      const paywalled = pass.state.paywalled;
      let found: { value: UpsellBlock[]; work: number } | null;
      try {
        found = await runSteps(upsellSteps(doc, { paywalled, articleRoot: computed.root }), signal);
      } catch {
        // A page we cannot read must never break the pass: hide nothing, show the card.
        found = { value: [], work: 0 };
      }
      if (!found) return null;
      const t = performance.now();
      pass.upsell = startUpsellHiding(doc, { paywalled, articleRoot: computed.root, signal, found: found.value, onChange: (hidden) => setHidden(pass, hidden) });
      pass.state = { ...pass.state, hidden: pass.upsell.hidden() };
      measureWork('nutgraf:upsell', t0, found.work + performance.now() - t);
    }
    if (!(await yieldAndGoOn(signal))) return null;
    // An orphaned instance of an older extension version may have left its card behind.
    const t1 = performance.now();
    for (const old of doc.querySelectorAll('[data-nutgraf-card]')) old.remove();
    pass.card = mountFactCard(pass.state, callbacks(pass));
    measureSince('nutgraf:card', t1);
    return pass.state;
  }

  return {
    run(opts) {
      // The popup may force a run while the automatic one is on its way or done: same signal, same pass.
      const { signal } = opts;
      if (running?.signal === signal && !signal.aborted) return running.result.then((s) => (s && current?.signal === signal ? current.state : s));
      if (signal.aborted) return Promise.resolve(null);
      const result = runPass(opts);
      running = { signal, result };
      return result;
    },
    card: () => current?.state ?? null,
    restoreHidden(id) {
      if (!current?.upsell) return current?.state.hidden ?? [];
      setHidden(current, current.upsell.restore(id));
      return current.state.hidden;
    },
    toggleReader: reader,
  };
}
