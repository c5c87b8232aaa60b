import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { corpusResolver, httpCharset, loadCorpus, pagePath, truthSnippets } from './corpus.ts';

// A tiny corpus of our own, shaped like ../shared/corpus.
const dir = mkdtempSync(join(tmpdir(), 'nutgraf-corpus-'));
mkdirSync(join(dir, 'pages'));
mkdirSync(join(dir, 'labels'));
mkdirSync(join(dir, 'truth'));
const row = (id: string, extra: object) =>
  JSON.stringify({ id, source: 's', lang: 'fr', label: 'article', title: null, encoding: 'utf-8', sha1: '', page: `pages/${id}.html.gz`, truth_files: [], truth_kind: null, ...extra });
writeFileSync(
  join(dir, 'manifest.jsonl'),
  [
    row('gold', { truth_kind: 'human-annotated-articleBody' }),
    row('tool', { truth_kind: 'newspaper-regression-output (tool output, partly hand-checked; NOT gold)' }),
    row('snip', { truth_kind: 'snippets (with/without) + metadata in meta.json', encoding: 'cp1252' }),
    row('none', { truth_kind: 'none' }),
  ].join('\n') + '\n',
);
writeFileSync(join(dir, 'labels', 'upsell.jsonl'), JSON.stringify({ id: 'gold', lang: 'fr', upsell: [{ kind: 'meter', text: 'Vous avez lu 3 articles' }], keep: ['Un paragraphe'] }) + '\n');
writeFileSync(join(dir, 'truth', 'gold.txt'), 'Le premier paragraphe de cet article est assez long. Le second aussi compte bien des mots.\n\nCourt.');
writeFileSync(join(dir, 'truth', 'tool.txt'), 'A sentence from a tool output that is long enough.');
writeFileSync(join(dir, 'truth', 'none.txt'), 'A sentence from a page without usable truth at all.');
writeFileSync(join(dir, 'truth', 'snip.meta.json'), JSON.stringify({ with: ['Weltweit finanzieren Banken'], without: ['Cookies & Tracking'] }));
writeFileSync(join(dir, 'pages', 'snip.html.gz'), gzipSync(Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e])));

describe('loadCorpus', () => {
  test('reads the manifest and labels', () => {
    const c = loadCorpus(dir)!;
    expect(c.rows.map((r) => r.id)).toEqual(['gold', 'tool', 'snip', 'none']);
    expect(c.upsell.get('gold')?.upsell[0]?.kind).toBe('meter');
    expect(c.facts.size).toBe(0);
  });

  test('absent folder → null', () => expect(loadCorpus(join(dir, 'nope'))).toBeNull());
});

describe('httpCharset', () => {
  test.each([
    ['utf-8', 'utf-8'],
    ['utf-8-sig', 'utf-8'],
    ['utf-8-replace', 'utf-8'],
    ['cp1252', 'windows-1252'],
    ['shift_jis', 'shift_jis'],
    ['ISO-8859-15', 'iso-8859-15'],
    [null, 'utf-8'],
  ])('%s → %s', (enc, out) => expect(httpCharset(enc)).toBe(out));
});

describe('corpusResolver', () => {
  const resolve = corpusResolver(loadCorpus(dir)!);
  test('serves a page gunzipped, bytes untouched, with its charset', () => {
    const r = resolve(pagePath('snip'))!;
    expect(r.charset).toBe('windows-1252');
    expect(r.type).toBe('text/html');
    expect((r.body as Buffer)[3]).toBe(0xe9);
  });
  test.each([['/pages/unknown.html'], ['/pages/snip.html.gz'], ['/snip.html'], ['/pages/%E0%A4%A.html']])('%s → null', (p) => expect(resolve(p)).toBeNull());
});

describe('truthSnippets', () => {
  const c = loadCorpus(dir)!;
  test.each([
    ['gold', 'gold', ['Le premier paragraphe de cet article est assez long.', 'Le second aussi compte bien des mots.']],
    ['tool', 'tool', ['A sentence from a tool output that is long enough.']],
    ['snip', 'gold', ['Weltweit finanzieren Banken']],
    ['none', null, []],
  ])('%s', (id, tier, texts) => {
    const out = truthSnippets(c, c.byId.get(id)!);
    expect(out.map((s) => s.text)).toEqual(texts);
    if (tier) expect(out.every((s) => s.tier === tier)).toBe(true);
  });
  test('samples at most max', () => expect(truthSnippets(c, c.byId.get('gold')!, 1)).toHaveLength(1));
});
