import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Real Terraform for integration tests: a root module holding only the exported
 * variables.tf needs no provider, so `init` and `plan` work offline. Null where absent.
 */
export const terraform = ['terraform', 'tofu'].find((bin) => spawnSync(bin, ['version'], { stdio: 'ignore' }).status === 0) ?? null;

export const terraformSkipReason = 'no terraform binary on PATH (these machines have /usr/local/bin/terraform)';

const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };

/** `terraform init` in a fresh module directory holding `variablesTf`; returns the directory. */
export function initModule(dir: string, variablesTf: string): string {
  if (!terraform) throw new Error(terraformSkipReason);
  mkdirSync(dir, { recursive: true });
  copyFileSync(variablesTf, path.join(dir, 'variables.tf'));
  execFileSync(terraform, ['init', '-input=false', '-no-color'], { cwd: dir, env, stdio: 'pipe', timeout: 120_000 });
  return dir;
}

/** `terraform plan` with one var file: the exit status and what it printed. */
export function planWith(dir: string, varFile: string): { status: number | null; output: string } {
  if (!terraform) throw new Error(terraformSkipReason);
  const r = spawnSync(terraform, ['plan', '-input=false', '-no-color', '-lock=false', '-refresh=false', `-var-file=${varFile}`], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
