import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeKinds, type NodeKind } from '../model';
import { kinds } from '.';

/**
 * The registry's promise (issue 16): adding a kind touches its own folder
 * (src/shared/kinds/<kind>/), its renderer entry (src/renderer/src/kinds/<kind>.ts) and one
 * line in each registry index. This reads every production source file and lists, per kind,
 * the files outside those that mention the kind: its name (quoted, as a key or a property),
 * its folder's path, a name its folder exports, its own finding rules, its own unit and its
 * checklist actions. Tests, the engine's independent reference (engine/testing/) and the
 * other test fixtures may name kinds freely.
 */
const ROOT = path.resolve(__dirname, '../../..');

/** The registry indexes: each holds one line per kind. */
const REGISTRIES = ['src/shared/kinds/index.ts', 'src/shared/kinds/params.ts', 'src/renderer/src/kinds/index.ts'];

/**
 * Kinds from before the registry, still named outside it by the files listed: debt that may
 * only shrink (drop a file here when it stops naming the kind; drop the kind when its list is
 * empty). A kind not listed here must appear in the registries only.
 */
const LEGACY: Partial<Record<NodeKind, readonly string[]>> = {
  // No file left: listed empty so their units ('units', 'nodes', 'replicas'), words other kinds' code uses too, are not held as theirs.
  loadBalancer: [],
  database: [],
  cache: [],
};

const PRODUCTION = /\.(ts|tsx)$/;
const NOT_PRODUCTION = [/\.test\.tsx?$/, /\.test-helper\.ts$/, /\/testing\//, /\/test-support\//, /test-fixtures\.ts$/, /test-support\.ts$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(rel);
    return PRODUCTION.test(entry.name) && !NOT_PRODUCTION.some((re) => re.test(rel)) ? [rel] : [];
  });
}

/** The kind's folder name: kubernetesWorkload → kubernetes-workload. */
function folderOf(kind: NodeKind): string {
  return kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const files = sourceFiles('src');
const text = new Map(files.map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')]));

/**
 * Names a kind's folder exports (its definition, params schema, detail type, helpers), the
 * camel-case ones: a one-word name (`burst`) is also an English word in comments.
 */
function exportedNames(kind: NodeKind): string[] {
  const dir = `src/shared/kinds/${folderOf(kind)}/`;
  return files
    .filter((f) => f.startsWith(dir))
    .flatMap((f) => [...text.get(f)!.matchAll(/export\s+(?:declare\s+)?(?:const|function|type|interface|class)\s+(\w+)/g)].map((m) => m[1]!))
    .filter((name) => /[A-Z]/.test(name));
}

/**
 * Strings only this kind uses: its own rules, its checklist actions, and its unit when no
 * other kind has it (for kinds whose unit is their own, not one of the engine's from before
 * the registry: 'nodes' or 'units' also name a workload's nodes or an XLSX column's units).
 */
function ownStrings(kind: NodeKind): string[] {
  const def = kinds[kind];
  const unitIsOwn = LEGACY[kind] === undefined && def.unit !== null && nodeKinds.every((k) => k === kind || kinds[k].unit !== def.unit);
  const unit = unitIsOwn && def.unit !== null ? [def.unit] : [];
  const actions = Object.values(def.readinessFixes).flatMap((a) => [...(a ?? [])]);
  const sharedActions = new Set(nodeKinds.filter((k) => k !== kind).flatMap((k) => Object.values(kinds[k].readinessFixes).flatMap((a) => [...(a ?? [])])));
  return [...unit, ...def.findingRules, ...actions.filter((a) => !sharedActions.has(a))];
}

/** What counts as mentioning the kind, outside its own files. */
function mentionPattern(kind: NodeKind): RegExp {
  const folder = escape(folderOf(kind));
  const quoted = [kind, ...ownStrings(kind)].map((s) => `['"\`]${escape(s)}['"\`]`);
  const names = exportedNames(kind).filter((n) => n !== kind).map((n) => `\\b${escape(n)}\\b`);
  // As a key: at a line's start or after `{` or `,` (not "calls into a database: …" in a comment).
  const key = `(?:^|[{,])\\s*${kind}\\??\\s*:`;
  // An import from its folder (or of its renderer entry): a specifier ending in, or going through, `/<folder>`.
  const specifier = `['"][^'"\\n]*/${folder}(?:/[^'"\\n]*)?['"]`;
  return new RegExp([...quoted, key, `\\.${kind}\\b`, specifier, ...names].join('|'), 'm');
}

/** Production files outside the kind's own that mention it, registries aside. */
function footprint(kind: NodeKind): string[] {
  const own = [`src/shared/kinds/${folderOf(kind)}/`, `src/renderer/src/kinds/${folderOf(kind)}.ts`];
  const pattern = mentionPattern(kind);
  return files.filter((f) => !REGISTRIES.includes(f) && !own.some((o) => f.startsWith(o)) && pattern.test(text.get(f)!)).sort();
}

describe('what a kind touches outside its folder', () => {
  it('finds the production sources, the kinds’ folders and the registries', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const f of REGISTRIES) expect(files).toContain(f);
    for (const kind of nodeKinds) expect(files.some((f) => f.startsWith(`src/shared/kinds/${folderOf(kind)}/`)), kind).toBe(true);
  });

  it('lists each kind in every registry index', () => {
    for (const kind of nodeKinds) {
      for (const registry of REGISTRIES) expect(mentionPattern(kind).test(text.get(registry)!), `${kind} in ${registry}`).toBe(true);
    }
  });

  // The guard: a kind added from now on (and the two added with the registry) lives in its folder, its renderer entry and the registries.
  it.each(nodeKinds.filter((k) => LEGACY[k] === undefined))('%s is named only by its own files and the registries', (kind) => {
    expect(footprint(kind)).toEqual([]);
  });

  it.each(nodeKinds.filter((k) => LEGACY[k] !== undefined))('%s is named by no file beyond its listed debt', (kind) => {
    const extra = footprint(kind).filter((f) => !LEGACY[kind]!.includes(f));
    expect(extra).toEqual([]);
  });

  // The debt only shrinks if a file that stopped naming its kind leaves the list with it.
  it.each(nodeKinds.filter((k) => LEGACY[k] !== undefined))('%s\'s listed debt names it still', (kind) => {
    const named = footprint(kind);
    expect(LEGACY[kind]!.filter((f) => !named.includes(f))).toEqual([]);
  });

  it('would see a kind named outside its folder', () => {
    // The pattern a registry-only kind is held to, against the kind of line the registry replaced.
    expect(mentionPattern('kubernetesWorkload').test("return { pods: 'pods', executions: 'conc' }[unit];")).toBe(true);
    expect(mentionPattern('serverlessFunction').test("  'function-burst': true,")).toBe(true);
    expect(mentionPattern('kubernetesWorkload').test('export type SizingDetail = KubernetesDetail | ServiceDetail;')).toBe(true);
    expect(mentionPattern('serverlessFunction').test("import { ServerlessFunctionParamsSchema } from '../kinds/serverless-function/params';")).toBe(true);
  });
});
