/**
 * Runs `run` after the next frame is painted (rAF fires just before it, the timeout after), or after `fallbackMs`
 * when no frame comes (a hidden page, a test DOM without rAF). Returns a cancel function. Used by the library
 * and the popup to start work that must not hold up their first paint.
 */
export function afterPaint(run: () => void, fallbackMs = 100): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const once = () => {
    if (timer === undefined) timer = setTimeout(run, 0);
  };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(once) : undefined;
  const fallback = setTimeout(() => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    once();
  }, frame === undefined ? 0 : fallbackMs);
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(timer);
  };
}
