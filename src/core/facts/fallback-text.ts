/**
 * Stand-ins for SUMMARY's splitSentences/summarize, used only until src/core/text/sentences.ts and
 * src/core/summarize/summarize.ts land. Deliberately tiny: Intl.Segmenter per paragraph + lead-2 TL;DR.
 */
import type { Lang, TldrFact } from '../types.ts';

export function fallbackSplitSentences(text: string, lang: Lang): string[] {
  const out: string[] = [];
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  for (const para of text.split(/\n+/)) {
    for (const s of seg.segment(para)) {
      const t = s.segment.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

export function fallbackSummarize(sentences: string[], _opts: { title: string; lang: Lang; maxSentences?: number }): TldrFact | null {
  const picked = sentences.slice(0, 2);
  if (picked.length === 0) return null;
  return { text: picked.join(' '), sentences: picked.map((_, i) => i), method: 'extractive' };
}
