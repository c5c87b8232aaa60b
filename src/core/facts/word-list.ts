/**
 * A regex-free stand-in for a case-insensitive alternation of many words (`(?:w1|w2|…)` with the flags 'iu'). On a
 * fresh page V8 compiles such an alternation in 50–100 ms (it case-folds every character of every word, then compiles
 * the pattern a second time to machine code): more than the rest of the facts cost. A WordList does the same matching
 * with string comparisons on the lowercased text and costs nothing to set up.
 */

/** Whitespace as `\s` reads it. */
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/**
 * `s` lowercased as the flags 'iu' compare it, position for position, or undefined when lowercasing changes the length
 * (e.g. "İ"): the caller then falls back to the regex. 'iu' folds "ſ" to "s", which toLowerCase leaves alone.
 */
export function foldCase(s: string): string | undefined {
  const lower = s.toLowerCase().replace(/ſ/g, 's');
  return lower.length === s.length ? lower : undefined;
}

export class WordList {
  /** Per first character: the words (split at spaces) in the alternation's order. */
  private readonly byHead = new Map<string, string[][]>();

  /**
   * `words` in the order the alternation would try them (the first that matches wins, as in a regex alternation),
   * lowercase; a space in a word matches a run of whitespace (`\s+`).
   */
  constructor(words: readonly string[]) {
    for (const w of words) {
      const head = w[0] ?? '';
      let list = this.byHead.get(head);
      if (!list) this.byHead.set(head, (list = []));
      list.push(w.split(' '));
    }
  }

  /**
   * The end of the first word that `lower` (text as foldCase returns it) holds at `at` and that `accept` takes at
   * its end (a lookahead after the alternation), or -1.
   */
  matchAt(lower: string, at: number, accept: (end: number) => boolean): number {
    const list = this.byHead.get(lower[at] ?? '');
    if (!list) return -1;
    for (const parts of list) {
      let i = at;
      let ok = true;
      for (let k = 0; k < parts.length && ok; k++) {
        if (k > 0) {
          if (!isSpace(lower[i])) ok = false;
          while (ok && isSpace(lower[i])) i++;
        }
        const part = parts[k] ?? '';
        if (ok && lower.startsWith(part, i)) i += part.length;
        else ok = false;
      }
      if (ok && accept(i)) return i;
    }
    return -1;
  }
}

/**
 * The match of `^(?:SEP)?(?:(?:PREP1|PREP2|…)SPACES)?(WORD1|WORD2|…)(?!NOT_AFTER)` with the flags 'iu', as a regex
 * returns it (whole match, then the word), by the regex's own backtracking order: with the separator before
 * without, with the preposition before without. `sep` is one character class (e.g. `[\s-]`), `preps` lowercase,
 * `spacesAfterPrep` an optional `\s*` after the preposition. Undefined when `s` cannot be lowercased in place.
 */
export function matchWordsAfter(
  s: string,
  spec: { sep: RegExp; preps: readonly string[]; spacesAfterPrep: boolean; words: WordList; notAfter: RegExp },
): [string, string] | null | undefined {
  const lower = foldCase(s);
  if (lower === undefined) return undefined;
  const accept = (end: number): boolean => !spec.notAfter.test(s.slice(end, end + 2));
  for (const p of spec.sep.test(s[0] ?? '') ? [1, 0] : [0]) {
    const prep = spec.preps.find((w) => lower.startsWith(w, p));
    if (prep) {
      let q = p + prep.length;
      if (spec.spacesAfterPrep) while (isSpace(s[q])) q++;
      const end = spec.words.matchAt(lower, q, accept);
      if (end >= 0) return [s.slice(0, end), s.slice(q, end)];
    }
    const end = spec.words.matchAt(lower, p, accept);
    if (end >= 0) return [s.slice(0, end), s.slice(p, end)];
  }
  return null;
}
