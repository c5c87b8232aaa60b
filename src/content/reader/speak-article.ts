/**
 * Read the article aloud with the browser's own voices (speechSynthesis: on device, no network), one
 * utterance per block so long articles are not cut off, highlighting the block being read.
 */
const BLOCKS = 'h1, h2, h3, h4, p, li, blockquote, figcaption';

type View = Window & typeof globalThis;

export function canSpeak(view: Window | null): boolean {
  return !!view && 'speechSynthesis' in view && typeof (view as View).SpeechSynthesisUtterance === 'function';
}

/** Start reading `root`; returns a stop function. `onEnd` runs when reading finishes or is stopped. */
export function speakArticle(root: Element, lang: string, onEnd: () => void): () => void {
  const view = root.ownerDocument.defaultView as View;
  const synth = view.speechSynthesis;
  const blocks = [...root.querySelectorAll<HTMLElement>(BLOCKS)].filter((el) => !el.querySelector(BLOCKS) && el.textContent?.trim());
  let current: HTMLElement | null = null;
  let stopped = false;
  const mark = (el: HTMLElement | null) => {
    current?.classList.remove('nr-speaking');
    current = el;
    el?.classList.add('nr-speaking');
  };
  const finish = () => {
    if (stopped) return;
    stopped = true;
    mark(null);
    onEnd();
  };
  synth.cancel();
  blocks.forEach((el, i) => {
    const u = new view.SpeechSynthesisUtterance(el.textContent!.trim());
    if (lang) u.lang = lang;
    u.onstart = () => {
      mark(el);
      el.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    };
    if (i === blocks.length - 1) u.onend = finish;
    u.onerror = finish;
    synth.speak(u);
  });
  if (!blocks.length) finish();
  return () => {
    synth.cancel();
    finish();
  };
}
