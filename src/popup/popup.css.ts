/** Popup layout around the shared card styles (FACT_CARD_CSS). */
export const POPUP_CSS = `
:root { color-scheme: light dark; }
body { margin: 0; min-inline-size: 360px; max-inline-size: 420px; font: 14px/1.45 system-ui, sans-serif; }
.np-sr-only { position: absolute; inline-size: 1px; block-size: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.np-popup { display: flex; flex-direction: column; gap: 12px; padding: 12px; }
.np-message { border: 1px solid #d5d9e0; border-radius: 10px; padding: 12px; }
.np-message-title { font-weight: 600; margin: 0 0 4px; }
.np-message p { margin: 0; }
.np-saved h2 { font-size: 14px; margin: 0 0 6px; }
.np-count { font-weight: normal; opacity: 0.7; }
.np-saved ul { list-style: none; margin: 0; padding: 0; max-block-size: 220px; overflow: auto; }
.np-saved li { display: flex; flex-direction: column; padding: 4px 0; border-block-end: 1px solid rgb(128 128 128 / 0.25); }
.np-meta, .np-empty { font-size: 12px; opacity: 0.75; }
.np-link { background: none; border: 0; padding: 4px 0; color: LinkText; text-decoration: underline; cursor: pointer; font: inherit; }
.np-abstractive h2 { font-size: 14px; margin: 0 0 4px; }
.np-abstractive p { margin: 0; }
`;
