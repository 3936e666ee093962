/**
 * `duizhao schema`: print the JSON Schema of project files, the source of
 * `docs/project.schema.json`.
 */
import { projectFileJsonSchema } from '../../core/io/project-file.ts';
import { parseCommandArgs } from '../args.ts';
import { CliError } from '../errors.ts';
import type { Command, CommandIO } from './command.ts';

const HELP = `Usage: duizhao schema

Print the JSON Schema (draft 2020-12) of Duizhao project files
(*.duizhao.json). It describes their shape; the rules that tie fields
together (offsets inside the text, every sentence in exactly one unit, …) are
in docs/project-format.md and are checked when a project file is read.

Options:
  -h, --help        show this help

Example:
  duizhao schema > docs/project.schema.json
`;

/** `duizhao schema`. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of project files (*.duizhao.json)',
  help: HELP,
  run(args: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.stdout(HELP);
      return Promise.resolve(0);
    }
    if (positionals.length > 0) {
      throw new CliError(`schema takes no arguments, got "${positionals[0]}"`);
    }
    io.stdout(JSON.stringify(projectFileJsonSchema(), null, 2) + '\n');
    return Promise.resolve(0);
  },
};
