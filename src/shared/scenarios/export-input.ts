import type { Projection } from '../engine/types';
import type { Plan } from '../model';
import { compareScenarios, type ScenarioComparison } from './compare';
import { projectScenario } from './project-scenario';

export type ScenarioExport = {
  /** The chosen scenario's plan: what the Capacity sheets and the tfvars describe. */
  plan: Plan;
  projection: Projection;
  scenario: string;
  /** Every scenario side by side for the XLSX Scenarios sheet; absent when the plan has none. */
  comparison: ScenarioComparison | undefined;
};

/**
 * What an export (the app's, the CLI's) writes for the stored plan: one scenario's plan and
 * numbers (the active one unless `scenario` names another) and, when the plan has
 * scenarios, the comparison of all of them, from the same projections.
 */
export function scenarioForExport(stored: Plan, scenario?: string): { ok: true; value: ScenarioExport } | { ok: false; message: string } {
  const chosen = projectScenario(stored, scenario ?? stored.activeScenario);
  if (!chosen.ok) return chosen;
  let comparison: ScenarioComparison | undefined;
  if (stored.scenarios.length > 0) {
    const compared = compareScenarios(stored);
    if (!compared.ok) return compared;
    comparison = compared.comparison;
  }
  const { applied, projection } = chosen.result;
  return { ok: true, value: { plan: applied.plan, projection, scenario: applied.name, comparison } };
}
