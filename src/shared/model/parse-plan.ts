import type { z } from 'zod';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from './plan';
import { migratePlanDocument } from './migrate-plan';
import { pinVariableNames } from './terraform-names';
import { checkScenarios } from './scenario-check';

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
  const deep = tooDeep(input);
  if (deep) return { ok: false, problems: [deep] };
  return bounded(parseDocument(input));
}

function parseDocument(input: unknown): ParsePlanResult {
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
  const referenceProblems = [...checkReferences(parsed.data), ...checkScenarios(parsed.data)];
  if (referenceProblems.length > 0) return { ok: false, problems: referenceProblems };
  const magnitudeProblems: PlanProblem[] = [];
  checkMagnitudes(parsed.data, '', magnitudeProblems);
  if (magnitudeProblems.length > 0) return { ok: false, problems: magnitudeProblems };
  // A document without variable names (written by hand, or by a tool) gets them now, so
  // from its first opening a rename can no longer change what it exports under.
  const nodes = pinVariableNames(parsed.data.nodes);
  return { ok: true, plan: nodes === parsed.data.nodes ? parsed.data : { ...parsed.data, nodes } };
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
    // Windows editors save UTF-8 with a byte order mark; JSON.parse refuses it as an invisible token.
    return { ok: true, json: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(file)', message: shorten(`not valid JSON: ${detail}`, MAX_MESSAGE_CHARS) }] };
  }
}

/** Parses JSON text (a `*.headroom.json` file) into a plan. */
export function parsePlanText(text: string): ParsePlanResult {
  const read = readPlanJson(text);
  return read.ok ? parsePlanDocument(read.json) : read;
}

/** Far deeper than any plan (its deepest field is about 5 levels down); a hostile file nests 100,000. */
export const MAX_PLAN_DEPTH = 64;

/** How much of a path or a message a problem shows: a 1 MB value is named, not echoed. */
const MAX_PATH_CHARS = 120;
const MAX_MESSAGE_CHARS = 300;

function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const kept = limit - 40;
  return `${text.slice(0, kept)}… (${text.length - kept} more characters)`;
}

function bounded(result: ParsePlanResult): ParsePlanResult {
  if (result.ok) return result;
  return { ok: false, problems: result.problems.map((p) => ({ path: shorten(p.path, MAX_PATH_CHARS), message: shorten(p.message, MAX_MESSAGE_CHARS) })) };
}

interface Visit {
  value: unknown;
  depth: number;
  key: string | number | null;
  parent: Visit | null;
}

/**
 * The first place a document nests deeper than MAX_PLAN_DEPTH, found without recursion (a
 * recursive walk, JSON.stringify, or zod would overflow the stack on the way down).
 */
function tooDeep(input: unknown): PlanProblem | null {
  const stack: Visit[] = [{ value: input, depth: 0, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_PLAN_DEPTH) {
      return { path: pathOf(visit), message: `nested more than ${MAX_PLAN_DEPTH} levels deep; a plan file is at most ${MAX_PLAN_DEPTH} levels deep` };
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], depth: depth + 1, key: i, parent: visit });
    } else {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, depth: depth + 1, key, parent: visit });
    }
  }
  return null;
}

function pathOf(visit: Visit): string {
  const parts: (string | number)[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) parts.push(at.key);
  parts.reverse();
  // The first few steps say where it starts; the rest is the same bracket 60 more times.
  const shown = formatIssuePath(parts.slice(0, 6));
  return parts.length > 6 ? `${shown}…` : shown;
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
