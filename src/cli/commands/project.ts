import { cleanNumbers, costSummary, describeCostRange, describePolicy, formatAdditions, formatNumber, formatPercent, type CostSummary, type NodeProjection, type NodeSizing, type Projection } from '../../shared/engine';
import { EXIT_FAILURE, EXIT_OK, type CliIo } from '../io';
import { loadPlanFile, readOptions } from '../command-input';
import { renderTable } from '../table';
import { projectNamedScenario, readScenarioArg } from '../scenario-option';

export const summary = 'Project a plan month by month and at the event peak';
export const usage = `Usage: headroom project <plan.headroom.json> [--json] [--month N] [--at-event] [--scenario NAME]

  --json       print the projection as JSON instead of a table
  --month N    show month N (0 = the plan's start month) instead of the last month
  --at-event   show only the event peak
  --scenario NAME  project this scenario of the plan (default: the plan's active one;
               'headroom compare' lists them side by side)

Exit codes: 0 done, 1 unreadable file or bad options, 2 invalid plan.`;

type Options = { file: string; json: boolean; month: number | null; atEvent: boolean; scenario: string | null };

function parseArgs(argv: string[]): Options | string {
  let file: string | null = null;
  let json = false;
  let month: number | null = null;
  let atEvent = false;
  let scenario: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const named = readScenarioArg(argv, i);
    if (named && 'error' in named) return named.error;
    if (named) {
      scenario = named.value;
      i = named.next;
    } else if (arg === '--json') json = true;
    else if (arg === '--at-event') atEvent = true;
    else if (arg === '--month' || arg.startsWith('--month=')) {
      const value = arg === '--month' ? argv[++i] : arg.slice('--month='.length);
      const n = Number(value);
      if (value === undefined || value === '' || !Number.isInteger(n) || n < 0) return `--month expects a whole number ≥ 0, got ${JSON.stringify(value ?? '')}`;
      month = n;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (file === null) file = arg;
    else return `unexpected argument ${arg}`;
  }
  if (file === null) return 'missing the plan file';
  return { file, json, month, atEvent, scenario };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const options = readOptions('project', usage, argv, io, parseArgs);
  if (typeof options === 'number') return options;
  const plan = await loadPlanFile('project', options.file, io);
  if (typeof plan === 'number') return plan;
  const projected = projectNamedScenario('project', plan, options.scenario, io);
  if (typeof projected === 'number') return projected;
  const { projection, applied } = projected;
  if (options.month !== null && options.month >= projection.months.length) {
    io.stderr(`headroom project: --month ${options.month} is past the horizon (months 0–${projection.months.length - 1})\n`);
    return EXIT_FAILURE;
  }
  const month = options.month ?? projection.months.length - 1;
  // Priced from the scenario's plan: a scenario may change counts, bounds or prices.
  const costs = costSummary(applied.plan, projection);
  if (options.json) io.stdout(`${JSON.stringify(toJson(plan.name, applied.name, projection, options, month, costs), cleanNumbers, 2)}\n`);
  else io.stdout(`${renderText(plan.scenarios.length > 0 ? `${plan.name} — scenario: ${applied.name}` : plan.name, plan.event.startDate, projection, options, month, describePolicy(applied.plan), costs)}\n`);
  return EXIT_OK;
}

function toJson(name: string, scenario: string, p: Projection, options: Options, month: number, costs: CostSummary) {
  const nodes = p.nodes.map((n) => {
    const base = {
      nodeId: n.nodeId, name: n.name, kind: n.kind, unit: n.unit, current: n.current, todayMonthlyCost: n.todayMonthlyCost,
      firstShortMonth: n.firstShortMonth, addBy: n.addBy, eventStep: n.eventStep, eventExtraCost: n.eventExtraCost,
      atEvent: n.atEvent,
    };
    if (options.atEvent) return base;
    if (options.month !== null) return { ...base, month: n.monthly[month] };
    return { ...base, monthly: n.monthly };
  });
  return {
    plan: name, scenario, months: p.months, eventMonthIndex: p.eventMonthIndex, surgeMultiplier: p.surgeMultiplier, surge: p.surgeLabel,
    ...(options.month !== null ? { month, monthLabel: p.months[month] } : {}),
    cycle: p.cycle, totals: p.totals, costs, findings: p.findings, nodes,
  };
}

function need(n: NodeProjection, s: NodeSizing): string {
  if (n.unit === null) return s.utilization > 0 ? `${formatPercent(s.utilization, 0)} of limit` : '—';
  return formatNumber(s.required);
}

function renderText(name: string, eventDate: string, p: Projection, options: Options, month: number, policy: string, costs: CostSummary): string {
  const out: string[] = [];
  const last = p.months.length - 1;
  out.push(`${name}`);
  out.push(`Months ${p.months[0]} → ${p.months[last]}; event ${eventDate} (month ${p.eventMonthIndex}), ${p.surgeLabel}`);
  out.push(policy);
  out.push('');
  const monthLabel = `${p.months[month]} (m${month})`;
  const header = options.atEvent
    ? ['node', 'kind', 'unit', 'today', 'load at event', 'need at event', 'util. today', 'status']
    : ['node', 'kind', 'unit', 'today', `load ${monthLabel}`, `need ${monthLabel}`, 'first short', 'need at event', 'status at event'];
  const rows = p.nodes.map((n) => {
    const s = n.monthly[month]!;
    const ev = n.atEvent;
    const today = n.unit === null ? '—' : formatNumber(n.current);
    const unit = n.unit ?? '';
    if (options.atEvent) {
      return [n.name, n.kind, unit, today, formatNumber(ev.loadRps), need(n, ev), formatPercent(ev.utilization, 0), ev.status];
    }
    const firstShort = n.firstShortMonth === null ? '—' : `${p.months[n.firstShortMonth]} (m${n.firstShortMonth})`;
    return [n.name, n.kind, unit, today, formatNumber(s.loadRps), need(n, s), firstShort, need(n, ev), ev.status];
  });
  const right = options.atEvent ? [false, false, false, true, true, true, true, false] : [false, false, false, true, true, true, false, true, false];
  out.push(renderTable(header, rows, right));
  const t = p.totals;
  if (t.toAddAtEvent.some((u) => u.add > 0)) {
    out.push('');
    out.push(`To add before the event: ${formatAdditions(t.toAddAtEvent)}`);
  }
  if (t.todayMonthlyCost > 0 || t.monthlyCost.some((c) => c > 0)) {
    out.push('');
    out.push(`Cost today: ${formatNumber(t.todayMonthlyCost)} ${t.currency}/month (the fleet that runs now)`);
    out.push(`The plan's cost: ${formatNumber(t.monthlyCost[month]!)} ${t.currency}/month in ${p.months[month]} (today's fleet plus what to add by then)`);
    out.push(`The event's extra cost: ${formatNumber(t.eventCost)} ${t.currency} (the pre-scaled fleet over the pre-scale weeks and the event days, minus the plan's fleet over the same hours)`);
    for (const line of describeCostRange(costs, formatNumber)) out.push(line);
  }
  out.push('');
  const c = p.totals.counts;
  out.push(`Findings: ${c.critical} critical, ${c.warning} warning, ${c.info} info`);
  for (const f of p.findings) {
    out.push(`  [${f.severity}] ${f.message}`);
    if (f.suggestion) out.push(`      → ${f.suggestion}`);
  }
  return out.join('\n');
}
