/**
 * A synthetic library for the bench and e2e: n varied summaries (sites, languages, parties, amounts, dates,
 * quotes, notes, tags) from a seeded PRNG, as a `nutgraf-library` export file. Made-up text only.
 */
import type { ArticleFacts, Lang } from '../../src/core/types.ts';
import type { SavedSummary } from '../../src/storage/types.ts';

const LANGS: Lang[] = ['en', 'fr', 'de', 'es', 'it'];
const SITES = Array.from({ length: 40 }, (_, i) => `news${i}.example`);
const ORGS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent', 'Vandelay', 'Wonka'];
const PEOPLE = ['Jane Roe', 'John Doe', 'Ana Silva', 'Marc Dupont', 'Lena Vogel', 'Luca Rossi', 'Sofia Ruiz', 'Omar Haddad'];
const VERBS = ['invests in', 'buys', 'partners with', 'sues', 'raises funds from', 'merges with', 'orders jets from', 'cuts jobs at'];
const WORDS = 'market plant energy chips battery airline bank retail cloud river port steel wind solar rail pharma vaccine data'.split(' ');

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticSummary(i: number, rand = prng(i + 1)): SavedSummary {
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const a = pick(ORGS);
  const b = pick(ORGS.filter((o) => o !== a));
  const person = pick(PEOPLE);
  const word = pick(WORDS);
  const billions = Math.round(rand() * 900) / 10 + 0.1;
  const site = pick(SITES);
  const lang = pick(LANGS);
  const title = `${a} ${pick(VERBS)} ${b} in ${word} deal #${i}`;
  const url = `https://${site}/${2020 + (i % 7)}/${word}-${a.toLowerCase()}-${b.toLowerCase()}-${i}`;
  const sentences = [
    `${title}, the companies said on Monday.`,
    `The deal is worth $${billions} billion and should close in the second half of ${2026 + (i % 3)}.`,
    `“This is a turning point for ${word},” said ${person}, chief executive of ${a}.`,
    `${b} shares rose ${(rand() * 20).toFixed(1)}% on the news.`,
  ];
  const src = (sentence: number, text: string) => ({ sentence, text });
  const facts: ArticleFacts = {
    meta: { title, site, url, lang, published: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(), about: [a, b], paywalled: false },
    readingMinutes: 2 + (i % 9),
    sentences,
    parties: [
      { name: a, kind: 'org', source: src(0, a) },
      { name: b, kind: 'org', source: src(0, b) },
      { name: person, kind: 'person', role: `chief executive of ${a}`, source: src(2, person) },
    ],
    event: { type: 'investment', label: 'deal', source: src(0, title.split(' ')[1]!) },
    amounts: [{ text: `$${billions} billion`, value: Math.round(billions * 1e9), currency: 'USD', qualifier: 'exact', source: src(1, `$${billions} billion`) }],
    numbers: [{ text: 'rose', value: 5, unit: '%', qualifier: 'exact', source: src(3, 'rose') }],
    dates: [{ text: 'the second half', norm: `${2026 + (i % 3)}-H2`, precision: 'half', source: src(1, 'the second half') }],
    quotes: [{ speaker: person, quote: `This is a turning point for ${word}`, source: src(2, 'This is a turning point') }],
    tldr: { text: sentences.slice(0, 2).join(' '), sentences: [0, 1], method: 'extractive' },
  };
  const item: SavedSummary = {
    id: `seed${i}`,
    url,
    title,
    site,
    lang,
    published: facts.meta.published!,
    savedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    tldr: facts.tldr!.text,
    facts,
    tags: i % 5 === 0 ? [word, 'follow-up'] : [],
  };
  if (i % 7 === 0) item.note = `Check ${b}'s reaction to the ${word} deal.`;
  return item;
}

/** A library export file with n synthetic summaries. */
export function syntheticLibraryFile(n: number): string {
  const items = Array.from({ length: n }, (_, i) => syntheticSummary(i));
  return JSON.stringify({ format: 'nutgraf-library', version: 2, exportedAt: new Date().toISOString(), items });
}
