/**
 * Pages where no extension may run a script: browser pages, other extensions, the add-on stores
 * (Chrome and Firefox block scripting there), view-source and PDFs (the built-in viewers).
 */
const STORES = [
  /^https:\/\/chrome\.google\.com\/webstore(\/|$)/,
  /^https:\/\/chromewebstore\.google\.com(\/|$)/,
  /^https:\/\/addons\.mozilla\.org(\/|$)/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons(\/|$)/,
];

/**
 * @param url the tab's URL; undefined when the browser does not tell us (no host access: a browser page)
 * @returns true when the popup must show the "cannot run here" message instead of a card
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  if (!/^https?:\/\//i.test(url)) return true;
  if (STORES.some((re) => re.test(url))) return true;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return true;
  }
}
