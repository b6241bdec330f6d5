/**
 * `rasd`: the command-line shell around the analysis. It parses the command name, loads that
 * command and hands it the remaining arguments; everything else lives in the command modules.
 */

import { EXIT_USAGE, UsageError } from './command.js';
import { COMMANDS } from './commands.js';

const VERSION = '0.1.0';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `rasd ${VERSION} — Arabic news intelligence: facts with their evidence

Usage: rasd <command> [options]

Commands:
${lines.join('\n')}

Run \`rasd help <command>\` (or \`rasd <command> --help\`) for a command's options and examples.

Examples:
  rasd analyze examples/article-ar.txt --format text
  rasd extract examples/page.html --format text
  cat examples/article-ar.txt | rasd analyze - --published 2025-04-17
`;
}

/** What a bare `rasd` prints on stderr: enough to go on, while a script sees exit 2, not success. */
function shortUsage(): string {
  return `Usage: rasd <command> [options]
Commands: ${COMMANDS.map((c) => c.name).join(', ')}
Run \`rasd --help\` for what each does, \`rasd <command> --help\` for its options.
`;
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(shortUsage());
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h') {
    process.stdout.write(overview());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const wanted = name === 'help' ? rest[0] : name;
  const entry = COMMANDS.find((c) => c.name === wanted);
  if (!entry) {
    if (name === 'help' && wanted === undefined) {
      process.stdout.write(overview());
      return 0;
    }
    process.stderr.write(`rasd: unknown command "${wanted}"; run \`rasd --help\` for the list\n`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  if (name === 'help' || rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`rasd ${command.name}: ${error.message} (see \`rasd ${command.name} --help\`)\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

// A reader that stops early (`rasd analyze big.txt | head -1`) closes the pipe: that is the reader's
// choice, not a failure, so leave quietly instead of printing a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `rasd: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
