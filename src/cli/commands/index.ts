import type { CliCommand } from '../io';
import * as project from './project';

/** Every subcommand, one line each. */
export const commands: Record<string, CliCommand> = {
  project,
};
