import { scenarioForExport } from '../../shared/scenarios/export-input';
import { readinessForExport } from '../../shared/export/readiness-input';
import { isStageId, stageIds, type StageId } from '../../shared/export/stages';
import { emptyChecklistState } from '../../shared/readiness';
import { ExportWriteError, writeExport } from '../../main/export/write-export';
import { EXIT_FAILURE, EXIT_OK, type CliIo } from '../io';
import { loadPlanFileWithChecklist, readOptions } from '../command-input';

export const summary = 'Write the XLSX capacity report and the Terraform stage files';
export const usage = `Usage: headroom export <plan.headroom.json> [--xlsx <file>] [--tfvars <dir>] [--stage <stage>] [--scenario NAME] [--json]

  --xlsx <file>     write the capacity report workbook
  --tfvars <dir>    write variables.tf and, per stage, NN-stage.tfvars + .tfvars.json;
                    with every stage also schedule.tfvars + .json (scheduled actions)
  --stage <stage>   only this stage's tfvars: ${stageIds.join(', ')}
  --scenario NAME   the scenario the Capacity sheets and the tfvars are for (default: the
                    plan's active one); the workbook's Scenarios sheet compares them all
  --json            print what was written as JSON

Files are written to temporary names and renamed into place only when all succeeded.
Exit codes: 0 done, 1 unreadable or unwritable path or bad options, 2 invalid plan.`;

type Options = { file: string; xlsx: string | null; tfvars: string | null; stage: StageId | null; scenario: string | null; json: boolean };

function parseArgs(argv: string[]): Options | string {
  const o: Options = { file: '', xlsx: null, tfvars: null, stage: null, scenario: null, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--json') o.json = true;
    else if (flag === '--xlsx' || flag === '--tfvars' || flag === '--stage' || flag === '--scenario') {
      const v = value();
      if (v === undefined || v === '') return `${flag} expects a value`;
      if (flag === '--xlsx') o.xlsx = v;
      else if (flag === '--scenario') o.scenario = v;
      else if (flag === '--tfvars') o.tfvars = v;
      else if (isStageId(v)) o.stage = v;
      else return `--stage expects one of ${stageIds.join(', ')}, got ${JSON.stringify(v)}`;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (o.file === '') o.file = arg;
    else return `unexpected argument ${arg}`;
  }
  if (o.file === '') return 'missing the plan file';
  if (o.xlsx === null && o.tfvars === null) return 'nothing to write: give --xlsx <file> and/or --tfvars <dir>';
  if (o.stage !== null && o.tfvars === null) return '--stage needs --tfvars <dir>';
  return o;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const options = readOptions('export', usage, argv, io, parseArgs);
  if (typeof options === 'number') return options;
  const loaded = await loadPlanFileWithChecklist('export', options.file, io);
  if (typeof loaded === 'number') return loaded;
  const chosen = scenarioForExport(loaded.plan, options.scenario ?? undefined);
  if (!chosen.ok) {
    io.stderr(`headroom export: ${chosen.message}\n`);
    return EXIT_FAILURE;
  }
  const { plan, projection, comparison } = chosen.value;
  // The checklist progress the plan file carries (none: every item to do), with the verdict as of today.
  const readiness = readinessForExport(plan, projection, loaded.checklist ?? emptyChecklistState(), new Date());
  if (readiness.problem) io.stderr(`headroom export: the report has no readiness checklist: ${readiness.problem}\n`);
  try {
    const result = await writeExport({
      plan: plan,
      projection,
      xlsxPath: options.xlsx ?? undefined,
      tfvarsDir: options.tfvars ?? undefined,
      stage: options.stage ?? undefined,
      readiness: readiness.input,
      scenarios: comparison,
    });
    if (options.json) io.stdout(`${JSON.stringify({ plan: plan.name, scenario: chosen.value.scenario, written: result.written }, null, 2)}\n`);
    else io.stdout(`${result.written.map((f) => `wrote ${f}`).join('\n')}\n`);
    return EXIT_OK;
  } catch (error) {
    const message = error instanceof ExportWriteError || error instanceof Error ? error.message : String(error);
    io.stderr(`headroom export: ${message}\n`);
    return EXIT_FAILURE;
  }
}
