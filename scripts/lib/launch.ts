/**
 * Launch a real browser with the built extension loaded — shared by e2e, `npm start`, eval and bench.
 * Recipe and pitfalls: ../shared/docs/testing-in-real-browsers.md (Chromium via Playwright, Firefox via
 * puppeteer-core over WebDriver BiDi; Playwright's own Firefox support does not work with ESR 153).
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
  /**
   * Use this profile directory instead of a fresh temporary one, and leave it in place on close (the caller
   * owns it): launching again on the same directory is a real browser restart of that profile.
   */
  profileDir?: string;
}

export interface FirefoxLaunchOptions extends LaunchOptions {
  /**
   * How the add-on gets into Firefox:
   * - 'temporary' (default): BiDi webExtension.install, as about:debugging does. Gone when Firefox quits.
   * - 'profile': installed for good in `<profile>/extensions/<gecko id>` (a proxy file naming the unpacked
   *   directory, or the .xpi/.zip copied there) and found by Firefox at startup, as a user's add-on is; it
   *   survives a restart with its storage. Unsigned, so ESR (xpinstall.signatures.required=false) only.
   *   Meant with `profileDir` (the add-on lives in that profile).
   */
  install?: 'temporary' | 'profile';
  /** The moz-extension uuid to pin (keep it across launches of one profile); random when absent. */
  uuid?: string;
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
export async function launchChromium({ ext = DIST_CHROME, headless = true, profileDir }: LaunchOptions = {}): Promise<ChromiumSession> {
  const profile = profileDir ?? (await mkdtemp(join(tmpdir(), 'nutgraf-chromium-')));
  // A caller's profile outlives the session (restart tests launch again on it).
  const dropProfile = () => (profileDir ? Promise.resolve() : rm(profile, { recursive: true, force: true }).catch(() => {}));
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
        await dropProfile();
      },
    };
  } catch (error) {
    await context.close().catch(() => {});
    await dropProfile();
    throw new Error(`Chromium started but the extension's service worker did not (is ${ext} built?)`, { cause: error });
  }
}

/** Firefox ESR over WebDriver BiDi, the extension installed as a temporary add-on with a pinned uuid. */
export async function launchFirefox({
  ext = DIST_FIREFOX,
  headless = true,
  profileDir,
  install = 'temporary',
  uuid = randomUUID(),
}: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  if (install === 'profile') {
    if (!profileDir) throw new Error("launchFirefox: install 'profile' needs a profileDir");
    await installInProfile(profileDir, ext);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    ...(profileDir ? { userDataDir: profileDir } : {}),
    defaultViewport: { width: 1280, height: 900 },
    // Without it BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Pins moz-extension://<uuid>/ so tests can open the popup as a tab.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // MV3 host permissions granted at install; without them the content script silently does not run.
      'extensions.originControls.grantByDefault': true,
      ...(install === 'profile'
        ? {
            // An unsigned add-on in the profile: allowed on ESR, enabled without the side-loading prompt.
            'xpinstall.signatures.required': false,
            'extensions.autoDisableScopes': 0,
            'extensions.enabledScopes': 15,
          }
        : {}),
    },
  });
  try {
    if (install === 'temporary') await browser.installExtension(ext);
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

/** Puts the add-on in `<profile>/extensions/`, where Firefox installs it from at startup. */
async function installInProfile(profileDir: string, ext: string): Promise<void> {
  const dir = join(profileDir, 'extensions');
  await mkdir(dir, { recursive: true });
  if (/\.(xpi|zip)$/i.test(ext)) await copyFile(ext, join(dir, `${GECKO_ID}.xpi`));
  // A proxy file: its name is the add-on id, its content the absolute path of the unpacked add-on.
  else await writeFile(join(dir, GECKO_ID), `${resolve(ext)}\n`);
}
