import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './io';

export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, data) => writeFile(path, data),
  cwd: process.cwd(),
};
