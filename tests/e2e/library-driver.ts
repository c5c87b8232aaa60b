/**
 * One small driver over both browsers for the library, options and reader specs: Playwright pages (Chromium)
 * and puppeteer pages (Firefox) behind the same few calls, so each check is written once and run in both.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page as PwPage } from '@playwright/test';
import type { Browser, Page as PpPage } from 'puppeteer-core';
import { READY } from './popup-selectors.ts';

export interface Tab {
  /** Evaluate an expression (a string: the same code runs in both drivers). */
  eval<T>(expression: string): Promise<T>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  waitFor(selector: string, timeout?: number): Promise<void>;
  /** Chromium only (puppeteer's BiDi file upload is not relied on): pick a file in an <input type=file>. */
  setFile?(selector: string, name: string, text: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  base: string;
  /** An extension page, once `body[data-ready="1"]`. */
  openExt(path: string): Promise<Tab>;
  openUrl(url: string): Promise<Tab>;
}

function playwrightTab(page: PwPage): Tab {
  return {
    eval: (expression) => page.evaluate(expression),
    click: (selector) => page.locator(selector).first().click(),
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press(key);
    },
    waitFor: (selector, timeout = 15_000) => page.locator(selector).first().waitFor({ state: 'attached', timeout }),
    setFile: (selector, name, text) => page.locator(selector).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) }),
    close: () => page.close(),
  };
}

function puppeteerTab(page: PpPage): Tab {
  return {
    eval: (expression) => page.evaluate(expression) as Promise<never>,
    click: (selector) => page.click(selector),
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press(key as never);
    },
    waitFor: (selector, timeout = 15_000) => pollSelector(page, selector, timeout),
    close: () => page.close(),
  };
}

export function chromiumDriver(context: BrowserContext, base: string): Driver {
  return {
    name: 'chromium',
    base,
    async openExt(path) {
      const page = await context.newPage();
      await page.goto(base + path);
      await page.locator(READY).waitFor({ state: 'attached' });
      return playwrightTab(page);
    },
    async openUrl(url) {
      const page = await context.newPage();
      await page.goto(url);
      return playwrightTab(page);
    },
  };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Waits until `selector` matches in a puppeteer (Firefox BiDi) page by polling a boolean expression.
 * puppeteer's waitForSelector fails for good when one poll lands mid-navigation or hits Firefox's BiDi
 * "right-hand side of 'in' should be an object, got null" on an extension page; a failed poll here is retried.
 */
export async function pollSelector(page: PpPage, selector: string, timeout: number, onPoll?: () => void): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(`document.querySelector(${JSON.stringify(selector)}) !== null`)) return;
    } catch (error) {
      lastError = error;
    }
    onPoll?.();
    await sleep(100);
  }
  throw new Error(`${selector} not seen within ${timeout} ms at ${page.url()}${lastError ? `; last poll error: ${String(lastError)}` : ''}`);
}

/**
 * Opens an extension page as a Firefox tab, once `body[data-ready="1"]`. BiDi never resolves goto() to
 * moz-extension:// pages, so the DOM is polled instead; a navigation that did not start after 7 s is asked again.
 */
export async function openFirefoxExtensionPage(browser: Browser, url: string, timeout = 20_000): Promise<PpPage> {
  const page = await browser.newPage();
  const go = () => void page.goto(url, { timeout: 5_000 }).catch(() => {});
  go();
  const retryAt = Date.now() + 7_000;
  let retried = false;
  await pollSelector(page, READY, timeout, () => {
    if (!retried && Date.now() > retryAt && !page.url().startsWith(url)) {
      retried = true;
      go();
    }
  });
  return page;
}

export function firefoxDriver(browser: Browser, base: string): Driver {
  return {
    name: 'firefox',
    base,
    async openExt(path) {
      return puppeteerTab(await openFirefoxExtensionPage(browser, base + path));
    },
    async openUrl(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return puppeteerTab(page);
    },
  };
}

/** From an extension page: send one protocol message to the background and return its answer. */
export function message(name: string, data?: unknown): string {
  return `(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const answer = await api.runtime.sendMessage({ nutgraf: ${JSON.stringify(name)}, data: ${JSON.stringify(data ?? null)} });
    if (!answer || !answer.ok) throw new Error('${name}: ' + JSON.stringify(answer && answer.error));
    return answer.value;
  })()`;
}

/** Every key of storage.local, for "nothing changed" checks. */
export const STORAGE_DUMP = `(globalThis.browser ?? globalThis.chrome).storage.local.get(null)`;

const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Inject axe-core (evaluated through the automation protocol, so page CSPs do not block it) and return the
 * violations as "rule: target" lines. `include` limits the run to a selector (shadow DOM included).
 */
export async function axeViolations(tab: Tab, include?: string): Promise<string[]> {
  await tab.eval(`(() => { ${AXE}\n; return true; })()`);
  return tab.eval<string[]>(`(async () => {
    const ctx = ${include ? `{ include: [[${JSON.stringify(include)}]] }` : 'document'};
    const r = await axe.run(ctx, { resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => v.id + ': ' + JSON.stringify(n.target) + ' ' + (n.failureSummary || '').split('\\n')[1]));
  })()`);
}
