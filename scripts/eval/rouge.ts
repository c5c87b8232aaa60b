/**
 * ROUGE-1/2/L F1 as used in shared/docs/facts-and-summaries.md §5.2: lower-cased `[\p{L}\p{N}]+` tokens, no
 * stemming, no stop-word removal; ROUGE-L is the summary-level "Lsum" (union LCS per reference sentence, hits
 * clipped by token counts), the variant reported for CNN/DailyMail. Same definitions as Google's rouge_score
 * minus the Porter stemmer, so figures sit about 1 point under published ones.
 */

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: Prf;
  rouge2: Prf;
  rougeL: Prf;
}

/** Lower-cased letter/digit runs: "L'État, 1,5 %" → ["l", "état", "1", "5"]. */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function prf(hits: number, candidateTotal: number, referenceTotal: number): Prf {
  const precision = candidateTotal ? hits / candidateTotal : 0;
  const recall = referenceTotal ? hits / referenceTotal : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N: clipped n-gram overlap between a candidate and a reference text. */
export function rougeN(candidate: string, reference: string, n: number): Prf {
  const c = ngramCounts(rougeTokens(candidate), n);
  const r = ngramCounts(rougeTokens(reference), n);
  let hits = 0;
  for (const [gram, count] of c) hits += Math.min(count, r.get(gram) ?? 0);
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  return prf(hits, total(c), total(r));
}

/** Indices into `ref` of one longest common subsequence of `ref` and `cand`. */
function lcsIndices(ref: readonly string[], cand: readonly string[]): number[] {
  const rows = ref.length + 1;
  const cols = cand.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        ref[i - 1] === cand[j - 1]
          ? table[(i - 1) * cols + j - 1]! + 1
          : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  for (let i = ref.length, j = cand.length; i > 0 && j > 0; ) {
    if (ref[i - 1] === cand[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[(i - 1) * cols + j]! >= table[i * cols + j - 1]!) i--;
    else j--;
  }
  return out.reverse();
}

/**
 * Summary-level ROUGE-L (Lsum): for each reference sentence, the union of its LCS with every candidate
 * sentence; hits are clipped so a token is not counted more often than it occurs on either side.
 */
export function rougeLsum(candidateSentences: readonly string[], referenceSentences: readonly string[]): Prf {
  const cand = candidateSentences.map(rougeTokens).filter((s) => s.length);
  const ref = referenceSentences.map(rougeTokens).filter((s) => s.length);
  const candTotal = cand.reduce((n, s) => n + s.length, 0);
  const refTotal = ref.reduce((n, s) => n + s.length, 0);
  if (!candTotal || !refTotal) return prf(0, candTotal, refTotal);
  const count = (sents: string[][]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const s of sents) for (const t of s) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const candLeft = count(cand);
  const refLeft = count(ref);
  let hits = 0;
  for (const r of ref) {
    const union = new Set<number>();
    for (const c of cand) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = r[i]!;
      if ((candLeft.get(t) ?? 0) > 0 && (refLeft.get(t) ?? 0) > 0) {
        hits++;
        candLeft.set(t, candLeft.get(t)! - 1);
        refLeft.set(t, refLeft.get(t)! - 1);
      }
    }
  }
  return prf(hits, candTotal, refTotal);
}

/** ROUGE-1, ROUGE-2 and ROUGE-Lsum of a candidate against a reference, both given as sentence lists. */
export function rouge(candidateSentences: readonly string[], referenceSentences: readonly string[]): RougeScores {
  const candidate = candidateSentences.join('\n');
  const reference = referenceSentences.join('\n');
  return {
    rouge1: rougeN(candidate, reference, 1),
    rouge2: rougeN(candidate, reference, 2),
    rougeL: rougeLsum(candidateSentences, referenceSentences),
  };
}
