import type { z } from 'zod';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from './plan';
import { migratePlanDocument } from './migrate-plan';

export type PlanProblem = { path: string; message: string };
export type ParsePlanResult = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

/** `nodes[3].params.hitRatio` from zod's path array, so a message says where. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(document)' : out;
}

export function problemsFromZod(error: z.ZodError): PlanProblem[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}

export function describeProblems(problems: readonly PlanProblem[], limit = 10): string {
  const shown = problems.slice(0, limit).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > limit) shown.push(`…and ${problems.length - limit} more`);
  return shown.join('\n');
}

/**
 * Validates a plan document from anywhere (disk, IPC, a colleague's file): migrates old
 * versions forward, refuses newer ones, fills defaults, and checks references between
 * nodes and edges. Never throws on bad input.
 */
export function parsePlanDocument(input: unknown): ParsePlanResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '(document)', message: 'expected a JSON object' }] };
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > PLAN_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message: `this plan was written by a newer Headroom (format ${version}); this version reads formats up to ${PLAN_SCHEMA_VERSION}. Update Headroom to open it.`,
        },
      ],
    };
  }
  const migrated = migratePlanDocument(input as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const parsed = PlanSchema.safeParse(migrated.document);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const referenceProblems = checkReferences(parsed.data);
  if (referenceProblems.length > 0) return { ok: false, problems: referenceProblems };
  const magnitudeProblems: PlanProblem[] = [];
  checkMagnitudes(parsed.data, '', magnitudeProblems);
  if (magnitudeProblems.length > 0) return { ok: false, problems: magnitudeProblems };
  return { ok: true, plan: parsed.data };
}

/**
 * Far above any real plan (the schema's own caps allow about 20 MB of text), and low enough
 * that a hostile file is refused before JSON.parse holds it twice in memory.
 */
export const MAX_PLAN_TEXT_CHARS = 50 * 1024 * 1024;

export type JsonTextResult = { ok: true; json: unknown } | { ok: false; problems: PlanProblem[] };

/** Reads the JSON of a `*.headroom.json` file, refusing one over the size cap, with a message that says where JSON broke. */
export function readPlanJson(text: string): JsonTextResult {
  if (text.length > MAX_PLAN_TEXT_CHARS) {
    const mb = (text.length / 1024 / 1024).toFixed(0);
    return { ok: false, problems: [{ path: '(file)', message: `the file is ${mb} MB; a plan file is at most ${MAX_PLAN_TEXT_CHARS / 1024 / 1024} MB` }] };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(file)', message: `not valid JSON: ${detail}` }] };
  }
}

/** Parses JSON text (a `*.headroom.json` file) into a plan. */
export function parsePlanText(text: string): ParsePlanResult {
  const read = readPlanJson(text);
  return read.ok ? parsePlanDocument(read.json) : read;
}

/**
 * No rate, count, size or price Headroom plans with is anywhere near 10^15; a number past it
 * (1e308 from a hostile or mangled file) would only turn into ∞ in the projection.
 */
export const MAX_PLAN_NUMBER = 1e15;

function checkMagnitudes(value: unknown, path: string, out: PlanProblem[]): void {
  if (out.length >= 20) return;
  if (typeof value === 'number') {
    if (Math.abs(value) > MAX_PLAN_NUMBER) out.push({ path: path || '(document)', message: `${value} is out of range: numbers in a plan are at most 10^15` });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkMagnitudes(item, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) checkMagnitudes(item, path === '' ? key : `${path}.${key}`, out);
  }
}

function checkReferences(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const ids = new Set<string>();
  plan.nodes.forEach((node, i) => {
    if (ids.has(node.id)) problems.push({ path: `nodes[${i}].id`, message: `duplicate node id "${node.id}"` });
    ids.add(node.id);
  });
  const edgeIds = new Set<string>();
  plan.edges.forEach((edge, i) => {
    if (edgeIds.has(edge.id)) problems.push({ path: `edges[${i}].id`, message: `duplicate edge id "${edge.id}"` });
    edgeIds.add(edge.id);
    if (!ids.has(edge.source)) problems.push({ path: `edges[${i}].source`, message: `no node with id "${edge.source}"` });
    if (!ids.has(edge.target)) problems.push({ path: `edges[${i}].target`, message: `no node with id "${edge.target}"` });
    if (edge.source === edge.target) problems.push({ path: `edges[${i}]`, message: `an edge cannot connect "${edge.source}" to itself` });
  });
  return problems;
}
