import type { CliCommand } from '../io';
import * as project from './project';
import * as exportCommand from './export';
import * as traffic from './traffic';
import * as readiness from './readiness';

/** Every subcommand, one line each. */
export const commands: Record<string, CliCommand> = {
  project,
  export: exportCommand,
  traffic,
  readiness,
};
