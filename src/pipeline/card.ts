/** The in-page card: CARD's mountFactCard (switched by CARD, as the TODO here asked; fallback-card.tsx is now unused). */
export { mountFactCard, type CardCallbacks } from '../content/fact-card/mount-fact-card.ts';
