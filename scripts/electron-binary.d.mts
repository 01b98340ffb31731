/** The Electron executable's path under `root`, or null when it was never downloaded. */
export function electronBinaryPath(root: string): string | null;
export function electronBinaryPresent(root: string): boolean;
