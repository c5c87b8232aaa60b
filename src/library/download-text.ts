/** Save text as a file through a Blob URL and a temporary link (no downloads permission needed). */
export function downloadText(text: string, filename: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `nutgraf-library-2026-11-28.json` */
export function exportFilename(ext: 'json' | 'md', now = new Date()): string {
  return `nutgraf-library-${now.toISOString().slice(0, 10)}.${ext}`;
}
