/**
 * Lowercased id, class and data-* names/values of one element, and the tag name of a custom or unknown element
 * (`<newsletter-signup>`, Angular's `<newslettersignup>`): where vocabulary tokens are looked for.
 */
export function attrText(el: Element): string {
  let s = el.id + ' ' + (el.getAttribute('class') ?? '');
  if (isCustomTag(el)) s += ' ' + el.localName;
  for (const a of el.attributes) {
    if (a.name.startsWith('data-') && a.name !== 'data-nutgraf-hidden') s += ' ' + a.name + ' ' + a.value.slice(0, 80);
  }
  return s.toLowerCase();
}

/** A tag name a site chose (custom element or unknown tag), unlike HTML's own names (`<meter>` is not a meter promo). */
function isCustomTag(el: Element): boolean {
  if (el.localName.includes('-')) return true;
  // A document made by DOMParser has no view of its own: its elements belong to the global realm.
  const Unknown = el.ownerDocument.defaultView?.HTMLUnknownElement ?? (typeof HTMLUnknownElement === 'undefined' ? undefined : HTMLUnknownElement);
  return !!Unknown && el instanceof Unknown;
}
