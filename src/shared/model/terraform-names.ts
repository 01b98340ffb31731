import { kindTerraformVariable } from '../kinds/params';
import type { NodeKind, PlanNode } from './plan';

/**
 * A node's Terraform variable name. It is stored on the node (`tfvars.variableName`, format
 * 3) and fixed when the node is created, because the infra team's module is wired to it:
 * renaming the node on the canvas must never rename `var.orders_pg`. Only the Export view
 * changes it, on purpose. Names are ASCII snake_case derived from the node name at
 * creation; collisions get `_2`, `_3`, … so every name in a plan is unique.
 */

/** The kinds the hand-off sizes (one Terraform object variable each, their folders say): the rest carry no name. */
export function hasTerraformVariable(kind: NodeKind): boolean {
  // `=== true`: a document being migrated may carry a kind name that is none of ours.
  return kindTerraformVariable[kind] === true;
}

/** Terraform keeps these names for itself: a module input variable may not use them. */
export const RESERVED_VARIABLE_NAMES: ReadonlySet<string> = new Set([
  'source',
  'version',
  'providers',
  'count',
  'for_each',
  'lifecycle',
  'depends_on',
  'locals',
  // The exported schedule's own variable (schedule.tfvars): never a node's.
  'autoscaling_schedule',
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
export const MAX_VARIABLE_NAME_LENGTH = 100;
const MAX_DERIVED_LENGTH = 64;

/**
 * True for an ASCII HCL identifier. HCL itself allows Unicode letters, but infra teams
 * grep, diff and type these names; ASCII is what they can rely on everywhere.
 */
export function isHclIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/**
 * `"Orders DB (primary)"` → `orders_db_primary`; `"1st api"` → `n_1st_api`; a name with no
 * ASCII letters or digits (e.g. only emoji) → `node`. Accents are folded (`é` → `e`).
 */
export function deriveIdentifier(text: string, fallback = 'node', reserved: ReadonlySet<string> = RESERVED_VARIABLE_NAMES): string {
  let id = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_DERIVED_LENGTH)
    .replace(/_+$/g, '');
  if (id === '') id = fallback;
  if (/^[0-9]/.test(id)) id = `n_${id}`;
  if (reserved.has(id)) id = `${id}_node`;
  return id;
}

/** Why `name` cannot be a Terraform variable, in words for the input; null when it can. Uniqueness is the caller's. */
export function variableNameSyntaxProblem(name: string): string | null {
  if (name === '') return 'a sized node needs a Terraform variable name';
  if (name.length > MAX_VARIABLE_NAME_LENGTH) return `at most ${MAX_VARIABLE_NAME_LENGTH} characters`;
  if (!isHclIdentifier(name)) return 'use letters, digits, _ or -, starting with a letter or _ (ASCII)';
  if (RESERVED_VARIABLE_NAMES.has(name)) return `"${name}" is reserved by Terraform`;
  return null;
}

function usable(name: string): boolean {
  return variableNameSyntaxProblem(name) === null;
}

function uniqueIn(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i += 1) {
    const candidate = `${base}_${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export interface NamedNode {
  id: string;
  name: string;
  /** The node's stored variable name (plan `tfvars.variableName`), if it has one. */
  variableName?: string | undefined;
}

/**
 * stored: the node's own name. derived: the node has none (a document written by hand or a
 * test), so one comes from its name. deduplicated: the derived name was taken. stored-invalid:
 * the stored name is not a usable identifier or another node has it first.
 */
export type NameSource = 'stored' | 'derived' | 'deduplicated' | 'stored-invalid';

export interface VariableNameEntry {
  nodeId: string;
  nodeName: string;
  variableName: string;
  source: NameSource;
  /** Why the name is not what the user might expect, if it is not. */
  note?: string;
}

/**
 * Assigns one unique variable name per node. Usable stored names are claimed first (in node
 * order; a later duplicate is deduplicated like a derived name), then derived names in
 * node-id order, so reordering nodes on the canvas never renames variables.
 */
export function assignVariableNames(nodes: readonly NamedNode[]): VariableNameEntry[] {
  const taken = new Set<string>();
  const result = new Map<string, VariableNameEntry>();

  for (const node of nodes) {
    const stored = node.variableName?.trim();
    if (stored && usable(stored) && !taken.has(stored)) {
      taken.add(stored);
      result.set(node.id, { nodeId: node.id, nodeName: node.name, variableName: stored, source: 'stored' });
    }
  }

  const rest = nodes.filter((n) => !result.has(n.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const node of rest) {
    const stored = node.variableName?.trim();
    const base = deriveIdentifier(stored || node.name);
    const name = uniqueIn(base, taken);
    taken.add(name);
    let source: NameSource = name === base ? 'derived' : 'deduplicated';
    let note: string | undefined;
    if (stored) {
      source = 'stored-invalid';
      note = usable(stored)
        ? `"${stored}" is already the variable of another node; using "${name}"`
        : `"${stored}" is not a usable Terraform variable name; using "${name}"`;
    } else if (name !== base) {
      note = `"${base}" is already used by another node`;
    }
    result.set(node.id, { nodeId: node.id, nodeName: node.name, variableName: name, source, ...(note ? { note } : {}) });
  }

  return nodes.map((n) => result.get(n.id)).filter((e): e is VariableNameEntry => e !== undefined);
}

/** The names the plan's sized nodes export under: stored where usable, else derived. */
export function variableNamesOf(nodes: readonly PlanNode[]): VariableNameEntry[] {
  return assignVariableNames(nodes.filter((n) => hasTerraformVariable(n.kind)).map((n) => ({ id: n.id, name: n.name, variableName: n.tfvars?.variableName })));
}

/**
 * Stores a variable name on every sized node that has none, unique among the plan's names:
 * what a node gets when it is created (palette, paste, duplicate, a template) or when a
 * document without names is opened. Nodes that already have one keep it. Returns `nodes`
 * itself when nothing was missing.
 */
export function pinVariableNames(nodes: readonly PlanNode[]): PlanNode[] {
  const missing = (n: PlanNode) => hasTerraformVariable(n.kind) && !n.tfvars?.variableName?.trim();
  if (!nodes.some(missing)) return nodes as PlanNode[];
  const names = new Map(variableNamesOf(nodes).map((e) => [e.nodeId, e.variableName]));
  return nodes.map((n) => {
    const name = names.get(n.id);
    if (!missing(n) || name === undefined) return n;
    return { ...n, tfvars: { extra: {}, ...n.tfvars, variableName: name } };
  });
}
