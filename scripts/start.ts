/**
 * `npm start` / `npm run start:firefox`: serve our demo pages and open the browser with the built extension on
 * the seed story. Headed when a display exists (stays open until the browser is closed or Ctrl+C);
 * headless otherwise: waits for the content script's pass, prints the card's facts and writes a screenshot.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, launchFirefox } from './lib/launch.ts';
import { listDemoPages, pageUrl, SEED_PAGE, startDemoServer } from './lib/demo-server.ts';
import { CARD_SNAPSHOT, DONE_STATE, formatCard, type CardSnapshot } from './lib/page-probes.ts';

type Which = 'chromium' | 'firefox';
const which = (process.argv[2] ?? 'chromium') as Which;
if (which !== 'chromium' && which !== 'firefox') {
  console.error('usage: tsx scripts/start.ts <chromium|firefox>');
  process.exit(2);
}
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const artifacts = resolve(import.meta.dirname, '../artifacts');

/** What start needs of a page, whichever library drives the browser. */
interface DrivenPage {
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  screenshot(opts: { path: string; fullPage: boolean }): Promise<unknown>;
}

async function waitForDone(page: DrivenPage, timeoutMs = 45_000): Promise<string | null> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const state = (await page.evaluate(DONE_STATE)) as string | null;
    if (state) return state;
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

const server = await startDemoServer();
const seedUrl = pageUrl(server, SEED_PAGE);
console.log(`Demo pages on ${server.url}/ :`);
for (const p of listDemoPages()) console.log(`  ${pageUrl(server, p.page)}${p.isNews ? '' : '  (home listing, not news)'}`);

let page: DrivenPage;
let close: () => Promise<void>;
let onDisconnect: (cb: () => void) => void;
if (which === 'chromium') {
  const session = await launchChromium({ headless: !headed });
  const p = session.context.pages()[0] ?? (await session.context.newPage());
  page = { goto: (u) => p.goto(u), evaluate: (e) => p.evaluate(e), screenshot: (o) => p.screenshot(o) };
  close = session.close;
  onDisconnect = (cb) => session.context.on('close', cb);
} else {
  const session = await launchFirefox({ headless: !headed });
  const p = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  page = { goto: (u) => p.goto(u), evaluate: (e) => p.evaluate(e), screenshot: (o) => p.screenshot({ ...o, type: 'png' }) };
  close = session.close;
  onDisconnect = (cb) => session.browser.on('disconnected', cb);
}

async function shutdown(code: number): Promise<never> {
  await close();
  await server.close();
  process.exit(code);
}

await page.goto(seedUrl);
if (headed) {
  console.log(`\n${which} is open on ${seedUrl} with Nutgraf loaded. Close the browser or press Ctrl+C to stop.`);
  onDisconnect(() => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void shutdown(0));
} else {
  const state = await waitForDone(page);
  console.log(`\nnutgraf:done state: ${state ?? '(no mark within 45 s)'}`);
  const card = (await page.evaluate(CARD_SNAPSHOT)) as CardSnapshot;
  console.log(`\nFact card on ${seedUrl}:\n${formatCard(card)}\n`);
  mkdirSync(artifacts, { recursive: true });
  const shot = resolve(artifacts, `start-${which}.png`);
  await page.screenshot({ path: shot, fullPage: false });
  console.log(`Screenshot: ${shot}`);
  await shutdown(state === 'news' && card ? 0 : 1);
}
