import type { VariableNameRow } from '../../../shared/contract/exports';
import { variableNameSyntaxProblem } from '../../../shared/model/terraform-names';
import type { Plan, PlanNode } from '../../../shared/model/plan';

/**
 * The per-node Terraform overrides the Export view edits (`node.tfvars`): the variable
 * name and extra attributes. Pure functions over the plan, so each edit is one undoable
 * `edit(plan => …)` step; a value that would not be used is refused with a reason instead.
 */

type Tfvars = NonNullable<PlanNode['tfvars']>;
type ExtraValue = Tfvars['extra'][string];

function withTfvars(plan: Plan, nodeId: string, change: (current: Tfvars) => Tfvars): Plan {
  let changed = false;
  const nodes = plan.nodes.map((node) => {
    if (node.id !== nodeId) return node;
    const next = change(node.tfvars ?? { extra: {} });
    const empty = next.variableName === undefined && Object.keys(next.extra).length === 0;
    changed = true;
    // An override with nothing in it is dropped, so the plan file stays as it was before.
    const { tfvars: _old, ...rest } = node;
    const updated: PlanNode = empty ? rest : { ...rest, tfvars: next };
    return updated;
  });
  return changed ? { ...plan, nodes } : plan;
}

/** null when `name` can be the node's variable; else why not, in words for the input. */
export function variableNameProblem(name: string, nodeId: string, rows: readonly VariableNameRow[]): string | null {
  const syntax = variableNameSyntaxProblem(name);
  if (syntax) return syntax;
  const other = rows.find((r) => r.nodeId !== nodeId && r.variable === name);
  if (other) return `already the variable of "${other.nodeName}"`;
  return null;
}

/** Stores `name` as the node's Terraform variable (the caller checked it with variableNameProblem). */
export function setVariableName(plan: Plan, nodeId: string, name: string): Plan {
  return withTfvars(plan, nodeId, (current) => ({ ...current, variableName: name }));
}

export function setExtras(plan: Plan, nodeId: string, extra: Record<string, ExtraValue>): Plan {
  return withTfvars(plan, nodeId, (current) => ({ ...current, extra }));
}

/** `key = value` lines, as the extras editor shows them. Strings are quoted, like HCL. */
export function formatExtras(extra: Readonly<Record<string, ExtraValue>>): string {
  return Object.entries(extra)
    .map(([k, v]) => `${k} = ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`)
    .join('\n');
}

export type ExtrasParse = { ok: true; extra: Record<string, ExtraValue> } | { ok: false; problems: string[] };

/**
 * Reads `key = value` lines: `true`/`false` are booleans, a number is a number, `"…"` is a
 * string with JSON escapes, anything else is taken as a bare string. Blank lines and
 * `#` comments are skipped.
 */
export function parseExtras(text: string): ExtrasParse {
  const extra: Record<string, ExtraValue> = {};
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : line.slice(0, eq).trim();
    const value = eq < 0 ? '' : line.slice(eq + 1).trim();
    if (eq < 0 || key === '') return void problems.push(`line ${i + 1}: write key = value`);
    if (key.length > 100) return void problems.push(`line ${i + 1}: a key has at most 100 characters`);
    if (key in extra) return void problems.push(`line ${i + 1}: "${key}" is set twice`);
    if (value === 'true' || value === 'false') extra[key] = value === 'true';
    else if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value) && Number.isFinite(Number(value))) extra[key] = Number(value);
    else if (value.startsWith('"')) {
      try {
        const parsed: unknown = JSON.parse(value);
        if (typeof parsed !== 'string') throw new Error('not a string');
        extra[key] = parsed;
      } catch {
        problems.push(`line ${i + 1}: the quoted value is not closed or has a bad escape`);
      }
    } else extra[key] = value;
    const stored = extra[key];
    if (typeof stored === 'string' && stored.length > 10_000) problems.push(`line ${i + 1}: a value has at most 10,000 characters`);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, extra };
}
