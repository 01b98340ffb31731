import { cleanNumbers, formatNumber } from '../../shared/engine';
import { compareScenarios, DEFAULT_COMPARE_HORIZONS, type ScenarioColumn, type ScenarioComparison } from '../../shared/scenarios/compare';
import { EXIT_FAILURE, EXIT_OK, type CliIo } from '../io';
import { loadPlanFile, readOptions } from '../command-input';
import { renderTable } from '../table';

export const summary = "Compare a plan's scenarios side by side: need at the event and at horizons, cost, least regret";
export const usage = `Usage: headroom compare <plan.headroom.json> [--scenarios a,b] [--horizons 6,12,24] [--json]

  --scenarios a,b     compare these scenarios, in this order (default: Base and every scenario)
  --horizons 6,12,24  the months (0 = the plan's start month) to show each tier's need at
                      (default: ${DEFAULT_COMPARE_HORIZONS.join(',')})
  --json              print the comparison as JSON: "scenarios", each with "name" and "nodes"
                      ("nodeId", "atEvent.required", "horizons"), and "leastRegret"

Every number is the one 'headroom project --scenario NAME' prints for that scenario.
Exit codes: 0 done, 1 unreadable file, bad options or an unknown scenario, 2 invalid plan.`;

type Options = { file: string; json: boolean; scenarios: string[] | null; horizons: number[] | null };

function listValue(argv: string[], i: number, flag: string): { value: string; next: number } | null {
  const arg = argv[i]!;
  if (arg === flag) return { value: argv[i + 1] ?? '', next: i + 1 };
  if (arg.startsWith(`${flag}=`)) return { value: arg.slice(flag.length + 1), next: i };
  return null;
}

function parseArgs(argv: string[]): Options | string {
  let file: string | null = null;
  let json = false;
  let scenarios: string[] | null = null;
  let horizons: number[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const s = listValue(argv, i, '--scenarios');
    const h = listValue(argv, i, '--horizons');
    if (s) {
      scenarios = s.value.split(',').map((n) => n.trim()).filter((n) => n !== '');
      if (scenarios.length === 0) return '--scenarios expects scenario names separated by commas, e.g. --scenarios Base,Stress';
      i = s.next;
    } else if (h) {
      const parts = h.value.split(',').map((n) => n.trim());
      const bad = parts.find((n) => n === '' || !Number.isInteger(Number(n)) || Number(n) < 0);
      if (bad !== undefined || parts.length === 0) return `--horizons expects whole months ≥ 0 separated by commas, e.g. --horizons 6,12,24; got ${JSON.stringify(h.value)}`;
      horizons = parts.map(Number);
      i = h.next;
    } else if (arg === '--json') json = true;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (file === null) file = arg;
    else return `unexpected argument ${arg}`;
  }
  if (file === null) return 'missing the plan file';
  return { file, json, scenarios, horizons };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const options = readOptions('compare', usage, argv, io, parseArgs);
  if (typeof options === 'number') return options;
  const plan = await loadPlanFile('compare', options.file, io);
  if (typeof plan === 'number') return plan;
  const result = compareScenarios(plan, { ...(options.scenarios ? { scenarios: options.scenarios } : {}), ...(options.horizons ? { horizons: options.horizons } : {}) });
  if (!result.ok) {
    io.stderr(`headroom compare: ${result.message}\n`);
    return EXIT_FAILURE;
  }
  const c = result.comparison;
  if (options.json) io.stdout(`${JSON.stringify({ plan: plan.name, ...c }, cleanNumbers, 2)}\n`);
  else io.stdout(`${renderText(plan.name, c)}\n`);
  return EXIT_OK;
}

const need = (n: number | null) => (n === null ? '—' : formatNumber(n));

function scenarioTable(column: ScenarioColumn, horizons: readonly number[]): string {
  const header = ['tier', 'unit', 'at event', ...horizons.map((h) => `m${h}`), 'first short', `cost/month at event (${column.currency})`];
  const rows = column.nodes.map((t) => [
    t.name,
    t.unit,
    formatNumber(t.atEvent.required),
    ...t.horizons.map((h) => need(h.required)),
    t.firstShortLabel === null ? '—' : `${t.firstShortLabel} (m${t.firstShortMonth})`,
    formatNumber(t.atEvent.monthlyCost),
  ]);
  return renderTable(header, rows, [false, false, true, ...horizons.map(() => true), false, true]);
}

function renderText(name: string, c: ScenarioComparison): string {
  const out: string[] = [name, ''];
  for (const column of c.scenarios) {
    out.push(`Scenario: ${column.name} — ${column.surgeLabel}; growth ${column.growthLabel}`);
    for (const o of column.overrides) out.push(`  override: ${o}`);
    for (const s of column.stale) out.push(`  [warning] an override of ${s.key ? `${s.nodeId}.${s.key}` : `node "${s.nodeId}"`} no longer applies: ${s.reason}`);
    out.push(scenarioTable(column, c.horizons));
    out.push('');
  }
  out.push('Least regret: each tier at the largest event need across the scenarios');
  out.push(
    renderTable(
      ['tier', 'unit', 'need', 'driven by', 'expected (base)', `extra cost/month (${c.totals.currency})`],
      c.leastRegret.map((r) => [r.name, r.unit, formatNumber(r.required), r.drivenBy, formatNumber(r.baseRequired), formatNumber(r.extraMonthlyCost)]),
      [false, false, true, false, true, true],
    ),
  );
  out.push('');
  out.push(`Provisioning for the worst case costs ${formatNumber(c.totals.extraMonthlyCost)} ${c.totals.currency}/month over the expected one (${formatNumber(c.totals.leastRegretMonthlyCost)} vs ${formatNumber(c.totals.baseMonthlyCost)}, at the event peak).`);
  return out.join('\n');
}
