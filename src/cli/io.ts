/** What a command may touch: injected, so commands run in unit tests without spawning. */
export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile?(path: string, data: string | Uint8Array): Promise<void>;
  cwd?: string;
};

export type CliCommand = {
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
};

/** Exit codes: 0 fine, 1 cannot read / usage, 2 the plan is invalid; `readiness` adds 3 at risk, 4 not ready. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID_PLAN = 2;
export const EXIT_AT_RISK = 3;
export const EXIT_NOT_READY = 4;
