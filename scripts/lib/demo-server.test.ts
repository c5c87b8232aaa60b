import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOME_PAGE, listDemoPages, PAGES_DIR, pageUrl, SEED_PAGE, startDemoServer } from './demo-server.ts';
import type { RunningServer } from './static-server.ts';

const pages = listDemoPages();

/** Visible text of a page we wrote (no entities, no comments in text): scripts, styles and tags dropped. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
}

describe('demo/fixture pages', () => {
  test('the seed page, the home listing and news in five languages are there', () => {
    expect(pages.map((p) => p.page)).toEqual(expect.arrayContaining([SEED_PAGE, HOME_PAGE]));
    expect(new Set(pages.filter((p) => p.isNews).map((p) => p.lang))).toEqual(new Set(['fr', 'en', 'de', 'es', 'it']));
  });

  // The expectations must quote the page exactly, or the e2e and eval checks would test nothing.
  test.each(pages.map((p) => [p.page, p] as const))('%s: every snippet of its expected.json is in the page', (_name, expected) => {
    const html = readFileSync(join(PAGES_DIR, expected.page), 'utf8');
    const text = visibleText(html);
    const snippets = [expected.title, ...(expected.keep ?? []), ...(expected.upsell ?? []).map((u) => u.text)].filter(
      (s): s is string => Boolean(s),
    );
    for (const snippet of snippets) expect(text, snippet).toContain(snippet);
    expect(html).toMatch(new RegExp(`<html lang="${expected.lang}\\b`));
    if (expected.isNews) {
      expect(expected.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(html).toContain(`"datePublished": "${expected.published}`);
    }
  });
});

describe('startDemoServer', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());

  test('serves the home listing at / and pages by file name', async () => {
    const home = await fetch(pageUrl(server, HOME_PAGE));
    expect(pageUrl(server, HOME_PAGE)).toBe(`${server.url}/`);
    expect(await home.text()).toContain('À la une');
    const seed = await fetch(pageUrl(server, SEED_PAGE));
    expect(seed.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await seed.text()).toContain('NewsArticle');
    expect((await fetch(`${server.url}/nope.html`)).status).toBe(404);
  });
});
