// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { NewsVerdict } from '../core/types.ts';
import { onMessage, sendToTab } from '../messaging/index.ts';
import type { BackgroundProtocol, CardState } from '../messaging/protocol.ts';
import { routeRuntimeMessages, routeTabMessages, tabSender } from '../messaging/fake-routing.ts';
import { PIPELINE_KEY, type PipelineEntry, type PipelineRunOptions } from '../pipeline/entry.ts';
import { FACTS_KEY } from '../pipeline/facts-entry.ts';
import type { Settings } from '../storage/types.ts';

const verdict = { current: { isNews: true, score: 5, reasons: [] } as NewsVerdict };
// The detector content.js takes from detect.js: here one whose verdict each test sets.
const isNewsPage = (): NewsVerdict => verdict.current;

const { startContent } = await import('./start-content.ts');
const { settingsItem } = await import('../storage/settings.ts');

const SETTINGS: Settings = {
  enabled: true, hideUpsells: true, siteRules: {}, cardPosition: 'top', cardDensity: 'compact',
  reader: { theme: 'system', font: 'serif', fontSize: 18, lineWidth: 70 },
};
const card = { facts: { meta: { title: 'T' } } } as unknown as CardState;

let runs: PipelineRunOptions[];
let settings: Settings | Error;
/** Messages the content script sent to the background. */
let sent: string[];
let stop: (() => void) | undefined;
let pipelineFails = false;

function installPipeline(): void {
  let current: CardState | null = null;
  const entry: PipelineEntry = {
    run: async (opts) => {
      runs.push(opts);
      current = card;
      opts.signal.addEventListener('abort', () => (current = null));
      return card;
    },
    card: () => current,
    restoreHidden: () => [],
    toggleReader: async () => {},
  };
  (globalThis as Record<string, unknown>)[PIPELINE_KEY] = entry;
  // The background injects facts.js with pipeline.js: both entries are there after a load.
  (globalThis as Record<string, unknown>)[FACTS_KEY] = { factSteps: () => undefined };
}

const doneStates = (): unknown[] =>
  performance.getEntriesByName('nutgraf:done').map((e) => ((e as PerformanceMark).detail as { state: string }).state);

async function settle(): Promise<void> {
  await vi.waitFor(() => expect(doneStates().length).toBeGreaterThan(0));
}

/** Settings live in storage: the content script reads them there, not through the background. */
async function storeSettings(): Promise<void> {
  if (settings instanceof Error) {
    const broken = settings;
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(broken);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(broken);
  } else await settingsItem.setValue(settings);
}

afterEach(() => vi.restoreAllMocks());

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  performance.clearMarks();
  performance.clearMeasures();
  runs = [];
  pipelineFails = false;
  settings = SETTINGS;
  verdict.current = { isNews: true, score: 5, reasons: [] };
  delete (globalThis as Record<string, unknown>)[PIPELINE_KEY];
  delete (globalThis as Record<string, unknown>)[FACTS_KEY];
  routeRuntimeMessages(tabSender());
  routeTabMessages();
  onMessage<BackgroundProtocol>({
    getSettings: () => {
      sent.push('getSettings');
      return SETTINGS;
    },
    loadPipeline: () => {
      sent.push('loadPipeline');
      if (pipelineFails) throw new Error('no scripting');
      installPipeline();
    },
  });
});
afterEach(() => stop?.());

describe('content script pass', () => {
  test('news page: detect, pipeline, done=news with both measures', async () => {
    await storeSettings();
    stop = startContent(isNewsPage);
    await settle();
    expect(doneStates()).toEqual(['news']);
    expect(performance.getEntriesByName('nutgraf:detect')).toHaveLength(1);
    expect(performance.getEntriesByName('nutgraf:pipeline')).toHaveLength(1);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ force: false, hideUpsells: true });
  });

  test('non-news page: done=not-news, no pipeline loaded', async () => {
    verdict.current = { isNews: false, score: 0, reasons: [] };
    await storeSettings();
    stop = startContent(isNewsPage);
    await settle();
    expect(doneStates()).toEqual(['not-news']);
    expect(performance.getEntriesByName('nutgraf:pipeline')).toHaveLength(0);
    expect((globalThis as Record<string, unknown>)[PIPELINE_KEY]).toBeUndefined();
    // The background's service worker is not woken on a plain page.
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual([]);
  });

  test("non-news page with an 'always' rule for its site: the pipeline runs after done=not-news", async () => {
    verdict.current = { isNews: false, score: 0, reasons: [] };
    settings = { ...SETTINGS, siteRules: { localhost: 'always' } };
    await storeSettings();
    stop = startContent(isNewsPage);
    await vi.waitFor(() => expect(runs).toHaveLength(1));
    expect(doneStates()).toEqual(['not-news']);
    expect(runs[0]).toMatchObject({ force: false, hideUpsells: true });
    expect(sent).toEqual(['loadPipeline']);
  });

  test('news page: settings from storage, the background is only asked to inject the pipeline', async () => {
    await storeSettings();
    stop = startContent(isNewsPage);
    await settle();
    expect(sent).toEqual(['loadPipeline']);
    expect(performance.getEntriesByName('nutgraf:load')).toHaveLength(1);
  });

  test.each([
    ['global off', { enabled: false }],
    ['site rule never', { siteRules: { localhost: 'never' as const } }],
  ])('%s → done=disabled', async (_name, patch) => {
    settings = { ...SETTINGS, ...patch };
    await storeSettings();
    stop = startContent(isNewsPage);
    await settle();
    expect(doneStates()).toEqual(['disabled']);
    expect(runs).toHaveLength(0);
  });

  test('unreadable settings fall back to defaults', async () => {
    settings = new Error('storage broken');
    await storeSettings();
    stop = startContent(isNewsPage);
    await settle();
    expect(doneStates()).toEqual(['news']);
  });

  test('a failing pipeline ends in done=error, nothing thrown', async () => {
    pipelineFails = true;
    await storeSettings();
    stop = startContent(isNewsPage);
    await settle();
    expect(doneStates()).toEqual(['error']);
  });

  test('getCard with force runs the pipeline on a page the pass skipped; later calls reuse it', async () => {
    verdict.current = { isNews: false, score: 0, reasons: [] };
    await storeSettings();
    stop = startContent(isNewsPage);
    await settle();
    await expect(sendToTab(1, 'getCard', { force: false })).resolves.toBeNull();
    await expect(sendToTab(1, 'getCard', { force: true })).resolves.toEqual(card);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ force: true, hideUpsells: false });
    await expect(sendToTab(1, 'getCard', { force: true })).resolves.toEqual(card);
    expect(runs).toHaveLength(1);
  });

  test('stop aborts the pass (card removed) and stops answering', async () => {
    await storeSettings();
    stop = startContent(isNewsPage);
    await settle();
    stop();
    expect(runs[0]?.signal.aborted).toBe(true);
    await expect(sendToTab(1, 'getCard', { force: false })).rejects.toThrow();
  });
});
