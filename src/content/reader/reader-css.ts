/** Styles of the reader overlay (adopted in its shadow root, so strict page CSPs cannot block them). */
export const READER_CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: block; }
.nr-root {
  --bg: #fbfbf9; --fg: #1c1c1e; --muted: #55555c; --line: #dcdcd6; --accent: #0b57d0; --bar: #f1f1ee;
  position: absolute; inset: 0; overflow: auto; background: var(--bg); color: var(--fg);
  font-family: var(--font); font-size: var(--size); line-height: 1.6;
}
.nr-root[data-theme="sepia"] { --bg: #f4ecd8; --fg: #3b2f1e; --muted: #5e4e36; --line: #dccfb0; --accent: #7a4a0f; --bar: #ebe0c6; }
.nr-root[data-theme="dark"] { --bg: #1b1b1f; --fg: #e6e6e9; --muted: #b0b0b8; --line: #3a3a42; --accent: #9cc3ff; --bar: #26262c; }
@media (prefers-color-scheme: dark) {
  .nr-root[data-theme="system"] { --bg: #1b1b1f; --fg: #e6e6e9; --muted: #b0b0b8; --line: #3a3a42; --accent: #9cc3ff; --bar: #26262c; }
}
.nr-root[data-font="serif"] { --font: Georgia, "Iowan Old Style", "Palatino Linotype", "Times New Roman", serif; }
.nr-root[data-font="sans"] { --font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
.nr-bar {
  position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; justify-content: center;
  padding: 8px 12px; background: var(--bar); border-bottom: 1px solid var(--line);
  font: 14px/1.3 system-ui, -apple-system, "Segoe UI", sans-serif;
}
.nr-bar button, .nr-bar select {
  font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px;
  padding: 4px 10px; min-height: 32px; cursor: pointer;
}
.nr-bar button[aria-pressed="true"] { border-color: var(--accent); box-shadow: inset 0 0 0 1px var(--accent); }
.nr-bar .nr-close { margin-inline-start: auto; }
.nr-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.nr-page { box-sizing: border-box; max-width: calc(var(--width) * 1ch + 48px); margin: 0 auto; padding: 24px 24px 96px; }
.nr-card { margin: 0 0 24px; }
.nr-title { font-size: 1.9em; line-height: 1.2; margin: 0 0 8px; }
.nr-byline { color: var(--muted); margin: 0 0 24px; font-size: 0.9em; }
.nr-content a { color: var(--accent); }
.nr-content img, .nr-content video, .nr-content figure, .nr-content iframe { max-width: 100%; height: auto; }
.nr-content figure { margin: 1.2em 0; }
.nr-content figcaption { color: var(--muted); font-size: 0.85em; }
.nr-content blockquote { margin: 1em 0; padding-inline-start: 1em; border-inline-start: 3px solid var(--line); color: var(--muted); }
.nr-content pre { overflow: auto; }
.nr-content table { border-collapse: collapse; max-width: 100%; display: block; overflow: auto; }
.nr-content td, .nr-content th { border: 1px solid var(--line); padding: 4px 8px; }
.nr-speaking { background: color-mix(in srgb, var(--accent) 18%, transparent); border-radius: 4px; }
.nr-empty { color: var(--muted); font-style: italic; }
@media print {
  :host { position: static; }
  .nr-root { position: static; overflow: visible; background: #fff; color: #000; }
  .nr-bar { display: none; }
  .nr-page { max-width: none; padding: 0; }
}
`;

/** Added to the page's own adopted sheets while the reader is open: print the reader, not the page. */
export const READER_PRINT_CSS = `
@media print {
  html > body { display: none !important; }
  html { overflow: visible !important; }
}
`;
