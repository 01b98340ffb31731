/// <reference types="vite/client" />
/**
 * The fixture corpus as text, for tests in this pure folder (which may not import
 * node:fs). Vite/Vitest inline each file raw at build time.
 */
const raw = import.meta.glob('./fixtures/*', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const fixtures: Record<string, string> = Object.fromEntries(
  Object.entries(raw).map(([path, text]) => [path.replace('./fixtures/', ''), text]),
);

export function fixture(name: string): string {
  const text = fixtures[name];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return text;
}
