/** Saves bytes through the browser's download (a save dialog in Electron, the downloads folder in a browser). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, not before the download started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Black Friday 2027 / EU" → "black-friday-2027-eu": a file name that is safe on every OS. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 80);
  return slug || 'plan';
}
