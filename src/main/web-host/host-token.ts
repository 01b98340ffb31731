import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE = 'web-host-token';
const SHAPE = /^[0-9a-f]{48}$/;

/**
 * The web host's token, kept in the data folder (readable by this user only, like the
 * database beside it), so a browser tab opened before a restart still gets in. A missing
 * or mangled file gets a fresh token.
 */
export function loadOrCreateHostToken(dataDir: string): string {
  const file = path.join(dataDir, FILE);
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (SHAPE.test(kept)) return kept;
  }
  mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(24).toString('hex');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return token;
}
