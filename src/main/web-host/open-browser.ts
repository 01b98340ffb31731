import { spawn } from 'node:child_process';

/** The system's own "open this address" command for each platform. */
export function browserCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is a window title.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  return { command: 'xdg-open', args: [url] };
}

/**
 * Tries to open `url` in the default browser. Never throws and never waits: without a
 * browser (a server, a container, no xdg-open) the printed URL is the way in.
 */
export function tryOpenBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const { command, args } = browserCommand(platform, url);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    /* no opener on this machine: the URL is printed */
  }
}
