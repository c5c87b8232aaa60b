/**
 * A/B of the popup's first paint on a shared, loaded machine (a dev tool, not part of `npm run bench`):
 * `npx tsx scripts/bench/library-ab.ts --a <unpacked dir> --b <unpacked dir> --profile <dir> [--runs 15] [--count 10000]`.
 * Both builds are loaded side by side in ONE browser (copied next to the profile, so their ids stay put and the
 * profile keeps their seeded libraries), each seeded once with the same synthetic library; then the floor page,
 * A's popup and B's popup are opened in turn, round after round, so a change of load hits both alike.
 * Prints medians and p95 per page, and the per-round difference B − A (of the marker, and of the list on screen:
 * the later of data-painted and first-contentful-paint, as the library bench judges the popup).
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { extensionWithFloor, FLOOR_STATIC, launchWithExtensions, openFloor } from './library-floor.ts';
import { syntheticLibraryFile } from './library-seed.ts';
import { readyProbe } from './library.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    profile: { type: 'string' },
    count: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '15' },
    page: { type: 'string', default: 'popup/index.html' },
  },
});
if (!values.a || !values.b || !values.profile) {
  console.error('usage: --a <unpacked dir> --b <unpacked dir> --profile <profile dir>');
  process.exit(2);
}

/** Chromium's id of an unpacked extension: the first 128 bits of SHA-256 of its path, as letters a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

async function seed(context: BrowserContext, base: string, count: number): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(base + 'library/index.html');
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 180_000 });
    const have = Number(await page.locator('[data-count]').getAttribute('data-count'));
    if (have >= count) return;
    await page.evaluate(async (text) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      return runtime.sendMessage({ nutgraf: 'importLibrary', data: { text } });
    }, syntheticLibraryFile(count));
  } finally {
    await page.close();
  }
}

async function openPage(context: BrowserContext, url: string): Promise<{ painted: number | null; ready: number | null; fcp: number | null } | null> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 }).catch(() => {});
    return (await page.evaluate(() => {
      const w = window as unknown as { __nutgrafReadyAt?: number; __nutgrafPaintedAt?: number };
      return {
        painted: w.__nutgrafPaintedAt ?? null,
        ready: w.__nutgrafReadyAt ?? null,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      };
    })) as { painted: number | null; ready: number | null; fcp: number | null };
  } catch {
    return null;
  } finally {
    await page.close();
  }
}

/** The list on screen: the later of the page's data-painted marker and the browser's first contentful paint. */
const onScreen = (t: { painted: number | null; fcp: number | null } | null | undefined): number | null =>
  t?.painted == null || t.fcp == null ? null : Math.max(t.painted, t.fcp);

const profile = values.profile.replace(/\/+$/, '');
await mkdir(profile, { recursive: true });
const a = await extensionWithFloor(values.a, `${profile}-a`);
const b = await extensionWithFloor(values.b, `${profile}-b`);
const context = await launchWithExtensions(profile, [a.dir, b.dir]);
try {
  await context.addInitScript(readyProbe);
  const baseA = `chrome-extension://${unpackedExtensionId(a.dir)}/`;
  const baseB = `chrome-extension://${unpackedExtensionId(b.dir)}/`;
  while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const t0 = Date.now();
  await Promise.all([seed(context, baseA, Number(values.count)), seed(context, baseB, Number(values.count))]);
  console.log(`seeded in ${Date.now() - t0} ms`);

  const rows: Record<string, number[]> = {};
  const push = (k: string, v: number | null | undefined) => v != null && (rows[k] ??= []).push(v);
  const loads: number[] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    // The order turns round by round: the first page opened after the last one closed can pay for a new
    // renderer process, and that must not always be the same page.
    const keys = ['floor', 'A', 'B'];
    const got: Record<string, Awaited<ReturnType<typeof openPage>>> = {};
    let floor: Awaited<ReturnType<typeof openFloor>> = null;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[(run + k) % keys.length]!;
      if (key === 'floor') floor = await openFloor(context, baseA + FLOOR_STATIC);
      else got[key] = await openPage(context, (key === 'A' ? baseA : baseB) + values.page);
    }
    push('floor fcp', floor?.fcp);
    for (const k of ['A', 'B']) {
      push(`${k} painted`, got[k]?.painted);
      push(`${k} fcp`, got[k]?.fcp);
      push(`${k} ready`, got[k]?.ready);
      push(`${k} on screen`, onScreen(got[k]));
    }
    if (got.A?.painted != null && got.B?.painted != null) push('B−A painted', got.B.painted - got.A.painted);
    const [sa, sb] = [onScreen(got.A), onScreen(got.B)];
    if (sa !== null && sb !== null) push('B−A on screen', sb - sa);
    loads.push(loadavg()[0]!);
    console.log(`run ${run} load ${loadavg()[0]!.toFixed(2)} floor ${floor?.fcp?.toFixed(0)} A ${JSON.stringify(got.A)} B ${JSON.stringify(got.B)}`);
  }
  const q = (v: number[], p: number) => [...v].sort((x, y) => x - y)[Math.min(v.length - 1, Math.floor(p * v.length))]!;
  console.log(`load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
  for (const [k, v] of Object.entries(rows)) console.log(`${k.padEnd(12)} median ${q(v, 0.5).toFixed(1)} ms  p95 ${q(v, 0.95).toFixed(1)} ms  (n=${v.length})`);
} finally {
  await context.close();
}
