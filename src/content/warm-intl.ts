/**
 * In a fresh Chromium renderer the first Intl object starts ICU: 35–77 ms (a sentence Segmenter, a word Segmenter
 * and a NumberFormat alike); after it, the first NumberFormat still costs 5–30 ms and the first DateTimeFormat
 * 4–22 ms, and every later one about 1 ms, whatever the locale. The pipeline needs all three (sentences, then the
 * card's amounts and dates), so a news page pays this once either way. Started while the browser injects
 * pipeline.js, a wait of 100–300 ms in which this page's main thread is idle, it no longer holds up the facts and
 * the card after the injection. Pages that already used Intl pay about 2 ms.
 */
export function warmIntl(): void {
  try {
    const locale = navigator.language || 'en';
    new Intl.Segmenter(locale, { granularity: 'sentence' });
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact' }).format(1);
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).format(0);
  } catch {
    // An engine without one of these: nothing to warm (the pipeline reports what it lacks itself).
  }
}
