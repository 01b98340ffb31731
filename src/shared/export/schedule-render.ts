import { hclComment, hclNumber, hclString } from './hcl';
import { SCHEDULE_VARIABLE, type ScheduleModel, type ScheduledAction } from './schedule';

/**
 * `schedule.tfvars` (+ `.tfvars.json`) and its declaration in variables.tf: a map from a
 * tier's variable name to its scheduled actions. Apply it together with the baseline stage
 * file (`-var-file=01-baseline.tfvars -var-file=schedule.tfvars`); the worked example in
 * docs/tfvars-handoff.md feeds each action to an `aws_autoscaling_schedule`.
 */

export const SCHEDULE_FILE_STEM = 'schedule';

function actionPairs(a: ScheduledAction): [string, string][] {
  return [
    ['name', hclString(a.name)],
    ['start_time', hclString(a.startTime)],
    ['min_size', hclNumber(a.min)],
    ['desired_capacity', hclNumber(a.desired)],
    ['max_size', hclNumber(a.max)],
  ];
}

function aligned(pairs: readonly [string, string][], indent: string): string[] {
  const width = Math.max(0, ...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${indent}${k.padEnd(width)} = ${v}`);
}

export function renderScheduleTfvars(schedule: ScheduleModel, header: readonly string[]): string {
  const lines = [...header, hclComment('# Scheduled actions per autoscaled tier (aws_autoscaling_schedule); start_time in UTC.'), hclComment('# Apply with the baseline stage file: -var-file=01-baseline.tfvars -var-file=schedule.tfvars'), ''];
  if (!schedule.ok) {
    lines.push(hclComment(`# NOTE no schedule: ${schedule.problem}`), `${SCHEDULE_VARIABLE} = {}`);
    return `${lines.join('\n')}\n`;
  }
  if (schedule.tiers.length === 0) {
    lines.push(hclComment('# NOTE the plan has no autoscaled tier (service or worker pool).'), `${SCHEDULE_VARIABLE} = {}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${SCHEDULE_VARIABLE} = {`);
  for (const tier of schedule.tiers) {
    lines.push(hclComment(`  # ${JSON.stringify(tier.nodeName)} [${tier.nodeId}]`), `  ${tier.variableName} = [`);
    for (const action of tier.actions) lines.push('    {', ...aligned(actionPairs(action), '      '), '    },');
    lines.push('  ]');
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export function renderScheduleJson(schedule: ScheduleModel): string {
  const out: Record<string, { name: string; start_time: string; min_size: number; desired_capacity: number; max_size: number }[]> = {};
  if (schedule.ok) {
    for (const tier of schedule.tiers) {
      out[tier.variableName] = tier.actions.map((a) => ({ name: a.name, start_time: a.startTime, min_size: a.min, desired_capacity: a.desired, max_size: a.max }));
    }
  }
  return `${JSON.stringify({ [SCHEDULE_VARIABLE]: out }, null, 2)}\n`;
}

const TIME_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$';

/** The variable block: type, default (stage files leave it empty) and validation. */
export function scheduleVariableBlock(): string[] {
  const each = (test: string) => `alltrue(flatten([for tier, actions in var.${SCHEDULE_VARIABLE} : [for a in actions : ${test}]]))`;
  return [
    '',
    `variable ${hclString(SCHEDULE_VARIABLE)} {`,
    `  description = ${hclString('Scheduled actions per autoscaled tier (schedule.tfvars): start_time in UTC RFC 3339.')}`,
    '  type = map(list(object({',
    '    name             = string',
    '    start_time       = string',
    '    min_size         = number',
    '    desired_capacity = number',
    '    max_size         = number',
    '  })))',
    '  default = {}',
    '',
    '  validation {',
    `    condition     = ${each('floor(a.desired_capacity) == a.desired_capacity && a.min_size <= a.desired_capacity && a.desired_capacity <= a.max_size')}`,
    `    error_message = ${hclString(`${SCHEDULE_VARIABLE}: every action needs a whole desired_capacity with min_size <= desired_capacity <= max_size.`)}`,
    '  }',
    '',
    '  validation {',
    `    condition     = ${each(`can(regex(${hclString(TIME_PATTERN)}, a.start_time))`)}`,
    `    error_message = ${hclString(`${SCHEDULE_VARIABLE}: start_time must be UTC RFC 3339 such as 2027-06-01T07:00:00Z.`)}`,
    '  }',
    '}',
  ];
}
