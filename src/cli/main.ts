/**
 * The `duizhao` command line: finds the subcommand, runs it, and turns what
 * went wrong into an exit code. `bin/duizhao.js` calls `main` with
 * `process.argv`; tests call it directly or through the binary.
 */
import { readFileSync } from 'node:fs';
import { alignCommand } from './commands/align.ts';
import { checkCommand } from './commands/check.ts';
import type { Command, CommandIO } from './commands/command.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { schemaCommand } from './commands/schema.ts';
import { scoreCommand } from './commands/score.ts';
import { CliError } from './errors.ts';

const COMMANDS: readonly Command[] = [
  importCommand,
  alignCommand,
  checkCommand,
  scoreCommand,
  exportCommand,
  schemaCommand,
];

function usage(): string {
  const entries = [
    ...COMMANDS.map((c) => [c.name, c.summary] as const),
    ['help', 'show help for a command: duizhao help align'] as const,
  ];
  const width = Math.max(...entries.map(([name]) => name.length));
  const list = entries.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`).join('\n');
  return `Usage: duizhao COMMAND [arguments]

Duizhao (对照) reviews Chinese→English machine translation. The command line
shares its segmentation, alignment and automatic checks with the browser app.

Commands:
${list}

Options:
  -h, --help     show this help
  -v, --version  print the version

Every command that takes SOURCE TARGET also takes a single project file
(*.duizhao.json) exported from the app.
`;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return `duizhao ${pkg.version}\n`;
}

function find(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    throw new CliError(
      `unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')}, help)`,
    );
  }
  return command;
}

async function dispatch(argv: readonly string[], io: CommandIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(usage());
    return 2;
  }
  if (first === '-h' || first === '--help') {
    io.stdout(usage());
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(version());
    return 0;
  }
  if (first === 'help') {
    if (rest.length > 1) throw new CliError('help takes at most one command name');
    io.stdout(rest[0] === undefined ? usage() : find(rest[0]).help);
    return 0;
  }
  if (first.startsWith('-')) {
    throw new CliError(`unknown option ${first}; options go after the command`);
  }
  return find(first).run(rest, io);
}

/**
 * Runs the CLI with `argv` (the arguments after the program name) and
 * resolves to the exit code. User errors are reported on stderr as
 * `duizhao: message` with a pointer to the help; anything else is a bug and
 * is rethrown with its stack.
 */
export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const command = COMMANDS.find((c) => c.name === argv[0]);
    const more = command ? `duizhao help ${command.name}` : 'duizhao --help';
    io.stderr(`duizhao: ${error.message}\n(see ${more})\n`);
    return error.exitCode;
  }
}
