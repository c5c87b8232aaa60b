// Every ASCII punctuation mark that can start Markdown syntax inside a line (CommonMark allows a backslash
// before any ASCII punctuation, so over-escaping is harmless).
const INLINE = /[\\`*_{}[\]<>()#+!|~&]/g;
// Marks that only mean something at the start of a line: lists, headings, quotes, setext underlines.
const LINE_START = /^(\s*)([-+=>]|\d+(?=[.)]))/;

/**
 * Page text made safe to drop into one Markdown line: specials escaped, line breaks collapsed to spaces
 * (a newline in page text must not start a heading or a list), so it renders as the same words.
 */
export function escapeMarkdown(text: string): string {
  // Only breaking whitespace collapses: no-break spaces (French "100\u202f%") are part of the words.
  const oneLine = text.replace(/[ \t\n\r\f\v\u2028\u2029]+/g, ' ').trim();
  return oneLine.replace(INLINE, '\\$&').replace(LINE_START, (_m, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`);
}

/** A URL for a Markdown link destination: only http(s), in angle brackets, with spaces and brackets encoded. */
export function markdownUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return `<${parsed.href.replace(/[<> ]/g, (c) => encodeURIComponent(c))}>`;
}
