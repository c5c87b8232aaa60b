/**
 * The two summary datasets of ../shared/summaries and how to cut them into sentences. CNN/DailyMail is
 * lower-cased and PTB-tokenised (" . " ends a sentence; Intl.Segmenter cannot split lower-case text), its
 * highlights are glued with " .x"; OrangeSum has real casing but some sentences glued by the original scrape
 * ("domestique.Consternant"), which we unglue before splitting. Every system sees the same sentence list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/core/text/sentences.ts';
import type { Lang } from '../../src/core/types.ts';

export interface SummaryItem {
  id: string;
  lang: Lang;
  /** The headline, when the dataset has one. */
  title?: string;
  /** The article as sentences, in order. */
  sentences: string[];
  /** The reference summary as sentences (for ROUGE-Lsum). */
  reference: string[];
}

export interface SummaryDataset {
  key: 'cnndm' | 'orangesum' | 'corpus';
  name: string;
  /** The Lead-k baseline published for this dataset: Lead-3 for CNN/DM, Lead-2 for OrangeSum. */
  leadK: number;
  items: SummaryItem[];
}

/** PTB-tokenised text: a sentence ends after a standalone ".", "!" or "?" token. */
export function splitTokenised(text: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  for (const token of text.split(/\s+/).filter(Boolean)) {
    current.push(token);
    if (/^[.!?]+$/.test(token)) {
      out.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) out.push(current.join(' '));
  return out;
}

/** CNN/DM highlights are joined as "first highlight .second highlight ." */
export function splitHighlights(text: string): string[] {
  return text.split(/(?<=\s\.)(?=\S)/).map((s) => s.trim()).filter(Boolean);
}

/** "domestique.Consternant" → "domestique. Consternant" (a lower-case word, end mark, then a capital). */
export function unglue(text: string): string {
  return text.replace(/(\p{Ll}{2}[.!?]["»”]?)(?=\p{Lu})/gu, '$1 ');
}

interface Row {
  id: string;
  lang: Lang;
  article: string;
  reference: string;
}

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

/** Loads whichever of the two datasets exist under `dir`. */
export function loadSummaryDatasets(dir: string): SummaryDataset[] {
  const out: SummaryDataset[] = [];
  const cnndm = join(dir, 'cnndm-dev.jsonl');
  if (existsSync(cnndm)) {
    out.push({
      key: 'cnndm',
      name: 'CNN/DailyMail',
      leadK: 3,
      items: readRows(cnndm).map((r) => ({
        id: r.id,
        lang: r.lang,
        sentences: splitTokenised(r.article),
        reference: splitHighlights(r.reference),
      })),
    });
  }
  const orangesum = join(dir, 'orangesum-dev.jsonl');
  if (existsSync(orangesum)) {
    out.push({
      key: 'orangesum',
      name: 'OrangeSum',
      leadK: 2,
      items: readRows(orangesum).map((r) => ({
        id: r.id,
        lang: r.lang,
        sentences: splitSentences(unglue(r.article), r.lang),
        reference: splitSentences(r.reference, r.lang),
      })),
    });
  }
  return out;
}
