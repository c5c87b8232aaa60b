/**
 * Copies text to the clipboard from a click in the card: the async Clipboard API first, then the legacy
 * copy command through a temporary textarea inside the card's own shadow root (pages without a secure
 * context or with a clipboard permission policy). Rejects when both fail, so the card does not claim success.
 */
export async function copyText(text: string, container: ShadowRoot | HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through to the legacy path
  }
  const doc = container.ownerDocument ?? document;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.setProperty('position', 'fixed');
  area.style.setProperty('opacity', '0');
  container.append(area);
  area.select();
  try {
    if (!doc.execCommand('copy')) throw new Error('copy command refused');
  } finally {
    area.remove();
  }
}
