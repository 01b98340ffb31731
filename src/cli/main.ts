import { commands } from './commands/index';
import { EXIT_FAILURE, type CliIo } from './io';

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return ['Usage: headroom <command> [options]', '', 'Commands:', ...lines, '', 'headroom <command> --help for its options.'].join('\n');
}

/** Dispatches `headroom <command> …` to the command's `run`; returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage()}\n`);
    return name === undefined ? EXIT_FAILURE : 0;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    io.stderr(`headroom: unknown command "${name}"\n\n${usage()}\n`);
    return EXIT_FAILURE;
  }
  const command = await entry.load();
  return command.run(rest, io);
}
