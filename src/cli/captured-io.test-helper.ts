import { readFile } from 'node:fs/promises';
import type { CliIo } from './io';

/**
 * A CliIo for unit tests: stdout and stderr captured, `files` served from memory, and the disk
 * read only below `diskPrefixes` (every path when left out), so a command run in a test
 * cannot reach a file the test did not mean to give it.
 */
export function capturedIo(options: { files?: Record<string, string>; diskPrefixes?: readonly string[] } = {}) {
  const files = options.files ?? {};
  const out: string[] = [];
  const err: string[] = [];
  const cliIo: CliIo = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: async (path) => {
      if (path in files) return files[path]!;
      if (!options.diskPrefixes || options.diskPrefixes.some((prefix) => path.startsWith(prefix))) return readFile(path, 'utf8');
      throw new Error(`ENOENT: ${path}`);
    },
  };
  return { cliIo, out: () => out.join(''), err: () => err.join('') };
}
