import { RESERVED_VARIABLE_NAMES, isHclIdentifier } from './hcl';

/**
 * Terraform variable names for nodes. Derived names are ASCII snake_case so they read
 * well in `variables.tf`; collisions get `_2`, `_3`, … in a fixed order so two exports of
 * the same plan always agree, and the mapping is returned so the hand-off can show it.
 */

export interface NamedNode {
  id: string;
  name: string;
  /** The user's explicit variable name (plan `tfvars.variableName`), if any. */
  variableName?: string | undefined;
}

export type NameSource = 'derived' | 'override' | 'deduplicated' | 'override-invalid';

export interface VariableNameEntry {
  nodeId: string;
  nodeName: string;
  variableName: string;
  source: NameSource;
  /** Why the name is not what the user might expect, if it is not. */
  note?: string;
}

const MAX_LENGTH = 64;

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
    .slice(0, MAX_LENGTH)
    .replace(/_+$/g, '');
  if (id === '') id = fallback;
  if (/^[0-9]/.test(id)) id = `n_${id}`;
  if (reserved.has(id)) id = `${id}_node`;
  return id;
}

/** A name the user typed is kept verbatim when it is a valid, unreserved identifier. */
function acceptableOverride(name: string): boolean {
  return isHclIdentifier(name) && !RESERVED_VARIABLE_NAMES.has(name) && name.length <= 100;
}

/**
 * Assigns one unique variable name per node. Valid overrides are claimed first (in node
 * order; a later duplicate override is deduplicated like a derived name), then derived
 * names in node-id order, so reordering nodes on the canvas never renames variables.
 */
export function assignVariableNames(nodes: readonly NamedNode[]): VariableNameEntry[] {
  const taken = new Set<string>();
  const result = new Map<string, VariableNameEntry>();

  function unique(base: string): string {
    if (!taken.has(base)) return base;
    for (let i = 2; ; i += 1) {
      const candidate = `${base}_${i}`;
      if (!taken.has(candidate)) return candidate;
    }
  }

  for (const node of nodes) {
    const override = node.variableName?.trim();
    if (override && acceptableOverride(override) && !taken.has(override)) {
      taken.add(override);
      result.set(node.id, { nodeId: node.id, nodeName: node.name, variableName: override, source: 'override' });
    }
  }

  const rest = nodes.filter((n) => !result.has(n.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const node of rest) {
    const override = node.variableName?.trim();
    const base = deriveIdentifier(override || node.name);
    const name = unique(base);
    taken.add(name);
    let source: NameSource = name === base ? 'derived' : 'deduplicated';
    let note: string | undefined;
    if (override) {
      source = 'override-invalid';
      note = acceptableOverride(override)
        ? `override "${override}" is already used by another node; using "${name}"`
        : `override "${override}" is not a usable Terraform variable name; using "${name}"`;
    } else if (name !== base) {
      note = `"${base}" is already used by another node`;
    }
    result.set(node.id, { nodeId: node.id, nodeName: node.name, variableName: name, source, ...(note ? { note } : {}) });
  }

  return nodes.map((n) => result.get(n.id)).filter((e): e is VariableNameEntry => e !== undefined);
}
