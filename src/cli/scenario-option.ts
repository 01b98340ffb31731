import type { Plan } from '../shared/model';
import { projectScenario, type ScenarioProjection } from '../shared/scenarios/project-scenario';
import { EXIT_FAILURE, type CliIo } from './io';

/** `--scenario NAME` / `--scenario=NAME`: the value, or a message; null when `arg` is another option. */
export function readScenarioArg(argv: readonly string[], i: number): { value: string; next: number } | { error: string } | null {
  const arg = argv[i]!;
  if (arg !== '--scenario' && !arg.startsWith('--scenario=')) return null;
  const value = arg === '--scenario' ? argv[i + 1] : arg.slice('--scenario='.length);
  if (value === undefined || value.trim() === '') return { error: '--scenario expects a scenario name (e.g. --scenario Base)' };
  return { value, next: arg === '--scenario' ? i + 1 : i };
}

/** The named scenario's projection (the plan's active one when none is named), or exit 1 with the known names. */
export function projectNamedScenario(command: string, plan: Plan, name: string | null, io: CliIo): ScenarioProjection | number {
  const result = projectScenario(plan, name ?? plan.activeScenario);
  if (!result.ok) {
    io.stderr(`headroom ${command}: ${result.message}\n`);
    return EXIT_FAILURE;
  }
  return result.result;
}
