import type { DownloadFile } from '../../../shared/contract/exports';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Hands files to the browser's downloads (the web host has no native save dialog): a
 * Blob behind a temporary `<a download>`. Spaced a little apart, because browsers drop
 * rapid repeated downloads from one click.
 */
export async function downloadFiles(files: readonly DownloadFile[]): Promise<void> {
  for (const [i, file] of files.entries()) {
    if (i > 0) await pause(150);
    const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mime }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    // The download has its own copy once started; revoke later rather than racing it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
