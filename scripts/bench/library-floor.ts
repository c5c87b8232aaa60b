/**
 * The floor the browser imposes on an extension page's first paint, for the library bench: a copy of the
 * unpacked extension (a temporary directory, never dist) with two bench-only pages added —
 * - `bench-floor/static.html`: one line of text, no script, no stylesheet: its first-contentful-paint is
 *   what any extension page costs before a single byte of our code runs (navigation, process, HTML);
 * - `bench-floor/module.html`: the same plus one tiny module script that marks `body[data-painted]`, as the
 *   popup does: the cost of having a module script at all.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH } from '../lib/launch.ts';
import { firstContentfulPaint, quietWaiter } from './quiet-wait.ts';

export const FLOOR_STATIC = 'bench-floor/static.html';
export const FLOOR_MODULE = 'bench-floor/module.html';

const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <title>Nutgraf floor</title>\n  </head>\n  <body>\n${body}\n  </body>\n</html>\n`;

/**
 * Copies `ext` to a temporary directory (or to `into`, replacing it: an unpacked extension's id follows its
 * path, so a kept profile needs the same path every time) and adds the floor pages; `close` removes the copy.
 */
export async function extensionWithFloor(ext: string, into?: string): Promise<{ dir: string; close(): Promise<void> }> {
  if (into) await rm(into, { recursive: true, force: true });
  const dir = into ?? (await mkdtemp(join(tmpdir(), 'nutgraf-bench-ext-')));
  await cp(ext, dir, { recursive: true });
  await mkdir(join(dir, 'bench-floor'), { recursive: true });
  await writeFile(join(dir, FLOOR_STATIC), page('    <p>Nutgraf</p>'));
  await writeFile(join(dir, FLOOR_MODULE), page('    <p>Nutgraf</p>\n    <script type="module" src="./module.js"></script>'));
  await writeFile(join(dir, 'bench-floor/module.js'), "document.body.dataset.painted = '1';\n");
  return { dir, close: () => rm(dir, { recursive: true, force: true }) };
}

export interface FloorTimes {
  /** The browser's first-contentful-paint. */
  fcp: number | null;
  /** body[data-painted] (the module page only), as the page's own readyProbe saw it. */
  painted: number | null;
}

/** Opens one floor page in a new tab and reads its first-contentful-paint (and data-painted, if any). */
export async function openFloor(context: BrowserContext, url: string): Promise<FloorTimes | null> {
  const tab = await context.newPage();
  const wait = await quietWaiter(tab);
  try {
    await tab.goto(url);
    await wait.until(firstContentfulPaint, 30_000);
    return (await tab.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      painted: (window as unknown as { __nutgrafPaintedAt?: number }).__nutgrafPaintedAt ?? null,
    }))) as FloorTimes;
  } catch {
    return null;
  } finally {
    await wait.detach();
    await tab.close();
  }
}

/**
 * Headless Chromium on a kept profile with the given unpacked extensions loaded (the library benches' one
 * launch: a kept profile keeps the seeded library between runs).
 */
export function launchWithExtensions(profile: string, dirs: string[]): Promise<BrowserContext> {
  const list = dirs.join(',');
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${list}`, `--load-extension=${list}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
