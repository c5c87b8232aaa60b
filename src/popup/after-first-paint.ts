/**
 * Resolves once the browser reports the page's first contentful paint (its first frame is on screen, not only
 * committed), or after `fallbackMs` where paint timing is missing (a test DOM, an older browser). The popup
 * holds back work that is not needed for its first frame until then (Preact's hydration, the texts it formats):
 * work run while that frame is still being rastered and presented competes with it for the CPU.
 */
export function afterFirstPaint(fallbackMs: number): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, fallbackMs);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      // buffered: a paint reported before this call counts.
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the fallback decides.
    }
  });
}
