import type { CliCommand } from '../io';

/**
 * Every subcommand, one line each. A command's module is imported only when that command
 * runs, so `headroom project` never loads the XLSX writer (exceljs) nor the traffic parser.
 * The summary is repeated here so `headroom --help` loads none of them; a unit test pins
 * each to the summary its module exports.
 */
export type CommandEntry = { summary: string; load(): Promise<CliCommand> };

export const commands: Record<string, CommandEntry> = {
  project: { summary: 'Project a plan month by month and at the event peak', load: () => import('./project') },
  compare: { summary: "Compare a plan's scenarios side by side: need at the event and at horizons, cost, least regret", load: () => import('./compare') },
  export: { summary: 'Write the XLSX capacity report and the Terraform stage files', load: () => import('./export') },
  traffic: {
    summary: 'Summarize a metrics export (rows, range, interval, daily peaks, baseline, robust growth, surges, daily shape)',
    load: () => import('./traffic'),
  },
  readiness: {
    summary: 'Print the dated readiness checklist, progress and verdict (exit 0 ready, 3 at risk, 4 not ready)',
    load: () => import('./readiness'),
  },
};
