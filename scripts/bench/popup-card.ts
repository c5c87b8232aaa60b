/**
 * The popup's card of a news tab, with the extension's service worker running or stopped (a dev tool, not part of
 * `npm run bench`): `npx tsx scripts/bench/popup-card.ts [--ext a,b] [--rounds 8]`.
 * Opens our English fixture article in a tab (its content script makes the card), then opens
 * `popup/index.html?tab=<id>` again and again, every other time with the service worker stopped first (as Chrome
 * leaves it after 30 s idle: a reader clicks the toolbar after reading a while), and prints the median time from
 * the popup's navigation start to its card on screen (body[data-ready]) for each case, and when each of the popup's
 * own `nutgraf:popup-*` marks came (tab known, card answer, card chunk, list painted…): where the wait goes. With several `--ext`
 * snapshots they run one after the other, the order turning each round. `npm run bench` runs it after the library
 * bench (budget: the card within 300 ms). Printed, never asserted.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionWithFloor, FLOOR_MODULE } from './library-floor.ts';
import { bodyFlagSet, quietWaiter } from './quiet-wait.ts';
import { parseArgs } from 'node:util';
import { launchChromium, type ChromiumSession } from '../lib/launch.ts';
import { startServer } from '../lib/static-server.ts';
import { quantile } from '../eval/metrics-prf.ts';
import { readyProbe } from './library.ts';
import { backgroundStopper } from './stop-background.ts';
import { formatBudgets } from './bench-format.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { values: o } = parseArgs({
  args: process.argv.slice(2),
  options: { ext: { type: 'string', default: join(ROOT, 'dist/chrome') }, rounds: { type: 'string', default: '8' }, 'tab-query': { type: 'boolean', default: false } },
});

interface Setup { session: ChromiumSession; tabId: number; stop(): Promise<boolean>; wake(): Promise<void>; close(): Promise<void> }

async function setUp(ext: string, url: string): Promise<Setup> {
  const snap = await extensionWithFloor(ext);
  const session = await launchChromium({ ext: snap.dir });
  await session.context.addInitScript(readyProbe);
  const news = await session.context.newPage();
  await news.goto(url);
  await news.waitForFunction(() => performance.getEntriesByName('nutgraf:done').length > 0, undefined, { timeout: 30_000 });
  const probe = await session.context.newPage();
  await probe.goto(session.baseUrl + 'popup/index.html?tab=-1').catch(() => {});
  const tabId = (await probe.evaluate(async (u) => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome.tabs;
    return (await tabs.query({})).find((t) => t.url === u)?.id ?? -1;
  }, url)) as number;
  await probe.close();
  const stopper = await backgroundStopper(news);
  // Starts the service worker again (a settings read from an extension page closed after it) and waits for its
  // answer: the "running" case. No extension page stays open, as when the toolbar is clicked: stopping the worker
  // may then end the extension's process too, as Chrome's idle stop does.
  const wake = async () => {
    const page = await session.context.newPage();
    await page.goto(session.baseUrl + 'popup/index.html?tab=-1').catch(() => {});
    await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ nutgraf: 'getSettings' }));
    await page.close();
  };
  return { session, tabId, stop: () => stopper.stop(), wake, close: snap.close };
}

/** Opens the popup once; its `nutgraf:popup-*` marks (ms from navigation start) are added to `marks` when given. */
async function openPopup(s: Setup, marks?: Record<string, number[]>): Promise<number | null> {
  const page = await s.session.context.newPage();
  const wait = await quietWaiter(page);
  try {
    await page.goto(`${s.session.baseUrl}popup/index.html${o['tab-query'] ? `?tab=${s.tabId}` : ''}`);
    await wait.until(bodyFlagSet('ready'), 30_000);
    const card = await page.evaluate(() => document.querySelector('[data-fact="title"]') !== null);
    const at = (await page.evaluate(() => (window as unknown as { __nutgrafReadyAt?: number }).__nutgrafReadyAt ?? null)) as number | null;
    if (card && marks) {
      const seen = (await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('nutgraf:popup')).map((m) => [m.name, m.startTime]))) as [string, number][];
      for (const [name, t] of seen) (marks[name] ??= []).push(t);
    }
    return card ? at : null;
  } catch {
    return null;
  } finally {
    await wait.detach();
    await page.close();
  }
}

/** The floor page with one tiny module script (library-floor.ts), opened the same way: its body[data-painted]. */
async function openFloorPage(s: Setup): Promise<number | null> {
  const page = await s.session.context.newPage();
  const wait = await quietWaiter(page);
  try {
    await page.goto(s.session.baseUrl + FLOOR_MODULE);
    await wait.until(bodyFlagSet('painted'), 30_000);
    return (await page.evaluate(() => (window as unknown as { __nutgrafPaintedAt?: number }).__nutgrafPaintedAt ?? null)) as number | null;
  } catch {
    return null;
  } finally {
    await wait.detach();
    await page.close();
  }
}

const server = await startServer({ root: join(ROOT, 'tests/fixtures/pages') });
const url = `${server.url}/news-en-harbourline-kestrel.html`;
const exts = o.ext.split(',');
interface Times { running: number[]; stopped: number[]; floorRunning: number[]; floorStopped: number[]; failed: number; marks: { running: Record<string, number[]>; stopped: Record<string, number[]> } }
const times: Record<string, Times> = {};
const setups = new Map<string, Setup>();
try {
  for (const ext of exts) setups.set(ext, await setUp(ext, url));
  for (let round = 0; round < Number(o.rounds); round++) {
    for (const ext of round % 2 ? [...exts].reverse() : exts) {
      const s = setups.get(ext)!;
      const t = (times[ext] ??= { running: [], stopped: [], floorRunning: [], floorStopped: [], failed: 0, marks: { running: {}, stopped: {} } });
      // The floor (a page of the same extension with one tiny module, nothing of ours) opens in the same state
      // as the popup, before it in even rounds and after it in odd ones.
      const floorFirst = round % 2 === 0;
      const both = async (state: () => Promise<unknown>, popup: number[], floor: number[], marks: Record<string, number[]>) => {
        for (const which of floorFirst ? ['floor', 'popup'] : ['popup', 'floor']) {
          await state();
          const ms = which === 'popup' ? await openPopup(s, marks) : await openFloorPage(s);
          if (ms === null) t.failed++;
          else (which === 'popup' ? popup : floor).push(ms);
        }
      };
      await both(s.wake, t.running, t.floorRunning, t.marks.running);
      await both(s.stop, t.stopped, t.floorStopped, t.marks.stopped);
    }
  }
} finally {
  for (const s of setups.values()) {
    await s.session.close();
    await s.close();
  }
  await server.close();
}
console.log(`popup card on screen (navigation start → body[data-ready] with the card), load average ${loadavg()[0]!.toFixed(1)}`);
for (const ext of exts) {
  const t = times[ext]!;
  if (exts.length > 1) console.log(ext);
  console.log(
    formatBudgets([
      { label: `popup card on screen, service worker running (n=${t.running.length})`, value: quantile(t.running, 0.5), unit: 'ms', max: 300 },
      { label: `popup card on screen, service worker stopped (n=${t.stopped.length})`, value: quantile(t.stopped, 0.5), unit: 'ms', max: 300 },
    ]),
  );
  console.log(`  floor (one tiny module, body[data-painted]): worker running ${quantile(t.floorRunning, 0.5)?.toFixed(1)} ms, stopped ${quantile(t.floorStopped, 0.5)?.toFixed(1)} ms`);
  // Where the wait goes: the popup's own marks, median ms from navigation start, in the order they come.
  const names = Object.keys(t.marks.running).sort((a, b) => (quantile(t.marks.running[a]!, 0.5) ?? 0) - (quantile(t.marks.running[b]!, 0.5) ?? 0));
  for (const name of names) {
    const at = (case_: 'running' | 'stopped') => quantile(t.marks[case_][name] ?? [], 0.5)?.toFixed(1) ?? '—';
    console.log(`  ${name.padEnd(30)} worker running ${at('running').padStart(6)} ms, stopped ${at('stopped').padStart(6)} ms`);
  }
  if (t.failed) console.log(`  opens without a card: ${t.failed}`);
}
