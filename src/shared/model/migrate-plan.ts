import { DEFAULT_EVENT_START_TIME, DEFAULT_SLO_AVAILABILITY, DEFAULT_SLO_WINDOW_DAYS, PLAN_SCHEMA_VERSION } from './plan';
import type { PlanProblem } from './parse-plan';
import { assignVariableNames, hasTerraformVariable, type NamedNode } from './terraform-names';
import type { NodeKind } from './plan';
import { BASE_SCENARIO } from './scenario';

type Document = Record<string, unknown>;
type MigrationResult = { ok: true; document: Document; migratedFrom: number } | { ok: false; problems: PlanProblem[] };

/**
 * One step of the plan format: lifts a document from `from` to `from + 1`. A step works on
 * the raw JSON (before the schema fills defaults), never mutates its input, and writes
 * down what an old file *meant*: a field the old format did not have gets the value the
 * old Headroom silently assumed, so opening an old file changes no number.
 *
 * Adding a format: bump PLAN_SCHEMA_VERSION, append a step here, add its tests to
 * migrate-plan.test.ts and a line to docs/plan-format.md's "Versions". Steps only ever
 * get appended; an applied step is never edited.
 */
export type MigrationStep = { from: number; summary: string; up: (doc: Document) => Document };

function objectAt(doc: Document, key: string): Document | undefined {
  const value = doc[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Document) : undefined;
}

export const migrationSteps: readonly MigrationStep[] = [
  {
    from: 1,
    summary:
      'format 2: the event gets its start time (format 1 countdowns assumed 09:00 event-local) and the plan its SLO (format 1 assumed 99.9% over 30 days)',
    up(doc) {
      const event = objectAt(doc, 'event');
      const next: Document = { ...doc };
      // A non-object event is left as it is: the schema then says what is wrong with it.
      if (event) next.event = { startTime: DEFAULT_EVENT_START_TIME, ...event };
      if (!('slo' in doc)) next.slo = { availability: DEFAULT_SLO_AVAILABILITY, windowDays: DEFAULT_SLO_WINDOW_DAYS, latency: [] };
      return next;
    },
  },
  {
    from: 2,
    summary:
      "format 3: every sized node stores its Terraform variable name, pinned to the name format 2 derived from the node's name (or its usable override), so a later rename keeps it",
    up(doc) {
      if (!Array.isArray(doc.nodes)) return doc;
      // Exactly the names a format-2 export wrote: sized nodes only, same dedup order. (The kinds
      // added since, a workload and a function, cannot be in a format-2 file.)
      const named: NamedNode[] = [];
      for (const raw of doc.nodes as unknown[]) {
        const node = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Document) : undefined;
        if (!node || typeof node.id !== 'string' || typeof node.name !== 'string' || !hasTerraformVariable(node.kind as NodeKind)) continue;
        const tfvars = objectAt(node, 'tfvars');
        if (node.tfvars !== undefined && !tfvars) continue; // malformed: the schema says so
        const stored = tfvars?.variableName;
        named.push({ id: node.id, name: node.name, variableName: typeof stored === 'string' ? stored : undefined });
      }
      const pinned = new Map(assignVariableNames(named).map((e) => [e.nodeId, e.variableName]));
      const nodes = (doc.nodes as unknown[]).map((raw) => {
        const node = raw as Document;
        const name = typeof node?.id === 'string' ? pinned.get(node.id) : undefined;
        if (name === undefined) return raw;
        return { ...node, tfvars: { ...objectAt(node, 'tfvars'), variableName: name } };
      });
      return { ...doc, nodes };
    },
  },
  {
    from: 3,
    summary: 'format 4: scenarios; a format-3 (or older) plan is its base alone: no scenarios, "Base" active',
    up(doc) {
      // Development builds wrote scenarios into format-2/3 files before format 4 existed:
      // what a file carries is kept (the schema checks it), never dropped.
      return {
        ...doc,
        scenarios: 'scenarios' in doc ? doc.scenarios : [],
        activeScenario: 'activeScenario' in doc ? doc.activeScenario : BASE_SCENARIO,
      };
    },
  },
];

/**
 * Lifts a document to PLAN_SCHEMA_VERSION, one step per version. Format 1 is the first
 * published format; documents without a schemaVersion are drafts from before it was
 * written down and are read as version 1.
 */
export function migratePlanDocument(doc: Document): MigrationResult {
  const raw = doc.schemaVersion;
  let version = raw === undefined ? 1 : raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [{ path: 'schemaVersion', message: `expected a whole number ≥ 1, got ${JSON.stringify(raw)}` }] };
  }
  const migratedFrom = version;
  let current: Document = { ...doc, schemaVersion: version };
  while (version < PLAN_SCHEMA_VERSION) {
    const from = version;
    const step = migrationSteps.find((s) => s.from === from);
    if (!step) return { ok: false, problems: [{ path: 'schemaVersion', message: `no migration from format ${version}` }] };
    current = { ...step.up(current), schemaVersion: version + 1 };
    version += 1;
  }
  return { ok: true, document: current, migratedFrom };
}
