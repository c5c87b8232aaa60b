/** The reader's toolbar, built with DOM calls (no markup strings): theme, font, size, width, print, listen, close. */
import type { Settings } from '../../storage/types.ts';
import { FONT_SIZE, LINE_WIDTH } from '../../storage/settings-schema.ts';
import { t } from '../../platform/i18n.ts';

export type ReaderPrefs = Settings['reader'];

export interface ToolbarActions {
  change(patch: Partial<ReaderPrefs>): void;
  print(): void;
  /** Absent when the browser has no speech synthesis. */
  listen?: (button: HTMLButtonElement) => void;
  close(): void;
}

function button(doc: Document, label: string, text: string, action: string, onClick: (b: HTMLButtonElement) => void): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  if (label === text) b.textContent = text;
  else {
    // An icon-like glyph ("A+") is shown but hidden from assistive tech, which reads the label instead:
    // an aria-label that does not contain the visible text fails WCAG 2.5.3 (label in name).
    const glyph = doc.createElement('span');
    glyph.setAttribute('aria-hidden', 'true');
    glyph.textContent = text;
    const name = doc.createElement('span');
    name.className = 'nr-sr';
    name.textContent = label;
    b.append(glyph, name);
  }
  b.title = label;
  b.dataset.action = action;
  b.addEventListener('click', () => onClick(b));
  return b;
}

function select(doc: Document, label: string, field: string, options: [string, string][], value: string, onChange: (v: string) => void): HTMLSelectElement {
  const s = doc.createElement('select');
  s.setAttribute('aria-label', label);
  s.title = label;
  s.dataset.field = field;
  for (const [v, text] of options) s.append(new Option(text, v, false, v === value));
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

export function buildToolbar(doc: Document, prefs: () => ReaderPrefs, actions: ToolbarActions): { bar: HTMLElement; sync(): void; close: HTMLButtonElement } {
  const bar = doc.createElement('div');
  bar.className = 'nr-bar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', t('reader_toolbar'));
  const p = prefs();
  const theme = select(doc, t('reader_theme'), 'theme', [
    ['system', t('reader_themeSystem')], ['light', t('reader_themeLight')], ['sepia', t('reader_themeSepia')], ['dark', t('reader_themeDark')],
  ], p.theme, (v) => actions.change({ theme: v as ReaderPrefs['theme'] }));
  const font = select(doc, t('reader_font'), 'font', [['serif', t('reader_fontSerif')], ['sans', t('reader_fontSans')]], p.font,
    (v) => actions.change({ font: v as ReaderPrefs['font'] }));
  const clamp = (v: number, r: { min: number; max: number }) => Math.min(r.max, Math.max(r.min, v));
  const smaller = button(doc, t('reader_smaller'), 'A−', 'smaller', () => actions.change({ fontSize: clamp(prefs().fontSize - 1, FONT_SIZE) }));
  const larger = button(doc, t('reader_larger'), 'A+', 'larger', () => actions.change({ fontSize: clamp(prefs().fontSize + 1, FONT_SIZE) }));
  const narrower = button(doc, t('reader_narrower'), '→←', 'narrower', () => actions.change({ lineWidth: clamp(prefs().lineWidth - 4, LINE_WIDTH) }));
  const wider = button(doc, t('reader_wider'), '←→', 'wider', () => actions.change({ lineWidth: clamp(prefs().lineWidth + 4, LINE_WIDTH) }));
  const print = button(doc, t('reader_print'), t('reader_print'), 'print', () => actions.print());
  bar.append(theme, font, smaller, larger, narrower, wider, print);
  if (actions.listen) {
    const listen = button(doc, t('reader_listen'), t('reader_listen'), 'listen', (b) => actions.listen!(b));
    listen.setAttribute('aria-pressed', 'false');
    bar.append(listen);
  }
  const close = button(doc, t('reader_close'), '✕', 'close', () => actions.close());
  close.classList.add('nr-close');
  bar.append(close);
  return {
    bar,
    close,
    sync() {
      const now = prefs();
      theme.value = now.theme;
      font.value = now.font;
      smaller.disabled = now.fontSize <= FONT_SIZE.min;
      larger.disabled = now.fontSize >= FONT_SIZE.max;
      narrower.disabled = now.lineWidth <= LINE_WIDTH.min;
      wider.disabled = now.lineWidth >= LINE_WIDTH.max;
    },
  };
}
