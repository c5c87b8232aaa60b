/**
 * Minimal in-page card used until CARD's mountFactCard lands: an open shadow root on a
 * `data-nutgraf-card` host with the title and published facts of the observable contract.
 * TODO [2026-11-29]: Drop once src/content/fact-card/mount-fact-card.ts exists.
 */
import { render } from 'preact';
import type { CardState } from '../messaging/protocol.ts';

export interface CardCallbacks {
  onSave?: () => unknown;
  onCopyMarkdown?: () => unknown;
  onDismiss?: () => void;
  onRestoreHidden?: (id?: string) => void;
  onOpenReader?: () => void;
}

function Card({ state, onDismiss }: { state: CardState } & CardCallbacks) {
  const { meta } = state.facts;
  return (
    <section aria-label="Nutgraf" style="font:14px/1.4 system-ui,sans-serif;background:#fff;color:#111;border:1px solid #ccc;padding:12px;max-width:420px">
      <h2 data-fact="title" style="font-size:16px;margin:0 0 4px">{meta.title}</h2>
      <p style="margin:0;color:#555">
        {meta.site}
        {meta.published && (
          <time data-fact="published" data-date={meta.published} dateTime={meta.published}> · {meta.published.slice(0, 10)}</time>
        )}
      </p>
      {state.facts.tldr && <p data-fact="tldr">{state.facts.tldr.text}</p>}
      {onDismiss && <button type="button" onClick={onDismiss}>×</button>}
    </section>
  );
}

export function mountFactCard(state: CardState, opts: CardCallbacks = {}): { update(state: CardState): void; remove(): void } {
  const host = document.createElement('nutgraf-card');
  host.setAttribute('data-nutgraf-card', '');
  host.style.cssText = 'all:initial;position:fixed;top:12px;right:12px;z-index:2147483647';
  const root = host.attachShadow({ mode: 'open' });
  document.documentElement.append(host);
  const draw = (s: CardState): void => render(<Card state={s} {...opts} />, root);
  draw(state);
  return {
    update: draw,
    remove: () => {
      render(null, root);
      host.remove();
    },
  };
}
