/** The in-page card. TODO [2026-11-29]: re-export CARD's src/content/fact-card/mount-fact-card.ts once it exists. */
export { mountFactCard, type CardCallbacks } from './fallback-card.tsx';
