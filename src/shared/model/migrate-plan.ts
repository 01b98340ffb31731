import { PLAN_SCHEMA_VERSION } from './plan';
import type { PlanProblem } from './parse-plan';

type Document = Record<string, unknown>;
type MigrationResult = { ok: true; document: Document } | { ok: false; problems: PlanProblem[] };

/**
 * Steps that lift a document from version N to N+1. Format 1 is the first published
 * format; documents without a schemaVersion are drafts from before it was written down
 * and are read as version 1.
 */
const steps: Record<number, (doc: Document) => Document> = {};

export function migratePlanDocument(doc: Document): MigrationResult {
  const raw = doc.schemaVersion;
  let version = raw === undefined ? PLAN_SCHEMA_VERSION : raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [{ path: 'schemaVersion', message: `expected a whole number ≥ 1, got ${JSON.stringify(raw)}` }] };
  }
  let current: Document = { ...doc, schemaVersion: version };
  while (version < PLAN_SCHEMA_VERSION) {
    const step = steps[version];
    if (!step) return { ok: false, problems: [{ path: 'schemaVersion', message: `no migration from format ${version}` }] };
    current = { ...step(current), schemaVersion: version + 1 };
    version += 1;
  }
  return { ok: true, document: current };
}
