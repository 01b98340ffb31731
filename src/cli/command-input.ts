import { describeProblems, parsePlanText, type Plan } from '../shared/model';
import { parsePlanFileText } from '../shared/readiness/plan-file';
import type { ChecklistState } from '../shared/readiness/schema';
import { EXIT_FAILURE, EXIT_INVALID_PLAN, EXIT_OK, type CliIo } from './io';

/**
 * The start every command shares: `--help` prints the usage (exit 0), options that do not
 * parse print the problem and the usage (exit 1). Returns the options, or the exit code.
 */
export function readOptions<T>(command: string, usage: string, argv: string[], io: CliIo, parse: (argv: string[]) => T | string): T | number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${usage}\n`);
    return EXIT_OK;
  }
  const options = parse(argv);
  if (typeof options === 'string') {
    io.stderr(`headroom ${command}: ${options}\n\n${usage}\n`);
    return EXIT_FAILURE;
  }
  return options;
}

/** Reads a file for a command; a file that cannot be read is exit 1 with the reason. */
export async function readInputFile(command: string, file: string, io: CliIo): Promise<string | number> {
  try {
    return await io.readFile(file);
  } catch (error) {
    io.stderr(`headroom ${command}: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

/** Reads and validates a plan file: exit 1 when unreadable, exit 2 with every problem when invalid. */
export async function loadPlanFile(command: string, file: string, io: CliIo): Promise<Plan | number> {
  const text = await readInputFile(command, file, io);
  if (typeof text === 'number') return text;
  const parsed = parsePlanText(text);
  if (!parsed.ok) {
    io.stderr(`headroom ${command}: ${file} is not a valid plan:\n${describeProblems(parsed.problems, 50)}\n`);
    return EXIT_INVALID_PLAN;
  }
  return parsed.plan;
}

/**
 * Reads a plan file with the checklist state it carries (null when it carries none):
 * exit 1 when unreadable, exit 2 with every problem when the plan or its checklist is invalid.
 */
export async function loadPlanFileWithChecklist(command: string, file: string, io: CliIo): Promise<{ plan: Plan; checklist: ChecklistState | null } | number> {
  const text = await readInputFile(command, file, io);
  if (typeof text === 'number') return text;
  const parsed = parsePlanFileText(text);
  if (!parsed.ok) {
    io.stderr(`headroom ${command}: ${file} is not a valid plan:\n${describeProblems(parsed.problems, 50)}\n`);
    return EXIT_INVALID_PLAN;
  }
  return { plan: parsed.plan, checklist: parsed.checklist };
}
