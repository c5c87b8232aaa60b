/** A sparse term → weight vector with its Euclidean norm precomputed. */
export interface TermVector {
  weights: Map<string, number>;
  norm: number;
}

function withNorm(weights: Map<string, number>): TermVector {
  let sum = 0;
  for (const w of weights.values()) sum += w * w;
  return { weights, norm: Math.sqrt(sum) };
}

/**
 * Inverse document frequency of every term over a set of "documents" (here: the sentences of one article),
 * smoothed so a term in every sentence still weighs a little: log(1 + N / df).
 */
export function inverseDocumentFrequency(docs: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, n] of df) idf.set(term, Math.log(1 + docs.length / n));
  return idf;
}

/** tf-idf vector of one token list; unknown terms get the largest idf (they are rare by definition). */
export function tfidfVector(tokens: readonly string[], idf: ReadonlyMap<string, number>, unknownIdf = 1): TermVector {
  const weights = new Map<string, number>();
  for (const t of tokens) weights.set(t, (weights.get(t) ?? 0) + 1);
  for (const [t, tf] of weights) weights.set(t, tf * (idf.get(t) ?? unknownIdf));
  return withNorm(weights);
}

/** Sum of vectors (the article's centroid, before normalisation). */
export function sumVectors(vectors: readonly TermVector[]): TermVector {
  const weights = new Map<string, number>();
  for (const v of vectors) for (const [t, w] of v.weights) weights.set(t, (weights.get(t) ?? 0) + w);
  return withNorm(weights);
}

/** Cosine similarity in [0, 1] (weights are non-negative); 0 when either vector is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) {
    const other = large.weights.get(t);
    if (other) dot += w * other;
  }
  return dot / (a.norm * b.norm);
}
