/**
 * Launch a real browser with the built extension loaded — shared by e2e, `npm start`, eval and bench.
 * Recipe and pitfalls: ../shared/docs/testing-in-real-browsers.md (Chromium via Playwright, Firefox via
 * puppeteer-core over WebDriver BiDi; Playwright's own Firefox support does not work with ESR 153).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';

export const CHROMIUM_PATH = process.env.NUTGRAF_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.NUTGRAF_FIREFOX ?? '/usr/bin/firefox-esr';
/** Must match browser_specific_settings.gecko.id in manifest.json: the pinned uuid is keyed by it. */
export const GECKO_ID = 'nutgraf@nutgraf.app';

const root = resolve(import.meta.dirname, '../..');
export const DIST_CHROME = join(root, 'dist/chrome');
export const DIST_FIREFOX = join(root, 'dist/firefox');

export interface LaunchOptions {
  /** Unpacked extension directory (Chromium), or directory / .zip / .xpi (Firefox). */
  ext?: string;
  headless?: boolean;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://<id>/` */
  baseUrl: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  /** `moz-extension://<uuid>/` */
  baseUrl: string;
  close(): Promise<void>;
}

/** Chromium with the extension unpacked into a fresh persistent profile (extensions need one). */
export async function launchChromium({ ext = DIST_CHROME, headless = true }: LaunchOptions = {}): Promise<ChromiumSession> {
  const profile = await mkdtemp(join(tmpdir(), 'nutgraf-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      // We usually run as root in containers; Chromium refuses to start without this there.
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      extensionId,
      baseUrl: `chrome-extension://${extensionId}/`,
      serviceWorker,
      async close() {
        await context.close().catch(() => {});
        await rm(profile, { recursive: true, force: true }).catch(() => {});
      },
    };
  } catch (error) {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).catch(() => {});
    throw new Error(`Chromium started but the extension's service worker did not (is ${ext} built?)`, { cause: error });
  }
}

/** Firefox ESR over WebDriver BiDi, the extension installed as a temporary add-on with a pinned uuid. */
export async function launchFirefox({ ext = DIST_FIREFOX, headless = true }: LaunchOptions = {}): Promise<FirefoxSession> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    defaultViewport: { width: 1280, height: 900 },
    // Without it BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Pins moz-extension://<uuid>/ so tests can open the popup as a tab.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // MV3 host permissions granted at install; without them the content script silently does not run.
      'extensions.originControls.grantByDefault': true,
    },
  });
  try {
    await browser.installExtension(ext);
  } catch (error) {
    await browser.close().catch(() => {});
    throw new Error(`Firefox could not install the extension from ${ext} (is it built?)`, { cause: error });
  }
  return {
    browser,
    uuid,
    baseUrl: `moz-extension://${uuid}/`,
    async close() {
      await browser.close().catch(() => {});
    },
  };
}
