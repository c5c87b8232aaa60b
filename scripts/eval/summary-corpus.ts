/**
 * A third summary set from ../shared/corpus: the hand-labelled articles of labels/facts.jsonl that carry a
 * `tldr` (the labeller's own summary) or a `reference_summary`. Unlike CNN/DM and OrangeSum these have real
 * casing, a headline and four languages, and the text goes through our own pipeline (extractArticle on the
 * page, splitSentences), so this is the closest thing to what the card shows. Small (about 70 articles):
 * read it as a check, not a leaderboard.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/core/extract/extract-article.ts';
import { splitSentences } from '../../src/core/text/sentences.ts';
import type { Lang } from '../../src/core/types.ts';
import { loadHtml, pageUrl, parse, readJsonl, readManifest } from './dev-corpus.ts';
import type { SummaryDataset, SummaryItem } from './summary-datasets.ts';

interface FactsLabel {
  id: string;
  lang: string;
  tldr?: string;
  reference_summary?: string;
}

const LANGS: readonly string[] = ['en', 'fr', 'de', 'es', 'it'];

/** Null when the corpus or its labels are absent. Pages Readability cannot read are left out (counted). */
export function loadCorpusSummaries(corpus: string): (SummaryDataset & { skipped: number }) | null {
  const labelsFile = join(corpus, 'labels/facts.jsonl');
  if (!existsSync(labelsFile) || !existsSync(join(corpus, 'manifest.jsonl'))) return null;
  const manifest = new Map(readManifest(corpus).map((r) => [r.id, r]));
  const items: SummaryItem[] = [];
  let skipped = 0;
  for (const label of readJsonl<FactsLabel>(labelsFile)) {
    const reference = label.tldr ?? label.reference_summary;
    const row = manifest.get(label.id);
    if (!reference || !row || !LANGS.includes(label.lang)) continue;
    const lang = label.lang as Lang;
    const dom = parse(loadHtml(corpus, row), pageUrl(row));
    const article = extractArticle(dom.window.document);
    dom.window.close();
    if (!article) {
      skipped++;
      continue;
    }
    items.push({
      id: label.id,
      lang,
      title: article.title,
      sentences: splitSentences(article.text, lang),
      reference: splitSentences(reference, lang),
    });
  }
  return { key: 'corpus', name: 'Corpus labels (tldr)', leadK: 2, items, skipped };
}

