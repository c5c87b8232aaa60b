/**
 * Upsell hiding, from DETECT's src/content/upsell/index.ts (the pipeline re-exports it so its imports stay put).
 */
export { startUpsellHiding, type UpsellController } from '../content/upsell/index.ts';
