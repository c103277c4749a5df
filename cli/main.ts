import { parseArgs, UsageError, usage } from './args';
import { coverage, stories } from './coverage';
import { extract } from './extract';
import { CliError } from './io';

// `npm run --silent lede -- <command> ...`: the extension's pipeline without a browser.
// Output goes to stdout; any failure is one line on stderr and a non-zero exit.

const commands: Record<string, (args: ReturnType<typeof parseArgs>) => string> = {
  extract,
  coverage,
  stories,
};

function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    if (!args.command || args.options.has('help') || args.command === 'help') {
      process.stdout.write(`${usage}\n`);
      return args.command ? 0 : 2;
    }
    const run = commands[args.command];
    if (!run) throw new UsageError(`unknown command "${args.command}"`);
    const out = run(args);
    process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`lede: ${error.message} (lede --help shows the usage)\n`);
      return 2;
    }
    const message =
      error instanceof CliError ? error.message : `unexpected error: ${String(error)}`;
    process.stderr.write(`lede: ${message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
