import { projectActive } from '../../shared/scenarios/project-scenario';
import { formatNumber } from '../../shared/engine/format';
import {
  assessReadiness,
  emptyChecklistState,
  formatDue,
  itemStatusLabels,
  phaseIds,
  phaseLabels,
  ReadinessInputError,
  verdictRuleIds,
  verdictRuleLabels,
  verdictStateLabels,
  type ReadinessReport,
  type VerdictState,
} from '../../shared/readiness';
import { EXIT_AT_RISK, EXIT_FAILURE, EXIT_INVALID_PLAN, EXIT_NOT_READY, EXIT_OK, type CliIo } from '../io';
import { loadPlanFileWithChecklist, readOptions } from '../command-input';

export const summary = 'Print the dated readiness checklist, progress and verdict (exit 0 ready, 3 at risk, 4 not ready)';
export const usage = `Usage: headroom readiness <plan.headroom.json> [--today YYYY-MM-DD] [--json]

  --today YYYY-MM-DD  judge as of this day (00:00 in the event's time zone) instead of now
  --json              print the report as JSON: event.startsAt (UTC), verdict.state,
                      verdict.reasons, progress and every item

Reads the checklist state (statuses, owners, notes, evidence, due overrides) the plan
file carries, as the app's "Save as file" writes it.
Exit codes: 0 ready, 1 unreadable file or bad options, 2 invalid plan, 3 at risk, 4 not ready.`;

type Options = { file: string; today: string | null; json: boolean };


function parseArgs(argv: string[]): Options | string {
  const o: Options = { file: '', today: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') o.json = true;
    else if (arg === '--today' || arg.startsWith('--today=')) {
      const value = arg === '--today' ? argv[++i] : arg.slice('--today='.length);
      if (value === undefined || !isRealDate(value)) return `--today expects a date as YYYY-MM-DD, got ${JSON.stringify(value ?? '')}`;
      o.today = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (o.file === '') o.file = arg;
    else return `unexpected argument ${arg}`;
  }
  if (o.file === '') return 'missing the plan file';
  return o;
}

function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** Midnight at the start of `day` in the event's zone: "as of that day". */
function startOfDayIn(day: string, timeZone: string): Date {
  // Find the UTC instant whose wall clock in `timeZone` reads `day` 00:00 (DST-safe: two passes).
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  let guess = Date.UTC(y, mo - 1, d);
  for (let pass = 0; pass < 2; pass++) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(guess));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    guess -= wall - Date.UTC(y, mo - 1, d);
  }
  return new Date(guess);
}

const exitFor: Record<VerdictState, number> = { ready: EXIT_OK, 'at-risk': EXIT_AT_RISK, 'not-ready': EXIT_NOT_READY };

export async function run(argv: string[], io: CliIo): Promise<number> {
  const options = readOptions('readiness', usage, argv, io, parseArgs);
  if (typeof options === 'number') return options;
  const loaded = await loadPlanFileWithChecklist('readiness', options.file, io);
  if (typeof loaded === 'number') return loaded;
  const { plan } = loaded;
  let report: ReadinessReport;
  try {
    const now = options.today === null ? new Date() : startOfDayIn(options.today, plan.event.timeZone);
    const { applied, projection } = projectActive(plan);
    report = assessReadiness(applied.plan, projection, loaded.checklist ?? emptyChecklistState(), now);
  } catch (error) {
    if (!(error instanceof ReadinessInputError)) throw error;
    io.stderr(`headroom readiness: ${options.file}: the checklist cannot be dated: ${error.message}\n`);
    return EXIT_INVALID_PLAN;
  }
  io.stdout(options.json ? `${JSON.stringify(toJson(plan.name, report), null, 2)}\n` : `${renderText(plan.name, report)}\n`);
  return exitFor[report.overall.state] ?? EXIT_FAILURE;
}

function toJson(name: string, r: ReadinessReport) {
  return {
    plan: name,
    asOf: r.now,
    event: r.event,
    currentPhase: r.current,
    verdict: {
      state: r.overall.state,
      label: verdictStateLabels[r.overall.state],
      rules: r.overall.rules.map((rule) => ({ rule, id: verdictRuleIds[rule], label: verdictRuleLabels[rule] })),
      reasons: r.overall.reasons,
    },
    progress: r.progress,
    phases: r.schedule.map((w) => ({ ...w, verdict: r.phases[w.phase].state })),
    loadTests: r.loadTests,
    items: r.items,
  };
}

function renderText(name: string, r: ReadinessReport): string {
  const tz = r.event.timeZone;
  const lines: string[] = [];
  lines.push(`${name}: ${r.event.name} starts ${r.event.startsLocal} ${tz} (${r.event.startsAt} UTC)`);
  lines.push(`As of ${formatDue(r.now, tz)} ${tz}${r.current ? `, in ${phaseLabels[r.current]}` : ', outside the countdown'}`);
  lines.push('');
  lines.push(`Verdict: ${verdictStateLabels[r.overall.state].toUpperCase()}`);
  for (const rule of r.overall.rules) lines.push(`  rule ${verdictRuleIds[rule]}: ${verdictRuleLabels[rule]}`);
  for (const reason of r.overall.reasons) lines.push(`  - [${verdictRuleIds[reason.rule]}] ${reason.text}`);
  lines.push('');
  lines.push('Progress:');
  for (const p of r.progress) {
    const extra = [p.overdue > 0 ? `${p.overdue} overdue` : '', p.blocked > 0 ? `${p.blocked} blocked` : ''].filter(Boolean).join(', ');
    lines.push(`  ${p.label.padEnd(17)} ${formatNumber(p.completed).padStart(3)}/${formatNumber(p.total).padEnd(3)} done${extra ? ` (${extra})` : ''}`);
  }
  for (const phase of phaseIds) {
    const items = r.items.filter((i) => i.phase === phase);
    if (items.length === 0) continue;
    const window = r.schedule.find((w) => w.phase === phase);
    lines.push('');
    lines.push(`${phaseLabels[phase]}${window ? ` (from ${formatDue(window.start, tz)})` : ''}: ${verdictStateLabels[r.phases[phase].state]}`);
    for (const item of items) {
      const who = item.owner ? ` · ${item.owner}` : '';
      lines.push(`  [${itemStatusLabels[item.status]}] due ${formatDue(item.dueAt, tz)}${who} · ${item.title}${item.obsolete ? ' (obsolete)' : ''}`);
      if (item.dueNote) lines.push(`      ${item.dueNote}`);
      if (item.evidenceUrl) lines.push(`      evidence: ${item.evidenceUrl}`);
    }
  }
  return lines.join('\n');
}
