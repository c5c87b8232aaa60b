/**
 * Styles of the fact card, as a string so the in-page card can adopt them as a constructable stylesheet
 * (strict page CSPs block <style> elements, not adopted sheets) and the popup can use the same rules.
 * Logical properties (inline-start/end) keep the layout right in right-to-left pages.
 */
export const FACT_CARD_CSS = `
:host { all: initial; display: block; }
:host([data-position="fixed"]) {
  position: fixed; inset-block-start: 16px; inset-inline-end: 16px; z-index: 2147483646;
  inline-size: min(380px, calc(100vw - 32px)); max-block-size: calc(100vh - 32px); overflow: auto;
}
:host([data-position="inline"]) { margin-block: 12px; max-inline-size: 720px; }
[hidden] { display: none !important; }
.nfc-card {
  --nfc-bg: #ffffff; --nfc-fg: #1b1d21; --nfc-muted: #5b6270; --nfc-border: #d5d9e0;
  --nfc-chip: #eef1f6; --nfc-chip-hover: #dfe5ef; --nfc-accent: #0b57d0; --nfc-accent-fg: #ffffff;
  box-sizing: border-box; display: flex; flex-direction: column; gap: 8px; padding: 12px 14px;
  background: var(--nfc-bg); color: var(--nfc-fg); border: 1px solid var(--nfc-border); border-radius: 10px;
  box-shadow: 0 2px 10px rgb(0 0 0 / 0.12);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; text-align: start;
}
@media (prefers-color-scheme: dark) {
  .nfc-card {
    --nfc-bg: #1e2127; --nfc-fg: #e8eaed; --nfc-muted: #a4abb8; --nfc-border: #3b414c;
    --nfc-chip: #2b3039; --nfc-chip-hover: #363c47; --nfc-accent: #8ab4f8; --nfc-accent-fg: #10131a;
  }
}
.nfc-card *, .nfc-card *::before, .nfc-card *::after { box-sizing: inherit; }
.nfc-header { display: flex; align-items: flex-start; gap: 8px; }
.nfc-heading { flex: 1; min-inline-size: 0; }
.nfc-title { margin: 0; font-size: 15px; font-weight: 650; line-height: 1.3; }
.nfc-meta { margin: 2px 0 0; color: var(--nfc-muted); font-size: 12px; display: flex; flex-wrap: wrap; gap: 0 10px; }
.nfc-body { display: flex; flex-direction: column; gap: 6px; }
.nfc-row { display: grid; grid-template-columns: 7.5em 1fr; gap: 8px; align-items: baseline; }
.nfc-label { color: var(--nfc-muted); font-size: 12px; font-weight: 600; }
.nfc-values { display: flex; flex-wrap: wrap; gap: 4px; min-inline-size: 0; }
.nfc-fact {
  font: inherit; color: inherit; text-align: start; border: 0; border-radius: 6px; padding: 2px 8px;
  background: var(--nfc-chip); display: inline-flex; flex-wrap: wrap; gap: 0 6px; align-items: baseline;
  max-inline-size: 100%; overflow-wrap: anywhere;
}
button.nfc-fact { cursor: pointer; }
button.nfc-fact:hover { background: var(--nfc-chip-hover); }
.nfc-tldr, .nfc-quote { display: block; background: transparent; padding: 2px 4px; }
.nfc-amount { font-weight: 650; }
.nfc-role { color: var(--nfc-muted); font-size: 12px; }
.nfc-speaker { font-weight: 600; display: inline-flex; gap: 0 6px; flex-wrap: wrap; margin-inline-end: 6px; }
.nfc-quote q { font-style: italic; }
/* The reset drops the UA's language-aware quotation marks: give each article language its own. */
q:lang(en) { quotes: "“" "”" "‘" "’"; }
q:lang(fr) { quotes: "«\u00a0" "\u00a0»" "“" "”"; }
q:lang(de) { quotes: "„" "“" "‚" "‘"; }
q:lang(es), q:lang(it) { quotes: "«" "»" "“" "”"; }
.nfc-empty, .nfc-note, .nfc-reasons, .nfc-preview { color: var(--nfc-muted); font-size: 12px; margin: 0; }
.nfc-link { font: inherit; font-size: 13px; background: none; border: 0; padding: 2px 0; color: var(--nfc-accent); cursor: pointer; text-decoration: underline; align-self: flex-start; }
.nfc-hidden-list { list-style: none; margin: 4px 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.nfc-hidden-list li { display: flex; flex-direction: column; gap: 2px; padding: 6px 8px; border-radius: 6px; background: var(--nfc-chip); }
.nfc-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.nfc-button, .nfc-small, .nfc-icon {
  font: inherit; color: var(--nfc-fg); background: var(--nfc-chip); border: 1px solid var(--nfc-border);
  border-radius: 6px; padding: 4px 10px; cursor: pointer;
}
.nfc-small { font-size: 12px; padding: 2px 8px; align-self: flex-start; }
.nfc-small:disabled { opacity: 0.7; cursor: default; }
.nfc-primary { background: var(--nfc-accent); color: var(--nfc-accent-fg); border-color: var(--nfc-accent); }
.nfc-icon { padding: 0 8px; font-size: 18px; line-height: 1.4; }
.nfc-card button:focus-visible { outline: 2px solid var(--nfc-accent); outline-offset: 2px; }
.nfc-status { margin: 0; min-block-size: 1em; font-size: 12px; color: var(--nfc-muted); }
`;
