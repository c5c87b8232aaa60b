/**
 * The always-on part: one automatic pass per page (and per SPA route), plus the message listener the popup,
 * menu and shortcuts talk to. Cheap on non-news pages: detection, then one storage read (site rules) after
 * the pass is marked done; no pipeline, no message to the background.
 */
import type { NewsVerdict } from '../core/types.ts';
import { onMessage } from '../messaging/index.ts';
import type { CardState, ContentProtocol } from '../messaging/protocol.ts';
import { getPipelineEntry } from '../pipeline/entry.ts';
import type { Settings } from '../storage/types.ts';
import { isContextValid, watchOrphaned } from './context-guard.ts';
import type { Detector } from './detector.ts';
import { loadPipeline } from './load-pipeline.ts';
import { readSettings } from './read-settings.ts';
import { releaseLeftovers } from './release-leftovers.ts';
import { siteRule } from './site-rule.ts';
import { markDone, markStart, measureDetect, measurePipeline, measureSince } from './timing.ts';
import { warmIntl } from './warm-intl.ts';
import { watchNavigation } from './watch-navigation.ts';

/** Automatic mode for this URL: 'never' rule or global off → false; an 'always' rule wins over global off. */
function autoAllowed(settings: Settings | null, url: string): boolean {
  if (!settings) return true;
  const rule = siteRule(settings, url);
  return rule === 'always' || (rule !== 'never' && settings.enabled);
}

/**
 * Starts the content script's work on this page; returns `stop` (used by tests and on orphaning).
 * @param isNewsPage the detector, from detect.js (detector.ts says why it is a file of its own).
 */
export function startContent(isNewsPage: Detector): () => void {
  // After an add-on update Firefox runs this in pages whose old instance died mid-work (card, hidden blocks).
  releaseLeftovers(document);
  const page = new AbortController();
  let pass: AbortController | null = null;
  let passSignal: AbortSignal = page.signal;
  let running: Promise<void> = Promise.resolve();
  let verdict: NewsVerdict | null = null;
  let settings: Settings | null = null;

  const stop = (): void => page.abort();
  const newPass = (): AbortSignal => {
    pass?.abort();
    pass = new AbortController();
    passSignal = AbortSignal.any([page.signal, pass.signal]);
    return passSignal;
  };

  async function runPipeline(signal: AbortSignal, force: boolean): Promise<CardState | null> {
    const t0 = performance.now();
    const cold = !getPipelineEntry();
    const loading = loadPipeline();
    if (cold) warmIntl();
    const entry = await loading;
    measureSince('nutgraf:load', t0);
    if (signal.aborted) return null;
    const url = location.href;
    const v = verdict ?? isNewsPage(document, url);
    const allowed = autoAllowed(settings, url);
    return entry.run({
      doc: document,
      url,
      verdict: v,
      settings,
      signal,
      force,
      hideUpsells: (v.isNews || !force) && allowed && settings?.hideUpsells !== false,
    });
  }

  async function autoPass(): Promise<void> {
    const signal = newPass();
    const detectStart = markStart();
    try {
      verdict = isNewsPage(document, location);
      measureDetect(detectStart);
      if (!verdict.isNews) {
        markDone('not-news');
        // An 'always' rule for this site overrides detection: checked after the pass (outside nutgraf:detect),
        // from storage, so a plain page never wakes the background's service worker.
        settings = await readSettings();
        if (settings && siteRule(settings, location.href) === 'always' && !signal.aborted) await runPipeline(signal, false);
        return;
      }
      settings = await readSettings();
      if (signal.aborted) return;
      if (!autoAllowed(settings, location.href)) {
        markDone('disabled');
        return;
      }
      await runPipeline(signal, false);
      if (signal.aborted) return;
      measurePipeline();
      markDone('news');
    } catch {
      if (!isContextValid()) stop();
      else if (!signal.aborted) markDone('error');
    }
  }

  /** The card for the popup; with `force`, computed now even on a page the automatic pass skipped. */
  async function getCard(force: boolean): Promise<CardState | null> {
    await running;
    const card = getPipelineEntry()?.card() ?? null;
    if (card || !force) return card;
    settings ??= await readSettings();
    return runPipeline(passSignal.aborted ? newPass() : passSignal, true);
  }

  const off = onMessage<ContentProtocol>({
    getCard: ({ force }) => getCard(force),
    restoreHidden: ({ id }) => getPipelineEntry()?.restoreHidden(id) ?? [],
    toggleReader: async () => {
      if (!getPipelineEntry()?.card()) await getCard(true);
      await (await loadPipeline()).toggleReader();
    },
  });
  page.signal.addEventListener('abort', off, { once: true });

  watchOrphaned(page.signal, stop);
  watchNavigation(page.signal, () => {
    verdict = null;
    running = autoPass();
  });
  running = autoPass();
  return stop;
}
