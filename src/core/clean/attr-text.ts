/** Lowercased id, class and data-* names/values of one element: where vocabulary tokens are looked for. */
export function attrText(el: Element): string {
  let s = el.id + ' ' + (el.getAttribute('class') ?? '');
  for (const a of el.attributes) {
    if (a.name.startsWith('data-') && a.name !== 'data-nutgraf-hidden') s += ' ' + a.name + ' ' + a.value.slice(0, 80);
  }
  return s.toLowerCase();
}
